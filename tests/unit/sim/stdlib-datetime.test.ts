/**
 * datetime and time.ctime on the simulated wall clock. What does not depend on the clock is
 * compared with CPython by tests/conformance/programs/313_datetime.py; here, what does: local
 * time (the simulated machine keeps UTC, so CPython runs with TZ=UTC) and the virtual clock.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/index';

function cpythonInUtc(source: string): string {
  const r = spawnSync('python3', ['-c', source], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  if (r.error) throw new Error(`python3 is needed for these tests: ${r.error.message}`);
  return r.stdout;
}

describe('local time from a timestamp', () => {
  it('prints what CPython prints on a machine that keeps UTC', () => {
    const source = [
      'import time',
      'from datetime import datetime',
      'print(time.ctime(0), time.ctime(1e9), time.ctime(1767603600.9))',
      'print(datetime.fromtimestamp(0), repr(datetime.fromtimestamp(1767603600.25)))',
      'print(datetime(2026, 1, 5, 9, 0).timestamp(), datetime(1970, 1, 1, 0, 0, 1).timestamp())',
      '',
    ].join('\n');

    expect(simulate(source).stdout).toBe(cpythonInUtc(source));
  });
});

describe('the wall clock', () => {
  const source = `import asyncio
import time
from datetime import date, datetime

async def main():
    print(datetime.now())
    await asyncio.sleep(1.5)
    print(datetime.now(), date.today())
    print(time.ctime(), abs(datetime.now().timestamp() - time.time()) < 1e-6)

asyncio.run(main())
`;

  it('starts at the simulated clock and moves with asyncio.sleep, as time.time() does', () => {
    const lines = simulate(source).stdout.split('\n');

    expect(lines[0]).toBe('2026-01-05 09:00:00');
    // The loop's own steps cost a little virtual time beyond the 1.5 s sleep.
    expect(lines[1]).toMatch(/^2026-01-05 09:00:01\.50\d{4} 2026-01-05$/);
    expect(lines[2]).toBe('Mon Jan  5 09:00:01 2026 True');
  });

  it('marks the run as varying, since CPython prints the real date and time', () => {
    const result = simulate(source, { filename: 'clock.py' });

    expect(result.varying).toEqual([
      {
        kind: 'clock',
        line: 6,
        col: 10,
        message:
          'datetime.datetime.now() reads the wall clock: CPython prints the real date and time, the simulator its own clock, which starts at 2026-01-05 09:00:00',
      },
    ]);
  });

  it('leaves a run that only builds dates from numbers unmarked', () => {
    const result = simulate('from datetime import datetime\nprint(datetime(2024, 2, 29).weekday())\n');

    expect(result.stdout).toBe('3\n');
    expect(result.varying).toBeUndefined();
  });
});
