import { describe, expect, it } from 'vitest';

import { simulate } from '../../../../src/sim';
import { problemOf } from '../../../../src/widgets/playground/problem';

const FILE = 'edited.py';

function problemFor(source: string) {
  const result = simulate(source, { filename: FILE, stepBudget: 20_000 });
  return problemOf(result.exitCode, result.stderr, FILE);
}

describe('where a run went wrong, read from what the simulator reports', () => {
  it('a clean run has no problem', () => {
    expect(problemFor('print("hi")\n')).toBeNull();
  });

  it('a syntax error gives its line and column', () => {
    expect(problemFor('import asyncio\n\nx = (1,\n')).toEqual({
      line: 3,
      column: 5,
      message: "'(' was never closed",
      kind: 'syntax',
    });
  });

  it('a construct outside the subset is named, at its line', () => {
    const p = problemFor('import asyncio\nmatch 1:\n    case 1:\n        pass\n');
    expect(p).toMatchObject({ line: 2, kind: 'unsupported' });
    expect(p?.message).toContain('not supported by the simulator');
  });

  it('an uncaught exception points at the innermost line of the program', () => {
    const source = [
      'import asyncio',
      'async def main():',
      '    raise ValueError("boom")',
      'asyncio.run(main())',
      '',
    ].join('\n');
    expect(problemFor(source)).toEqual({ line: 3, column: null, message: 'ValueError: boom', kind: 'exception' });
  });

  it('an exception that passed through a finally points at the line that raised it', () => {
    const source = ['def f():', '    try:', '        raise ValueError("boom")', '    finally:', '        x = 1', 'f()', ''].join('\n');

    expect(problemFor(source)).toEqual({ line: 3, column: null, message: 'ValueError: boom', kind: 'exception' });
  });

  it('a KeyboardInterrupt raised in a task points at its line', () => {
    const source = ['import asyncio', 'async def main():', '    raise KeyboardInterrupt', 'asyncio.run(main())', ''].join('\n');

    expect(problemFor(source)).toEqual({ line: 3, column: null, message: 'KeyboardInterrupt', kind: 'exception' });
  });

  it("a SystemExit's status is named, since it prints nothing", () => {
    expect(problemFor('raise SystemExit(5)\n')).toEqual({ line: null, column: null, message: 'SystemExit: 5', kind: 'exception' });
  });

  it('names the exception, not a warning CPython prints after the traceback at exit', () => {
    const stderr = [
      'Traceback (most recent call last):',
      '  File "edited.py", line 7, in <module>',
      '    asyncio.run(main())',
      '  File "edited.py", line 4, in main',
      '    raise KeyError("k")',
      "KeyError: 'k'",
      "edited.py:3: RuntimeWarning: coroutine 'sleep' was never awaited",
      '  asyncio.sleep(1)',
      'RuntimeWarning: Enable tracemalloc to get the object allocation traceback',
      '',
    ].join('\n');

    expect(problemOf(1, stderr, FILE)).toEqual({ line: 4, column: null, message: "KeyError: 'k'", kind: 'exception' });
  });

  it('a program that never ends is stopped, with a line', () => {
    const p = problemFor('import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n');
    expect(p?.kind).toBe('stopped');
    expect(p?.line).toBeGreaterThanOrEqual(3);
  });

  it('a message without a location still reads as a problem', () => {
    expect(problemOf(70, 'internal error: oops\n', FILE)).toEqual({
      line: null,
      column: null,
      message: 'internal error: oops',
      kind: 'internal',
    });
  });
});
