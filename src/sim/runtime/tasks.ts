/**
 * Tasks and the functions built on them (Lib/asyncio/tasks.py): `Task.__step`/`__wakeup`,
 * `create_task`, `ensure_future`, `sleep`, `gather`, `current_task`, `all_tasks`.
 */
import {
  CancelledError,
  InvalidStateError,
  KeyboardInterrupt,
  PyBaseException,
  RuntimeError,
  SystemExit,
  TypeError,
  ValueError,
  pyErr,
} from '../python/exceptions';
import { PyCoroutine, type CoroutineBody, type CoroutineLike, isCoroutineLike } from '../python/functions';
import { enterFrame, stack, TASK_STEP_FRAMES } from '../python/recursion';
import { type Method, PyList, PyObject, type PyValue, fakeAddress } from '../python/objects';
import { compare, requireHash, typeName } from '../python/ops';
import { PyType } from '../python/pytype';
import { repr } from '../python/repr';
import { atLeast } from '../versions';
import type { Loc } from '../python/ast';
import { unsupported } from '../python/errors';
import { firstLineNo } from './base-futures';
import type { LoopLike, TimerHandle } from './events';
import { type DoneCallback, Future, constructors, futureMethods, futureType, setResultUnlessCancelled } from './futures';
import { futureAddToAwaitedBy, futureDiscardFromAwaitedBy } from './graph';

/** tasks._all_tasks, per loop (tasks._current_tasks is the loop's `currentTask`). */
const allTasks = new WeakMap<LoopLike, Set<Task>>();

export function currentTask(loop: LoopLike): Task | null {
  return loop.currentTask;
}

/** tasks.all_tasks(loop): the loop's tasks that are not done, in creation order. */
export function allTasksOf(loop: LoopLike): Task[] {
  return [...(allTasks.get(loop) ?? [])].filter((t) => !t.done());
}

/** `_asyncio.Task`, called through the run's installed constructor (futures.ts `constructors`). */
export const taskType = new PyType(
  'Task',
  [futureType],
  (args, kw) => {
    if (constructors.task === null) throw pyErr(RuntimeError, 'no event loop');
    return constructors.task(args, kw);
  },
  '_asyncio',
);

export class Task extends Future {
  name: string;
  mustCancel = false;
  futWaiter: Future | null = null;
  numCancelsRequested = 0;
  /** Task.__step with no exception, and its label: made once, used on every bare yield. */
  private readonly stepNext = (): void => this.step(null);
  private readonly stepLabel = (): string => `${this.name}.__step()`;
  private wakeupCb: DoneCallback | null = null;
  private wakeupName = '';
  /** `_coro = None`: an eager task that finished in its first step (3.12+). */
  coroDropped = false;
  /** Where the coroutine stopped last, so the visualizer can show where it resumes. */
  private resumeLine: number | null;

  constructor(
    loop: LoopLike,
    readonly coro: PyCoroutine,
    name: string | null,
    eagerStart = false,
  ) {
    super(loop, 'Task', false);
    this.name = name ?? `Task-${loop.sim.nextTaskNumber()}`;
    this.resumeLine = coro.frame ? coro.defLine : null;
    if (loop.sim.trace) loop.sim.emit({ type: 'task.new', task: this.id, name: this.name, coro: coro.qualname });
    let set = allTasks.get(loop);
    if (!set) allTasks.set(loop, (set = new Set()));
    set.add(this);
    // Task.__init__ (3.12+, gh-97696, PR #102853): an eager task whose loop is running runs its
    // first step now, inside the creator's call, as the current task (Task.__eager_start).
    if (eagerStart && loop.isRunning()) {
      const creator = loop.currentTask;
      loop.currentTask = null;
      this.run(null, creator);
      // Task.__eager_start drops the coroutine of a task that finished in its first step: its
      // repr then shows no coro=, and get_coro() returns None.
      if (this.done()) this.coroDropped = true;
      return;
    }
    // Task.__init__: the first step is only scheduled; nothing of the body runs yet.
    loop.callSoon(this.stepNext, this.stepLabel, this.id);
  }

  get typeName(): string {
    return 'Task';
  }

  get pyType(): PyType {
    return taskType;
  }

  protected announceDone(): void {
    if (!this.loop.sim.trace) return;
    this.loop.sim.emit({ type: 'task.done', task: this.id, ...this.outcome() });
  }

  /** Task.cancel (3.11): a waiting task cancels what it waits on; a ready one is flagged. */
  cancel(msg: PyValue = null): boolean {
    if (this.done()) return false;
    this.numCancelsRequested += 1;
    if (this.futWaiter !== null && this.futWaiter.cancel(msg)) {
      // Leave futWaiter set: it may be a task that ignores the cancellation.
      return true;
    }
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) this.numCancelsRequested -= 1;
    return this.numCancelsRequested;
  }

  /** Task.__step */
  step(exc: PyBaseException | null): void {
    if (this.done()) throw pyErr(InvalidStateError, `_step(): already done: ${this.repr()}, ${repr(exc)}`);
    if (this.mustCancel) {
      if (!(exc instanceof PyBaseException && exc.isInstance(CancelledError))) exc = this.makeCancelledError();
      this.mustCancel = false;
    }
    this.futWaiter = null;
    const prev = this.loop.currentTask;
    if (prev) throw pyErr(RuntimeError, `Cannot enter into task ${this.repr()} while another task ${prev.repr()} is being executed.`);
    this.run(exc, null);
  }

  /**
   * Task.__step_run_and_handle_result: one step of the coroutine as the loop's current task;
   * the current task is `after` once it returns (the creator's, for an eager first step).
   */
  private run(exc: PyBaseException | null, after: Task | null): void {
    const loop = this.loop;
    const sim = loop.sim;
    loop.currentTask = this;
    if (sim.trace) sim.emit({ type: 'task.run', task: this.id, line: this.resumeLine });
    const depth = stack.depth;
    stack.depth = depth + TASK_STEP_FRAMES;
    try {
      let r;
      try {
        r = exc === null ? this.coro.send(null) : this.coro.throw(exc);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        if (e.isInstance(CancelledError)) {
          this.cancelledExc = e;
          Future.prototype.cancel.call(this, null);
        } else {
          Future.prototype.setException.call(this, e);
          // Task.__step: `except (KeyboardInterrupt, SystemExit): super().set_exception(exc);
          // raise`, out of the loop (src/sim/runtime/README.md §21).
          if (e.isInstance(KeyboardInterrupt) || e.isInstance(SystemExit)) {
            // The exception leaves the loop with a traceback through Handle._run, whose frame
            // holds this task until the exception is done with (runtime/finalise.ts).
            sim.heldByTraceback.add(this);
            throw e;
          }
        }
        return;
      }
      if (r.done) {
        if (this.mustCancel) {
          this.mustCancel = false;
          Future.prototype.cancel.call(this, this.cancelMessage);
        } else this.setResultInternal(r.value);
        return;
      }
      this.resumeLine = sim.interp.lastLine || this.resumeLine;
      this.suspended(r.value);
    } finally {
      stack.depth = depth;
      loop.currentTask = after;
    }
  }

  private setResultInternal(v: PyValue): void {
    Future.prototype.setResult.call(this, v);
  }

  /** The coroutine yielded `result`: decide what wakes it (the `else:` branch of __step). */
  private suspended(result: PyValue): void {
    const loop = this.loop;
    const sim = loop.sim;
    const line = sim.interp.lastLine || null;
    if (result instanceof Future) {
      if (result.loop !== loop) {
        const err = pyErr(RuntimeError, `Task ${this.repr()} got Future ${result.repr()} attached to a different loop`);
        loop.callSoon(() => this.step(err), `${this.name}.__step(RuntimeError)`, this.id);
      } else if (result.blocking) {
        if (result === this) {
          const err = pyErr(RuntimeError, `Task cannot await on itself: ${this.repr()}`);
          loop.callSoon(() => this.step(err), `${this.name}.__step(RuntimeError)`, this.id);
          return;
        }
        futureAddToAwaitedBy(result, this, false);
        result.blocking = false;
        if (sim.trace) sim.emit({ type: 'task.suspend', task: this.id, on: result.label, future: result.id, line });
        result.addDoneCallback(this.wakeupCallback());
        this.futWaiter = result;
        if (this.mustCancel && this.futWaiter.cancel(this.cancelMessage)) this.mustCancel = false;
      } else {
        const err = pyErr(RuntimeError, `yield was used instead of yield from in task ${this.repr()} with ${result.repr()}`);
        loop.callSoon(() => this.step(err), `${this.name}.__step(RuntimeError)`, this.id);
      }
    } else if (result === null) {
      // A bare yield (sleep(0)) gives up the loop for exactly one iteration.
      if (sim.trace) sim.emit({ type: 'task.suspend', task: this.id, on: null, future: null, line });
      loop.callSoon(this.stepNext, this.stepLabel, this.id);
    } else {
      const err = pyErr(RuntimeError, `Task got bad yield: ${repr(result)}`);
      loop.callSoon(() => this.step(err), `${this.name}.__step(RuntimeError)`, this.id);
    }
  }

  /**
   * The done callback that wakes this task. A task waits on one future at a time, so one
   * callback serves every wait, remade only when the task was renamed since.
   */
  private wakeupCallback(): DoneCallback {
    let cb = this.wakeupCb;
    if (cb === null || this.wakeupName !== this.name) {
      this.wakeupName = this.name;
      // The C Task's wakeup is a builtin method, shown as `Task.task_wakeup()` in a future's repr.
      cb = this.wakeupCb = { fn: (f) => this.wakeup(f), label: `${this.name}.__wakeup`, py: null, task: this.id, repr: 'Task.task_wakeup()' };
    }
    return cb;
  }

  /** Task.__wakeup */
  private wakeup(fut: Future): void {
    futureDiscardFromAwaitedBy(fut, this, false);
    try {
      fut.result();
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      this.step(e);
      return;
    }
    this.step(null);
  }

  /** base_tasks._task_repr_info, which the C Task's __repr__ calls (3.11 to 3.13). */
  protected reprInfo(where: Loc | null): string[] {
    const info = super.reprInfo(where);
    if (this.numCancelsRequested > 0 && !this.done()) info[0] = 'cancelling';
    info.splice(1, 0, `name=${repr(this.name)}`);
    if (this.futWaiter !== null) info.splice(2, 0, `wait_for=${this.futWaiter.reprAt(where)}`);
    // `if task._coro:` (3.12's base_tasks; 3.11 always has one).
    if (!this.coroDropped) info.splice(2, 0, `coro=<${this.formatCoroutine(where)}>`);
    return info;
  }

  /** coroutines._format_coroutine: where the coroutine's own frame is, or where it was defined. */
  private formatCoroutine(where: Loc | null): string {
    const coro = this.coro;
    if (!coro.frame) {
      // A builtin awaitable with no code object (`anext(agen)`, `agen.aclose()`) prints its name
      // alone (coroutines._format_coroutine, "Most likely a built-in type").
      if (where === null || coro.qualname.startsWith('<')) return `${coro.qualname}()`;
      // One of asyncio's own coroutines (`sleep`, `Queue.get`): CPython names its source file.
      throw unsupported(
        `the repr of a task that runs one of asyncio's own coroutines (${coro.qualname}(): CPython shows the path of its source file, which depends on the installation)`,
        where,
      );
    }
    const defined = firstLineNo(this.loop.sim.source, coro.defLine);
    if (coro.state === 'closed') return `${coro.qualname}() done, defined at ${coro.filename}:${defined}`;
    const line = coro.state === 'created' ? defined : coro.frame.line;
    return `${coro.qualname}() running at ${coro.filename}:${line}`;
  }

  shortRepr(): string {
    return `<Task ${this.name}>`;
  }

  /** What a C Task has that the simulator does not model: refused, not missing. */
  unsupportedAttr(name: string): string | null {
    return ['get_stack', 'print_stack', 'get_context'].includes(name) ? `Task.${name}` : null;
  }

  protected get methods(): Record<string, Method<never>> {
    return taskMethods as Record<string, Method<never>>;
  }
}

const taskMethods: Record<string, Method<Task>> = {
  ...(futureMethods as Record<string, Method<Task>>),
  get_name: (t) => t.name,
  set_name: (t, a) => {
    t.name = typeof a[0] === 'string' ? a[0] : repr(a[0] ?? null);
    return null;
  },
  get_coro: (t) => (t.coroDropped ? null : t.coro),
  cancel: (t, a, kw) => t.cancel(a[0] ?? kw?.get('msg') ?? null),
  cancelling: (t) => BigInt(t.numCancelsRequested),
  uncancel: (t) => BigInt(t.uncancel()),
  set_result: () => {
    throw pyErr(RuntimeError, 'Task does not support set_result operation');
  },
  set_exception: () => {
    throw pyErr(RuntimeError, 'Task does not support set_exception operation');
  },
};

/** loop.create_task, with no task factory (or the eager one, `eager`). */
export function createTask(loop: LoopLike, value: PyValue, name: PyValue, eager = false): Task {
  const coro = isCoroutineLike(value) ? coroutineOf(value) : value;
  if (!(coro instanceof PyCoroutine)) throw pyErr(TypeError, `a coroutine was expected, got ${repr(coro)}`);
  if (loop.closed) {
    coro.close();
    throw pyErr(RuntimeError, 'Event loop is closed');
  }
  return new Task(loop, coro, name === null ? null : typeof name === 'string' ? name : repr(name), eager);
}

/**
 * A coroutine-like awaitable (`anext(agen)`, `agen.aclose()`) as the coroutine a Task drives:
 * the Task sends into it as into a coroutine. It has no `__name__`, which the Task's repr says
 * as CPython's does (`coro=<<async_generator_asend without __name__>()>`).
 */
export function coroutineOf(v: PyObject & CoroutineLike): PyCoroutine {
  function* body(): CoroutineBody {
    return yield* v.awaitIter();
  }
  return new PyCoroutine(`<${v.typeName} without __name__>`, body(), null, '', 0);
}

/**
 * asyncio.eager_task_factory, or create_eager_task_factory(Task) (tasks.py, 3.12+, gh-97696):
 * `loop.set_task_factory(it)` makes every task the loop creates start eagerly.
 */
export class EagerTaskFactory extends PyObject {
  get typeName(): string {
    return 'function';
  }

  repr(): string {
    return `<function create_eager_task_factory.<locals>.factory at ${fakeAddress(this)}>`;
  }
}

/** tasks.ensure_future */
export function ensureFuture(v: PyValue, loop: LoopLike): Future {
  if (v instanceof Future) {
    if (v.loop !== loop) throw pyErr(ValueError, 'The future belongs to a different loop than the one specified as the loop argument');
    return v;
  }
  // loop.create_task, so the loop's task factory (an eager one, 3.12+) applies.
  // `coroutines.iscoroutine` accepts the coroutine-like awaitables too (`anext(agen)`).
  if (v instanceof PyCoroutine || isCoroutineLike(v)) return loop.createTask(v, null);
  throw pyErr(TypeError, 'An asyncio.Future, a coroutine or an awaitable is required');
}

/** tasks.sleep: `delay <= 0` is a bare yield (one iteration); otherwise a future and a timer. */
export function sleep(getLoop: () => LoopLike, delay: PyValue, result: PyValue, filename: string): PyCoroutine {
  if (typeof delay !== 'bigint' && typeof delay !== 'number' && typeof delay !== 'boolean') {
    throw pyErr(TypeError, `'<=' not supported between instances of '${typeName(delay)}' and 'int'`);
  }
  // A number compared with 0 has no side effect, so it can be decided before the body runs.
  const bare =
    typeof delay === 'bigint' ? delay <= 0n : typeof delay === 'number' ? delay <= 0 : compare('<=', delay, 0n);
  if (bare) return new PyCoroutine('sleep', new BareYield(result), null, filename, 0);
  return new PyCoroutine('sleep', new TimedSleep(getLoop, delay, result), null, filename, 0);
}

/**
 * The body of `sleep(delay)` for delay > 0, as tasks.sleep runs it:
 *
 *     future = loop.create_future()
 *     h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
 *     try:
 *         return await future
 *     finally:
 *         h.cancel()
 *
 * A plain iterator rather than a generator (with Future.__await__ inlined), because a program
 * that sleeps a lot makes one per sleep.
 */
class TimedSleep implements CoroutineBody {
  private fut: Future | null = null;
  private timer: TimerHandle | null = null;
  private done = false;

  constructor(
    private readonly getLoop: () => LoopLike,
    private readonly delay: PyValue,
    private readonly result: PyValue,
  ) {}

  next(): IteratorResult<PyValue, PyValue> {
    if (this.done) return { done: true, value: null };
    const fut = this.fut;
    if (fut === null) {
      const loop = this.getLoop();
      const delay = this.delay;
      const result = this.result;
      const f = new Future(loop, () => `sleep(${repr(delay)})`);
      this.fut = f;
      this.timer = loop.callLater(Number(delay), () => setResultUnlessCancelled(f, result), () => `_set_result_unless_cancelled(sleep(${repr(delay)}))`);
      // Future.__await__: a new future is never done, so it is yielded to the task.
      f.blocking = true;
      return { done: false, value: f };
    }
    this.finish();
    if (!fut.done()) throw pyErr(RuntimeError, "await wasn't used with future");
    return { done: true, value: fut.result() };
  }

  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    this.finish();
    throw e;
  }

  return(value: PyValue): IteratorResult<PyValue, PyValue> {
    this.finish();
    return { done: true, value };
  }

  /** The `finally:` clause, once the body has started; a body never started has none to run. */
  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.timer?.cancel();
  }

  [Symbol.iterator](): CoroutineBody {
    return this;
  }
}

/** What every bare yield produces; nothing writes to a step's result, so one object serves. */
const BARE_YIELD: IteratorResult<PyValue, PyValue> = Object.freeze({ done: false, value: null });

/**
 * The body of `sleep(0)`: `await __sleep0()`, a generator-based coroutine that yields once, then
 * the result. A plain iterator rather than a generator, because a busy program makes one per
 * step. While it waits, __sleep0's frame is on the stack above sleep's (stage 1).
 */
class BareYield implements CoroutineBody {
  private stage = 0;

  constructor(private readonly result: PyValue) {}

  next(): IteratorResult<PyValue, PyValue> {
    if (this.stage === 0) {
      enterFrame();
      this.stage = 1;
      return BARE_YIELD;
    }
    this.leave();
    return { done: true, value: this.result };
  }

  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    this.leave();
    throw e;
  }

  return(value: PyValue): IteratorResult<PyValue, PyValue> {
    this.leave();
    return { done: true, value };
  }

  private leave(): void {
    if (this.stage === 1) stack.depth--;
    this.stage = 2;
  }

  [Symbol.iterator](): CoroutineBody {
    return this;
  }
}

/** tasks._GatheringFuture */
export class GatheringFuture extends Future {
  cancelRequested = false;
  children: Future[] = [];

  get typeName(): string {
    return '_GatheringFuture';
  }

  cancel(msg: PyValue = null): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this.children) if (child.cancel(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

/** tasks.gather */
export function gather(loop: LoopLike, args: PyValue[], returnExceptions: boolean): Future {
  if (args.length === 0) {
    const outer = new Future(loop, 'gather()');
    outer.setResult(new PyList([]));
    return outer;
  }
  const children: Future[] = [];
  const seen = new Map<PyValue, Future>();
  let nfuts = 0;
  let nfinished = 0;
  let outer: GatheringFuture | null = null;
  const label = `gather(${args.length} awaitable${args.length === 1 ? '' : 's'})`;

  const curTask = loop.isRunning() ? loop.currentTask : null;
  const doneCallback = (fut: Future): void => {
    nfinished += 1;
    futureDiscardFromAwaitedBy(fut, curTask);
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.setException(fut.makeCancelledError());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: PyValue[] = children.map((c) => {
        if (c.cancelled()) return pyErr(CancelledError, c.cancelMessage === null ? '' : c.cancelMessage);
        return c.exception() ?? c.result();
      });
      if (outer.cancelRequested) outer.setException(fut.makeCancelledError());
      else outer.setResult(new PyList(results));
    }
  };

  // From 3.12 a child that is already done is not given a done callback (which call_soon would
  // run an iteration later) but handled at once, after the outer future exists (gh-97696's
  // eager tasks, PR #102853): gathering only finished futures finishes the gather at once.
  const eagerDone = atLeast(loop.sim.python, '3.12');
  const doneFuts: Future[] = [];
  for (const arg of args) {
    // tasks.py looks each argument up in a dict before wrapping it, so a list passed without
    // `*` fails on its hash: "unhashable type: 'list'", which 3.14 words as a dict key's.
    // Coroutines and futures hash by identity.
    if (!(arg instanceof PyCoroutine) && !(arg instanceof Future)) requireHash(arg, 'dict key');
    let fut = seen.get(arg);
    if (!fut) {
      fut = ensureFuture(arg, loop);
      nfuts += 1;
      seen.set(arg, fut);
      if (eagerDone && fut.done()) doneFuts.push(fut);
      else {
        futureAddToAwaitedBy(fut, curTask);
        fut.addDoneCallback({ fn: doneCallback, label: 'gather._done_callback', py: null, task: null });
      }
    }
    children.push(fut);
  }
  // Announced with its children, which the visualizer's await graph draws under it.
  outer = new GatheringFuture(loop, label, false);
  outer.children = children;
  if (loop.sim.trace) loop.sim.emit({ type: 'future.new', future: outer.id, label, gathers: children.map((c) => c.id) });
  for (const fut of doneFuts) doneCallback(fut);
  return outer;
}

