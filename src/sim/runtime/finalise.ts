/**
 * "Future exception was never retrieved" and "Task exception was never retrieved": what
 * `Future.__del__` (Lib/asyncio/futures.py; the C `FutureObj_finalize` in
 * Modules/_asynciomodule.c) logs through `call_exception_handler` when a future whose exception
 * nobody asked for is freed (runtime/README.md §5).
 *
 * CPython frees an object when its last reference goes. The simulator does not count references,
 * so it asks the same question differently: after each handle the loop runs, a future that failed
 * and was not asked for its exception (a small set, usually empty) is looked for from what
 * certainly holds objects: module globals, the frames of the tasks that are not done, the futures
 * they wait on, and the handles still queued. Not found there, it was freed, and the message is
 * logged at that moment, as CPython's finaliser does. Where the walk meets something whose
 * contents it cannot see (a statement suspended with values on its stack, an asyncio coroutine
 * that keeps its arguments, an object of unknown shape), it assumes the future may still be held
 * and asks again after the next handle. A future on a reference cycle waits for the end too.
 * At the end, what no global holds is logged (freed earlier, or by the collection at shutdown);
 * what a global still holds is freed by module teardown, where 3.11 and 3.12 log it and 3.13
 * fails inside `logging`, printing paths of its own install, which the simulator refuses to
 * invent (as it does for reprs, §18).
 */
import type * as A from '../python/ast';
import { unsupported } from '../python/errors';
import type { Frame } from '../python/functions';
import { PyBoundMethod, PyCoroutine, PyFunction, callFrames } from '../python/functions';
import { PyBaseException } from '../python/exceptions';
import { PyBuiltin, PyDict, PyList, PyModule, PyRange, PySet, PyTuple, type PyValue } from '../python/objects';
import { PyType } from '../python/pytype';
import { formatTraceback } from '../python/traceback';
import { atLeast } from '../versions';
import { Handle } from './events';
import { Future } from './futures';
import type { Simulation } from './simulation';
import { GatheringFuture, Task } from './tasks';

/** Asyncio coroutines the runtime implements that keep no program value alive. */
const HOLDS_NOTHING = new Set(['sleep', 'Event.wait', 'Lock.acquire', 'Semaphore.acquire']);

/** What the loop still holds: its pending tasks and queued handles. */
export interface LoopRoots {
  tasks: Iterable<Task>;
  handles: Iterable<Handle>;
}

/**
 * How many objects a scan may visit per handle run, on average. A scan costs what the program
 * holds; a program holding fewer objects is scanned after every handle, a larger one every so
 * many handles, so that a run with thousands of failed tasks held in a list stays linear.
 */
const SCAN_BUDGET = 256;

const costs = new WeakMap<Simulation, { credit: number; cost: number }>();

/**
 * After a handle ran: the futures that failed unretrieved and that nothing holds any more are
 * freed now, and logged (Future.__del__).
 */
export function collectUnretrieved(sim: Simulation, roots: LoopRoots): void {
  let budget = costs.get(sim);
  if (!budget) costs.set(sim, (budget = { credit: 0, cost: 0 }));
  budget.credit += SCAN_BUDGET;
  if (budget.credit < budget.cost) return;
  budget.credit = 0;
  const walk = reach(sim, roots);
  budget.cost = walk?.size ?? 0;
  if (walk === null) return;
  logUnreached(sim, walk);
}

function logUnreached(sim: Simulation, walk: Set<unknown>, atExit = false): void {
  for (const fut of [...sim.unretrieved]) {
    if (walk.has(fut) || sim.heldByTraceback.has(fut)) continue;
    // A future its own exception's frames reach lies on a cycle: only the cycle collector frees
    // it, at a moment the simulator cannot know. Left for the end of the run, where the
    // collection before module teardown frees it (3.13 included).
    if (!atExit && reachesItself(fut)) continue;
    logNeverRetrieved(sim, fut);
  }
}

/**
 * The interpreter's shutdown frees what module globals still held. 3.11 and 3.12 log each
 * message then; 3.13 fails in `logging` ("--- Logging error ---", `ImportError: sys.meta_path is
 * None, Python is likely shutting down`) with frames of its own install's files.
 */
export function collectAtExit(sim: Simulation): void {
  if (sim.unretrieved.size === 0 || !sim.interp) return;
  // What no global holds was freed before the end, where the loop's last scan may not have
  // been able to tell (the moment is unknown, the message is not).
  const walk = reach(sim, { tasks: [], handles: [] });
  if (walk !== null) logUnreached(sim, walk, true);
  // A task a KeyboardInterrupt or SystemExit ended goes when the exception does: after its
  // traceback was printed, before the modules are torn down (so 3.13 logs it too).
  for (const fut of [...sim.heldByTraceback]) if (sim.unretrieved.has(fut)) logNeverRetrieved(sim, fut);
  sim.heldByTraceback.clear();
  if (sim.unretrieved.size === 0) return;
  if (atLeast(sim.python, '3.13')) {
    const fut = [...sim.unretrieved][0];
    const line = fut instanceof Task ? fut.coro.defLine : 1;
    throw unsupported(
      `a failed ${fut instanceof Task ? 'task' : 'future'} whose exception was never retrieved, still alive when the interpreter shuts down: Python ${sim.python} fails to log it then and prints frames of its own install`,
      { line, col: 0, endLine: line, endCol: 0 },
    );
  }
  for (const fut of [...sim.unretrieved]) logNeverRetrieved(sim, fut);
}

/** base_events.default_exception_handler's layout, the message, `future: repr`, the traceback. */
function logNeverRetrieved(sim: Simulation, fut: Future): void {
  sim.unretrieved.delete(fut);
  fut.logTraceback = false;
  const exc = fut.exceptionValue as PyBaseException;
  sim.warn(`${fut.typeName} exception was never retrieved\nfuture: ${fut.repr()}\n${formatTraceback(exc, sim.source)}`);
}

/**
 * Everything the roots reach, or null when the walk met something it cannot see into (then
 * nothing may be called freed).
 */
function reach(sim: Simulation, roots: LoopRoots): Set<unknown> | null {
  const seen = new Set<unknown>();
  const todo: unknown[] = [...sim.interp.globals.values()];
  for (const f of callFrames) todo.push(...f.vars.values());
  const safe = safeAwaitLines(sim);
  for (const t of roots.tasks) {
    if (!suspendedCleanly(t, safe)) return null;
    todo.push(t);
  }
  for (const h of roots.handles) if (h.holds) todo.push(...h.holds);
  const frames = new Set<Frame>();
  const pushFrame = (f: Frame | null | undefined) => {
    for (let fr = f; fr && !frames.has(fr) && fr.vars !== sim.interp.globals; fr = fr.parent) {
      frames.add(fr);
      todo.push(...fr.vars.values());
    }
  };
  // Stop as soon as every candidate is found: then none is freed, whatever else is held.
  let unfound = sim.unretrieved.size - sim.heldByTraceback.size;
  while (todo.length && unfound > 0) {
    const v = todo.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Future && sim.unretrieved.has(v) && !sim.heldByTraceback.has(v)) unfound -= 1;
    if (seen.size > 200_000) return null;
    if (v instanceof PyList || v instanceof PyTuple) todo.push(...v.items);
    else if (v instanceof PyDict || v instanceof PySet) for (const e of v.map.values()) todo.push(...(Array.isArray(e) ? e : [e]));
    else if (v instanceof Task) {
      todo.push(v.futWaiter, v.resultValue, v.exceptionValue, v.coro);
    } else if (v instanceof GatheringFuture) todo.push(...v.children, v.resultValue, v.exceptionValue);
    else if (v instanceof Future) todo.push(v.resultValue, v.exceptionValue);
    // A finished coroutine's frame is cleared: its locals went with it.
    else if (v instanceof PyCoroutine) for (let c: PyCoroutine | null = v; c && c.state !== 'closed'; c = c.awaiting) pushFrame(c.frame);
    else if (v instanceof PyFunction) pushFrame(v.closure);
    else if (v instanceof PyBoundMethod) todo.push(v.self, v.fn);
    else if (v instanceof PyBaseException) todo.push(...v.args, v.cause, v.context);
    else if ('frame' in v && v.frame !== null && typeof v.frame === 'object' && 'vars' in v.frame) pushFrame(v.frame as Frame);
    else if ('dict' in v && v.dict instanceof Map) todo.push(...(v.dict as Map<string, PyValue>).values());
    else if (!isLeaf(v)) return null;
  }
  return seen;
}

/** Objects that hold no program values the walk needs to follow. */
function isLeaf(v: object): boolean {
  return (
    v instanceof PyType ||
    v instanceof PyBuiltin ||
    v instanceof PyModule ||
    v instanceof PyRange ||
    v instanceof Handle ||
    ['PyFloat', 'PyBytes', 'PySingleton', 'BaseEventLoop'].includes(v.constructor.name)
  );
}

/** True when a future's own values (its exception's frames, a task's coroutine) lead back to it. */
function reachesItself(fut: Future): boolean {
  const seen = new Set<unknown>();
  const todo: unknown[] = [fut.resultValue, fut.exceptionValue];
  if (fut instanceof Task) for (const v of fut.coro.frame?.vars.values() ?? []) todo.push(v);
  while (todo.length) {
    const v = todo.pop();
    if (v === fut) return true;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof PyList || v instanceof PyTuple) todo.push(...v.items);
    else if (v instanceof PyDict || v instanceof PySet) for (const e of v.map.values()) todo.push(...(Array.isArray(e) ? e : [e]));
    else if (v instanceof Future) todo.push(v.resultValue, v.exceptionValue);
    else if (v instanceof PyBaseException) todo.push(...v.args, v.cause, v.context);
    else if ('dict' in v && v.dict instanceof Map) todo.push(...(v.dict as Map<string, PyValue>).values());
  }
  return false;
}

/**
 * A pending task whose frames hold no value the walk cannot see: each of its coroutines is
 * suspended at a statement that keeps nothing on the stack, and the innermost one is the
 * program's own or an asyncio coroutine that keeps nothing.
 */
function suspendedCleanly(t: Task, safe: Set<number>): boolean {
  // A task may drive an awaitable that is not a coroutine (`anext(agen)`): its contents are unseen.
  if (!(t.coro instanceof PyCoroutine)) return false;
  for (let c: PyCoroutine | null = t.coro; c; c = c.awaiting) {
    if (c.frame === null) return HOLDS_NOTHING.has(c.qualname);
    if (c.state === 'created') continue;
    if (!safe.has(c.frame.line)) return false;
  }
  return true;
}

const safeLinesOf = new WeakMap<Simulation, Set<number>>();

/**
 * Lines whose awaits leave nothing on the stack: `await x`, `name = await x`, `return await x`,
 * inside only `if`, `while`, `try` and `for` over a name (whose iterator the name also holds).
 */
function safeAwaitLines(sim: Simulation): Set<number> {
  const known = safeLinesOf.get(sim);
  if (known) return known;
  const safe = new Set<number>();
  const unsafe = new Set<number>();
  const simpleAwait = (e: A.Expr | null) => e !== null && e.kind === 'Await';
  const visit = (body: A.Stmt[], clean: boolean) => {
    for (const st of body) {
      const lines = (ok: boolean) => {
        for (let l = st.loc.line; l <= st.loc.endLine; l++) (ok ? safe : unsafe).add(l);
      };
      switch (st.kind) {
        case 'FunctionDef':
        case 'ClassDef':
          visit(st.body, true);
          break;
        case 'ExprStmt':
          lines(clean && simpleAwait(st.value));
          break;
        case 'Return':
          lines(clean && simpleAwait(st.value));
          break;
        case 'Assign':
          lines(clean && simpleAwait(st.value) && st.targets.every((t) => t.kind === 'Name'));
          break;
        case 'If':
        case 'While':
          unsafe.add(st.loc.line);
          visit(st.body, clean);
          visit(st.orelse, clean);
          break;
        case 'Try':
          visit(st.body, clean);
          for (const h of st.handlers) visit(h.body, clean);
          visit(st.orelse, clean);
          visit(st.finalbody, clean);
          break;
        case 'For':
          unsafe.add(st.loc.line);
          visit(st.body, clean && !st.isAsync && st.iter.kind === 'Name');
          visit(st.orelse, clean);
          break;
        case 'With':
          unsafe.add(st.loc.line);
          visit(st.body, false);
          break;
        default:
          lines(false);
      }
    }
  };
  visit(sim.interp.moduleBody, true);
  for (const l of unsafe) safe.delete(l);
  safeLinesOf.set(sim, safe);
  return safe;
}
