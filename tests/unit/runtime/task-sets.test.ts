/**
 * Orders CPython takes from a set of tasks (src/sim/runtime/task-sets.ts, rulebook §16): the
 * simulator prints one of them and marks what depends on it as a race, never as certain.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import { orderCount } from '../../../src/sim/races';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('iterating all_tasks()', () => {
  it('makes the lines printed from the set one race group, with a note at the loop', () => {
    const source = lines(
      'import asyncio',
      'async def idle():',
      '    await asyncio.sleep(1)',
      'async def main():',
      '    for i in range(2):',
      '        asyncio.create_task(idle(), name=f"t{i}")',
      '    for t in asyncio.all_tasks():',
      '        print(t.get_name())',
      '    for t in asyncio.all_tasks():',
      '        t.cancel()',
      'asyncio.run(main())',
    );

    const result = simulate(source, { filename: 'tasks.py' });

    expect(result.stdout).toBe('Task-1\nt0\nt1\n');
    expect(orderCount(result.lines)).toBe(6n);
    expect(result.varying?.map((n) => [n.kind, n.line])).toEqual([['set-order', 7]]);
  });

  it('leaves a single task set certain', () => {
    const source = lines('import asyncio', 'async def main():', '    for t in asyncio.all_tasks():', '        print(t.get_name())', 'asyncio.run(main())');

    const result = simulate(source, { filename: 'one.py' });

    expect(orderCount(result.lines)).toBe(1n);
    expect(result.varying).toBeUndefined();
  });
});

describe('as_completed of coroutines', () => {
  it('races the start lines but keeps the completion order of different delays certain', () => {
    const source = lines(
      'import asyncio',
      'async def job(n):',
      '    print("start", n)',
      '    await asyncio.sleep(0.01 * n)',
      '    return n',
      'async def main():',
      '    for f in asyncio.as_completed([job(3), job(1), job(2)]):',
      '        print("got", await f)',
      'asyncio.run(main())',
    );

    const result = simulate(source, { filename: 'ac.py' });

    expect(result.lines.slice(3).map((l) => [l.text, l.race])).toEqual([
      ['got 1', null],
      ['got 2', null],
      ['got 3', null],
    ]);
    expect(orderCount(result.lines)).toBe(6n);
  });

  it('races the results too when equal sleeps wake in one turn', () => {
    const source = lines(
      'import asyncio',
      'async def job(n):',
      '    await asyncio.sleep(0.01)',
      '    print("woke", n)',
      'async def main():',
      '    for f in asyncio.as_completed([job(1), job(2)]):',
      '        await f',
      'asyncio.run(main())',
    );

    const result = simulate(source, { filename: 'eq.py' });

    expect(orderCount(result.lines)).toBe(2n);
  });
});

describe('a repr CPython prints with a path of its own installation', () => {
  it('is refused at its line, not printed without the path', () => {
    const source = lines('import asyncio', 'async def main():', '    print(asyncio.current_task())', 'asyncio.run(main())');

    const result = simulate(source, { filename: 'me.py' });

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^me\.py:3:\d+: not supported by the simulator: the repr of a future whose callbacks include one of asyncio's own functions/);
  });
});
