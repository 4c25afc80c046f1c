/**
 * The evaluator. Statements run as generators so that a coroutine's frame can suspend at
 * `await` (the awaited future is yielded to the Task driving it, as `Future.__await__` does);
 * expressions without `await` are evaluated by plain recursion, which keeps ordinary code fast.
 */
import { rangeItem, rangeSlice } from './ranges';
import { charge, checkSize } from './budget';
import { enterFrame, stack } from './recursion';
import type * as A from './ast';
import { attributeError, getAttribute, makeBuiltins } from './builtins';
import {
  AssertionError,
  AttributeError,
  BaseException,
  GeneratorExit,
  StopAsyncIteration,
  StopIteration,
  KeyError,
  NameError,
  RecursionError,
  RuntimeError,
  TypeError,
  UnboundLocalError,
  ValueError,
  pyErr,
  PyBaseException,
  chainContext,
  excInfo,
  frameRaised,
  handledException,
} from './exceptions';
import { unsupported } from './errors';
import { format } from './format';
import { asciiRepr } from './percent-format';
import {
  type CoroutineBody,
  type CoroutineLike,
  type Frame,
  type FunctionCode,
  PyAwaitIterator,
  PyCoroutine,
  PyFunction,
  isAwaitable,
} from './functions';
import { type Host, isAsyncContextManager, isContextManager } from './host';
import {
  AsyncGenWrappedValue,
  type GenHost,
  PyAsyncGenerator,
  PyGenerator,
} from './genobject';
import { Ellipsis, UnsupportedBase, callSpecial, makeClass, resetObjectModel, specialMethod, userType } from './objectmodel';
import { dictMerge, dictSet, extendItems, setAdd } from './methods';
import {
  type Kwargs,
  PyBuiltin,
  PyCallable,
  PyDict,
  PyList,
  PyModule,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  type PyValue,
} from './objects';
import { binop, compare, inplaceUser, iterate, keyError, normIndex, notAwaitable, requireHash, toArray, truthy, typeName, unaryop } from './ops';
import { PyType } from './pytype';
import { repr, str } from './repr';
import { analyzeScopes, type ScopeTable } from './scope';

const BREAK = 1;
const CONTINUE = 2;
/** A `return` carries its value out through the enclosing blocks. */
interface Ret {
  value: PyValue;
}
type Completion = undefined | typeof BREAK | typeof CONTINUE | Ret;
type Exec = Generator<PyValue, Completion, PyValue>;

/** Builtins real Python has that the simulator does not model: refused, not a NameError. */
const UNSUPPORTED_BUILTINS = new Set([
  'open', 'input', 'exec', 'eval', 'compile', 'globals', 'locals', 'dir', 'help', 'memoryview', 'bytes', 'bytearray',
  'complex', '__import__', '__build_class__', 'breakpoint', 'exit', 'quit', 'slice', 'copyright',
  'credits', 'license',
]);

/**
 * What an exception costs the budget: a loop step's worth when a `try` body raises it, and again
 * when it leaves the `try` (unhandled, or raised by a handler). Unwinding through the
 * interpreter's generators costs far more than a statement, so a loop that raises and catches on
 * every turn must reach the budget in about the time a plain loop does.
 */
const EXCEPTION_UNITS = 16;

/**
 * Nodes that contain a suspension point somewhere inside (not counting nested functions): an
 * `await`, a `yield`, an `async for`, or an asynchronous comprehension. They run through the
 * interpreter's generators; everything else is evaluated by plain recursion. Also returns the
 * bodies of generator functions (those with `yield` directly in them).
 */
function markAwaits(root: A.Module): { marked: WeakSet<object>; generators: WeakSet<A.Stmt[]>; asyncGenexprs: WeakSet<A.Comprehension> } {
  const marked = new WeakSet<object>();
  const asyncGenexprs = new WeakSet<A.Comprehension>();
  const generators = new WeakSet<A.Stmt[]>();
  let yields = false;
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) {
      let any = false;
      for (const n of node) if (visit(n)) any = true;
      return any;
    }
    if (typeof node !== 'object' || node === null) return false;
    const n = node as A.AnyNode;
    if (n.kind === 'FunctionDef') {
      const saved = yields;
      yields = false;
      visit(n.body);
      if (yields) generators.add(n.body);
      yields = saved;
      return false;
    }
    if (n.kind === 'Lambda') return false;
    if (n.kind === 'Yield' || n.kind === 'YieldFrom') yields = true;
    let any =
      n.kind === 'Await' ||
      n.kind === 'Yield' ||
      n.kind === 'YieldFrom' ||
      (n.kind === 'For' && n.isAsync) ||
      (n.kind === 'Comprehension' && n.generators.some((g) => g.isAsync));
    for (const [k, v] of Object.entries(n)) {
      if (k === 'loc') continue;
      if (typeof v === 'object' && v !== null && visit(v)) any = true;
    }
    if (n.kind === 'Comprehension' && n.type === 'generator' && any) {
      // A generator expression with `async for` or `await` inside is an async generator: making
      // it suspends nothing, only its first iterable (evaluated where it stands) may.
      const inside = visit(n.elt) || n.generators.some((g, i) => g.isAsync || g.ifs.some((c) => visit(c)) || (i > 0 && visit(g.iter)));
      if (inside) asyncGenexprs.add(n);
      any = visit(n.generators[0].iter);
    }
    if (any) marked.add(n);
    return any;
  };
  visit(root);
  return { marked, generators, asyncGenexprs };
}

export class Interpreter {
  readonly globals = new Map<string, PyValue>();
  readonly builtins: Map<string, PyValue>;
  /** The line last started by any frame: where a suspending task stopped, what a print came from. */
  lastLine = 0;
  private readonly scopes: ScopeTable;
  /** @internal */
  readonly awaits: WeakSet<object>;
  /** The bodies of generator functions. */
  private readonly generatorBodies: WeakSet<A.Stmt[]>;
  /** Generator expressions with `async for` or `await` inside: async generators. */
  private readonly asyncGenexprs: WeakSet<A.Comprehension>;
  /** Generators that have started and not yet finished, for the check at the end of the run. */
  private readonly liveGenerators = new Set<PyGenerator | PyAsyncGenerator>();
  private readonly genHost: GenHost;
  /** Bodies `FlatRunner` can run (see `isFlat`), decided on first use. */
  private readonly flatness = new WeakMap<A.Stmt[], boolean>();
  /** Loop bodies made only of simple statements without await: they run without a generator. */
  private readonly straight: WeakSet<A.Stmt[]>;
  private readonly moduleFrame: Frame;
  /** The builtin `super`, whose zero-argument form reads the calling frame. */
  private readonly superType: PyValue;

  constructor(
    private readonly module: A.Module,
    /** @internal */
    readonly host: Host,
    /** The program's text, for the source lines warnings quote. */
    private readonly source = '',
  ) {
    this.builtins = makeBuiltins(host);
    this.superType = this.builtins.get('super') as PyValue;
    this.asyncIterBuiltins();
    resetObjectModel();
    this.scopes = analyzeScopes(module);
    const marks = markAwaits(module);
    this.awaits = marks.marked;
    this.generatorBodies = marks.generators;
    this.asyncGenexprs = marks.asyncGenexprs;
    this.genHost = {
      here: () => host.at ?? { line: this.lastLine || 1, col: 0, endLine: this.lastLine || 1, endCol: 0 },
      asyncgenFirstIter: (agen) => host.asyncgenFirstIter?.(agen) ?? null,
    };
    this.straight = straightBodies(module, this.awaits);
    this.globals.set('__name__', '__main__');
    this.moduleFrame = { vars: this.globals, parent: null, globals: this.globals, line: 1, name: '<module>' };
  }

  /** Runs the module's top level. Python exceptions propagate as `PyBaseException`. */
  runModule(): void {
    stack.depth = 1;
    excInfo.top = { value: null, previous: null };
    const g = this.frameBody(this.module.body, this.moduleFrame);
    const r = g.next();
    if (!r.done) throw pyErr(RuntimeError, "'await' outside function");
    this.checkAbandonedGenerators();
  }

  /**
   * A generator left suspended inside `try` or `with` runs code when CPython finalises it: when
   * its last reference goes, which may be long before the program ends, or at interpreter
   * shutdown. The simulator does not count references, so such a program is refused rather
   * than finished with its clean-up in the wrong place. (A generator a `for` loop made for
   * itself is closed when the loop ends early, as CPython's reference counting does.)
   */
  checkAbandonedGenerators(): void {
    for (const g of this.liveGenerators) {
      if (!g.guarded || (g instanceof PyAsyncGenerator && (g.closed || g.finalized))) continue;
      const line = g.frame?.line ?? 1;
      throw unsupported(
        `${g instanceof PyAsyncGenerator ? 'an async generator' : 'a generator'} (${g.qualname}) left suspended inside try/with: CPython runs its clean-up when garbage collection frees it`,
        { line, col: 0, endLine: line, endCol: 0 },
      );
    }
  }

  /** The module's statements, for analyses of the program as a whole. */
  get moduleBody(): A.Stmt[] {
    return this.module.body;
  }

  /**
   * The objects a module-level name reaches through containers and instances' attributes: what
   * is certainly still alive, whatever CPython's reference counts did to the rest.
   */
  reachableFromGlobals(): Set<unknown> {
    const seen = new Set<unknown>();
    const todo: PyValue[] = [...this.globals.values()];
    while (todo.length && seen.size < 100_000) {
      const v = todo.pop() as PyValue;
      if (typeof v !== 'object' || v === null || seen.has(v)) continue;
      seen.add(v);
      if (v instanceof PyList || v instanceof PyTuple) todo.push(...v.items);
      else if (v instanceof PyDict || v instanceof PySet) for (const e of v.map.values()) todo.push(...(Array.isArray(e) ? e : [e]));
      else if ('dict' in v && v.dict instanceof Map) todo.push(...(v.dict as Map<string, PyValue>).values());
    }
    return seen;
  }

  /** The builtins `aiter` and `anext`, which await through the interpreter's own path. */
  private asyncIterBuiltins(): void {
    this.builtins.set(
      'aiter',
      new PyBuiltin('aiter', (args) => {
        if (args.length !== 1) throw pyErr(TypeError, `aiter() takes exactly one argument (${args.length} given)`);
        return this.aiter(args[0], false);
      }),
    );
    this.builtins.set(
      'anext',
      new PyBuiltin('anext', (args) => {
        if (args.length < 1) throw pyErr(TypeError, 'anext expected at least 1 argument, got 0');
        if (args.length > 2) throw pyErr(TypeError, `anext expected at most 2 arguments, got ${args.length}`);
        const it = args[0];
        let aw: PyValue | undefined;
        if (it instanceof PyAsyncGenerator) aw = it.asend(null);
        else if (userType(it) !== null && specialMethod(it, '__anext__') !== undefined) aw = callSpecial(it, '__anext__', []);
        if (aw === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an async iterator`);
        if (args.length === 1) return aw;
        return new AnextAwaitable(aw, args[1], this);
      }),
    );
  }

  /** genobject.c `gen_new_with_qualname`, for a call of a generator function. */
  private readonly makeGenerator = (code: FunctionCode, body: CoroutineBody, frame: Frame): PyValue => {
    const g = code.isAsync
      ? new PyAsyncGenerator(code.name, code.qualname, body, frame, this.genHost)
      : new PyGenerator(code.name, code.qualname, body, frame, this.genHost);
    frame.gen = g;
    if (this.liveGenerators.size >= 4096) {
      for (const x of this.liveGenerators) if (x.state === 'closed') this.liveGenerators.delete(x);
    }
    this.liveGenerators.add(g);
    return g;
  };

  // ---------------------------------------------------------------- frames

  /**
   * Runs a body, adding this frame to the traceback of any exception that escapes it. The loop
   * is `block`'s, repeated here: a coroutine's generator is this one, and each level of yield*
   * between a task and the awaited future costs again on every resumption.
   */
  private *frameBody(body: A.Stmt[], f: Frame): CoroutineBody {
    try {
      for (let i = 0; i < body.length; i++) {
        const st = body[i];
        f.line = st.loc.line;
        this.lastLine = st.loc.line;
        this.host.tick(st.loc);
        let c: Completion;
        if (!this.awaits.has(st)) c = isCompound(st) ? yield* this.compound(st, f) : this.simple(st, f);
        else if (st.kind === 'ExprStmt' && st.value.kind === 'Await' && !this.awaits.has(st.value.value)) {
          const v = this.ev(st.value.value, f);
          const body = awaitBody(v);
          try {
            yield* body;
          } finally {
            awaitDone(v);
          }
        } else if (st.kind === 'ExprStmt') {
          const v = yield* this.evG(st.value, f);
          if (v instanceof PyCoroutine && v.state === 'created') this.neverAwaited(v, st);
        }
        else c = yield* this.compound(st, f);
        if (c !== undefined) return typeof c === 'object' ? c.value : null;
      }
      return null;
    } catch (e) {
      throw this.annotate(e, f);
    }
  }

  /** @internal An exception leaving frame `f`: it has reached the frame, if nothing in it caught it. */
  annotate(e: unknown, f: Frame): unknown {
    if (e instanceof PyBaseException) {
      this.intercept(e, f);
      const code = f.fn instanceof PyFunction ? f.fn.code : null;
      if (code?.isAsync && !code.isGenerator && e.isInstance(StopIteration)) return frameRaised('coroutine', e);
    }
    // No regular expression here: near the stack's end even compiling one overflows.
    else if (e instanceof RangeError && e.message.includes('call stack')) {
      const r = pyErr(RecursionError, 'maximum recursion depth exceeded');
      r.traceback.unshift({ file: this.host.filename, line: f.line, name: f.name });
      return r;
    }
    return e;
  }

  /**
   * An exception reaching a handler, a `finally` or the end of frame `f`. The first time it
   * reaches the frame, the frame's entry goes on its traceback at the line running then, where
   * it was raised or the call it came out of (ceval.c `PyTraceBack_Here` at `error:`): the line
   * stays that one however many statements a `finally` runs before it goes on. An exception
   * raised with no `__context__` while another is handled gets that one (`_PyErr_SetObject`);
   * doing it here rather than at every raise gives the same answer, since the handled exception
   * of a frame only changes when one of its handlers ends, and each handler calls this first.
   */
  private intercept(e: PyBaseException, f: Frame): void {
    if (e.tbFrame !== f) {
      e.tbFrame = f;
      e.traceback.unshift({ file: this.host.filename, line: f.line, name: f.name });
    }
    if (e.context === null) chainContext(e);
  }

  /**
   * Runs `body` with `e` as the exception being handled (`sys.exc_info()`), as an `except`
   * block does and as `finally` does when an exception passes through it (compile.c emits
   * PUSH_EXC_INFO for both): what it raises gets `e` as its `__context__`, and a bare `raise`
   * in it, or in a function it calls, re-raises `e`.
   */
  private *handling<T>(e: PyBaseException, f: Frame, body: Iterable<PyValue, T, PyValue>): Generator<PyValue, T, PyValue> {
    // The item this frame handles on: its generator's own, or the thread's (see excInfo).
    const item = excInfo.top;
    const saved = item.value;
    item.value = e;
    try {
      return yield* body;
    } catch (inner) {
      if (inner instanceof PyBaseException) this.intercept(inner, f);
      throw inner;
    } finally {
      item.value = saved;
    }
  }

  /** A coroutine's body is its frame's generator itself: one level less on every resumption. */
  private readonly runBody = (code: FunctionCode, frame: Frame): CoroutineBody => {
    // A generator's frame is on the stack only while it runs: `GenBase.resume` counts it.
    if (code.isGenerator) return this.frameBody(code.body as A.Stmt[], frame);
    if (!code.isAsync) return this.runFunction(code, frame);
    const body = code.body as A.Stmt[];
    return this.isFlat(body) ? new FlatRunner(this, body, frame, null) : this.frameBody(body, frame);
  };

  /**
   * Whether `FlatRunner` can run a body: each statement is simple and await-free, an `await x`
   * statement (bare, assigned to names, or returned) whose operand does not await, or a `for`
   * loop over an await-free iterable, without `else`, whose body is itself flat.
   */
  isFlat(body: A.Stmt[]): boolean {
    let flat = this.flatness.get(body);
    if (flat === undefined) {
      flat = body.every((st) => this.flatKind(st) !== null);
      this.flatness.set(body, flat);
    }
    return flat;
  }

  /** How `FlatRunner` runs a statement, or null when it cannot. */
  flatKind(st: A.Stmt): 'simple' | 'await' | 'for' | null {
    if (!this.awaits.has(st)) return isCompound(st) ? null : 'simple';
    if (st.kind === 'ExprStmt' || st.kind === 'Return' || st.kind === 'Assign') {
      const v = st.value;
      if (!v || v.kind !== 'Await' || this.awaits.has(v.value)) return null;
      if (st.kind === 'Assign' && !st.targets.every((t) => t.kind === 'Name')) return null;
      return 'await';
    }
    if (st.kind === 'For' && !st.isAsync && !this.awaits.has(st.iter) && st.orelse.length === 0 && this.isFlat(st.body)) return 'for';
    return null;
  }

  private *runFunction(code: FunctionCode, frame: Frame): CoroutineBody {
    enterFrame();
    try {
      if (Array.isArray(code.body)) return yield* this.frameBody(code.body, frame);
      try {
        return this.ev(code.body as A.Expr, frame);
      } catch (e) {
        throw this.annotate(e, frame);
      }
    } finally {
      stack.depth--;
    }
  }

  private makeFunction(
    name: string,
    isAsync: boolean,
    args: A.Arguments,
    body: A.Stmt[] | A.Expr,
    loc: A.Loc,
    f: Frame,
  ): PyFunction {
    const defaults = args.args.filter((a) => a.default).map((a) => this.ev(a.default as A.Expr, f));
    const kwDefaults = new Map<string, PyValue>();
    for (const a of args.kwonlyargs) if (a.default) kwDefaults.set(a.name, this.ev(a.default, f));
    const qualname = f.classQualname
      ? `${f.classQualname}.${name}`
      : f.name === '<module>'
        ? name
        : `${f.fn ? f.fn.code.qualname : f.name}.<locals>.${name}`;
    const isGenerator = Array.isArray(body) && this.generatorBodies.has(body);
    const code: FunctionCode = { name, qualname, isAsync, isGenerator, args, body, loc };
    // A function defined in a class body closes over the scope around the class, not the class.
    const closure = f.classQualname ? (f.parent as Frame) : f;
    return new PyFunction(code, defaults, kwDefaults, closure, this.runBody, this.host.filename, this.makeGenerator);
  }

  private decorators(list: A.Expr[], f: Frame): PyValue[] {
    const out: PyValue[] = [];
    for (const d of list) {
      f.line = d.loc.line;
      out.push(this.ev(d, f));
    }
    return out;
  }

  /**
   * A `class` statement (compile.c `compiler_class`): the body runs once, in a namespace of its
   * own whose names the methods do not see, and `type(name, bases, namespace)` makes the class.
   */
  private classDef(st: A.ClassDef, f: Frame): PyType {
    const bases = st.bases.map((b) => {
      if (b.kind === 'Starred') throw unsupported('starred base classes', b.loc);
      const v = this.ev(b, f);
      if (!(v instanceof PyType)) throw pyErr(TypeError, `bases must be types`);
      return v;
    });
    if (st.keywords.length) throw unsupported(`class keyword arguments (${st.keywords[0].arg ?? '**'}=...)`, st.keywords[0].loc);
    const outer = f.classQualname ?? (f.fn ? f.fn.code.qualname + '.<locals>' : null);
    const qualname = outer ? `${outer}.${st.name}` : st.name;
    const ns = new Map<string, PyValue>();
    ns.set('__module__', '__main__');
    ns.set('__qualname__', qualname);
    const frame: Frame = { vars: ns, parent: f, globals: f.globals, line: st.loc.line, name: st.name, classQualname: qualname };
    enterFrame();
    try {
      const r = this.frameBody(st.body, frame).next();
      if (!r.done) throw pyErr(RuntimeError, "'await' outside function");
    } finally {
      stack.depth--;
    }
    f.line = st.loc.line;
    try {
      return makeClass(st.name, qualname, bases, ns);
    } catch (e) {
      if (e instanceof UnsupportedBase) throw unsupported(e.message, st.bases[bases.indexOf(e.base)]?.loc ?? st.loc);
      throw e;
    }
  }

  /**
   * An expression statement dropped a coroutine it made without awaiting it: CPython frees it
   * at once, and `_PyErr_WarnUnawaitedCoroutine` (genobject.c) writes the warning there, with
   * the statement's line, as `warnings.formatwarning` lays it out.
   */
  private neverAwaited(c: PyCoroutine, st: A.Stmt): void {
    this.coroutineDropped(c, st.loc.line);
  }

  /** A coroutine freed unawaited while `line` ran: closed, with genobject.c's warning. */
  coroutineDropped(c: PyCoroutine, line: number): void {
    c.close();
    if (!this.host.warn) return;
    const text = this.source.split(/\r\n|\r|\n/)[line - 1]?.trim() ?? '';
    this.host.warn(
      `${this.host.filename}:${line}: RuntimeWarning: coroutine '${c.qualname}' was never awaited\n` +
        (text ? `  ${text}\n` : '') +
        'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n',
    );
  }

  /** `super()` without arguments: the defining class (`__class__`) and the first argument. */
  private superArgs(f: Frame): PyValue[] {
    let s: Frame | null = f;
    while (s && !s.fn) s = s.parent;
    const fn = s?.fn;
    if (!s || !fn || !fn.classCell) throw pyErr(RuntimeError, 'super(): __class__ cell not found');
    const first = fn.code.args.args[0] ?? fn.code.args.vararg;
    const self = first ? s.vars.get(first.name) : undefined;
    if (self === undefined) throw pyErr(RuntimeError, 'super(): no arguments');
    return [fn.classCell, first === fn.code.args.vararg ? ((self as PyTuple).items[0] ?? null) : self];
  }

  // ---------------------------------------------------------------- statements

  private *block(body: A.Stmt[], f: Frame): Exec {
    for (let i = 0; i < body.length; i++) {
      const st = body[i];
      f.line = st.loc.line;
      this.lastLine = st.loc.line;
      this.host.tick(st.loc);
      let c: Completion;
      if (!this.awaits.has(st)) c = isCompound(st) ? yield* this.compound(st, f) : this.simple(st, f);
      else if (st.kind === 'ExprStmt' && st.value.kind === 'Await' && !this.awaits.has(st.value.value)) {
        // `await x` as a statement, the commonest suspension: delegate straight from here,
        // because every level of yield* costs again on each resumption.
        const v = this.ev(st.value.value, f);
        const body = awaitBody(v);
        try {
          yield* body;
        } finally {
          awaitDone(v);
        }
      } else if (st.kind === 'ExprStmt') {
        const v = yield* this.evG(st.value, f);
        if (v instanceof PyCoroutine && v.state === 'created') this.neverAwaited(v, st);
      }
      else c = yield* this.compound(st, f);
      if (c !== undefined) return c;
    }
    return undefined;
  }

  /**
   * A statement that may suspend, or that holds a block. Loops get generators of their own:
   * V8 saves and restores a generator's live registers on every suspension, so a small
   * generator between a task and its await is cheaper than a large one.
   */
  private compound(st: A.Stmt, f: Frame): Exec {
    if (st.kind === 'For') {
      if (this.awaits.has(st) && this.flatKind(st) === 'for') return new FlatRunner(this, st.body, f, st) as unknown as Exec;
      return this.forStmt(st, f);
    }
    if (st.kind === 'While') return this.whileStmt(st, f);
    return this.stmt(st, f);
  }

  /** Runs a block of simple statements (see `straight`) without making a generator. */
  private straightLine(body: A.Stmt[], f: Frame): Completion {
    for (let i = 0; i < body.length; i++) {
      const st = body[i];
      f.line = st.loc.line;
      this.lastLine = st.loc.line;
      this.host.tick(st.loc);
      const c = this.simple(st, f);
      if (c !== undefined) return c;
    }
    return undefined;
  }

  /** Statements without `await` or a nested block: no generator needed. */
  /** @internal */
  simple(st: A.Stmt, f: Frame): Completion {
    switch (st.kind) {
      case 'ExprStmt': {
        const v = this.ev(st.value, f);
        if (v instanceof PyCoroutine && v.state === 'created') this.neverAwaited(v, st);
        return undefined;
      }
      case 'Assign': {
        const v = this.ev(st.value, f);
        for (const t of st.targets) this.assign(t, v, f);
        return undefined;
      }
      case 'AugAssign':
        this.augAssign(st, this.ev(st.value, f), f);
        return undefined;
      case 'Return':
        return { value: st.value ? this.ev(st.value, f) : null };
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return undefined;
      case 'Break':
        return BREAK;
      case 'Continue':
        return CONTINUE;
      case 'Import':
        for (const a of st.names) {
          const top = a.name.split('.')[0];
          const m = this.importModule(a.asname ? a.name : top, st.loc);
          this.store(a.asname ?? top, m, f);
        }
        return undefined;
      case 'ImportFrom': {
        const m = this.importModule(st.module, st.loc);
        for (const a of st.names) {
          const v = m.getAttr(a.name);
          if (v === undefined) throw unsupported(`'from ${st.module} import ${a.name}'`, a.loc);
          this.store(a.asname ?? a.name, v, f);
        }
        return undefined;
      }
      case 'FunctionDef': {
        const decorators = this.decorators(st.decorators, f);
        let fn: PyValue = this.makeFunction(st.name, st.isAsync, st.args, st.body, st.loc, f);
        for (let i = decorators.length - 1; i >= 0; i--) fn = this.call(decorators[i], [fn], null);
        this.store(st.name, fn, f);
        return undefined;
      }
      case 'ClassDef': {
        const decorators = this.decorators(st.decorators, f);
        let cls: PyValue = this.classDef(st, f);
        for (let i = decorators.length - 1; i >= 0; i--) cls = this.call(decorators[i], [cls], null);
        this.store(st.name, cls, f);
        return undefined;
      }
      case 'Raise':
        throw this.raise(st, f);
      case 'Assert':
        if (!truthy(this.ev(st.test, f))) {
          throw st.msg ? pyErr(AssertionError, this.ev(st.msg, f)) : pyErr(AssertionError);
        }
        return undefined;
      case 'Delete':
        for (const t of st.targets) this.del(t, f);
        return undefined;
      default:
        throw new Error(`not a simple statement: ${st.kind}`);
    }
  }

  private *stmt(st: A.Stmt, f: Frame): Exec {
    switch (st.kind) {
      case 'ExprStmt': {
        const v = yield* this.evG(st.value, f);
        if (v instanceof PyCoroutine && v.state === 'created') this.neverAwaited(v, st);
        return undefined;
      }
      case 'Assign': {
        const v = yield* this.evG(st.value, f);
        for (const t of st.targets) this.assign(t, v, f);
        return undefined;
      }
      case 'AugAssign': {
        const v = yield* this.evG(st.value, f);
        this.augAssign(st, v, f);
        return undefined;
      }
      case 'Return':
        return { value: st.value ? yield* this.evG(st.value, f) : null };
      case 'If': {
        const t = yield* this.evG(st.test, f);
        return yield* this.block(truthy(t) ? st.body : st.orelse, f);
      }
      case 'While':
        return yield* this.whileStmt(st, f);
      case 'For':
        return yield* this.forStmt(st, f);
      case 'Try':
        return f.gen && runsOnExit(st) ? yield* this.guarded(this.tryStmt(st, f), f) : yield* this.tryStmt(st, f);
      case 'With':
        return f.gen ? yield* this.guarded(this.withStmt(st, f, 0), f) : yield* this.withStmt(st, f, 0);
      case 'Raise':
        throw this.raise(st, f);
      default:
        return this.simple(st, f);
    }
  }

  private *whileStmt(st: A.While, f: Frame): Exec {
    const straight = this.straight.has(st.body);
    const awaitTest = this.awaits.has(st.test);
    for (;;) {
      const t = awaitTest ? yield* this.evG(st.test, f) : this.ev(st.test, f);
      if (!truthy(t)) break;
      const c = straight ? this.straightLine(st.body, f) : yield* this.block(st.body, f);
      if (c === BREAK) return undefined;
      if (c !== undefined && c !== CONTINUE) return c;
      f.line = st.loc.line;
      this.host.tick(st.loc);
    }
    return yield* this.block(st.orelse, f);
  }

  private *forStmt(st: A.For, f: Frame): Exec {
    const it = this.awaits.has(st.iter) ? yield* this.evG(st.iter, f) : this.ev(st.iter, f);
    if (st.isAsync) return yield* this.asyncFor(st, it, f);
    // A generator made for this loop alone (`for x in gen():`) has no other reference: CPython
    // frees it, and so closes it, as soon as the loop ends, however it ends.
    const own = it instanceof PyGenerator && it.state === 'created' && (st.iter.kind === 'Call' || st.iter.kind === 'Comprehension') ? it : null;
    if (own === null) return yield* this.forLoop(st, it, f);
    try {
      return yield* this.forLoop(st, it, f);
    } finally {
      this.dropGenerator(own);
    }
  }

  /** The last reference to a generator went: genobject.c `_PyGen_Finalize` closes it. */
  private dropGenerator(g: PyGenerator): void {
    if (g.state !== 'suspended') return;
    try {
      g.close();
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      // An error while finalising is "unraisable": reported on stderr, and the program goes on.
      this.host.warn?.(`Exception ignored in: ${repr(g)}\nTraceback (most recent call last):\n${e.typeName}: ${str(e)}\n`);
    }
  }

  /**
   * `async for` (compile.c `compiler_async_for`): `__aiter__` once, then `await __anext__()`
   * for each item until it raises StopAsyncIteration.
   */
  private *asyncFor(st: A.For, src: PyValue, f: Frame): Exec {
    const ait = this.aiter(src, true);
    // An async generator made for this loop alone is freed when the loop ends early; CPython
    // then hands it to the loop's finalizer hook, which closes it in a task of its own.
    const own = ait instanceof PyAsyncGenerator && ait.state === 'created' && st.iter.kind === 'Call' ? ait : null;
    try {
      for (;;) {
        const n = yield* this.anextStep(ait);
        if (n.done) break;
        this.assign(st.target, n.value, f);
        const c = yield* this.block(st.body, f);
        if (c === BREAK) return undefined;
        if (c !== undefined && c !== CONTINUE) return c;
        f.line = st.loc.line;
      }
    } finally {
      if (own !== null) this.dropAsyncGenerator(own, st.loc);
    }
    return yield* this.block(st.orelse, f);
  }

  /**
   * An async generator's last reference went while it was suspended: `_PyGen_Finalize` calls
   * the finalizer hook the running loop gave it at its first iteration, which closes it in a
   * task of its own (base_events.py `_asyncgen_finalizer_hook`). Without a loop, closing it
   * would run its clean-up outside any loop: refused when that runs code.
   */
  private dropAsyncGenerator(agen: PyAsyncGenerator, loc: A.Loc): void {
    if (agen.state !== 'suspended' || agen.closed || agen.finalized) return;
    agen.finalized = true;
    if (agen.finalizer !== null) {
      agen.finalizer(agen);
      return;
    }
    if (agen.guarded) {
      throw unsupported(`leaving 'async for' early while the async generator (${agen.qualname}) is suspended inside try/with, with no event loop to close it`, loc);
    }
    agen.closed = true;
  }

  /** `__aiter__` (`async for`, or the builtin `aiter` when `loop` is false). */
  aiter(src: PyValue, loop: boolean): PyValue {
    let it: PyValue | undefined;
    if (src instanceof PyAsyncGenerator) it = src;
    else if (userType(src) !== null) it = callSpecial(src, '__aiter__', []);
    if (it === undefined) {
      throw pyErr(TypeError, loop ? `'async for' requires an object with __aiter__ method, got ${typeName(src)}` : `'${typeName(src)}' object is not an async iterable`);
    }
    if (!(it instanceof PyAsyncGenerator) && (userType(it) === null || specialMethod(it, '__anext__') === undefined)) {
      throw pyErr(TypeError, loop ? `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}` : `aiter() returned not an async iterator of type '${typeName(it)}'`);
    }
    return it;
  }

  /** `await ait.__anext__()`, with StopAsyncIteration turned into the end of the iteration. */
  private *anextStep(ait: PyValue): Generator<PyValue, { done: boolean; value: PyValue }, PyValue> {
    const aw = ait instanceof PyAsyncGenerator ? ait.asend(null) : (callSpecial(ait, '__anext__', []) as PyValue);
    if (!(aw instanceof PyCoroutine) && !isAwaitable(aw) && (userType(aw) === null || specialMethod(aw, '__await__') === undefined)) {
      throw pyErr(TypeError, `'async for' received an invalid object from __anext__: ${typeName(aw)}`);
    }
    try {
      return { done: false, value: yield* this.awaitValue(aw) };
    } catch (e) {
      if (e instanceof PyBaseException && e.isInstance(StopAsyncIteration)) return { done: true, value: null };
      throw e;
    }
  }

  private *forLoop(st: A.For, it: PyValue, f: Frame): Exec {
    const body = st.body;
    const straight = this.straight.has(body);
    // A body that is one `await x` statement (`for …: await x`) delegates from here, without a
    // block generator: each level of yield* costs again on every resumption of the task.
    const single = !straight && body.length === 1 ? body[0] : null;
    const awaited =
      single && single.kind === 'ExprStmt' && single.value.kind === 'Await' && !this.awaits.has(single.value.value)
        ? single.value.value
        : null;
    for (const v of it instanceof PyRange ? new RangeIterator(it) : iterate(it)) {
      this.assign(st.target, v, f);
      let c: Completion;
      if (straight) c = this.straightLine(body, f);
      else if (awaited !== null) {
        const loc = (single as A.Stmt).loc;
        f.line = loc.line;
        this.lastLine = loc.line;
        this.host.tick(loc);
        const w = this.ev(awaited, f);
        const wb = awaitBody(w);
        try {
          yield* wb;
        } finally {
          awaitDone(w);
        }
      } else c = yield* this.block(body, f);
      if (c === BREAK) return undefined;
      if (c !== undefined && c !== CONTINUE) return c;
      f.line = st.loc.line;
    }
    return yield* this.block(st.orelse, f);
  }

  /** A `try` or `with` in a generator's frame: counted while it runs (see `GenBase.guarded`). */
  private *guarded(body: Exec, f: Frame): Exec {
    f.guards = (f.guards ?? 0) + 1;
    try {
      return yield* body;
    } finally {
      f.guards = (f.guards ?? 1) - 1;
    }
  }

  private *tryStmt(st: A.Try, f: Frame): Exec {
    // Set when the simulation itself is stopping (the step budget, a value too large): the
    // program's `finally` must not run, or a `continue` there would swallow the stop and loop on.
    let stopping = false;
    let raised: PyBaseException | null = null;
    try {
      let c: Completion;
      try {
        c = yield* this.block(st.body, f);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        charge(EXCEPTION_UNITS);
        this.intercept(e, f);
        const h = st.handlers.find((x) => x.type === null || this.matches(e, this.ev(x.type, f)));
        if (!h) throw e;
        return yield* this.handle(h, e, f);
      }
      if (c === undefined && st.orelse.length) c = yield* this.block(st.orelse, f);
      return c;
    } catch (e) {
      if (!(e instanceof PyBaseException)) stopping = true;
      else {
        charge(EXCEPTION_UNITS);
        this.intercept(e, f);
        raised = e;
      }
      throw e;
    } finally {
      if (st.finalbody.length && !stopping) {
        const fc = raised === null ? yield* this.block(st.finalbody, f) : yield* this.handling(raised, f, this.block(st.finalbody, f));
        // `return`/`break`/`continue` in `finally` replaces whatever was propagating.
        // eslint-disable-next-line no-unsafe-finally
        if (fc !== undefined) return fc;
      }
    }
  }

  private *handle(h: A.ExceptHandler, e: PyBaseException, f: Frame): Exec {
    if (h.name) this.store(h.name, e, f);
    try {
      return yield* this.handling(e, f, this.block(h.body, f));
    } finally {
      // `except E as e:` deletes `e` at the end of the handler, as CPython does.
      if (h.name) this.unbind(h.name, f);
    }
  }

  private matches(e: PyBaseException, t: PyValue): boolean {
    if (t instanceof PyTuple) return t.items.some((x) => this.matches(e, x));
    if (t instanceof PyType) {
      if (!t.isSubtypeOf(BaseException)) throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
      return e.isInstance(t);
    }
    throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }

  private raise(st: A.Raise, f: Frame): PyBaseException {
    if (!st.exc) {
      // A re-raise unwinds without a traceback entry for this frame (ceval.c RAISE_VARARGS 0
      // goes to exception_unwind, not error:), even in a function the handler called.
      const cur = handledException();
      if (cur === null) return pyErr(RuntimeError, 'No active exception to reraise');
      cur.tbFrame = f;
      return cur;
    }
    let v = this.ev(st.exc, f);
    if (v instanceof PyType) v = v.call([], null);
    if (!(v instanceof PyBaseException)) return pyErr(TypeError, 'exceptions must derive from BaseException');
    if (st.cause) {
      let c = this.ev(st.cause, f);
      if (c instanceof PyType) c = c.call([], null);
      v.cause = c instanceof PyBaseException ? c : null;
      v.suppressContext = true;
    }
    // A new raise: this frame's entry goes on even if the exception passed through it before.
    v.tbFrame = null;
    chainContext(v);
    return v;
  }

  private *withStmt(st: A.With, f: Frame, i: number): Exec {
    if (i === st.items.length) return yield* this.block(st.body, f);
    const item = st.items[i];
    const mgr = yield* this.evG(item.contextExpr, f);
    if (userType(mgr) !== null) return yield* this.userWith(st, f, i, mgr);
    if (st.isAsync) {
      if (!isAsyncContextManager(mgr)) {
        throw pyErr(TypeError, `'${typeName(mgr)}' object does not support the asynchronous context manager protocol`);
      }
      const entered = yield* mgr.aenter();
      if (item.optionalVars) this.assign(item.optionalVars, entered, f);
      let c: Completion;
      try {
        c = yield* this.withStmt(st, f, i + 1);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        this.intercept(e, f);
        // What __aexit__ raises is reported at the `async with` line, as in CPython.
        f.line = st.loc.line;
        const swallow = yield* this.handling(e, f, mgr.aexit(e));
        if (!truthy(swallow)) throw e;
        return undefined;
      }
      f.line = st.loc.line;
      yield* mgr.aexit(null);
      return c;
    }
    if (!isContextManager(mgr)) {
      throw pyErr(TypeError, `'${typeName(mgr)}' object does not support the context manager protocol`);
    }
    const entered = mgr.enter();
    if (item.optionalVars) this.assign(item.optionalVars, entered, f);
    let c: Completion;
    try {
      c = yield* this.withStmt(st, f, i + 1);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      this.intercept(e, f);
      f.line = st.loc.line;
      if (!(yield* this.handling(e, f, exitBody(() => mgr.exit(e))))) throw e;
      return undefined;
    }
    f.line = st.loc.line;
    mgr.exit(null);
    return c;
  }

  /**
   * `with`/`async with` on an instance of a user class (compile.c `compiler_with`): `__enter__`
   * (or `__aenter__`, awaited) is looked up on the type, and `__exit__(type, value, tb)` decides
   * whether an exception is swallowed.
   */
  private *userWith(st: A.With, f: Frame, i: number, mgr: PyValue): Exec {
    const [enterName, exitName] = st.isAsync ? ['__aenter__', '__aexit__'] : ['__enter__', '__exit__'];
    const t = userType(mgr) as PyType;
    const enter = specialMethod(mgr, enterName);
    const exit = specialMethod(mgr, exitName);
    if (enter === undefined || exit === undefined) {
      const what = st.isAsync ? 'asynchronous context manager' : 'context manager';
      const missing = enter === undefined ? enterName : exitName;
      throw pyErr(TypeError, `'${t.name}' object does not support the ${what} protocol (missed ${missing} method)`);
    }
    const item = st.items[i];
    let entered = enter.call([], null);
    if (st.isAsync) entered = yield* this.awaitValue(entered);
    if (item.optionalVars) this.assign(item.optionalVars, entered, f);
    let c: Completion;
    try {
      c = yield* this.withStmt(st, f, i + 1);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      this.intercept(e, f);
      f.line = st.loc.line;
      const exiting = function* (interp: Interpreter): Generator<PyValue, PyValue, PyValue> {
        const r = exit.call([e.pyType, e, e.getAttr('__traceback__') ?? null], null);
        return st.isAsync ? yield* interp.awaitValue(r) : r;
      };
      const swallow = yield* this.handling(e, f, exiting(this));
      if (!truthy(swallow)) throw e;
      return undefined;
    }
    f.line = st.loc.line;
    const r = exit.call([null, null, null], null);
    if (st.isAsync) yield* this.awaitValue(r);
    return c;
  }

  /** `await v` inside the interpreter's own protocols (`async with` on a user class, `async for`). */
  *awaitValue(v: PyValue): Generator<PyValue, PyValue, PyValue> {
    const body = awaitBody(v);
    try {
      return yield* body;
    } finally {
      awaitDone(v);
    }
  }

  /**
   * `yield from src` (PEP 380; genobject.c `gen_send_ex2` and `_gen_throw` with `gi_yieldfrom`):
   * what the delegate yields goes to our caller, what is sent or thrown in goes to the delegate,
   * GeneratorExit closes it first, and its return value is the expression's value.
   */
  private *yieldFrom(src: PyValue, f: Frame): Generator<PyValue, PyValue, PyValue> {
    if (src instanceof PyCoroutine) throw pyErr(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    const self = f.gen as PyGenerator;
    if (src instanceof PyGenerator) {
      let r = src.resume(false, null);
      self.yieldFrom = src;
      try {
        for (;;) {
          if (r.done) return r.value;
          let sent: PyValue;
          try {
            sent = yield r.value;
          } catch (e) {
            if (!(e instanceof PyBaseException)) throw e;
            if (e.isInstance(GeneratorExit)) {
              src.close();
              throw e;
            }
            r = src.resume(true, e);
            continue;
          }
          r = src.resume(false, sent);
        }
      } finally {
        self.yieldFrom = null;
      }
    }
    if (userType(src) !== null && (getAttribute(src, 'send') !== undefined || getAttribute(src, 'throw') !== undefined)) {
      throw unsupported("'yield from' an object of a class with its own send() or throw()", this.genHost.here());
    }
    const it = iterate(src)[Symbol.iterator]();
    self.yieldFrom = src;
    try {
      for (;;) {
        const n = it.next();
        if (n.done) return null;
        const sent = yield n.value;
        if (sent !== null) throw pyErr(AttributeError, `'${typeName(src)}' object has no attribute 'send'`);
      }
    } finally {
      self.yieldFrom = null;
    }
  }

  private importModule(name: string, loc: A.Loc): PyModule {
    const m = this.host.importModule(name);
    if (!m) throw unsupported(`import of module '${name}'`, loc);
    return m;
  }

  // ---------------------------------------------------------------- names

  private lookup(e: A.Name, f: Frame): PyValue {
    const res = this.scopes.names.get(e);
    if (res && res.kind === 'local') {
      const v = f.vars.get(e.id);
      if (v === undefined) {
        throw pyErr(UnboundLocalError, `cannot access local variable '${e.id}' where it is not associated with a value`);
      }
      return v;
    }
    if (res && res.kind === 'free') {
      let s: Frame | null = f;
      for (let d = 0; d < res.depth && s; d++) s = s.parent;
      const v = s?.vars.get(e.id);
      if (v === undefined) {
        throw pyErr(NameError, `cannot access free variable '${e.id}' where it is not associated with a value in enclosing scope`);
      }
      return v;
    }
    if (res && res.kind === 'name') {
      const v = f.vars.get(e.id);
      if (v !== undefined) return v;
    }
    const g = f.globals.get(e.id);
    if (g !== undefined) return g;
    const b = this.builtins.get(e.id);
    if (b !== undefined) return b;
    if (UNSUPPORTED_BUILTINS.has(e.id)) throw unsupported(`the builtin ${e.id}()`, e.loc);
    throw pyErr(NameError, `name '${e.id}' is not defined`);
  }

  /** Binds `name` in the scope the compiler chose for it. */
  private store(name: string, v: PyValue, f: Frame, node?: A.Name): void {
    const res = node ? this.scopes.names.get(node) : undefined;
    if (res?.kind === 'global' || (!res && f.vars === f.globals)) {
      f.globals.set(name, v);
      return;
    }
    if (res?.kind === 'free') {
      let s: Frame | null = f;
      for (let d = 0; d < res.depth && s; d++) s = s.parent;
      (s ?? f).vars.set(name, v);
      return;
    }
    f.vars.set(name, v);
  }

  private unbind(name: string, f: Frame): void {
    f.vars.delete(name);
  }

  // ---------------------------------------------------------------- assignment

  /** @internal */
  assign(t: A.Expr, v: PyValue, f: Frame): void {
    switch (t.kind) {
      case 'Name':
        this.store(t.id, v, f, t);
        return;
      case 'Tuple':
      case 'List':
        this.unpack(t.elts, v, f);
        return;
      case 'Attribute': {
        const o = this.ev(t.value, f);
        if (!(o instanceof PyObject) || !o.setAttr(t.attr, v)) {
          if (o instanceof PyObject && o.getAttr(t.attr) !== undefined) {
            throw pyErr(AttributeError, `'${typeName(o)}' object attribute '${t.attr}' is read-only`);
          }
          throw attributeError(o, t.attr);
        }
        return;
      }
      case 'Subscript': {
        const o = this.ev(t.value, f);
        const k = this.ev(t.slice, f);
        this.setItem(o, k, v);
        return;
      }
      case 'Starred':
        throw pyErr(TypeError, 'starred assignment target must be in a list or tuple');
      default:
        throw pyErr(TypeError, `cannot assign to ${t.kind}`);
    }
  }

  private unpack(targets: A.Expr[], v: PyValue, f: Frame): void {
    const items = toArray(v);
    const star = targets.findIndex((x) => x.kind === 'Starred');
    if (star < 0) {
      if (items.length > targets.length) throw pyErr(ValueError, `too many values to unpack (expected ${targets.length})`);
      if (items.length < targets.length) {
        throw pyErr(ValueError, `not enough values to unpack (expected ${targets.length}, got ${items.length})`);
      }
      targets.forEach((t, i) => this.assign(t, items[i], f));
      return;
    }
    const after = targets.length - star - 1;
    if (items.length < targets.length - 1) {
      throw pyErr(ValueError, `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`);
    }
    targets.slice(0, star).forEach((t, i) => this.assign(t, items[i], f));
    this.assign((targets[star] as A.Starred).value, new PyList(items.slice(star, items.length - after)), f);
    targets.slice(star + 1).forEach((t, i) => this.assign(t, items[items.length - after + i], f));
  }

  private augAssign(st: A.AugAssign, rhs: PyValue, f: Frame): void {
    const t = st.target;
    if (t.kind === 'Name') {
      const cur = this.lookup(t, f);
      this.store(t.id, this.inplace(st.op, cur, rhs), f, t);
    } else if (t.kind === 'Attribute') {
      const o = this.ev(t.value, f);
      const cur = this.getattr(o, t.attr, t.loc);
      if (!(o instanceof PyObject) || !o.setAttr(t.attr, this.inplace(st.op, cur, rhs))) throw attributeError(o, t.attr);
    } else {
      const o = this.ev(t.value, f);
      const k = this.ev(t.slice, f);
      this.setItem(o, k, this.inplace(st.op, this.getItem(o, k), rhs));
    }
  }

  /** `+=` mutates lists in place (so aliases see it), like list.__iadd__. */
  private inplace(op: A.BinOperator, cur: PyValue, rhs: PyValue): PyValue {
    if (typeof cur === 'object' && cur !== null) {
      const u = inplaceUser(op, cur, rhs);
      if (u !== undefined) return u;
    }
    if (op === '+' && cur instanceof PyList) {
      extendItems(cur.items, rhs);
      return cur;
    }
    return binop(op, cur, rhs);
  }

  private del(t: A.Expr, f: Frame): void {
    if (t.kind === 'Name') {
      const where = this.scopes.names.get(t)?.kind === 'global' ? f.globals : f.vars;
      if (!where.delete(t.id)) throw pyErr(NameError, `name '${t.id}' is not defined`);
    } else if (t.kind === 'Subscript') {
      const o = this.ev(t.value, f);
      const k = this.ev(t.slice, f);
      if (o instanceof PyDict) {
        if (!o.map.delete(requireHash(k, 'dict key'))) throw pyErr(KeyError, k);
      } else if (o instanceof PyList) {
        if (k instanceof PySliceValue) {
          const idx = new Set(sliceIndices(k, o.items.length));
          o.items = o.items.filter((_, i) => !idx.has(i));
        } else o.items.splice(normIndex(k, o.items.length, 'list assignment'), 1);
      } else if (userType(o) === null || callSpecial(o, '__delitem__', [k]) === undefined) {
        throw pyErr(TypeError, `'${typeName(o)}' object doesn't support item deletion`);
      }
    } else if (t.kind === 'Tuple' || t.kind === 'List') {
      for (const x of t.elts) this.del(x, f);
    } else throw pyErr(TypeError, 'cannot delete this target');
  }

  // ---------------------------------------------------------------- items and attributes

  private getattr(o: PyValue, name: string, loc: A.Loc): PyValue {
    const v = getAttribute(o, name);
    if (v !== undefined) return v;
    if (o instanceof PyModule || (o instanceof PyObject && 'unsupportedAttr' in o)) {
      const why = (o as unknown as { unsupportedAttr?(n: string): string | null }).unsupportedAttr?.(name);
      if (why) throw unsupported(why, loc);
    }
    throw attributeError(o, name);
  }

  getItem(o: PyValue, k: PyValue): PyValue {
    if (userType(o) !== null) {
      const r = callSpecial(o, '__getitem__', [k]);
      if (r !== undefined) return r;
      throw pyErr(TypeError, `'${typeName(o)}' object is not subscriptable`);
    }
    if (o instanceof PyList || o instanceof PyTuple) {
      if (k instanceof PySliceValue) {
        const items = sliceIndices(k, o.items.length).map((i) => o.items[i]);
        return o instanceof PyList ? new PyList(items) : new PyTuple(items);
      }
      return o.items[normIndex(k, o.items.length, o instanceof PyList ? 'list' : 'tuple')];
    }
    if (typeof o === 'string') {
      const chars = [...o];
      if (k instanceof PySliceValue) return sliceIndices(k, chars.length).map((i) => chars[i]).join('');
      return chars[normIndex(k, chars.length, 'string')];
    }
    if (o instanceof PyDict) {
      const e = o.map.get(requireHash(k, 'dict key'));
      // dict.__missing__ of the library's dict subclasses (defaultdict, Counter).
      if (!e) return 'pyMissing' in o ? (o as unknown as { pyMissing(k: PyValue): PyValue }).pyMissing(k) : keyError(k);
      return e[1];
    }
    if (o instanceof PyRange) {
      if (k instanceof PySliceValue) return rangeSlice(o, k.start, k.stop, k.step);
      return rangeItem(o, k);
    }
    if (o instanceof PyType) return o;
    if (o instanceof PyObject && 'pyGetItem' in o) return (o as unknown as { pyGetItem(k: PyValue): PyValue }).pyGetItem(k);
    throw pyErr(TypeError, `'${typeName(o)}' object is not subscriptable`);
  }

  private setItem(o: PyValue, k: PyValue, v: PyValue): void {
    if (userType(o) !== null) {
      if (callSpecial(o, '__setitem__', [k, v]) !== undefined) return;
      throw pyErr(TypeError, `'${typeName(o)}' object does not support item assignment`);
    }
    if (o instanceof PyList) {
      if (k instanceof PySliceValue) {
        const idx = sliceIndices(k, o.items.length);
        const vals = toArray(v);
        if (k.step === null || k.step === 1n) {
          const start = idx.length ? idx[0] : clampStart(k, o.items.length);
          o.items.splice(start, idx.length, ...vals);
        } else {
          if (vals.length !== idx.length) {
            throw pyErr(ValueError, `attempt to assign sequence of size ${vals.length} to extended slice of size ${idx.length}`);
          }
          idx.forEach((i, j) => (o.items[i] = vals[j]));
        }
        return;
      }
      o.items[normIndex(k, o.items.length, 'list assignment')] = v;
      return;
    }
    if (o instanceof PyDict) {
      dictSet(o, k, v);
      return;
    }
    if (o instanceof PyObject && 'pySetItem' in o) return (o as unknown as { pySetItem(k: PyValue, v: PyValue): void }).pySetItem(k, v);
    throw pyErr(TypeError, `'${typeName(o)}' object does not support item assignment`);
  }

  // ---------------------------------------------------------------- calls

  call(fn: PyValue, args: PyValue[], kwargs: Kwargs | null): PyValue {
    if (fn instanceof PyCallable) return fn.call(args, kwargs);
    throw pyErr(TypeError, `'${typeName(fn)}' object is not callable`);
  }

  private spreadKw(kwargs: Kwargs, v: PyValue): void {
    if (!(v instanceof PyDict)) throw pyErr(TypeError, `argument after ** must be a mapping, not ${typeName(v)}`);
    for (const [k, x] of v.entries()) {
      if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
      kwargs.set(k, x);
    }
  }

  // ---------------------------------------------------------------- expressions

  /** Evaluates an expression that contains no `await`. */
  ev(e: A.Expr, f: Frame): PyValue {
    switch (e.kind) {
      case 'Name':
        return this.lookup(e, f);
      case 'Constant':
        return constant(e);
      case 'Attribute':
        return this.getattr(this.ev(e.value, f), e.attr, e.loc);
      case 'Call': {
        const fn = this.ev(e.func, f);
        const args: PyValue[] = [];
        for (const a of e.args) {
          if (a.kind === 'Starred') args.push(...toArray(this.ev(a.value, f)));
          else args.push(this.ev(a, f));
        }
        let kwargs: Kwargs | null = null;
        if (e.keywords.length) {
          kwargs = new Map();
          for (const k of e.keywords) {
            if (k.arg === null) this.spreadKw(kwargs, this.ev(k.value, f));
            else kwargs.set(k.arg, this.ev(k.value, f));
          }
        }
        this.host.at = e.loc;
        if (fn === this.superType && args.length === 0) return this.call(fn, this.superArgs(f), kwargs);
        return this.call(fn, args, kwargs);
      }
      case 'BinOp':
        return binop(e.op, this.ev(e.left, f), this.ev(e.right, f));
      case 'UnaryOp': {
        const v = this.ev(e.operand, f);
        return e.op === 'not' ? !truthy(v) : unaryop(e.op, v);
      }
      case 'BoolOp': {
        let v: PyValue = null;
        for (const x of e.values) {
          v = this.ev(x, f);
          if (e.op === 'and' ? !truthy(v) : truthy(v)) return v;
        }
        return v;
      }
      case 'Compare': {
        let left = this.ev(e.left, f);
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.ev(e.comparators[i], f);
          if (!compare(e.ops[i], left, right)) return false;
          left = right;
        }
        return true;
      }
      case 'IfExp':
        return truthy(this.ev(e.test, f)) ? this.ev(e.body, f) : this.ev(e.orelse, f);
      case 'Subscript':
        return this.getItem(this.ev(e.value, f), this.ev(e.slice, f));
      case 'Slice':
        return new PySliceValue(
          e.lower ? this.ev(e.lower, f) : null,
          e.upper ? this.ev(e.upper, f) : null,
          e.step ? this.ev(e.step, f) : null,
        );
      case 'JoinedStr':
        return this.joined(e, f);
      case 'List':
        return new PyList(this.elements(e.elts, f));
      case 'Tuple':
        return new PyTuple(this.elements(e.elts, f));
      case 'Set': {
        const s = new PySet();
        for (const v of this.elements(e.elts, f)) setAdd(s, v);
        return s;
      }
      case 'Dict': {
        charge(e.keys.length);
        const d = new PyDict();
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k === null) {
            const src = this.ev(e.values[i], f);
            if (!(src instanceof PyDict)) throw pyErr(TypeError, `'${typeName(src)}' object is not a mapping`);
            dictMerge(d, src);
          } else dictSet(d, this.ev(k, f), this.ev(e.values[i], f));
        }
        return d;
      }
      case 'Comprehension':
        return this.comprehension(e, f);
      case 'Lambda':
        return this.makeFunction('<lambda>', false, e.args, e.body, e.loc, f);
      case 'NamedExpr': {
        const v = this.ev(e.value, f);
        this.assign(e.target, v, f);
        return v;
      }
      case 'Starred':
        throw pyErr(TypeError, "can't use starred expression here");
      case 'Await':
        throw pyErr(RuntimeError, "'await' outside async function");
      case 'Yield':
      case 'YieldFrom':
        // markAwaits sends every `yield` through evG.
        throw new Error('yield evaluated outside a generator frame');
    }
  }

  private elements(elts: A.Expr[], f: Frame): PyValue[] {
    // A display's items are work like a builtin's: a statement that builds a 40-item list of
    // tuples does 80 items' worth, and a loop of them must reach the budget as soon.
    charge(elts.length);
    const out: PyValue[] = [];
    for (const x of elts) {
      if (x.kind === 'Starred') out.push(...toArray(this.ev(x.value, f)));
      else out.push(this.ev(x, f));
    }
    return out;
  }

  private joined(e: A.JoinedStr, f: Frame): string {
    let s = '';
    for (const part of e.values) {
      if (typeof part === 'string') {
        s += part;
        continue;
      }
      s += this.formatted(part, this.ev(part.value, f), part.formatSpec ? this.joined(part.formatSpec, f) : null);
    }
    // Capped as "a" + b is: `n = f"v={n!r}"` in a loop doubles n each time.
    checkSize(s.length, 'characters');
    return s;
  }

  private formatted(part: A.FormattedValue, v: PyValue, spec: string | null): string {
    let conv = part.conversion;
    // `f"{x=}"` shows repr(x) unless a conversion or a format spec says otherwise.
    if (part.selfDocumenting !== null && conv === null && spec === null) conv = 'r';
    let x: PyValue = v;
    if (conv === 'r') x = repr(v);
    else if (conv === 'a') x = asciiRepr(v);
    else if (conv === 's') x = str(v);
    return (part.selfDocumenting ?? '') + format(x, spec ?? '');
  }

  private comprehension(e: A.Comprehension, f: Frame): PyValue {
    // In a class body the comprehension's scope is a function's: it does not see the class's names.
    const inner: Frame = { vars: new Map(), parent: f.classQualname ? f.parent : f, globals: f.globals, line: f.line, name: f.name };
    const first = this.ev(e.generators[0].iter, f);
    if (e.type === 'generator') {
      // Making an async generator expression runs none of it: the generator below never yields.
      if (this.asyncGenexprs.has(e)) return this.suspendingComprehension(e, f, first).next().value as PyValue;
      return this.genexpr(e, f, first);
    }
    const out: PyValue[] = [];
    const dict = e.type === 'dict' ? new PyDict() : null;
    for (const v of this.compLoop(e, inner, 0, first)) {
      if (dict) dictSet(dict, (v as PyTuple).items[0], (v as PyTuple).items[1]);
      else out.push(v);
    }
    if (dict) return dict;
    if (e.type === 'list') return new PyList(out);
    const s = new PySet();
    for (const v of out) setAdd(s, v);
    return s;
  }

  private *compLoop(e: A.Comprehension, f: Frame, i: number, iterable: PyValue): Generator<PyValue> {
    const g = e.generators[i];
    for (const v of iterate(iterable)) {
      // Each item is a statement's worth of work, as a `for` loop's pass is: a comprehension
      // inside a loop must not run far past the step budget.
      charge(1);
      this.assign(g.target, v, f);
      if (!g.ifs.every((c) => truthy(this.ev(c, f)))) continue;
      if (i + 1 < e.generators.length) yield* this.compLoop(e, f, i + 1, this.ev(e.generators[i + 1].iter, f));
      else if (e.type === 'dict') yield new PyTuple([this.ev(e.elt, f), this.ev(e.value as A.Expr, f)]);
      else yield this.ev(e.elt, f);
    }
  }

  /**
   * Evaluates an expression that may contain `await`. Sub-expressions without `await` fall
   * back to `ev`, so only the path down to each `await` pays for a generator.
   */
  private *evG(e: A.Expr, f: Frame): Generator<PyValue, PyValue, PyValue> {
    if (!this.awaits.has(e)) return this.ev(e, f);
    const sub = (x: A.Expr) => this.evG(x, f);
    switch (e.kind) {
      case 'Await': {
        const v = this.awaits.has(e.value) ? yield* sub(e.value) : this.ev(e.value, f);
        const body = awaitBody(v);
        try {
          return yield* body;
        } finally {
          awaitDone(v);
        }
      }
      case 'Yield': {
        const v = e.value === null ? null : yield* sub(e.value);
        // An async generator's `yield` travels with its awaits' futures, wrapped (genobject.c
        // `_PyAsyncGenValueWrapperNew`); `AsyncGenASend` unwraps it.
        if (f.gen instanceof PyAsyncGenerator) return yield new AsyncGenWrappedValue(v) as unknown as PyValue;
        return yield v;
      }
      case 'YieldFrom':
        return yield* this.yieldFrom(yield* sub(e.value), f);
      case 'Attribute':
        return this.getattr(yield* sub(e.value), e.attr, e.loc);
      case 'Call': {
        const fn = yield* sub(e.func);
        const args: PyValue[] = [];
        for (const a of e.args) {
          if (a.kind === 'Starred') args.push(...toArray(yield* sub(a.value)));
          else args.push(yield* sub(a));
        }
        let kwargs: Kwargs | null = null;
        if (e.keywords.length) {
          kwargs = new Map();
          for (const k of e.keywords) {
            const v = yield* sub(k.value);
            if (k.arg === null) this.spreadKw(kwargs, v);
            else kwargs.set(k.arg, v);
          }
        }
        this.host.at = e.loc;
        if (fn === this.superType && args.length === 0) return this.call(fn, this.superArgs(f), kwargs);
        return this.call(fn, args, kwargs);
      }
      case 'BinOp': {
        const l = yield* sub(e.left);
        return binop(e.op, l, yield* sub(e.right));
      }
      case 'UnaryOp': {
        const v = yield* sub(e.operand);
        return e.op === 'not' ? !truthy(v) : unaryop(e.op, v);
      }
      case 'BoolOp': {
        let v: PyValue = null;
        for (const x of e.values) {
          v = yield* sub(x);
          if (e.op === 'and' ? !truthy(v) : truthy(v)) return v;
        }
        return v;
      }
      case 'Compare': {
        let left = yield* sub(e.left);
        for (let i = 0; i < e.ops.length; i++) {
          const right = yield* sub(e.comparators[i]);
          if (!compare(e.ops[i], left, right)) return false;
          left = right;
        }
        return true;
      }
      case 'IfExp':
        return truthy(yield* sub(e.test)) ? yield* sub(e.body) : yield* sub(e.orelse);
      case 'Subscript': {
        const o = yield* sub(e.value);
        return this.getItem(o, yield* sub(e.slice));
      }
      case 'List':
      case 'Tuple':
      case 'Set': {
        charge(e.elts.length);
        const out: PyValue[] = [];
        for (const x of e.elts) {
          if (x.kind === 'Starred') out.push(...toArray(yield* sub(x.value)));
          else out.push(yield* sub(x));
        }
        if (e.kind === 'List') return new PyList(out);
        if (e.kind === 'Tuple') return new PyTuple(out);
        const s = new PySet();
        for (const v of out) setAdd(s, v);
        return s;
      }
      case 'Dict': {
        charge(e.keys.length);
        const d = new PyDict();
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          const key = k === null ? null : yield* sub(k);
          const v = yield* sub(e.values[i]);
          if (k === null) {
            if (!(v instanceof PyDict)) throw pyErr(TypeError, `'${typeName(v)}' object is not a mapping`);
            for (const [kk, vv] of v.entries()) dictSet(d, kk, vv);
          } else dictSet(d, key, v);
        }
        return d;
      }
      case 'JoinedStr': {
        let s = '';
        for (const part of e.values) {
          if (typeof part === 'string') s += part;
          else {
            const v = yield* sub(part.value);
            const spec = part.formatSpec ? ((yield* sub(part.formatSpec)) as string) : null;
            s += this.formatted(part, v, spec);
          }
        }
        checkSize(s.length, 'characters');
        return s;
      }
      case 'Comprehension':
        return yield* this.comprehensionG(e, f);
      case 'NamedExpr': {
        const v = yield* sub(e.value);
        this.assign(e.target, v, f);
        return v;
      }
      case 'Starred':
      case 'Slice':
      case 'Name':
      case 'Constant':
      case 'Lambda':
        return this.ev(e, f);
    }
  }

  /**
   * A comprehension that may suspend: an `async for` clause, or `await` in it (allowed in an async
   * function). A generator expression of that kind is an async generator (compile.c
   * `compiler_comprehension`, `is_async_generator`): made at once, run as it is iterated.
   */
  private *comprehensionG(e: A.Comprehension, f: Frame): Generator<PyValue, PyValue, PyValue> {
    const first = yield* this.evG(e.generators[0].iter, f);
    return yield* this.suspendingComprehension(e, f, first);
  }

  /** `comprehensionG` once the first iterable is evaluated (in the enclosing scope). */
  private *suspendingComprehension(e: A.Comprehension, f: Frame, first: PyValue): Generator<PyValue, PyValue, PyValue> {
    if (e.type === 'generator' && !this.asyncGenexprs.has(e)) return this.genexpr(e, f, first);
    const inner: Frame = { vars: new Map(), parent: f.classQualname ? f.parent : f, globals: f.globals, line: f.line, name: f.name };
    if (e.type === 'generator') {
      const self = this;
      const body = (function* (): CoroutineBody {
        yield* self.compLoopG(e, inner, 0, first, function* (v) {
          // What the generator yields travels wrapped, as an async generator's `yield` does.
          yield new AsyncGenWrappedValue(v) as unknown as PyValue;
        });
        return null;
      })();
      return new PyAsyncGenerator('<genexpr>', this.genexprQualname(f), body, null, this.genHost);
    }
    const out: PyValue[] = [];
    // eslint-disable-next-line require-yield
    yield* this.compLoopG(e, inner, 0, first, function* (v) {
      out.push(v);
    });
    if (e.type === 'list') return new PyList(out);
    if (e.type === 'dict') {
      const d = new PyDict();
      for (const t of out) dictSet(d, (t as PyTuple).items[0], (t as PyTuple).items[1]);
      return d;
    }
    const s = new PySet();
    for (const v of out) setAdd(s, v);
    return s;
  }

  /** The clauses of a suspending comprehension from clause `i`, each element given to `emit`. */
  private *compLoopG(
    e: A.Comprehension,
    inner: Frame,
    i: number,
    iterable: PyValue,
    emit: (v: PyValue) => Generator<PyValue, void, PyValue>,
  ): Generator<PyValue, void, PyValue> {
    const g = e.generators[i];
    const item = function* (this: Interpreter, v: PyValue): Generator<PyValue, void, PyValue> {
      charge(1);
      this.assign(g.target, v, inner);
      for (const c of g.ifs) if (!truthy(yield* this.evG(c, inner))) return;
      if (i + 1 < e.generators.length) {
        yield* this.compLoopG(e, inner, i + 1, yield* this.evG(e.generators[i + 1].iter, inner), emit);
      } else if (e.type === 'dict') {
        const k = yield* this.evG(e.elt, inner);
        yield* emit(new PyTuple([k, yield* this.evG(e.value as A.Expr, inner)]));
      } else yield* emit(yield* this.evG(e.elt, inner));
    }.bind(this);
    if (g.isAsync) {
      // `async for` in a comprehension: the same protocol as the statement's.
      const ait = this.aiter(iterable, true);
      for (;;) {
        const n = yield* this.anextStep(ait);
        if (n.done) return;
        yield* item(n.value);
      }
    }
    for (const v of iterate(iterable)) yield* item(v);
  }

  /**
   * A generator expression is a generator whose frame runs the loop: nothing but the first
   * iterable is evaluated until something asks for its first item.
   */
  private genexpr(e: A.Comprehension, f: Frame, first: PyValue): PyGenerator {
    const inner: Frame = { vars: new Map(), parent: f.classQualname ? f.parent : f, globals: f.globals, line: f.line, name: f.name };
    const self = this;
    const body = (function* (): Generator<PyValue, PyValue, PyValue> {
      yield* self.compLoop(e, inner, 0, first);
      return null;
    })();
    return new PyGenerator('<genexpr>', this.genexprQualname(f), body, null, this.genHost);
  }

  /** `f.<locals>.<genexpr>`, `C.<genexpr>` or `<genexpr>`, as CPython names the code object. */
  private genexprQualname(f: Frame): string {
    const owner = f.fn ? `${f.fn.code.qualname}.<locals>.` : f.classQualname ? `${f.classQualname}.` : '';
    return `${owner}<genexpr>`;
  }
}

/** A plain `__exit__` call as a body `handling` can run. */
// eslint-disable-next-line require-yield
function* exitBody<T>(exit: () => T): Generator<PyValue, T, PyValue> {
  return exit();
}

/**
 * What `await v` delegates to: a coroutine's own body (run inline, like a nested call) or a
 * future's `__await__`. The caller ends the delegation with `awaitDone`.
 */
function awaitBody(v: PyValue): CoroutineBody {
  if (v instanceof PyCoroutine) return v.startAwait();
  if (isAwaitable(v)) return v.awaitIter();
  if (userType(v) !== null) return userAwait(v);
  throw notAwaitable(v);
}

/**
 * `await obj` for a class that defines `__await__` (genobject.c `_PyCoro_GetAwaitableIter`):
 * the iterator it returns is driven in place, here a coroutine's or a future's `__await__()`.
 */
function* userAwait(v: PyValue): CoroutineBody {
  const it = callSpecial(v, '__await__', []);
  if (it === undefined) throw notAwaitable(v);
  const target = it instanceof PyAwaitIterator ? it.target : it;
  if (target instanceof PyCoroutine) {
    if (!(it instanceof PyAwaitIterator)) throw pyErr(TypeError, '__await__() returned a coroutine');
  } else if (!isAwaitable(target)) {
    throw pyErr(TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  const body = awaitBody(target);
  try {
    return yield* body;
  } finally {
    awaitDone(target);
  }
}

/** After `await v`, however it ended: a coroutine run inline is closed, and its frame popped. */
function awaitDone(v: PyValue): void {
  if (v instanceof PyCoroutine) {
    v.state = 'closed';
    stack.depth--;
  }
}

/**
 * What `anext(it, default)` returns (Objects/iterobject.c `anextawaitable`): awaiting it awaits
 * `it.__anext__()`, and gives `default` when that raises StopAsyncIteration.
 */
class AnextAwaitable extends PyObject implements CoroutineLike {
  readonly coroutineLike = true;

  constructor(
    private readonly inner: PyValue,
    private readonly dflt: PyValue,
    private readonly interp: Interpreter,
  ) {
    super();
  }

  get typeName(): string {
    return 'anext_awaitable';
  }

  *awaitIter(): CoroutineBody {
    try {
      return yield* this.interp.awaitValue(this.inner);
    } catch (e) {
      if (e instanceof PyBaseException && e.isInstance(StopAsyncIteration)) return this.dflt;
      throw e;
    }
  }
}

type Step = IteratorResult<PyValue, PyValue>;

/**
 * Runs a flat body (see `Interpreter.isFlat`) as a plain iterator, where `frameBody`, `block`
 * and `forStmt` would be generators: a task's step then resumes no generator at all between
 * the task and the awaited future, and V8 resumes a generator at a cost on every step. It
 * keeps their semantics: the same line bookkeeping, the awaited coroutine closed when the
 * await ends however it ends, the frame added to a traceback (for a function's body), and the
 * loop's iterator closed when the loop ends early (as `for…of` does).
 *
 * For a function body (`loop` null) it finishes with the function's return value; for a loop,
 * with the loop's completion, as `forStmt` does.
 */
class FlatRunner implements CoroutineBody {
  /** The next statement to run. */
  private i: number;
  /** The statement waiting on `inner`, and what it awaits (a coroutine is closed after). */
  private waiting: A.Stmt | null = null;
  private awaited: PyValue = null;
  private inner: CoroutineBody | null = null;
  private finished = false;
  private readonly iter: Iterator<PyValue> | null = null;

  constructor(
    private readonly interp: Interpreter,
    private readonly body: A.Stmt[],
    private readonly f: Frame,
    private readonly loop: A.For | null,
  ) {
    if (loop) {
      const it = interp.ev(loop.iter, f);
      this.iter = (it instanceof PyRange ? new RangeIterator(it) : iterate(it))[Symbol.iterator]();
      this.i = body.length;
    } else this.i = 0;
  }

  next(sent: PyValue): Step {
    return this.drive(false, sent);
  }

  throw(e: unknown): Step {
    return this.drive(true, e);
  }

  return(value: PyValue): Step {
    if (!this.finished) {
      this.finished = true;
      const inner = this.inner;
      if (inner !== null) {
        try {
          inner.return(null);
        } finally {
          this.endAwait();
          this.closeIter();
        }
      } else this.closeIter();
    }
    return { done: true, value };
  }

  [Symbol.iterator](): CoroutineBody {
    return this;
  }

  private drive(throwing: boolean, arg: unknown): Step {
    if (this.finished) {
      if (throwing) throw arg;
      return { done: true, value: null };
    }
    try {
      const inner = this.inner;
      if (inner !== null) {
        let r: Step;
        try {
          r = throwing ? inner.throw(arg) : inner.next(arg as PyValue);
        } catch (e) {
          this.endAwait();
          throw e;
        }
        if (!r.done) return r;
        const st = this.waiting as A.Stmt;
        this.endAwait();
        const c = this.resumed(st, r.value);
        if (c !== undefined) return this.complete(c);
      } else if (throwing) throw arg;
      return this.run();
    } catch (e) {
      this.finished = true;
      this.closeIter();
      throw this.loop ? e : this.interp.annotate(e, this.f);
    }
  }

  /** Runs statements until one suspends (its step is returned) or the body completes. */
  private run(): Step {
    const { body, f, interp } = this;
    for (;;) {
      while (this.i < body.length) {
        const st = body[this.i++];
        const line = st.loc.line;
        f.line = line;
        interp.lastLine = line;
        interp.host.tick(st.loc);
        let c: Completion;
        if (!interp.awaits.has(st)) c = interp.simple(st, f);
        else {
          let w: PyValue;
          let inner: CoroutineBody;
          if (st.kind === 'For') {
            w = null;
            inner = new FlatRunner(interp, st.body, f, st);
          } else {
            w = interp.ev(((st as A.ExprStmt).value as A.Await).value, f);
            inner = awaitBody(w);
          }
          this.waiting = st;
          this.awaited = w;
          this.inner = inner;
          let r: Step;
          try {
            r = inner.next(null);
          } catch (e) {
            this.endAwait();
            throw e;
          }
          if (!r.done) return r;
          this.endAwait();
          c = this.resumed(st, r.value);
        }
        if (c !== undefined) {
          if (this.loop === null || (c !== BREAK && c !== CONTINUE)) return this.complete(c);
          if (c === BREAK) {
            this.closeIter();
            return this.complete(undefined);
          }
          this.i = body.length;
        }
      }
      const loop = this.loop;
      if (loop === null) return this.complete(undefined);
      f.line = loop.loc.line;
      const n = (this.iter as Iterator<PyValue>).next();
      if (n.done) {
        this.finished = true;
        return { done: true, value: undefined as unknown as PyValue };
      }
      interp.assign(loop.target, n.value, f);
      this.i = 0;
    }
  }

  /** What a statement does with the value its await produced; a completion for `return`. */
  private resumed(st: A.Stmt, v: PyValue): Completion {
    if (st.kind === 'Return') return { value: v };
    if (st.kind === 'Assign') for (const t of st.targets) this.interp.assign(t, v, this.f);
    if (st.kind === 'For') return v as unknown as Completion;
    return undefined;
  }

  private complete(c: Completion): Step {
    this.finished = true;
    if (c !== undefined) this.closeIter();
    if (this.loop) return { done: true, value: c as unknown as PyValue };
    return { done: true, value: c && typeof c === 'object' ? c.value : null };
  }

  private endAwait(): void {
    const w = this.awaited;
    this.waiting = null;
    this.awaited = null;
    this.inner = null;
    awaitDone(w);
  }

  /** `for…of` calls the iterator's `return` when the loop ends before the iterator does. */
  private closeIter(): void {
    const it = this.iter;
    if (it !== null && it.return) it.return();
  }
}

/** The bodies of `for` and `while` loops that hold only simple, await-free statements. */
function straightBodies(root: A.Module, awaits: WeakSet<object>): WeakSet<A.Stmt[]> {
  const out = new WeakSet<A.Stmt[]>();
  const visit = (body: A.Stmt[]): void => {
    for (const st of body) {
      switch (st.kind) {
        case 'For':
        case 'While':
          if (st.body.every((x) => !isCompound(x) && !awaits.has(x))) out.add(st.body);
          visit(st.body);
          visit(st.orelse);
          break;
        case 'If':
          visit(st.body);
          visit(st.orelse);
          break;
        case 'Try':
          visit(st.body);
          for (const h of st.handlers) visit(h.body);
          visit(st.orelse);
          visit(st.finalbody);
          break;
        case 'With':
        case 'FunctionDef':
        case 'ClassDef':
          visit(st.body);
          break;
      }
    }
  };
  visit(root.body);
  return out;
}

/**
 * A range's values for a `for` loop, without a generator. The result object is reused: `for…of`
 * reads it before asking for the next.
 */
class RangeIterator implements IterableIterator<PyValue> {
  private cur: bigint;
  private left: number;
  private readonly step: bigint;
  private readonly res: IteratorYieldResult<PyValue> = { done: false, value: null };

  constructor(r: PyRange) {
    this.cur = r.start;
    this.step = r.step;
    this.left = r.length;
  }

  next(): IteratorResult<PyValue> {
    if (this.left <= 0) return { done: true, value: undefined };
    this.left--;
    this.res.value = this.cur;
    this.cur += this.step;
    return this.res;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** Exceptions that GeneratorExit (a BaseException) cannot match. */
const EXCEPTION_NAMES = new Set(
  ('Exception ArithmeticError ZeroDivisionError OverflowError LookupError KeyError IndexError ValueError TypeError ' +
    'AttributeError NameError UnboundLocalError RuntimeError NotImplementedError RecursionError StopIteration ' +
    'StopAsyncIteration AssertionError OSError TimeoutError').split(' '),
);

/**
 * Whether closing a generator suspended inside this `try` runs code: it has a `finally`, or a
 * handler that GeneratorExit may match (bare, BaseException, GeneratorExit, or a name that is
 * not one of the builtin Exception subclasses).
 */
function runsOnExit(st: A.Try): boolean {
  if (st.finalbody.length) return true;
  const names = (t: A.Expr): A.Expr[] => (t.kind === 'Tuple' ? t.elts : [t]);
  return st.handlers.some((h) => h.type === null || names(h.type).some((t) => t.kind !== 'Name' || !EXCEPTION_NAMES.has(t.id)));
}

function isCompound(st: A.Stmt): boolean {
  switch (st.kind) {
    case 'If':
    case 'For':
    case 'While':
    case 'Try':
    case 'With':
      return true;
  }
  return false;
}

function constant(e: A.Constant): PyValue {
  const c = e.value;
  switch (c.type) {
    case 'int':
    case 'float':
    case 'str':
    case 'bool':
      return c.value;
    case 'None':
      return null;
    case 'Ellipsis':
      return Ellipsis;
  }
}

/** A slice object (`a[1:3]`), only ever used as a subscript. */
export class PySliceValue extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
  get typeName(): string {
    return 'slice';
  }
}

function sliceInt(v: PyValue): number | null {
  if (v === null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(TypeError, 'slice indices must be integers or None or have an __index__ method');
}

function clampStart(s: PySliceValue, len: number): number {
  let start = sliceInt(s.start) ?? 0;
  if (start < 0) start = Math.max(0, start + len);
  return Math.min(start, len);
}

/** The indices a slice selects, as slice.indices() computes them. */
function sliceIndices(s: PySliceValue, len: number): number[] {
  const step = sliceInt(s.step) ?? 1;
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  const norm = (v: number | null, dflt: number, lo: number, hi: number) => {
    if (v === null) return dflt;
    if (v < 0) v += len;
    return Math.min(Math.max(v, lo), hi);
  };
  const start = step > 0 ? norm(sliceInt(s.start), 0, 0, len) : norm(sliceInt(s.start), len - 1, -1, len - 1);
  const stop = step > 0 ? norm(sliceInt(s.stop), len, 0, len) : norm(sliceInt(s.stop), -1, -1, len - 1);
  const out: number[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(i);
  else for (let i = start; i > stop; i += step) out.push(i);
  return out;
}
