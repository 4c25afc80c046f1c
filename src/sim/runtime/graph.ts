/**
 * Call-graph introspection, new in 3.14 (Lib/asyncio/graph.py): `capture_call_graph`,
 * `format_call_graph`, `print_call_graph`, `FutureCallGraph`, `FrameCallGraphEntry`; and the
 * `awaited_by` bookkeeping they read (Lib/asyncio/futures.py `future_add_to_awaited_by`,
 * `future_discard_from_awaited_by`), kept by tasks, gather and TaskGroup (runtime/README.md §20).
 */
import { AttributeError, RuntimeError, TypeError, pyErr } from '../python/exceptions';
import { unsupported } from '../python/errors';
import { type Frame, PyCoroutine, driving } from '../python/functions';
import { attributeError, getAttribute } from '../python/builtins';
import { type Kwargs, PyBuiltin, PyCallable, PyObject, PyTuple, type PyValue, fakeAddress, objectId } from '../python/objects';
import { PyType, objectType, registerType } from '../python/pytype';
import { repr } from '../python/repr';
import { stack } from '../python/recursion';
import { type CallGraph, type CallGraphSource, buildGraphForFuture, sliceStack } from '../call-graph';
import { Future } from './futures';
import type { LoopLike } from './events';
import type { Simulation } from './simulation';
import { Task } from './tasks';

// ---------------------------------------------------------------- awaited_by

/**
 * `Future.__asyncio_awaited_by`: the tasks awaiting each future. CPython keeps a set, so with
 * several awaiters their order follows object addresses (§20); here it is the order they came.
 * 3.14 added it; it is kept under every version, since only 3.14's graph functions let a program
 * read it, and the visualizer's await graph is drawn from it (the trace's `awaited_by.*` events).
 */
const awaitedBy = new WeakMap<Future, Set<Future>>();

/**
 * futures.future_add_to_awaited_by (3.14): record that `waiter` awaits `fut`. `traced` is false
 * for a task's own await (Task.__step), which its `task.suspend` event already records.
 */
export function futureAddToAwaitedBy(fut: Future, waiter: Future | null, traced = true): void {
  if (waiter === null) return;
  let set = awaitedBy.get(fut);
  if (!set) awaitedBy.set(fut, (set = new Set()));
  if (set.has(waiter)) return;
  set.add(waiter);
  const sim = fut.loop.sim;
  if (traced && sim.trace) sim.emit({ type: 'awaited_by.add', future: fut.id, waiter: waiter.id });
}

/**
 * futures.future_discard_from_awaited_by (3.14). `traced` is false for Task.__wakeup's, which
 * the task's next `task.run` or `task.done` event records.
 */
export function futureDiscardFromAwaitedBy(fut: Future, waiter: Future | null, traced = true): void {
  if (waiter === null || !awaitedBy.get(fut)?.delete(waiter)) return;
  const sim = fut.loop.sim;
  if (traced && sim.trace) sim.emit({ type: 'awaited_by.discard', future: fut.id, waiter: waiter.id });
}

/** `fut._asyncio_awaited_by`, as a list. */
export function awaitersOf(fut: Future): Future[] {
  return [...(awaitedBy.get(fut) ?? [])];
}

// ---------------------------------------------------------------- frames

/** Where asyncio's own files are shown to live (CPython prints the interpreter's real path). */
const STDLIB = '/usr/lib/python3.14/asyncio/';

/** One frame of a call stack: what `format_call_graph` prints of it. */
interface StackFrame {
  file: string;
  line: number;
  qualname: string;
  /** A coroutine's frame (`in async f()`) or a plain function's (`in f()`). */
  async: boolean;
  /** The program's frame behind it, whose line moves on as the coroutine runs (`f_lineno`). */
  live?: Frame;
}

const std = (file: string, line: number, qualname: string, async = true): StackFrame => ({
  file: STDLIB + file,
  line,
  qualname,
  async,
});

/**
 * The frames of the coroutines this runtime writes in TypeScript, innermost first, where each
 * suspends in CPython 3.14.2 (the line of its `await`). `sleep(0)` awaits `__sleep0()`.
 */
const STDLIB_FRAMES: Record<string, (task: Task) => StackFrame[]> = {
  sleep: (t) => [std('tasks.py', t.futWaiter ? 702 : 690, 'sleep')],
  'Lock.acquire': () => [std('locks.py', 110, 'Lock.acquire')],
  'Event.wait': () => [std('locks.py', 213, 'Event.wait')],
  'Semaphore.acquire': () => [std('locks.py', 407, 'Semaphore.acquire')],
  'Queue.get': () => [std('queues.py', 186, 'Queue.get')],
  'Queue.put': () => [std('queues.py', 139, 'Queue.put')],
  'Queue.join': () => [std('locks.py', 213, 'Event.wait'), std('queues.py', 248, 'Queue.join')],
  wait: () => [std('tasks.py', 521, '_wait'), std('tasks.py', 432, 'wait')],
  wait_for: () => [std('tasks.py', 488, 'wait_for')],
};

/** graph.py's own frame, which `print_call_graph` leaves on the current task's stack. */
const PRINT_FRAME = std('graph.py', 276, 'print_call_graph', false);

/**
 * The task's chain of coroutines, outermost first, as `cr_await` links them (the walk of
 * `_build_graph_for_future`), with their frames; null for a task that is done (its coroutine
 * has no frame left).
 */
function coroutineFrames(task: Task): StackFrame[] | null {
  if (task.done()) return null;
  const out: StackFrame[] = [];
  let coro: PyCoroutine | null = task.coro;
  while (coro) {
    if (coro.frame) {
      // An unstarted coroutine's frame is at its `def` line.
      const line = coro.state === 'created' ? coro.defLine : coro.frame.line;
      out.push({ file: coro.filename, line, qualname: coro.qualname, async: true, live: coro.frame });
    } else {
      const frames = STDLIB_FRAMES[coro.qualname];
      if (!frames) throw unsupported(`the call graph of a task inside ${coro.qualname}()`, task.loop.sim.here());
      out.push(...frames(task).reverse());
    }
    const next: PyCoroutine | null = coro.awaiting;
    coro = next?.state === 'running' ? next : null;
  }
  // `async with TaskGroup()` awaits __aexit__ → _aexit, which wait on the group's future.
  if (task.futWaiter?.label === 'TaskGroup: waiting for its tasks') {
    out.push(std('taskgroups.py', 72, 'TaskGroup.__aexit__'), std('taskgroups.py', 121, 'TaskGroup._aexit'));
  } else if (task.futWaiter?.label === 'wait_for cancel waiter') {
    throw unsupported('the call graph of a task inside wait_for() with a timeout of 0 or less', task.loop.sim.here());
  }
  return out;
}

// ---------------------------------------------------------------- the graph objects

/** A frame object, as much of it as a program reads from a call graph. */
class PyFrameObject extends PyObject {
  constructor(readonly frame: StackFrame) {
    super();
  }
  get typeName(): string {
    return 'frame';
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'f_lineno') return BigInt(this.frame.live?.line ?? this.frame.line);
    if (name === 'f_code') return new PyCodeObject(this.frame);
    return undefined;
  }
  repr(): string {
    return `<frame at ${fakeAddress(this)}, file '${this.frame.file}', line ${this.frame.line}, code ${this.frame.qualname.split('.').pop()}>`;
  }
}

class PyCodeObject extends PyObject {
  constructor(readonly frame: StackFrame) {
    super();
  }
  get typeName(): string {
    return 'code';
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'co_filename') return this.frame.file;
    if (name === 'co_qualname') return this.frame.qualname;
    if (name === 'co_name') return this.frame.qualname.split('.').pop() as string;
    return undefined;
  }
}

const frameEntryType = registerType(new PyType('FrameCallGraphEntry', [objectType], null, 'asyncio.graph'));
const futureGraphType = registerType(new PyType('FutureCallGraph', [objectType], null, 'asyncio.graph'));

/** graph.FrameCallGraphEntry(frame): a frozen dataclass. `frame` is None for a finished task. */
export class FrameCallGraphEntry extends PyObject {
  constructor(readonly frame: StackFrame | null) {
    super();
  }
  get typeName(): string {
    return 'FrameCallGraphEntry';
  }
  get pyType(): PyType {
    return frameEntryType;
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'frame') return this.frame && new PyFrameObject(this.frame);
    return undefined;
  }
  repr(): string {
    return `FrameCallGraphEntry(frame=${this.frame ? new PyFrameObject(this.frame).repr() : 'None'})`;
  }
}

/** graph.FutureCallGraph(future, call_stack, awaited_by): a frozen dataclass of tuples. */
export class FutureCallGraph extends PyObject {
  constructor(
    readonly future: Future,
    readonly callStack: FrameCallGraphEntry[],
    readonly awaitedBy: FutureCallGraph[],
  ) {
    super();
  }
  get typeName(): string {
    return 'FutureCallGraph';
  }
  get pyType(): PyType {
    return futureGraphType;
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'future') return this.future;
    if (name === 'call_stack') return new PyTuple(this.callStack);
    if (name === 'awaited_by') return new PyTuple(this.awaitedBy);
    return undefined;
  }
  repr(): string {
    const tuple = (xs: PyObject[]) => (xs.length === 1 ? `(${xs[0].repr()},)` : `(${xs.map((x) => x.repr()).join(', ')})`);
    return `FutureCallGraph(future=${repr(this.future)}, call_stack=${tuple(this.callStack)}, awaited_by=${tuple(this.awaitedBy)})`;
  }
}

// ---------------------------------------------------------------- capture, format, print

function requireFuture(v: PyValue): Future {
  if (!(v instanceof Future)) throw pyErr(TypeError, `${repr(v)} object does not appear to be compatible with asyncio.Future`);
  return v;
}

/** The live runtime as the call-graph builder reads it (src/sim/call-graph.ts). */
const runtimeSource: CallGraphSource<Future, StackFrame> = {
  frames: (f) => (f instanceof Task ? coroutineFrames(f) : undefined),
  awaitedBy: awaitersOf,
};

/** The builder's plain graph as the dataclasses a program reads. */
function toPython(g: CallGraph<Future, StackFrame>): FutureCallGraph {
  return new FutureCallGraph(
    g.future,
    g.callStack.map((f) => new FrameCallGraphEntry(f)),
    g.awaitedBy.map(toPython),
  );
}

/** graph._build_graph_for_future */
function graphForFuture(v: PyValue, limit: number | null): FutureCallGraph {
  return toPython(buildGraphForFuture(runtimeSource, requireFuture(v), limit));
}

/**
 * graph.capture_call_graph. The current task's stack is read from the frames (`sys._getframe`):
 * here its chain of coroutines, which must account for the whole Python stack; `extra` are the
 * frames of graph.py itself above the caller (print_call_graph's, for `print_call_graph`).
 */
function captureCallGraph(sim: Simulation, v: PyValue, depth: number, limit: number | null, extra: StackFrame[]): FutureCallGraph | null {
  const loop = sim.runningLoop as LoopLike | null;
  let future: PyValue = v;
  if (future !== null) {
    if (loop === null || future !== loop.currentTask) return graphForFuture(future, limit);
  } else {
    if (loop === null) {
      throw pyErr(RuntimeError, 'capture_call_graph() is called outside of a running event loop and no *future* to introspect was provided');
    }
    future = loop.currentTask;
  }
  if (future === null) return null;
  const task = requireFuture(future) as Task;

  let callStack: FrameCallGraphEntry[] = [];
  if (limit !== 0) {
    const frames = coroutineFrames(task) ?? [];
    // Frames the chain does not explain are plain functions' (or a coroutine driven by hand).
    if (driving.coro !== task.coro || stack.depth !== driving.base + countChain(task.coro)) {
      throw unsupported('the call graph of the current task from inside a plain function', sim.here());
    }
    const inner = [...extra, ...frames.reverse()];
    if (depth < 1 || depth > inner.length) {
      throw unsupported(`capture_call_graph(depth=${depth}) past the task's coroutines`, sim.here());
    }
    callStack = inner.slice(depth - 1).map((f) => new FrameCallGraphEntry(f));
  }
  const awaited = awaitersOf(task).map((parent) => graphForFuture(parent, limit));
  return new FutureCallGraph(task, sliceStack(callStack, limit === null ? null : -limit), awaited);
}

/** How many coroutines the chain from `coro` holds: each is one frame on the stack. */
function countChain(coro: PyCoroutine): number {
  let n = 0;
  for (let c: PyCoroutine | null = coro; c; c = c.awaiting?.state === 'running' ? c.awaiting : null) n++;
  return n;
}

/** `id(x)` as the builtin computes it, in `#x` form. */
function idHex(o: object): string {
  return '0x' + (140000000000000 + objectId(o) * 64).toString(16);
}

/** graph.format_call_graph's render_level */
function renderLevel(st: FutureCallGraph, buf: string[], level: number): void {
  const add = (line: string) => buf.push('    '.repeat(level) + line);
  if (st.future instanceof Task) add(`* Task(name=${repr(st.future.name)}, id=${idHex(st.future)})`);
  else add(`* Future(id=${idHex(st.future)})`);
  if (st.callStack.length) {
    add('  + Call stack:');
    for (const ste of st.callStack) {
      const f = ste.frame;
      if (f === null) throw pyErr(AttributeError, "'NoneType' object has no attribute 'f_generator'");
      add(`  |   File ${repr(f.file)}, line ${f.line}, in ${f.async ? 'async ' : ''}${f.qualname}()`);
    }
  }
  if (st.awaitedBy.length) {
    add('  + Awaited by:');
    for (const fut of st.awaitedBy) renderLevel(fut, buf, level + 1);
  }
}

function formatCallGraph(sim: Simulation, v: PyValue, depth: number, limit: number | null, extra: StackFrame[]): string {
  const graph = captureCallGraph(sim, v, depth, limit, extra);
  if (graph === null) return '';
  const buf: string[] = [];
  renderLevel(graph, buf, 0);
  return buf.join('\n');
}

/** The arguments `(future=None, /, *, depth=1, limit=None)` (and `file=` for print_call_graph). */
function parseArgs(sim: Simulation, name: string, args: PyValue[], kw: Kwargs | null, keywords: string[]): { future: PyValue; depth: number; limit: number | null; file: PyValue } {
  if (args.length > 1) throw pyErr(TypeError, `${name}() takes from 0 to 1 positional arguments but ${args.length} were given`);
  for (const k of kw?.keys() ?? []) {
    if (k === 'future') throw pyErr(TypeError, `${name}() got some positional-only arguments passed as keyword arguments: 'future'`);
    if (!keywords.includes(k)) throw pyErr(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
  }
  const int = (x: PyValue | undefined, what: string, dflt: number | null): number | null => {
    if (x === undefined || x === null) return dflt;
    if (typeof x === 'bigint' || typeof x === 'boolean') return Number(x);
    throw unsupported(`${name}(${what}=${repr(x)})`, sim.here());
  };
  return {
    future: args[0] ?? null,
    depth: int(kw?.get('depth'), 'depth', 1) as number,
    limit: int(kw?.get('limit'), 'limit', null),
    file: kw?.get('file') ?? null,
  };
}

/** asyncio's call-graph names (3.14): Lib/asyncio/graph.py `__all__`. */
export function graphAttributes(sim: Simulation): Map<string, PyValue> {
  const a = new Map<string, PyValue>([
    ['FrameCallGraphEntry', frameEntryType],
    ['FutureCallGraph', futureGraphType],
  ]);
  a.set(
    'capture_call_graph',
    new PyBuiltin('capture_call_graph', (args, kw) => {
      const p = parseArgs(sim, 'capture_call_graph', args, kw, ['depth', 'limit']);
      // capture_call_graph's own frame is depth 0: the caller is depth 1.
      return captureCallGraph(sim, p.future, p.depth, p.limit, []);
    }),
  );
  a.set(
    'format_call_graph',
    new PyBuiltin('format_call_graph', (args, kw) => {
      const p = parseArgs(sim, 'format_call_graph', args, kw, ['depth', 'limit']);
      return formatCallGraph(sim, p.future, p.depth, p.limit, []);
    }),
  );
  a.set(
    'print_call_graph',
    new PyBuiltin('print_call_graph', (args, kw) => {
      const p = parseArgs(sim, 'print_call_graph', args, kw, ['depth', 'limit', 'file']);
      // print_call_graph passes `depth` on unchanged, so its own frame is on the stack it shows.
      const text = formatCallGraph(sim, p.future, p.depth, p.limit, [PRINT_FRAME]);
      if (p.file === null) sim.write(text + '\n');
      else {
        // print(text, file=file): the text, then the end, each by file.write.
        const write = getAttribute(p.file, 'write');
        if (!(write instanceof PyCallable)) throw attributeError(p.file, 'write');
        write.call([text], null);
        write.call(['\n'], null);
      }
      return null;
    }),
  );
  return a;
}
