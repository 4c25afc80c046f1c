/**
 * The event loop (Lib/asyncio/base_events.py `BaseEventLoop`): the ready deque, the timer
 * heap, `_run_once`, `run_forever`, `run_until_complete`, `stop`, `close`, and the default
 * executor.
 */
import { SimError, unsupported } from '../python/errors';
import { Exception, PyBaseException, RuntimeError, TypeError, pyErr } from '../python/exceptions';
import type { PyAsyncGenerator } from '../python/genobject';
import { formatTraceback } from '../python/traceback';
import { PyCallable, PyList, type Method, NativeObject, PyObject, type PyValue } from '../python/objects';
import { truthy, typeName } from '../python/ops';
import { PyType } from '../python/pytype';
import { repr } from '../python/repr';
import { THREAD_START_LATENCY, WAKE_LATENCY, epollTimeout } from './clock';
import { Handle, type Label, type LoopLike, TimerHandle, timerLt } from './events';
import { Future, setResultUnlessCancelled } from './futures';
import { type CoroutineBody, PyCoroutine, PyFunction } from '../python/functions';
import { RUN_FOREVER_FRAMES, RUN_UNTIL_COMPLETE_FRAMES, stack } from '../python/recursion';
import { heapify, heappop, heappush } from './heapq';
import type { Simulation } from './simulation';
import { atLeast } from '../versions';
import { EagerTaskFactory, type Task, allTasksOf, createTask, ensureFuture, gather } from './tasks';
import { collectUnretrieved } from './finalise';
import { ThreadPoolExecutor } from './thread-pool';
import { refreshSetOrderRaces } from './task-sets';

/** base_events._MIN_SCHEDULED_TIMER_HANDLES and _MIN_CANCELLED_TIMER_HANDLES_FRACTION */
const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
/** base_events.MAXIMUM_SELECT_TIMEOUT */
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
/** time.get_clock_info('monotonic').resolution on Linux */
const CLOCK_RESOLUTION = 1e-9;

/** A FIFO with O(1) popleft, like collections.deque. */
class Deque<T> {
  private items: T[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(x: T): void {
    this.items.push(x);
  }
  popleft(): T {
    const x = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
  *[Symbol.iterator](): Generator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

export function callableLabel(fn: PyValue, args: PyValue[]): string {
  // format_helpers._format_callback: the qualified name if it has one, else its repr.
  const qualname = fn instanceof PyObject ? fn.getAttr('__qualname__') : undefined;
  const name = fn instanceof PyCallable ? String(fn.getAttr('__name__') ?? typeName(fn)) : typeof qualname === 'string' && qualname ? qualname : repr(fn);
  return `${name}(${args.map(repr).join(', ')})`;
}

export class BaseEventLoop extends NativeObject implements LoopLike {
  readonly id: number;
  closed = false;
  currentTask: Task | null = null;
  private stopping = false;
  private running = false;
  /** `_asyncgens`: the async generators first iterated while this loop ran. */
  readonly asyncgens = new Set<PyAsyncGenerator>();
  /** `_asyncgens_shutdown_called`. */
  asyncgensShutdownCalled = false;
  private readonly ready = new Deque<Handle>();
  private scheduled: TimerHandle[] = [];
  private timerCancelledCount = 0;
  private iteration = 0;
  defaultExecutor: ThreadPoolExecutor | null = null;
  executorShutdownCalled = false;
  debug = false;
  /** The loop was woken from `select` by a thread (`_write_to_self`). */
  private selfPipe = false;

  constructor(
    readonly sim: Simulation,
    /** events._set_running_loop, events.get_event_loop and friends. */
    private readonly onRunning: (loop: BaseEventLoop | null) => void,
  ) {
    super();
    this.id = sim.newId();
    sim.emit({ type: 'loop.new', loop: this.id });
  }

  get typeName(): string {
    return '_UnixSelectorEventLoop';
  }

  repr(): string {
    return `<_UnixSelectorEventLoop running=${this.running ? 'True' : 'False'} closed=${this.closed ? 'True' : 'False'} debug=False>`;
  }

  time(): number {
    // A real monotonic clock always moves between two reads.
    this.sim.clock.now += 1e-7;
    return this.sim.clock.now;
  }

  isRunning(): boolean {
    return this.running;
  }

  private checkClosed(): void {
    if (this.closed) throw pyErr(RuntimeError, 'Event loop is closed');
  }

  /** BaseEventLoop._timer_handle_cancelled */
  private readonly timerHandleCancelled = (t: TimerHandle): void => {
    if (t.scheduled) this.timerCancelledCount += 1;
  };

  private reportError = (e: PyBaseException, h: Handle): void => {
    // BaseEventLoop.call_exception_handler → default_exception_handler logs to stderr (R5).
    this.sim.stderr += `Exception in callback ${h.label}\nhandle: ${h.repr()}\n${formatException(e)}`;
  };

  // ---------------------------------------------------------------- scheduling

  callSoon(callback: () => void, label: Label, task: number | null = null): Handle {
    this.checkClosed();
    const h = new Handle(this.sim, callback, label, task, this.reportError);
    this.ready.push(h);
    if (this.sim.trace) this.sim.emit({ type: 'ready.push', handle: h.info, threadsafe: false });
    return h;
  }

  /** call_soon_threadsafe: the append happens at the calling thread's time, and wakes select. */
  callSoonThreadsafe(callback: () => void, label: Label, task: number | null = null): Handle {
    this.checkClosed();
    const h = new Handle(this.sim, callback, label, task, this.reportError);
    this.sim.noteThreadsafe(h);
    this.ready.push(h);
    this.selfPipe = true;
    if (this.sim.trace) this.sim.emit({ type: 'ready.push', handle: h.info, threadsafe: true });
    return h;
  }

  callLater(delay: number, callback: () => void, label: Label, task: number | null = null): TimerHandle {
    return this.callAt(this.time() + delay, callback, label, task);
  }

  callAt(when: number, callback: () => void, label: Label, task: number | null = null): TimerHandle {
    this.checkClosed();
    const h = new TimerHandle(this.sim, when, callback, label, task, this.reportError, this.timerHandleCancelled);
    heappush(this.scheduled, h, timerLt);
    h.scheduled = true;
    if (this.sim.trace) this.sim.emit({ type: 'timer.push', handle: h.info, when });
    return h;
  }

  createFuture(label = 'Future'): Future {
    return new Future(this, label);
  }

  /** loop.create_task; `eagerStart` is 3.14's `eager_start=` keyword, when given. */
  createTask(coro: PyValue, name: PyValue = null, eagerStart?: boolean): Task {
    this.checkClosed();
    if (this.taskFactory === null) return createTask(this, coro, name, eagerStart ?? false);
    // With a factory, 3.12 and 3.13 make the task unnamed and name it after: an eager task's
    // first step runs under a Task-N name (gh-128308). 3.14 hands the name to the factory.
    if (atLeast(this.sim.python, '3.14')) return createTask(this, coro, name, eagerStart ?? true);
    const task = createTask(this, coro, null, true);
    // 3.12's tasks._set_task_name skips a None name; 3.13.0 calls task.set_name(name) whatever
    // it is, so a task made without a name is named 'None'.
    if (name !== null) task.name = typeof name === 'string' ? name : repr(name);
    else if (atLeast(this.sim.python, '3.13')) task.name = 'None';
    return task;
  }

  /** The loop's task factory: only asyncio.eager_task_factory is modelled (3.12+). */
  taskFactory: EagerTaskFactory | null = null;

  /** BaseEventLoop.set_task_factory */
  setTaskFactory(factory: PyValue): void {
    if (factory === null || factory instanceof EagerTaskFactory) {
      this.taskFactory = factory;
      return;
    }
    if (!(factory instanceof PyCallable || factory instanceof PyType)) throw pyErr(TypeError, 'task factory must be a callable or None');
    throw unsupported('a task factory other than asyncio.eager_task_factory', this.sim.here());
  }

  // ---------------------------------------------------------------- running

  /** The handles still waiting: the ready queue, then the timers. */
  private *queued(): Generator<Handle> {
    yield* this.ready;
    yield* this.scheduled;
  }

  /** BaseEventLoop._run_once */
  private runOnce(): void {
    const sim = this.sim;
    this.iteration += 1;
    if (sim.trace) sim.emit({ type: 'loop.iteration', n: this.iteration });

    const schedCount = this.scheduled.length;
    if (
      schedCount > MIN_SCHEDULED_TIMER_HANDLES &&
      this.timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION
    ) {
      const kept: TimerHandle[] = [];
      for (const h of this.scheduled) {
        if (h.cancelled) h.scheduled = false;
        else kept.push(h);
      }
      heapify(kept, timerLt);
      this.scheduled = kept;
      this.timerCancelledCount = 0;
      sim.emit({ type: 'timer.rebuild', ids: kept.map((h) => h.id) });
    } else {
      while (this.scheduled.length && this.scheduled[0].cancelled) {
        this.timerCancelledCount -= 1;
        const h = heappop(this.scheduled, timerLt) as TimerHandle;
        h.scheduled = false;
        if (sim.trace) sim.emit({ type: 'timer.drop', id: h.id });
      }
    }

    let timeout: number | null = null;
    if (this.ready.length || this.stopping) timeout = 0;
    else if (this.scheduled.length) {
      timeout = Math.min(Math.max(0, this.scheduled[0].when - this.time()), MAXIMUM_SELECT_TIMEOUT);
    }
    // A day-long idle wait counts as a step, or sleep(1e300) would spin here past any budget.
    if (timeout === MAXIMUM_SELECT_TIMEOUT) sim.step();
    if (timeout !== 0) sim.loopWaits();
    this.select(timeout);

    const endTime = this.time() + CLOCK_RESOLUTION;
    let expired: TimerHandle[] | null = null;
    while (this.scheduled.length) {
      const h = this.scheduled[0];
      if (h.when >= endTime) break;
      heappop(this.scheduled, timerLt);
      h.scheduled = false;
      this.ready.push(h);
      if (h.taint !== null) (expired ??= []).push(h);
      if (sim.trace) sim.emit({ type: 'timer.expire', id: h.id });
    }
    if (expired !== null) refreshSetOrderRaces(sim, expired);

    // Only what is ready now runs in this iteration; what these callbacks schedule waits (R1).
    const ntodo = this.ready.length;
    for (let i = 0; i < ntodo; i++) {
      const h = this.ready.popleft();
      if (h.cancelled) {
        if (sim.trace) sim.emit({ type: 'ready.skip', id: h.id });
        continue;
      }
      sim.step();
      if (sim.trace) sim.emit({ type: 'ready.run', id: h.id });
      h.run();
      // What the handle dropped is freed now; a failed future among it logs (Future.__del__).
      if (sim.unretrieved.size) collectUnretrieved(sim, { tasks: allTasksOf(this), handles: this.queued() });
    }
    // An iteration that ran nothing still counts, so no state of the clock can spin the loop
    // past the budget.
    if (ntodo === 0) sim.step();
    this.spend(sim.busyTime(ntodo));
  }

  /**
   * The CPU time a busy loop's handles took (Simulation.busyTime): the clock moves on by it, and
   * thread work due meanwhile happens, as it would while CPython ran them.
   */
  private spend(seconds: number): void {
    if (seconds <= 0) return;
    const clock = this.sim.clock;
    const until = clock.now + seconds;
    clock.runUntil(until);
    clock.now = Math.max(clock.now, until);
  }

  /**
   * selector.select(timeout): the loop thread waits. Other threads' work up to the wake-up
   * time happens meanwhile; a `call_soon_threadsafe` from a thread wakes the loop early.
   */
  private select(timeout: number | null): void {
    this.selectDepth = stack.depth;
    this.inSelect = true;
    try {
      this.selectWait(timeout);
    } finally {
      this.inSelect = false;
    }
  }

  /** The loop thread is blocked in select, so it can serve another thread that waits on it. */
  private inSelect = false;
  /** The Python stack depth of the loop thread while it waits in select. */
  private selectDepth = 0;

  /**
   * Another thread blocks until `done()` (a concurrent future from run_coroutine_threadsafe):
   * meanwhile the loop thread goes on with its turns, from the select it is waiting in, as it
   * would in CPython. The waiting thread resumes at the loop's time once `done()` holds (the
   * lines both print then are within a race window of each other, §11, §19). A loop that is not
   * waiting in select (blocked by this very thread, or not running) never serves it: CPython
   * deadlocks.
   */
  serveThread(done: () => boolean): void {
    const sim = this.sim;
    const thread = sim.thread;
    if (thread.localNow === null) {
      throw new SimError('hang', 'the program would wait forever: the event loop\'s own thread waits for a result only the event loop can produce', sim.here());
    }
    const savedTaint = sim.taint;
    const depth = stack.depth;
    sim.thread = { name: 'MainThread', localNow: null };
    sim.taint = null;
    stack.depth = this.selectDepth;
    try {
      while (!done()) {
        if (!this.running || !this.inSelect || this.stopping || this.closed) {
          throw new SimError(
            'hang',
            `the program would wait forever: thread ${thread.name} waits for the event loop, which is ${this.running ? 'blocked' : 'not running'}`,
            sim.here(),
          );
        }
        this.inSelect = false;
        try {
          this.runOnce();
        } finally {
          this.inSelect = true;
        }
      }
    } finally {
      sim.thread = thread;
      sim.taint = savedTaint;
      stack.depth = depth;
    }
    thread.localNow = Math.max(thread.localNow, sim.clock.now);
  }

  private selectWait(timeout: number | null): void {
    const clock = this.sim.clock;
    if (this.sim.trace) this.sim.emit({ type: 'loop.select', timeout });
    this.selfPipe = false;
    // Thread work already due has happened by now.
    clock.runUntil(clock.now);
    if (timeout === 0 || this.selfPipe) return;
    let wake = timeout === null ? Infinity : clock.now + epollTimeout(timeout) + WAKE_LATENCY;
    clock.runUntil(wake, () => {
      if (this.selfPipe) wake = Math.min(wake, clock.now + WAKE_LATENCY);
      return this.selfPipe;
    });
    if (this.selfPipe) {
      clock.runUntil(wake);
    }
    if (wake === Infinity) {
      throw new SimError(
        'hang',
        'the program would wait forever: nothing is ready, no timer is set and no thread is working (CPython blocks in select() here)',
        this.sim.here(),
      );
    }
    clock.now = Math.max(clock.now, wake);
  }

  runForever(): void {
    this.checkClosed();
    this.checkRunning();
    this.running = true;
    this.onRunning(this);
    this.sim.emit({ type: 'loop.run', loop: this.id });
    stack.depth += RUN_FOREVER_FRAMES;
    try {
      for (;;) {
        this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      stack.depth -= RUN_FOREVER_FRAMES;
      this.stopping = false;
      this.running = false;
      this.onRunning(null);
      this.sim.emit({ type: 'loop.stop' });
    }
  }

  private checkRunning(): void {
    if (this.running) throw pyErr(RuntimeError, 'This event loop is already running');
    if (this.sim.runningLoop !== null) throw pyErr(RuntimeError, 'Cannot run the event loop while another loop is running');
  }

  /** BaseEventLoop.run_until_complete */
  runUntilComplete(arg: PyValue): PyValue {
    this.checkClosed();
    this.checkRunning();
    const fut = ensureFuture(arg, this);
    const cb = {
      fn: (f: Future) => {
        if (!f.cancelled()) {
          // base_events._run_until_complete_cb: `exc = fut.exception()`, which marks it retrieved.
          const exc = f.exception();
          if (exc && (exc.typeName === 'SystemExit' || exc.typeName === 'KeyboardInterrupt')) return;
        }
        this.stop();
      },
      label: '_run_until_complete_cb',
      py: null,
      task: null,
    };
    fut.addDoneCallback(cb);
    stack.depth += RUN_UNTIL_COMPLETE_FRAMES;
    try {
      this.runForever();
    } finally {
      stack.depth -= RUN_UNTIL_COMPLETE_FRAMES;
      fut.removeDoneCallback((c) => c === cb);
    }
    if (!fut.done()) throw pyErr(RuntimeError, 'Event loop stopped before Future completed.');
    return fut.result();
  }

  stop(): void {
    this.stopping = true;
  }

  close(): void {
    if (this.running) throw pyErr(RuntimeError, 'Cannot close a running event loop');
    if (this.closed) return;
    this.closed = true;
    this.ready.clear();
    this.scheduled = [];
    const ex = this.defaultExecutor;
    this.defaultExecutor = null;
    ex?.shutdown(false);
    this.sim.emit({ type: 'loop.close', loop: this.id });
  }

  // ---------------------------------------------------------------- executors

  /** BaseEventLoop.run_in_executor */
  runInExecutor(executor: PyValue, fn: PyValue, args: PyValue[]): Future {
    this.checkClosed();
    if (!(fn instanceof PyCallable)) throw pyErr(TypeError, `'${typeName(fn)}' object is not callable`);
    let pool: ThreadPoolExecutor;
    if (executor === null) {
      if (this.executorShutdownCalled) throw pyErr(RuntimeError, 'Executor shutdown has been called');
      if (this.defaultExecutor === null) {
        this.defaultExecutor = new ThreadPoolExecutor(this.sim, null, 'asyncio');
      }
      pool = this.defaultExecutor;
    } else if (executor instanceof ThreadPoolExecutor) pool = executor;
    else throw pyErr(TypeError, 'executor must be a ThreadPoolExecutor or None');
    const label = callableLabel(fn, args);
    const fut = this.createFuture(`run_in_executor(${label})`);
    fut.chainedFromThread = true;
    // futures.wrap_future: the pool's concurrent future reports back with call_soon_threadsafe.
    pool.submit(fn, args, label, (outcome) => {
      if (this.closed) return;
      this.callSoonThreadsafe(() => {
        if (fut.cancelled()) return;
        if (outcome.ok) fut.setResult(outcome.value);
        else fut.setException(outcome.error);
      }, `_copy_future_state(${label})`);
    });
    return fut;
  }

  /**
   * BaseEventLoop._asyncgen_firstiter_hook: `run_forever` installs it with
   * `sys.set_asyncgen_hooks`, and an async generator's first `asend`/`athrow` calls it. The
   * set is a WeakSet in CPython; here it holds the generators until shutdown_asyncgens.
   */
  asyncgenFirstIter(agen: PyAsyncGenerator): void {
    this.asyncgens.add(agen);
  }

  /**
   * BaseEventLoop._asyncgen_finalizer_hook: an async generator freed while suspended is closed
   * in a task of its own, created from a `call_soon_threadsafe` callback:
   * `self.call_soon_threadsafe(self.create_task, agen.aclose())`.
   */
  asyncgenFinalizer(agen: PyAsyncGenerator): void {
    this.asyncgens.delete(agen);
    if (this.closed) return;
    const aclose = agen.athrow(null);
    this.callSoonThreadsafe(() => {
      this.createTask(aclose);
    }, '_asyncgen_finalizer_hook');
  }

  /**
   * BaseEventLoop.shutdown_asyncgens: `aclose()` every async generator that is still alive,
   * together under `gather(..., return_exceptions=True)`; an error is logged, not raised.
   *
   * Which generators are still alive is a matter of references: one only a finished coroutine
   * held was freed earlier, and its finalizer hook closed it then, in a task of its own. The
   * simulator does not count references, so an unfinished generator suspended inside `try` or
   * `with` (whose closing prints or awaits) is closed here only when a module-level name
   * reaches it, and refused otherwise; so are two or more of them, which a set orders.
   */
  shutdownAsyncgens(): PyCoroutine {
    const loop = this;
    function* body(): CoroutineBody {
      loop.asyncgensShutdownCalled = true;
      const closing = [...loop.asyncgens].filter((a) => a.state !== 'closed' && !a.closed);
      loop.asyncgens.clear();
      if (closing.length === 0) return null;
      const guarded = closing.filter((a) => a.guarded);
      const reachable = loop.sim.interp?.reachableFromGlobals() ?? new Set<unknown>();
      const lost = guarded.find((a) => !reachable.has(a));
      const where = (a: PyAsyncGenerator) => {
        const line = a.frame?.line ?? 1;
        return { line, col: 0, endLine: line, endCol: 0 };
      };
      if (lost) {
        throw unsupported(
          `an unfinished async generator (${lost.qualname}) suspended inside try/with that no module-level name holds: CPython closes it when garbage collection frees it`,
          where(lost),
        );
      }
      if (guarded.length > 1) {
        throw unsupported('shutdown_asyncgens closing several unfinished async generators suspended inside try/with (their order is a set\'s)', where(guarded[1]));
      }
      const results = yield* gather(loop, closing.map((a) => a.athrow(null)), true).awaitIter();
      const items = results instanceof PyList ? results.items : [];
      items.forEach((r, i) => {
        if (r instanceof PyBaseException && r.isInstance(Exception)) {
          loop.sim.warn(`an error occurred during closing of asynchronous generator ${repr(closing[i])}\nasyncgen: ${repr(closing[i])}\n${formatTraceback(r, loop.sim.source)}`);
        }
      });
      return null;
    }
    return new PyCoroutine('BaseEventLoop.shutdown_asyncgens', body(), null, 'base_events.py', 0);
  }

  /**
   * BaseEventLoop.shutdown_default_executor: a helper thread waits for the pool's jobs, then
   * reports back with call_soon_threadsafe.
   */
  shutdownDefaultExecutor(): PyCoroutine {
    const loop = this;
    function* body(): CoroutineBody {
      loop.executorShutdownCalled = true;
      const ex = loop.defaultExecutor;
      if (ex === null) return null;
      const fut = loop.createFuture('shutdown_default_executor()');
      ex.whenIdle(() => {
        loop.sim.clock.at(loop.sim.clock.now + THREAD_START_LATENCY, () => {
          if (loop.closed) return;
          loop.callSoonThreadsafe(() => setResultUnlessCancelled(fut, null), '_set_result_unless_cancelled(shutdown_default_executor)');
        });
      });
      ex.shutdown(false);
      return yield* fut.awaitIter();
    }
    return new PyCoroutine('BaseEventLoop.shutdown_default_executor', body(), null, 'base_events.py', 0);
  }

  protected get methods(): Record<string, Method<never>> {
    return loopMethods as Record<string, Method<never>>;
  }
}

function formatException(e: PyBaseException): string {
  const lines = ['Traceback (most recent call last):'];
  for (const f of e.traceback) lines.push(`  File "${f.file}", line ${f.line}, in ${f.name}`);
  const msg = String(e.args.length ? e.args.map(String).join(', ') : '');
  lines.push(msg ? `${e.pyType.name}: ${msg}` : e.pyType.name);
  return lines.join('\n') + '\n';
}

/**
 * What `call_soon`, `call_later`, `call_at` and `call_soon_threadsafe` schedule. Only debug mode
 * checks the callback when it is scheduled (base_events.py `_check_callback`); otherwise anything
 * is accepted, and calling what cannot be called fails when the handle runs, logged as any
 * callback's exception is (R5): `call_soon(coro())` ends in "'coroutine' object is not callable".
 */
function scheduled(loop: BaseEventLoop, fn: PyValue, args: PyValue[], method: string): () => void {
  if (loop.debug) {
    if (fn instanceof PyCoroutine || (fn instanceof PyFunction && fn.code.isAsync && !fn.code.isGenerator)) {
      throw pyErr(TypeError, `coroutines cannot be used with ${method}()`);
    }
    if (!(fn instanceof PyCallable)) throw pyErr(TypeError, `a callable object was expected by ${method}(), got ${repr(fn)}`);
  }
  return () => void loop.sim.interp.call(fn, args, null);
}

function needNumber(v: PyValue, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(TypeError, `${what} must be a number, not ${typeName(v)}`);
}

/** A handle a program scheduled keeps its callable and arguments alive until it runs. */
function holding<H extends Handle>(h: H, values: PyValue[]): H {
  h.holds = values;
  return h;
}

const loopMethods: Record<string, Method<BaseEventLoop>> = {
  call_soon: (loop, a) => {
    const args = a.slice(1);
    return holding(loop.callSoon(scheduled(loop, a[0], args, 'call_soon'), callableLabel(a[0], args)), a);
  },
  call_soon_threadsafe: (loop, a) => {
    const args = a.slice(1);
    return holding(loop.callSoonThreadsafe(scheduled(loop, a[0], args, 'call_soon_threadsafe'), callableLabel(a[0], args)), a);
  },
  call_later: (loop, a) => {
    const delay = needNumber(a[0], 'delay');
    const args = a.slice(2);
    // call_later goes through call_at, which makes the debug check under its own name.
    return holding(loop.callLater(delay, scheduled(loop, a[1], args, 'call_at'), callableLabel(a[1], args)), a);
  },
  call_at: (loop, a) => {
    const when = needNumber(a[0], 'when');
    const args = a.slice(2);
    return holding(loop.callAt(when, scheduled(loop, a[1], args, 'call_at'), callableLabel(a[1], args)), a);
  },
  time: (loop) => loop.time(),
  create_future: (loop) => loop.createFuture(),
  create_task: (loop, a, kw) => {
    const eager = atLeast(loop.sim.python, '3.14') ? kw?.get('eager_start') : undefined;
    return loop.createTask(a[0], kw?.get('name') ?? a[1] ?? null, eager === undefined || eager === null ? undefined : truthy(eager));
  },
  set_task_factory: (loop, a) => {
    loop.setTaskFactory(a[0] ?? null);
    return null;
  },
  get_task_factory: (loop) => loop.taskFactory,
  run_until_complete: (loop, a) => loop.runUntilComplete(a[0]),
  run_forever: (loop) => {
    loop.runForever();
    return null;
  },
  stop: (loop) => {
    loop.stop();
    return null;
  },
  close: (loop) => {
    loop.close();
    return null;
  },
  is_closed: (loop) => loop.closed,
  is_running: (loop) => loop.isRunning(),
  run_in_executor: (loop, a) => loop.runInExecutor(a[0] ?? null, a[1] ?? null, a.slice(2)),
  shutdown_default_executor: (loop) => loop.shutdownDefaultExecutor(),
  shutdown_asyncgens: (loop) => loop.shutdownAsyncgens(),
  get_debug: (loop) => loop.debug,
  // Debug mode only adds log lines about slow callbacks on stderr; stdout is the same.
  set_debug: (loop, a) => {
    loop.debug = a[0] === true;
    return null;
  },
};
