/**
 * Functions, coroutines and bound methods.
 *
 * A coroutine's body is a JavaScript generator. `await fut` inside it becomes `yield fut`,
 * exactly as `Future.__await__` yields the future to the Task driving the coroutine
 * (Lib/asyncio/futures.py). Awaiting another coroutine is `yield*`: a plain nested call.
 */
import type * as A from './ast';
import { type ExcStackItem, RuntimeError, StopIteration, TypeError, enterExcState, leaveExcState, pyErr } from './exceptions';
import { enterFrame, stack } from './recursion';
import type { PyType } from './pytype';
import { PyBuiltin, PyCallable, type Kwargs, PyDict, PyObject, PyTuple, type PyValue, fakeAddress } from './objects';

/**
 * What a coroutine's generator yields to whoever drives it (a Task), and receives back. Usually
 * a generator; the runtime implements a few tiny bodies (sleep(0)) as plain iterators.
 */
export interface CoroutineBody extends Iterator<PyValue, PyValue, PyValue> {
  throw(e: unknown): IteratorResult<PyValue, PyValue>;
  return(value: PyValue): IteratorResult<PyValue, PyValue>;
  [Symbol.iterator](): CoroutineBody;
}

/** Anything `await` accepts besides coroutines: Futures and Tasks implement this. */
export interface Awaitable {
  awaitIter(): CoroutineBody;
}

/**
 * Awaitables that `asyncio.iscoroutine` accepts although they are not coroutines: they have
 * `send`, `throw`, `close` and `__await__`, so `collections.abc.Coroutine` claims them
 * (`async_generator_asend`, `async_generator_athrow`, `anext_awaitable`). A Task can drive one.
 */
export interface CoroutineLike extends Awaitable {
  readonly coroutineLike: true;
}

export function isCoroutineLike(v: PyValue): v is PyObject & CoroutineLike {
  return v instanceof PyObject && (v as Partial<CoroutineLike>).coroutineLike === true;
}

export function isAwaitable(v: PyValue): v is PyObject & Awaitable {
  return v instanceof PyObject && typeof (v as Partial<Awaitable>).awaitIter === 'function';
}

/** A variable scope at run time. `parent` is the scope a nested function closes over. */
export interface Frame {
  vars: Map<string, PyValue>;
  parent: Frame | null;
  globals: Map<string, PyValue>;
  /** The line running in this frame, for tracebacks. */
  line: number;
  name: string;
  /** The function whose call made this frame (for `super()`), if any. */
  fn?: PyFunction;
  /** Set on a class body's frame: its qualified name, for the functions defined in it. */
  classQualname?: string;
  /** How many `try` and `with` blocks are running in this frame: a generator suspended inside
   * one runs code when it is closed. */
  guards?: number;
  /** The generator (or async generator) whose frame this is. */
  gen?: PyObject;
}

export interface FunctionCode {
  name: string;
  qualname: string;
  isAsync: boolean;
  /** The body holds `yield`: calling the function makes a generator (async generator). */
  isGenerator: boolean;
  args: A.Arguments;
  /** Statements, or a single expression for a lambda. */
  body: A.Stmt[] | A.Expr;
  loc: A.Loc;
}

/**
 * Runs a function body. Implemented by the interpreter; `frame` already holds the arguments.
 * For an async function the generator yields at each suspension; for a plain one it never yields.
 */
export type BodyRunner = (code: FunctionCode, frame: Frame) => CoroutineBody;

/** Makes the generator object for a generator function's call (see genobject.ts). */
export type GeneratorMaker = (code: FunctionCode, body: CoroutineBody, frame: Frame) => PyValue;

export class PyFunction extends PyCallable {
  /** The class whose body defined this function: `super()`'s `__class__` cell. */
  classCell: PyType | null = null;
  /** What decorators and `functools.wraps`-style code may set (`f.__doc__`, `f.calls`). */
  readonly attrs = new Map<string, PyValue>();

  constructor(
    public readonly code: FunctionCode,
    public readonly defaults: PyValue[],
    public readonly kwDefaults: Map<string, PyValue>,
    public readonly closure: Frame,
    private readonly run: BodyRunner,
    public readonly filename: string,
    private readonly makeGenerator: GeneratorMaker,
  ) {
    super();
  }

  get typeName(): string {
    return 'function';
  }

  get name(): string {
    return this.code.name;
  }

  repr(): string {
    return `<function ${this.code.qualname} at ${fakeAddress(this)}>`;
  }

  getAttr(name: string): PyValue | undefined {
    const own = this.attrs.get(name);
    if (own !== undefined) return own;
    if (name === '__name__') return this.code.name;
    if (name === '__qualname__') return this.code.qualname;
    if (name === '__module__') return '__main__';
    if (name === '__doc__') return null;
    return undefined;
  }

  setAttr(name: string, value: PyValue): boolean {
    this.attrs.set(name, value);
    return true;
  }

  /** A new frame with the arguments bound to the parameters, or a TypeError like CPython's. */
  bind(args: PyValue[], kwargs: Kwargs | null): Frame {
    const { args: params, vararg, kwonlyargs, kwarg } = this.code.args;
    // CPython 3.10+ names the function by its qualified name in these messages.
    const fname = this.code.qualname;
    const vars = new Map<string, PyValue>();
    const n = params.length;
    if (args.length > n && !vararg) {
      const given = args.length;
      const min = n - this.defaults.length;
      const takes = min === n ? `${n}` : `from ${min} to ${n}`;
      // Python/ceval.c too_many_positional also counts the keyword-only arguments given.
      const kwonly = kwargs ? kwonlyargs.filter((p) => kwargs.has(p.name)).length : 0;
      const kwonlyText = kwonly
        ? ` positional argument${given === 1 ? '' : 's'} (and ${kwonly} keyword-only argument${kwonly === 1 ? '' : 's'})`
        : '';
      throw pyErr(
        TypeError,
        `${fname}() takes ${takes} positional argument${n === 1 && min === n ? '' : 's'} but ${given}${kwonlyText} ${given === 1 && !kwonly ? 'was' : 'were'} given`,
      );
    }
    for (let i = 0; i < Math.min(n, args.length); i++) vars.set(params[i].name, args[i]);
    if (vararg) vars.set(vararg.name, new PyTuple(args.slice(n)));
    let extra: PyDict | null = null;
    if (kwarg) {
      extra = new PyDict();
      vars.set(kwarg.name, extra);
    }
    if (kwargs) {
      for (const [k, v] of kwargs) {
        const isParam = params.some((p) => p.name === k) || kwonlyargs.some((p) => p.name === k);
        if (isParam) {
          if (vars.has(k)) throw pyErr(TypeError, `${fname}() got multiple values for argument '${k}'`);
          vars.set(k, v);
        } else if (extra) extra.map.set('s' + k, [k, v]);
        else throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
      }
    }
    const firstDefault = n - this.defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < n; i++) {
      const p = params[i].name;
      if (vars.has(p)) continue;
      if (i >= firstDefault) vars.set(p, this.defaults[i - firstDefault]);
      else missing.push(p);
    }
    if (missing.length) throw pyErr(TypeError, `${fname}() missing ${missingText(missing, 'positional')}`);
    const missingKw: string[] = [];
    for (const p of kwonlyargs) {
      if (vars.has(p.name)) continue;
      if (this.kwDefaults.has(p.name)) vars.set(p.name, this.kwDefaults.get(p.name) as PyValue);
      else missingKw.push(p.name);
    }
    if (missingKw.length) throw pyErr(TypeError, `${fname}() missing ${missingText(missingKw, 'keyword-only')}`);
    return { vars, parent: this.closure, globals: this.closure.globals, line: this.code.loc.line, name: this.code.name, fn: this };
  }

  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    const frame = this.bind(args, kwargs);
    const body = this.run(this.code, frame);
    if (this.code.isGenerator) return this.makeGenerator(this.code, body, frame);
    if (this.code.isAsync) return new PyCoroutine(this.code.qualname, body, frame, this.filename, this.code.loc.line);
    // The frame is live while the call runs: what its locals hold stays alive (runtime/finalise.ts
    // looks for failed tasks from here too, for a loop run from inside a function).
    callFrames.push(frame);
    try {
      const r = body.next();
      if (!r.done) throw pyErr(RuntimeError, `a plain function tried to suspend (in ${this.code.name})`);
      return r.value;
    } finally {
      callFrames.pop();
    }
  }
}

/** The frames of plain function calls running now on the loop's thread, outermost first. */
export const callFrames: Frame[] = [];

function missingText(names: string[], what: string): string {
  const quoted = names.map((n) => `'${n}'`);
  const list =
    quoted.length === 1
      ? quoted[0]
      : quoted.length === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return `${names.length} required ${what} argument${names.length === 1 ? '' : 's'}: ${list}`;
}

/**
 * Binds a call to a library function that CPython writes in Python (`asyncio.sleep(delay,
 * result=None)`), with the TypeErrors Python/ceval.c gives for a `def`: too many positional
 * arguments, then unknown or repeated keywords, then missing ones. Left-out optional
 * parameters come back undefined.
 */
export function bindLibraryCall(
  fname: string,
  params: readonly string[],
  required: number,
  args: PyValue[],
  kwargs: Kwargs | null,
): (PyValue | undefined)[] {
  const n = params.length;
  if (args.length > n) {
    const takes = required === n ? `${n}` : `from ${required} to ${n}`;
    const given = args.length;
    throw pyErr(TypeError, `${fname}() takes ${takes} positional argument${n === 1 && required === n ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  const out: (PyValue | undefined)[] = params.map((_, i) => args[i]);
  for (const [k, v] of kwargs ?? []) {
    const at = params.indexOf(k);
    if (at < 0) throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    if (out[at] !== undefined) throw pyErr(TypeError, `${fname}() got multiple values for argument '${k}'`);
    out[at] = v;
  }
  const missing = params.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length) throw pyErr(TypeError, `${fname}() missing ${missingText(missing, 'positional')}`);
  return out;
}

export type CoroutineState = 'created' | 'running' | 'suspended' | 'closed';

/** What `send`/`throw` produce: the coroutine yielded a value, or returned one. */
export type StepResult = { done: false; value: PyValue } | { done: true; value: PyValue };

/**
 * The coroutine `send`/`throw` is driving on this thread, and the stack depth under it: where
 * `cr_await` chains start (runtime/graph.ts walks them as Lib/asyncio/graph.py does).
 */
export const driving: { coro: PyCoroutine | null; base: number } = { coro: null, base: 0 };

export class PyCoroutine extends PyObject {
  state: CoroutineState = 'created';
  /** `cr_await`: the coroutine this one awaits inline, while that one is still running. */
  awaiting: PyCoroutine | null = null;
  /** Frames of this coroutine and those it awaits inline, as deep as the chain was when it
   * last suspended: back on the stack while it runs (see recursion.ts). */
  private frames = 1;
  /** `cr_exc_state`: the exception its `except` blocks handle, while it runs. */
  private readonly excState: ExcStackItem = { value: null, previous: null };

  constructor(
    public readonly qualname: string,
    private readonly body: CoroutineBody,
    /** The coroutine's own frame (null for coroutines the runtime implements, like sleep). */
    public readonly frame: Frame | null,
    public readonly filename: string,
    public readonly defLine: number,
  ) {
    super();
  }

  get typeName(): string {
    return 'coroutine';
  }

  repr(): string {
    return `<coroutine object ${this.qualname} at ${fakeAddress(this)}>`;
  }

  getAttr(name: string): PyValue | undefined {
    if (name === '__name__') return this.qualname.split('.').pop() as string;
    if (name === '__qualname__') return this.qualname;
    if (name === 'cr_running') return this.state === 'running';
    if (name === '__await__') return new PyBuiltin('__await__', () => new PyAwaitIterator(this));
    if (name === 'close') {
      return new PyBuiltin('close', () => {
        this.close();
        return null;
      });
    }
    if (name === 'send') {
      return new PyBuiltin('send', (args) => {
        const r = this.send(args[0] ?? null);
        if (r.done) throw pyErr(StopIteration, r.value);
        return r.value;
      });
    }
    return undefined;
  }

  private enter(): void {
    if (this.state === 'closed') throw pyErr(RuntimeError, 'cannot reuse already awaited coroutine');
    if (this.state === 'running') throw pyErr(RuntimeError, 'coroutine already executing');
    this.state = 'running';
  }

  /** `coro.send(value)`: runs to the next suspension or to the end. */
  send(value: PyValue): StepResult {
    // Runs once per task step: no closure and no copy of the generator's result.
    this.enter();
    const outer = stack.depth;
    stack.depth = outer + this.frames;
    const { coro: prev, base: prevBase } = driving;
    driving.coro = this;
    driving.base = outer;
    enterExcState(this.excState);
    let res: IteratorResult<PyValue, PyValue>;
    try {
      res = this.body.next(value);
    } catch (e) {
      this.state = 'closed';
      stack.depth = outer;
      throw e;
    } finally {
      leaveExcState(this.excState);
      driving.coro = prev;
      driving.base = prevBase;
    }
    this.suspendedAt(res, outer);
    return res as StepResult;
  }

  private suspendedAt(res: IteratorResult<PyValue, PyValue>, outer: number): void {
    if (res.done) this.state = 'closed';
    else {
      this.state = 'suspended';
      this.frames = stack.depth - outer;
    }
    stack.depth = outer;
  }

  /** `coro.throw(exc)`: raises `exc` at the suspension point. */
  throw(exc: unknown): StepResult {
    if (this.state === 'created') {
      // A coroutine that never started raises the exception without running any of its body.
      this.state = 'closed';
      this.body.return(null);
      throw exc;
    }
    this.enter();
    const outer = stack.depth;
    stack.depth = outer + this.frames;
    const { coro: prev, base: prevBase } = driving;
    driving.coro = this;
    driving.base = outer;
    enterExcState(this.excState);
    let res: IteratorResult<PyValue, PyValue>;
    try {
      res = this.body.throw(exc);
    } catch (e) {
      this.state = 'closed';
      stack.depth = outer;
      throw e;
    } finally {
      leaveExcState(this.excState);
      driving.coro = prev;
      driving.base = prevBase;
    }
    this.suspendedAt(res, outer);
    return res as StepResult;
  }

  /** `coro.close()`: finishes it without running the rest (runs `finally` blocks). */
  close(): void {
    if (this.state === 'closed') return;
    // The `finally` blocks run on the frames the chain had when it suspended.
    const outer = stack.depth;
    stack.depth = outer + (this.state === 'created' ? 0 : this.frames);
    enterExcState(this.excState);
    try {
      this.body.return(null);
    } finally {
      leaveExcState(this.excState);
      this.state = 'closed';
      stack.depth = outer;
    }
  }

  /**
   * `await coro`: the body runs inline in the awaiting coroutine, yielding through it. The
   * caller delegates to the returned body (`yield*`) and marks the coroutine closed after.
   */
  startAwait(): CoroutineBody {
    if (this.state !== 'created') throw pyErr(RuntimeError, 'cannot reuse already awaited coroutine');
    enterFrame();
    // The innermost coroutine of the chain being driven now awaits this one (its cr_await).
    let parent = driving.coro;
    while (parent?.awaiting?.state === 'running') parent = parent.awaiting;
    if (parent) parent.awaiting = this;
    this.state = 'running';
    return this.body;
  }
}

/** What `coro.__await__()` returns: the coroutine, to be driven by whoever awaits it. */
export class PyAwaitIterator extends PyObject {
  constructor(readonly target: PyValue) {
    super();
  }
  get typeName(): string {
    return 'coroutine_wrapper';
  }
}

/** `obj.method` for Python-level functions bound to an object (not used by builtins). */
export class PyBoundMethod extends PyCallable {
  constructor(
    public readonly self: PyValue,
    public readonly fn: PyCallable,
  ) {
    super();
  }
  get typeName(): string {
    return 'method';
  }
  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    return this.fn.call([this.self, ...args], kwargs);
  }
  getAttr(name: string): PyValue | undefined {
    if (name === '__self__') return this.self;
    if (name === '__func__') return this.fn;
    return this.fn.getAttr(name);
  }
  repr(): string {
    const q = this.fn instanceof PyFunction ? this.fn.code.qualname : String(this.fn.getAttr('__name__'));
    return `<bound method ${q} of ${boundReprHook(this.self)}>`;
  }
}

/** `repr` of a bound method's receiver, installed by repr.ts (which imports this file). */
let boundReprHook: (v: PyValue) => string = () => '...';
export function installBoundRepr(f: (v: PyValue) => string): void {
  boundReprHook = f;
}

export { StopIteration };
