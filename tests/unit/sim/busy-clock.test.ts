/**
 * The step budget stops runaway programs, not programs CPython finishes quickly: a loop that never
 * waits spends virtual time (runtime/simulation.ts, FREE_BUSY_HANDLES), so a spinner beside a
 * timer reaches the timer, while a loop that never returns to the event loop still stops.
 * Expected outputs are what python3 (CPython 3.11) prints for the same programs.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/run';
import { PLAYGROUND_STEP_BUDGET } from '../../../src/widgets/playground/protocol';

const spinner = (seconds: number): string =>
  [
    'import asyncio',
    '',
    'async def spin():',
    '    while True:',
    '        await asyncio.sleep(0)',
    '',
    'async def main():',
    '    asyncio.create_task(spin())',
    `    await asyncio.sleep(${seconds})`,
    '    print("done")',
    '',
    'asyncio.run(main())',
    '',
  ].join('\n');

describe('a busy loop beside a timer', () => {
  it('runs a sleep(0) spinner beside a 1 s sleep to its end, as CPython does, within the playground budget', () => {
    const r = simulate(spinner(1), { stepBudget: PLAYGROUND_STEP_BUDGET, trace: true, filename: 'spin.py' });

    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('done\n');
  });

  it('prints the line when the timer is due, not before', () => {
    const r = simulate(spinner(1), { stepBudget: PLAYGROUND_STEP_BUDGET });

    expect(r.lines[0].time).toBeGreaterThanOrEqual(1);
    expect(r.lines[0].time).toBeLessThan(1.01);
  });

  it('runs a spinner beside a 5 s sleep to its end under the command line budget', () => {
    expect(simulate(spinner(5)).stdout).toBe('done\n');
  });

  it('stops a spinner that nothing ends, with a located message (exit 3)', () => {
    const source = 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n';

    const r = simulate(source, { stepBudget: PLAYGROUND_STEP_BUDGET, filename: 'spin.py' });

    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/^spin\.py:\d+:\d+: stopped after 300,000 steps: the program may never finish/);
  });

  it('leaves the timestamps of a program that waits as they were: no busy time below the free handles', () => {
    const source = [
      'import asyncio, time',
      '',
      'async def work(n):',
      '    await asyncio.sleep(0.5)',
      '    return n',
      '',
      'async def main():',
      '    start = time.monotonic()',
      '    await asyncio.gather(*(work(i) for i in range(100)))',
      '    print(round(time.monotonic() - start, 3))',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n');

    expect(simulate(source).stdout).toBe('0.5\n');
  });
});

describe('a loop that never returns to the event loop', () => {
  it('stops `while True: pass` at the budget, at its line, within about a second of wall time', () => {
    const start = performance.now();

    const r = simulate('x = 0\nwhile True:\n    pass\n', { stepBudget: PLAYGROUND_STEP_BUDGET, trace: true, filename: 'loop.py' });

    expect(r.exitCode).toBe(3);
    expect(r.stderr.split('\n')[0]).toBe(
      'loop.py:2:1: stopped after 300,000 steps: the program may never finish (an infinite loop?)',
    );
    // About a third of a second on the build machines; twice a second leaves room for a busy one.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
