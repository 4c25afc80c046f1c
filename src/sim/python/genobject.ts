/**
 * Generators and asynchronous generators, after CPython's `Objects/genobject.c`.
 *
 * A generator's body is the interpreter's JavaScript generator for the function's frame, as a
 * coroutine's is: `yield v` in Python is `yield v` in JavaScript, and `send`/`throw` resume it
 * with `next`/`throw`. An async generator's body yields two kinds of thing through the same
 * channel, as in CPython: what its `await`s yield (futures, for the Task driving it) and, for
 * each Python `yield`, the value wrapped in an `AsyncGenWrappedValue`; the awaitable that
 * `__anext__`/`asend` return unwraps the one and passes the others on (`async_gen_unwrap_value`).
 */
import type { Loc } from './ast';
import { unsupported } from './errors';
import {
  BaseException,
  GeneratorExit,
  RecursionError,
  RuntimeError,
  StopAsyncIteration,
  StopIteration,
  TypeError,
  ValueError,
  pyErr,
  PyBaseException,
  type ExcStackItem,
  enterExcState,
  leaveExcState,
  frameRaised,
} from './exceptions';
import type { CoroutineBody, CoroutineLike, Frame } from './functions';
import { PyBuiltin, PyObject, type PyValue, fakeAddress } from './objects';
import { RECURSION_LIMIT, stack } from './recursion';
import { PyType } from './pytype';

/** What a generator needs from the run it belongs to. */
export interface GenHost {
  /** Where the program is, for a refusal raised from a generator method. */
  here(): Loc;
  /**
   * `sys.get_asyncgen_hooks()` as a running event loop sets them (base_events.py): calls the
   * `firstiter` hook and returns the `finalizer` hook, or null when no loop runs.
   */
  asyncgenFirstIter?(agen: PyAsyncGenerator): ((agen: PyAsyncGenerator) => void) | null;
}

type GenState = 'created' | 'suspended' | 'running' | 'closed';

/** What one resumption of a generator's frame produced (`PySendResult` in genobject.c). */
export type GenStep = { done: false; value: PyValue } | { done: true; value: PyValue };

/** `_PyAsyncGenWrappedValue`: a value an async generator yielded, on its way to `asend`. */
export class AsyncGenWrappedValue {
  constructor(readonly value: PyValue) {}
}

/**
 * What generators and async generators share (`PyGenObject`): the frame's body, its state, and
 * `gen_send_ex2`, which resumes the frame once and turns a `StopIteration` (or, for an async
 * generator, a `StopAsyncIteration`) escaping it into a `RuntimeError` (PEP 479).
 */
abstract class GenBase extends PyObject {
  state: GenState = 'created';
  /** The delegate of a `yield from` in progress (`gi_yieldfrom`). */
  yieldFrom: PyValue = null;
  /** Frames this generator and the coroutines it awaits inline held when it last suspended. */
  private frames = 1;
  /** `gi_exc_state`: the exception its `except` blocks handle, while it runs. */
  private readonly excState: ExcStackItem = { value: null, previous: null };

  constructor(
    readonly name: string,
    readonly qualname: string,
    protected readonly body: CoroutineBody,
    /** The generator's frame (null for a generator expression's). */
    readonly frame: Frame | null,
    protected readonly host: GenHost,
  ) {
    super();
  }

  protected abstract get kindName(): string;

  repr(): string {
    return `<${this.typeName} object ${this.qualname} at ${fakeAddress(this)}>`;
  }

  /** Drops a frame that never ran (closing it runs nothing). */
  discard(): void {
    if (this.state !== 'created') return;
    this.state = 'closed';
    this.body.return(null);
  }

  /** Whether the frame suspended inside a `try` or `with`, where closing it runs code. */
  get guarded(): boolean {
    return this.state === 'suspended' && (this.frame?.guards ?? 0) > 0;
  }

  /**
   * `gen_send_ex2`: resumes the frame with a value (`throwing` false) or an exception. A frame
   * that finished gives `done`; an exception escapes as it is, but PEP 479's.
   */
  resume(throwing: boolean, arg: unknown): GenStep {
    if (this.state === 'running') throw pyErr(ValueError, `${this.kindName} already executing`);
    if (this.state === 'closed') {
      if (throwing) throw arg;
      return { done: true, value: null };
    }
    if (this.state === 'created' && throwing) {
      // gen_throw on a frame that never ran: the exception is raised at its start.
      this.state = 'closed';
      this.body.return(null);
      throw arg;
    }
    if (stack.depth >= RECURSION_LIMIT) throw pyErr(RecursionError, 'maximum recursion depth exceeded');
    const outer = stack.depth;
    stack.depth = outer + this.frames;
    this.state = 'running';
    enterExcState(this.excState);
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = throwing ? this.body.throw(arg) : this.body.next(arg as PyValue);
    } catch (e) {
      this.state = 'closed';
      stack.depth = outer;
      throw this.pep479(e);
    } finally {
      leaveExcState(this.excState);
    }
    if (r.done) this.state = 'closed';
    else {
      this.state = 'suspended';
      this.frames = stack.depth - outer;
    }
    stack.depth = outer;
    return r as GenStep;
  }

  /** genobject.c `gen_send_ex2`: StopIteration leaving a generator's frame is a RuntimeError. */
  private pep479(e: unknown): unknown {
    if (!(e instanceof PyBaseException)) return e;
    const isAsync = this instanceof PyAsyncGenerator;
    let what: string | null = null;
    if (e.isInstance(StopIteration)) what = 'StopIteration';
    else if (isAsync && e.isInstance(StopAsyncIteration)) what = 'StopAsyncIteration';
    if (what === null) return e;
    return frameRaised(isAsync ? 'async generator' : 'generator', e);
  }

  /** `gen.throw(exc)` and `agen.athrow(exc)`: the exception, from a type or an instance. */
  protected exception(args: PyValue[]): PyBaseException {
    if (args.length > 1) throw unsupported(`${this.kindName}.throw() with more than one argument`, this.host.here());
    let v = args[0];
    if (v instanceof PyType && v.isSubtypeOf(BaseException)) v = v.call([], null);
    if (!(v instanceof PyBaseException)) throw pyErr(TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + (v instanceof PyObject ? v.typeName : typeof v === 'string' ? 'str' : typeof v === 'bigint' ? 'int' : 'NoneType'));
    return v;
  }

  protected commonAttr(name: string): PyValue | undefined {
    if (name === '__name__') return this.name;
    if (name === '__qualname__') return this.qualname;
    return undefined;
  }

  /** Attributes CPython has that the simulator does not model. */
  unsupportedAttr(name: string): string | null {
    return /^(gi_(frame|code)|ag_(frame|code|await))$/.test(name) ? `the ${this.typeName} attribute ${name}` : null;
  }
}

/** A generator object (`PyGenObject`): what calling a function with `yield` in it returns. */
export class PyGenerator extends GenBase {
  get typeName(): string {
    return 'generator';
  }

  protected get kindName(): string {
    return 'generator';
  }

  /** `gen.send(v)` (`gen_send`): the next value, or StopIteration carrying the return value. */
  send(v: PyValue): PyValue {
    if (this.state === 'created' && v !== null) {
      throw pyErr(TypeError, "can't send non-None value to a just-started generator");
    }
    return stopped(this.resume(false, v));
  }

  /** `gen.throw(exc)` (`_gen_throw`), with a `yield from` delegate handled by the frame. */
  throwIn(e: PyBaseException): PyValue {
    return stopped(this.resume(true, e));
  }

  /**
   * `gen.close()` (`gen_close`): GeneratorExit at the suspended `yield`. Yielding again is a
   * RuntimeError; GeneratorExit or StopIteration coming out is a clean close.
   */
  close(): PyValue {
    if (this.state === 'created') {
      this.discard();
      return null;
    }
    if (this.state === 'closed') return null;
    let r: GenStep;
    try {
      r = this.resume(true, pyErr(GeneratorExit));
    } catch (e) {
      if (e instanceof PyBaseException && (e.isInstance(GeneratorExit) || e.isInstance(StopIteration))) return null;
      throw e;
    }
    if (!r.done) throw pyErr(RuntimeError, 'generator ignored GeneratorExit');
    return null;
  }

  /** `for x in gen`: the values it yields, resumed one at a time as the consumer asks. */
  *pyIter(): Generator<PyValue> {
    for (;;) {
      const r = this.resume(false, null);
      if (r.done) return;
      yield r.value;
    }
  }

  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'send':
        return new PyBuiltin('send', (args) => this.send(args[0] ?? null), 'generator');
      case 'throw':
        return new PyBuiltin('throw', (args) => this.throwIn(this.exception(args)), 'generator');
      case 'close':
        return new PyBuiltin('close', () => this.close(), 'generator');
      case '__next__':
        return new PyBuiltin('__next__', () => this.send(null), 'generator');
      case '__iter__':
        return new PyBuiltin('__iter__', () => this, 'generator');
      case 'gi_running':
        return this.state === 'running';
      case 'gi_suspended':
        return this.state === 'suspended';
      case 'gi_yieldfrom':
        return this.yieldFrom;
    }
    return this.commonAttr(name);
  }
}

/** The value a finished resumption returned, raised as StopIteration (`_PyGen_SetStopIterationValue`). */
function stopped(r: GenStep): PyValue {
  if (!r.done) return r.value;
  throw r.value === null ? pyErr(StopIteration) : pyErr(StopIteration, r.value);
}

/** An asynchronous generator object (`PyAsyncGenObject`): `async def` with `yield`. */
export class PyAsyncGenerator extends GenBase {
  /** `ag_hooks_inited`: the loop's firstiter hook was called on the first iteration. */
  private hooksInited = false;
  /** `ag_running_async`: an `asend`/`athrow` is in progress, across its awaits. */
  runningAsync = false;
  /** `ag_closed`: aclose() has run, or the generator finished. */
  closed = false;
  /** `ag_origin_or_finalizer`: the loop's finalizer hook, taken at the first iteration. */
  finalizer: ((agen: PyAsyncGenerator) => void) | null = null;
  /** The finalizer hook was called: the generator's last reference went. */
  finalized = false;

  get typeName(): string {
    return 'async_generator';
  }

  protected get kindName(): string {
    return 'async generator';
  }

  /** genobject.c `async_gen_init_hooks`: the first asend/athrow registers it with the loop. */
  initHooks(): void {
    if (this.hooksInited) return;
    this.hooksInited = true;
    this.finalizer = this.host.asyncgenFirstIter?.(this) ?? null;
  }

  asend(v: PyValue): AsyncGenASend {
    this.initHooks();
    return new AsyncGenASend(this, v);
  }

  athrow(e: PyBaseException | null): AsyncGenAThrow {
    this.initHooks();
    return new AsyncGenAThrow(this, e);
  }

  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case '__anext__':
        return new PyBuiltin('__anext__', () => this.asend(null), 'async_generator');
      case '__aiter__':
        return new PyBuiltin('__aiter__', () => this, 'async_generator');
      case 'asend':
        return new PyBuiltin('asend', (args) => this.asend(args[0] ?? null), 'async_generator');
      case 'athrow':
        return new PyBuiltin('athrow', (args) => this.athrow(this.exception(args)), 'async_generator');
      case 'aclose':
        return new PyBuiltin('aclose', () => this.athrow(null), 'async_generator');
      case 'ag_running':
        return this.state === 'running' || this.runningAsync;
    }
    return this.commonAttr(name);
  }

  /**
   * One step of an asend or athrow (`async_gen_asend_send`, `async_gen_athrow_send`): resumes
   * the frame, passes on what its awaits yield, and returns the value of the Python `yield`
   * it reaches. Ends in StopAsyncIteration when the frame returns.
   */
  *drive(throwing: boolean, arg: unknown): CoroutineBody {
    if (this.runningAsync) {
      throw pyErr(RuntimeError, throwing ? 'athrow(): asynchronous generator is already running' : 'anext(): asynchronous generator is already running');
    }
    this.runningAsync = true;
    try {
      let r = this.resume(throwing, arg);
      for (;;) {
        if (r.done) {
          this.closed = true;
          throw pyErr(StopAsyncIteration);
        }
        if (r.value instanceof AsyncGenWrappedValue) return r.value.value;
        let sent: PyValue;
        try {
          sent = yield r.value;
        } catch (e) {
          r = this.resume(true, e);
          continue;
        }
        r = this.resume(false, sent);
      }
    } catch (e) {
      if (this.state === 'closed') this.closed = true;
      throw e;
    } finally {
      this.runningAsync = false;
    }
  }
}

/** State of an asend/athrow awaitable: it can be awaited once (`AWAITABLE_STATE_*`). */
type AwaitableState = 'init' | 'iter' | 'closed';

/** `async_generator_asend`: what `__anext__()` and `asend(v)` return. */
export class AsyncGenASend extends PyObject implements CoroutineLike {
  readonly coroutineLike = true;
  private st: AwaitableState = 'init';

  constructor(
    readonly agen: PyAsyncGenerator,
    private readonly value: PyValue,
  ) {
    super();
  }

  get typeName(): string {
    return 'async_generator_asend';
  }

  awaitIter(): CoroutineBody {
    if (this.st !== 'init') throw pyErr(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
    this.st = 'iter';
    const agen = this.agen;
    if (agen.state === 'created' && this.value !== null) {
      this.st = 'closed';
      throw pyErr(TypeError, "can't send non-None value to a just-started async generator");
    }
    return agen.drive(false, this.value);
  }
}

/** `async_generator_athrow`: what `athrow(exc)` and `aclose()` (no exception) return. */
export class AsyncGenAThrow extends PyObject implements CoroutineLike {
  readonly coroutineLike = true;
  private st: AwaitableState = 'init';

  constructor(
    readonly agen: PyAsyncGenerator,
    /** The exception to throw in, or null for aclose (GeneratorExit). */
    private readonly exc: PyBaseException | null,
  ) {
    super();
  }

  get typeName(): string {
    return 'async_generator_athrow';
  }

  awaitIter(): CoroutineBody {
    if (this.st !== 'init') throw pyErr(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
    this.st = 'iter';
    return this.exc === null ? this.close() : this.throwIn(this.exc);
  }

  /** `athrow(exc)`: a finished generator gives None at once; otherwise the exception goes in. */
  private *throwIn(exc: PyBaseException): CoroutineBody {
    const agen = this.agen;
    if (agen.closed || agen.state === 'closed') return null;
    return yield* agen.drive(true, exc);
  }

  /**
   * `aclose()`: GeneratorExit goes in; the generator must end (GeneratorExit or
   * StopAsyncIteration out, or returning); a `yield` reached instead is a RuntimeError.
   */
  private *close(): CoroutineBody {
    const agen = this.agen;
    if (agen.closed || agen.state === 'closed' || agen.state === 'created') {
      agen.discard();
      agen.closed = true;
      return null;
    }
    agen.closed = true;
    try {
      yield* agen.drive(true, pyErr(GeneratorExit));
    } catch (e) {
      if (e instanceof PyBaseException && (e.isInstance(GeneratorExit) || e.isInstance(StopAsyncIteration))) return null;
      throw e;
    }
    throw pyErr(RuntimeError, 'async generator ignored GeneratorExit');
  }
}
