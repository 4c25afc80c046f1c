/**
 * asyncio.Future (Lib/asyncio/futures.py). CPython runs the C version (_asyncio.Future), which
 * follows the same algorithm; where the two disagree in an error message we use the C text,
 * because that is what a learner's CPython prints.
 */
import {
  CancelledError,
  InvalidStateError,
  PyBaseException,
  RuntimeError,
  StopIteration,
  TypeError,
  pyErr,
} from '../python/exceptions';
import type { Awaitable, CoroutineBody } from '../python/functions';
import { type FrameInfo, type Kwargs, type Method, NativeObject, PyCallable, type PyValue } from '../python/objects';
import { PyType } from '../python/pytype';
import { repr } from '../python/repr';
import { typeName } from '../python/ops';
import type { Label, LoopLike } from './events';
import { type CallbackRepr, callbackSource, formatCallbacks, reprlibRepr } from './base-futures';
import type { Loc } from '../python/ast';

export type FutureState = 'PENDING' | 'CANCELLED' | 'FINISHED';

/** The callbacks of a future that has none; never mutated (see `addDoneCallback`). */
const NO_CALLBACKS: DoneCallback[] = [];

export interface DoneCallback {
  /** Called with the future once it is done (through `call_soon`). */
  fn: (fut: Future) => void;
  label: string;
  /** The Python callable, when a program added it (so remove_done_callback can find it). */
  py: PyValue | null;
  /** The task this callback wakes, for the visualizer. */
  task: number | null;
  /**
   * How the future's repr shows it (base-futures.ts `callbackSource`); absent for the runtime's
   * own callbacks, which CPython shows with the path of its asyncio sources.
   */
  repr?: CallbackRepr;
}

export class Future extends NativeObject implements Awaitable {
  readonly id: number;
  state: FutureState = 'PENDING';
  resultValue: PyValue = null;
  exceptionValue: PyBaseException | null = null;
  /** `fut_exception_tb`: the exception's traceback when it was set, until result() raises it. */
  private exceptionTb: FrameInfo[] | null = null;
  /** Registration order. Shared and empty until the first one (most futures get one or none). */
  callbacks: DoneCallback[] = NO_CALLBACKS;
  cancelMessage: PyValue = null;
  /** The CancelledError that ended a task's coroutine, re-raised by result() (3.11 `_cancelled_exc`). */
  cancelledExc: PyBaseException | null = null;
  /**
   * Made by wrap_future (run_in_executor): CPython's future carries `_chain_future`'s
   * `_call_check_cancel` as its first done-callback, which only its repr shows.
   */
  chainedFromThread = false;
  /** `_asyncio_future_blocking`: set by __await__ right before it yields the future to a Task. */
  blocking = false;
  /**
   * `__log_traceback`: set with an exception, cleared by `result()` and `exception()`; while set,
   * freeing the future logs that its exception was never retrieved (runtime/finalise.ts).
   */
  logTraceback = false;

  constructor(
    readonly loop: LoopLike,
    /** Shown in the visualizer: `sleep(1)`, `gather(…)`, `run_in_executor(fetch)`. */
    private labelSource: Label = 'Future',
    announce = true,
  ) {
    super();
    this.id = loop.sim.newId();
    if (announce && loop.sim.trace) loop.sim.emit({ type: 'future.new', future: this.id, label: this.label });
  }

  /** The label, made on first use: without a trace, most futures never show theirs. */
  get label(): string {
    if (typeof this.labelSource !== 'string') this.labelSource = this.labelSource();
    return this.labelSource;
  }

  get typeName(): string {
    return 'Future';
  }

  get pyType(): PyType {
    return futureType;
  }

  done(): boolean {
    return this.state !== 'PENDING';
  }

  cancelled(): boolean {
    return this.state === 'CANCELLED';
  }

  /** futures.Future.cancel */
  cancel(msg: PyValue = null): boolean {
    if (this.state !== 'PENDING') return false;
    this.state = 'CANCELLED';
    this.cancelMessage = msg;
    this.announceDone();
    this.scheduleCallbacks();
    return true;
  }

  protected announceDone(): void {
    if (!this.loop.sim.trace) return;
    this.loop.sim.emit({ type: 'future.done', future: this.id, ...this.outcome() });
  }

  /** How it ended, for the trace: the state and the repr of the result or exception. */
  protected outcome(): { state: 'finished' | 'failed' | 'cancelled'; value: string } {
    if (this.state === 'CANCELLED') return { state: 'cancelled', value: 'cancelled' };
    if (this.exceptionValue) return { state: 'failed', value: repr(this.exceptionValue) };
    return { state: 'finished', value: repr(this.resultValue) };
  }

  /** Future.__schedule_callbacks: each callback is queued with call_soon, in registration order. */
  protected scheduleCallbacks(): void {
    const cbs = this.callbacks;
    if (cbs.length === 0) return;
    this.callbacks = NO_CALLBACKS;
    for (const cb of cbs) this.loop.callSoon(() => cb.fn(this), () => `${cb.label}(${this.shortRepr()})`, cb.task).holds = [this, cb.py];
  }

  setResult(v: PyValue): void {
    if (this.state !== 'PENDING') throw pyErr(InvalidStateError, 'invalid state');
    this.resultValue = v;
    this.state = 'FINISHED';
    this.announceDone();
    this.scheduleCallbacks();
  }

  setException(e: PyValue): void {
    if (this.state !== 'PENDING') throw pyErr(InvalidStateError, 'invalid state');
    let exc = e;
    if (exc instanceof PyType) exc = exc.call([], null);
    if (!(exc instanceof PyBaseException)) throw pyErr(TypeError, 'invalid exception object');
    if (exc.pyType === StopIteration) {
      throw pyErr(TypeError, 'StopIteration interacts badly with generators and cannot be raised into a Future');
    }
    this.exceptionValue = exc;
    this.exceptionTb = exc.traceback.slice();
    this.state = 'FINISHED';
    this.logTraceback = true;
    this.loop.sim.unretrieved.add(this);
    this.announceDone();
    this.scheduleCallbacks();
  }

  /** Future._make_cancelled_error */
  makeCancelledError(): PyBaseException {
    if (this.cancelledExc !== null) {
      const exc = this.cancelledExc;
      this.cancelledExc = null;
      return exc;
    }
    const exc = this.cancelMessage === null ? pyErr(CancelledError) : pyErr(CancelledError, this.cancelMessage);
    return exc;
  }

  result(): PyValue {
    if (this.state === 'CANCELLED') throw this.makeCancelledError();
    if (this.state !== 'FINISHED') throw pyErr(InvalidStateError, 'Result is not set.');
    this.retrieved();
    if (this.exceptionValue) {
      // _asynciomodule.c `future_get_result`: raised with the traceback it had when it was set,
      // the first time; with none after, so awaiting a failed task twice does not pile up frames.
      const e = this.exceptionValue;
      e.traceback = this.exceptionTb ?? [];
      e.tbFrame = null;
      this.exceptionTb = null;
      throw e;
    }
    return this.resultValue;
  }

  exception(): PyBaseException | null {
    if (this.state === 'CANCELLED') throw this.makeCancelledError();
    if (this.state !== 'FINISHED') throw pyErr(InvalidStateError, 'Exception is not set.');
    this.retrieved();
    return this.exceptionValue;
  }

  /** `self.__log_traceback = False`, in result() and exception(). */
  private retrieved(): void {
    if (!this.logTraceback) return;
    this.logTraceback = false;
    this.loop.sim.unretrieved.delete(this);
  }

  /** Future.add_done_callback: on a future that is already done, the callback is queued at once. */
  addDoneCallback(cb: DoneCallback): void {
    if (this.state !== 'PENDING') this.loop.callSoon(() => cb.fn(this), () => `${cb.label}(${this.shortRepr()})`, cb.task).holds = [this, cb.py];
    else {
      // A one-element literal, not a push: a pushed-to empty array reserves 17 slots.
      if (this.callbacks.length === 0) this.callbacks = [cb];
      else this.callbacks.push(cb);
      const sim = this.loop.sim;
      if (sim.trace) sim.emit({ type: 'future.callback', future: this.id, label: cb.label });
    }
  }

  /** Removes every registration of `py`; returns how many. */
  removeDoneCallback(match: (cb: DoneCallback) => boolean): number {
    const before = this.callbacks.length;
    this.callbacks = this.callbacks.filter((cb) => !match(cb));
    return before - this.callbacks.length;
  }

  /** Future.__await__ */
  *awaitIter(): CoroutineBody {
    if (!this.done()) {
      this.blocking = true;
      yield this;
    }
    if (!this.done()) throw pyErr(RuntimeError, "await wasn't used with future");
    return this.result();
  }

  /** A short form for labels: `<Future pending>`, `<Task finished …>` without the details. */
  shortRepr(): string {
    return this.reprAt(null);
  }

  /**
   * The repr a program sees (`print(fut)`): refused at the running statement when CPython would
   * show a path inside its own installation (base-futures.ts).
   */
  repr(): string {
    return this.reprAt(this.loop.sim.here());
  }

  /** The repr for the simulator's own messages and labels: what cannot be known shows as `…`. */
  safeRepr(): string {
    return this.reprAt(null);
  }

  /** base_futures._future_repr: `<Future pending cb=[…]>`, `<Future finished result=1>`. */
  reprAt(where: Loc | null): string {
    return `<${this.typeName} ${this.reprInfo(where).join(' ')}>`;
  }

  /** base_futures._future_repr_info */
  protected reprInfo(where: Loc | null): string[] {
    const info = [this.state.toLowerCase()];
    if (this.state === 'FINISHED') {
      if (this.exceptionValue) info.push(`exception=${repr(this.exceptionValue)}`);
      else info.push(`result=${reprlibRepr(this.resultValue)}`);
    }
    const cbs = this.callbacks.map((c) => c.repr ?? null);
    if (this.state === 'PENDING' && this.chainedFromThread) cbs.unshift(null);
    if (cbs.length) info.push(formatCallbacks(cbs, where));
    return info;
  }

  protected get methods(): Record<string, Method<never>> {
    return futureMethods as Record<string, Method<never>>;
  }
}


/** The callable a program passed to add_done_callback, wrapped so it runs through the interpreter. */
export function pyDoneCallback(cb: PyValue, source = ''): DoneCallback {
  if (!(cb instanceof PyCallable)) throw pyErr(TypeError, `'${typeName(cb)}' object is not callable`);
  const name = String(cb.getAttr('__name__') ?? 'callback');
  return { fn: (f) => void cb.call([f], null), label: name, py: cb, task: null, repr: callbackSource(cb, source) };
}

/** futures._set_result_unless_cancelled: what a sleep's timer calls. */
export function setResultUnlessCancelled(fut: Future, result: PyValue): void {
  if (fut.cancelled()) return;
  fut.setResult(result);
}

/**
 * Calling `asyncio.Future(...)` or `asyncio.Task(...)`. The type objects are shared by every run,
 * so that `type(fut) is asyncio.Future`; what a call makes depends on the run's loops, so each
 * run's asyncio module installs its constructors when it is made (modules.ts), as a run installs
 * its meter (python/budget.ts).
 */
export const constructors: {
  future: ((args: PyValue[], kw: Kwargs | null) => PyValue) | null;
  task: ((args: PyValue[], kw: Kwargs | null) => PyValue) | null;
} = { future: null, task: null };

/** `_asyncio.Future`: CPython runs the C class, whose type prints `<class '_asyncio.Future'>`. */
export const futureType = new PyType(
  'Future',
  [],
  (args, kw) => {
    if (constructors.future === null) throw pyErr(RuntimeError, 'no event loop');
    return constructors.future(args, kw);
  },
  '_asyncio',
);

/** Methods a program can call on a Future; Task adds its own. */
export const futureMethods: Record<string, Method<Future>> = {
  result: (f) => f.result(),
  exception: (f) => f.exception(),
  done: (f) => f.done(),
  cancelled: (f) => f.cancelled(),
  cancel: (f, a, kw) => f.cancel(a[0] ?? kw?.get('msg') ?? null),
  set_result: (f, a) => {
    f.setResult(a[0] ?? null);
    return null;
  },
  set_exception: (f, a) => {
    f.setException(a[0] ?? null);
    return null;
  },
  add_done_callback: (f, a) => {
    f.addDoneCallback(pyDoneCallback(a[0], f.loop.sim.source));
    return null;
  },
  remove_done_callback: (f, a) => BigInt(f.removeDoneCallback((cb) => cb.py === a[0])),
  get_loop: (f) => f.loop as unknown as PyValue,
};

