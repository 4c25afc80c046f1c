/**
 * Python exceptions. A raised exception is thrown as the `PyBaseException` object itself, so
 * `catch (e) { if (e instanceof PyBaseException) … }` separates Python errors from bugs.
 */
import { charge } from './budget';
import { type FrameInfo, type Kwargs, PyObject, PyTuple, type PyValue } from './objects';
import { PyType, hooks, objectType, registerType } from './pytype';

export class PyBaseException extends PyObject {
  /** Frames the exception passed through, innermost last (as a traceback prints them). */
  traceback: FrameInfo[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /**
   * The frame whose entry heads `traceback` in the current propagation. CPython adds a
   * traceback entry when an exception reaches a frame's `error:` label (Python/ceval.c
   * `PyTraceBack_Here`), at the line running then; a re-raise (`raise` with no operand, or the
   * implicit one at the end of `finally`) unwinds without adding one. The interpreter adds an
   * entry only when this is not already the frame the exception is in.
   */
  tbFrame: object | null = null;
  /** Extra attributes set by code (`e.code = 1`) or by the runtime. */
  readonly extra = new Map<string, PyValue>();

  constructor(
    public readonly pyType: PyType,
    public args: PyValue[],
  ) {
    super();
  }

  get typeName(): string {
    return this.pyType.name;
  }

  isInstance(t: PyType): boolean {
    return this.pyType.isSubtypeOf(t);
  }

  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'args':
        return new PyTuple(this.args);
      case '__cause__':
        return this.cause;
      case '__context__':
        return this.context;
      case '__suppress_context__':
        return this.suppressContext;
      case '__traceback__':
        return this.traceback.length ? new PyTracebackObject(this.traceback, 0) : null;
      case '__class__':
        return this.pyType;
      case 'exceptions':
        if (this.isInstance(BaseExceptionGroup)) {
          const list = this.args[1];
          return list instanceof PyTuple ? list : new PyTuple(asItems(list));
        }
        break;
      case 'message':
        if (this.isInstance(BaseExceptionGroup)) return this.args[0] ?? '';
        break;
      case 'value':
        if (this.isInstance(StopIteration)) return this.args[0] ?? null;
        break;
      case 'code':
        // Objects/exceptions.c SystemExit_init: None, the one argument, or all of them.
        if (this.isInstance(SystemExit) && !this.extra.has('code')) {
          return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : new PyTuple(this.args);
        }
        break;
    }
    // A class the program made: its namespace, as for any instance (objectmodel.ts).
    if (this.pyType.isUserClass) return hooks.getAttr(this, this.pyType, this.extra, name);
    return this.extra.get(name);
  }

  setAttr(name: string, value: PyValue): boolean {
    // Objects/exceptions.c: setting __cause__ also sets __suppress_context__ (PEP 415).
    if (name === '__cause__') {
      this.cause = value instanceof PyBaseException ? value : null;
      this.suppressContext = true;
      return true;
    }
    if (name === '__context__') {
      this.context = value instanceof PyBaseException ? value : null;
      return true;
    }
    if (name === '__suppress_context__') {
      this.suppressContext = value === true;
      return true;
    }
    if (name === '__traceback__') {
      this.traceback = value instanceof PyTracebackObject ? value.frames.slice(value.index) : [];
      return true;
    }
    if (name === 'args') {
      this.args = asItems(value);
      return true;
    }
    if (this.pyType.isUserClass) return hooks.setAttr(this, this.pyType, this.extra, name, value);
    this.extra.set(name, value);
    return true;
  }
}

/**
 * A traceback object (Python/traceback.c `PyTracebackObject`): one entry of an exception's
 * traceback, outermost first, linked by `tb_next`. Made on demand from the exception's frames.
 */
export class PyTracebackObject extends PyObject {
  constructor(
    readonly frames: FrameInfo[],
    readonly index: number,
  ) {
    super();
  }

  get typeName(): string {
    return 'traceback';
  }

  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'tb_lineno':
        return BigInt(this.frames[this.index].line);
      case 'tb_next':
        return this.index + 1 < this.frames.length ? new PyTracebackObject(this.frames, this.index + 1) : null;
    }
    return undefined;
  }
}

/**
 * pycore_pystate.h `_PyErr_StackItem`: the exception being handled (`sys.exc_info()`). A thread
 * has one, and each generator or coroutine frame has its own, linked to the one below it while
 * the frame runs (genobject.c `gen_send_ex2`), so a function called from an `except` block sees
 * the exception it handles.
 */
export interface ExcStackItem {
  value: PyBaseException | null;
  previous: ExcStackItem | null;
}

/** The running thread's top `_PyErr_StackItem` (`tstate->exc_info`). */
export const excInfo: { top: ExcStackItem } = { top: { value: null, previous: null } };

/** genobject.c `gen_send_ex2`: a generator or coroutine frame's own item, on top while it runs. */
export function enterExcState(item: ExcStackItem): void {
  item.previous = excInfo.top;
  excInfo.top = item;
}

/** When the frame suspends or ends: the item below it is on top again. */
export function leaveExcState(item: ExcStackItem): void {
  if (item.previous !== null) excInfo.top = item.previous;
  item.previous = null;
}

/** Python/errors.c `_PyErr_GetTopmostException`: the innermost exception being handled. */
export function handledException(): PyBaseException | null {
  for (let item: ExcStackItem | null = excInfo.top; item !== null; item = item.previous) {
    if (item.value !== null) return item.value;
  }
  return null;
}

/**
 * Python/errors.c `_PyErr_SetObject`: raising `value` while another exception is handled makes
 * that one its `__context__`, first cutting `value` out of the handled one's chain so no cycle
 * forms.
 */
export function chainContext(value: PyBaseException): void {
  const handled = handledException();
  if (handled === null || handled === value) return;
  let o = handled;
  for (let context = o.context, steps = 0; context !== null && steps < 10_000; context = o.context, steps++) {
    if (context === value) {
      o.context = null;
      break;
    }
    o = context;
  }
  value.context = handled;
}

/**
 * genobject.c `gen_send_ex2` (PEP 479): a StopIteration (or, from an async generator,
 * StopAsyncIteration) leaving the frame would read as the frame's end, so it becomes a
 * RuntimeError caused by it (`_PyErr_FormatFromCause`), with a traceback of its own.
 */
export function frameRaised(owner: 'generator' | 'coroutine' | 'async generator', e: PyBaseException): PyBaseException {
  const r = pyErr(RuntimeError, `${owner} raised ${e.pyType.isSubtypeOf(StopAsyncIteration) ? 'StopAsyncIteration' : 'StopIteration'}`);
  r.cause = e;
  r.context = e;
  r.suppressContext = true;
  return r;
}

function asItems(v: PyValue | undefined): PyValue[] {
  if (v && typeof v === 'object' && 'items' in v && Array.isArray((v as { items: unknown }).items)) {
    return (v as { items: PyValue[] }).items;
  }
  return [];
}

function excType(name: string, bases: PyType[], module = 'builtins'): PyType {
  const t: PyType = new PyType(name, bases, (args: PyValue[], _kw: Kwargs | null) => new PyBaseException(t, args), module);
  return registerType(t);
}

export const BaseException = excType('BaseException', [objectType]);
export const Exception = excType('Exception', [BaseException]);
export const GeneratorExit = excType('GeneratorExit', [BaseException]);
export const KeyboardInterrupt = excType('KeyboardInterrupt', [BaseException]);
export const SystemExit = excType('SystemExit', [BaseException]);
export const ArithmeticError = excType('ArithmeticError', [Exception]);
export const ZeroDivisionError = excType('ZeroDivisionError', [ArithmeticError]);
export const OverflowError = excType('OverflowError', [ArithmeticError]);
export const LookupError = excType('LookupError', [Exception]);
export const KeyError = excType('KeyError', [LookupError]);
export const IndexError = excType('IndexError', [LookupError]);
export const ValueError = excType('ValueError', [Exception]);
export const TypeError = excType('TypeError', [Exception]);
export const AttributeError = excType('AttributeError', [Exception]);
export const NameError = excType('NameError', [Exception]);
export const UnboundLocalError = excType('UnboundLocalError', [NameError]);
export const RuntimeError = excType('RuntimeError', [Exception]);
export const NotImplementedError = excType('NotImplementedError', [RuntimeError]);
export const RecursionError = excType('RecursionError', [RuntimeError]);
export const StopIteration = excType('StopIteration', [Exception]);
export const AssertionError = excType('AssertionError', [Exception]);
export const OSError = excType('OSError', [Exception]);
export const TimeoutError = excType('TimeoutError', [OSError]);
export const BaseExceptionGroup = excType('BaseExceptionGroup', [BaseException]);
export const ExceptionGroup = excType('ExceptionGroup', [BaseExceptionGroup, Exception]);
/** asyncio.CancelledError derives from BaseException since 3.8, so `except Exception` misses it. */
export const CancelledError = excType('CancelledError', [BaseException], 'asyncio.exceptions');
export const InvalidStateError = excType('InvalidStateError', [Exception], 'asyncio.exceptions');
/** Raised by `concurrent.futures` when a pool is used after shutdown. */
export const BrokenExecutor = excType('BrokenExecutor', [RuntimeError], 'concurrent.futures._base');

export const StopAsyncIteration = excType('StopAsyncIteration', [Exception]);
export const Warning = excType('Warning', [Exception]);
export const RuntimeWarning = excType('RuntimeWarning', [Warning]);

/** The rest of CPython's builtin exception tree (Objects/exceptions.c), by name and base. */
const MORE_EXCEPTIONS: [string, string][] = [
  ['FloatingPointError', 'ArithmeticError'], ['BufferError', 'Exception'], ['EOFError', 'Exception'],
  ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'], ['MemoryError', 'Exception'],
  ['ReferenceError', 'Exception'], ['SystemError', 'Exception'], ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'], ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'], ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'], ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'], ['DeprecationWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'], ['UserWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'], ['EncodingWarning', 'Warning'],
];

export const builtinExceptions: PyType[] = [
  StopAsyncIteration,
  Warning,
  RuntimeWarning,
  BaseException,
  Exception,
  GeneratorExit,
  KeyboardInterrupt,
  SystemExit,
  ArithmeticError,
  ZeroDivisionError,
  OverflowError,
  LookupError,
  KeyError,
  IndexError,
  ValueError,
  TypeError,
  AttributeError,
  NameError,
  UnboundLocalError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  StopIteration,
  AssertionError,
  OSError,
  TimeoutError,
  BaseExceptionGroup,
  ExceptionGroup,
];
for (const [name, base] of MORE_EXCEPTIONS) {
  const b = builtinExceptions.find((t) => t.name === base) as PyType;
  builtinExceptions.push(excType(name, [b]));
}

/** Raised when an allocation fails: `[0] * 10**12` (see allocation.ts). */
export const MemoryError = builtinExceptions.find((t) => t.name === 'MemoryError') as PyType;

/** Makes an exception instance: `pyErr(ValueError, 'bad value')`. Throw the result. */
export function pyErr(t: PyType, ...args: PyValue[]): PyBaseException {
  // Reaching the recursion limit built a thousand frames, and unwinding them costs as much
  // again: a loop that catches RecursionError would otherwise run for seconds per budget.
  if (t === RecursionError) charge(RECURSION_UNITS);
  return new PyBaseException(t, args);
}

/** What one RecursionError costs the budget: 3,000 loop steps, measured against a plain loop. */
const RECURSION_UNITS = 48_000;
