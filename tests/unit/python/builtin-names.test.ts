/**
 * Every name in CPython 3.11's `builtins` module (`dir(builtins)`, less the dunders a program
 * never names) either works or is refused with a located message: never a NameError, which
 * would tell a learner that Python itself lacks it.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/run';

const BUILTINS_311 = `ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError
BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning
EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError
FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError
IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None
NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning
PermissionError ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning
StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True
TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__ __import__ __name__
abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex
copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr
globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max
memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice
sorted staticmethod str sum super tuple type vars zip`.split(/\s+/);

describe('the builtins module', () => {
  it.each(BUILTINS_311)('%s is defined or refused by name, never a NameError', (name) => {
    const r = simulate(`x = ${name}\n`, { filename: 'p.py' });

    expect(r.stderr).not.toContain('NameError');
    if (r.exitCode !== 0) {
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`not supported by the simulator: the builtin ${name}()`);
      expect(r.stderr).toContain('p.py:1:5:');
    }
  });

  it('writes negative numbers in hex, oct and bin as CPython does', () => {
    const r = simulate('print(hex(-255), oct(8), bin(-5), hex(True))\n', { filename: 'p.py' });

    expect(r.stdout).toBe('-0xff 0o10 -0b101 0x1\n');
  });
});
