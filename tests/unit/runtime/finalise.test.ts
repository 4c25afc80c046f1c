/**
 * "Task exception was never retrieved" (src/sim/runtime/finalise.ts, rulebook §5): logged when
 * the failed task is freed, which the simulator decides by looking for it after each handle.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** The headlines on stderr, in order. */
const headlines = (stderr: string): string[] =>
  stderr.split('\n').filter((l) => /^(Task|Future) exception was never retrieved|^Exception in callback /.test(l));

const boom = ['import asyncio', 'async def boom():', '    raise ValueError("x")', 'def bad():', '    raise RuntimeError("cb")'];

describe('collectUnretrieved', () => {
  it('logs a task nobody holds right after its failing step, before a later callback error', () => {
    const source = lines(
      ...boom,
      'async def main():',
      '    asyncio.create_task(boom())',
      '    await asyncio.sleep(0.01)',
      '    asyncio.get_running_loop().call_soon(bad)',
      '    await asyncio.sleep(0.01)',
      'asyncio.run(main())',
    );

    const result = simulate(source, { filename: 'a.py' });

    expect(headlines(result.stderr)).toEqual(['Task exception was never retrieved', 'Exception in callback bad()']);
    expect(result.stderr).toContain(
      "future: <Task finished name='Task-2' coro=<boom() done, defined at a.py:2> exception=ValueError('x')>\n" +
        'Traceback (most recent call last):\n  File "a.py", line 3, in boom\n    raise ValueError("x")\nValueError: x\n',
    );
  });

  it('waits for the frame holding the task in a local to finish', () => {
    const source = lines(
      ...boom,
      'async def main():',
      '    t = asyncio.create_task(boom())',
      '    await asyncio.sleep(0.01)',
      '    asyncio.get_running_loop().call_soon(bad)',
      '    await asyncio.sleep(0.01)',
      'asyncio.run(main())',
    );

    const result = simulate(source, { filename: 'b.py' });

    expect(headlines(result.stderr)).toEqual(['Exception in callback bad()', 'Task exception was never retrieved']);
  });

  it('logs nothing once the program asked for the exception', () => {
    const source = lines(
      ...boom,
      'async def main():',
      '    t = asyncio.create_task(boom())',
      '    await asyncio.sleep(0.01)',
      '    print(repr(t.exception()))',
      'asyncio.run(main())',
    );

    const result = simulate(source, { filename: 'c.py' });

    expect(result.stdout).toBe("ValueError('x')\n");
    expect(result.stderr).toBe('');
  });
});

describe('collectAtExit', () => {
  const globalHeld = lines(
    ...boom,
    't = None',
    'async def main():',
    '    global t',
    '    t = asyncio.create_task(boom())',
    '    await asyncio.sleep(0.01)',
    'asyncio.run(main())',
    'print("end")',
  );

  it('logs a task a global still holds at shutdown under 3.11', () => {
    const result = simulate(globalHeld, { filename: 'g.py', python: '3.11' });

    expect(result.exitCode).toBe(0);
    expect(headlines(result.stderr)).toEqual(['Task exception was never retrieved']);
  });

  it('logs a task on a reference cycle at the end, under 3.13 too', () => {
    const source = lines(
      'import asyncio',
      'async def boom():',
      '    me = asyncio.current_task()',
      '    raise ValueError("cycle")',
      'async def main():',
      '    asyncio.create_task(boom())',
      '    await asyncio.sleep(0.01)',
      'asyncio.run(main())',
    );

    const result = simulate(source, { filename: 'cycle.py', python: '3.13' });

    expect(result.exitCode).toBe(0);
    expect(headlines(result.stderr)).toEqual(['Task exception was never retrieved']);
  });

  it('refuses it under 3.13, whose logging fails at shutdown', () => {
    const result = simulate(globalHeld, { filename: 'g.py', python: '3.13' });

    expect(result.stdout).toBe('end\n');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/never retrieved, still alive when the interpreter shuts down/);
  });
});
