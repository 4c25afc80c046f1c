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
    }
    // A class the program made: its namespace, as for any instance (objectmodel.ts).
    if (this.pyType.isUserClass) return hooks.getAttr(this, this.pyType, this.extra, name);
    return this.extra.get(name);
  }

  setAttr(name: string, value: PyValue): boolean {
    if (name === '__cause__') {
      this.cause = value instanceof PyBaseException ? value : null;
      this.suppressContext = true;
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
