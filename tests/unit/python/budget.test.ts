/**
 * Hostile programs the fuzzer found: each ends in a Python exception or in a located budget
 * error (exit 3), never in an internal error (exit 70) or a crash of the process.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/run';

const OPTIONS = { filename: 'p.py', stepBudget: 20_000 };

function run(source: string) {
  const r = simulate(source, OPTIONS);
  return { exit: r.exitCode, stdout: r.stdout, first: r.stderr.split('\n')[0], last: r.stderr.trim().split('\n').at(-1) };
}

describe('builtins called wrongly', () => {
  it('raises the TypeError CPython raises for repr() with no argument', () => {
    const r = run('repr()');

    expect(r.exit).toBe(1);
    expect(r.last).toBe('TypeError: repr() takes exactly one argument (0 given)');
  });

  it('raises the TypeError CPython raises for int() with a base and a non-string', () => {
    const r = run('int(1.5, 2)');

    expect(r.exit).toBe(1);
    expect(r.last).toBe("TypeError: int() can't convert non-string with explicit base");
  });

  it('raises ValueError for chr() past the last code point', () => {
    expect(run('chr(10**10)').last).toBe('ValueError: chr() arg not in range(0x110000)');
  });

  it('raises OverflowError for %c and :c past the last code point', () => {
    expect(run('print("%c" % 10**9)').last).toBe('OverflowError: %c arg not in range(0x110000)');
    expect(run('print(format(-1, "c"))').last).toBe('OverflowError: %c arg not in range(0x110000)');
  });

  it('raises what CPython raises for int() with a float base and "%i" of infinity', () => {
    expect(run('int("z", 1e-9)').last).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(run('print("%i" % float("inf"))').last).toBe('OverflowError: cannot convert float infinity to integer');
  });

  it('rounds to zero when asked for more digits than any value has', () => {
    expect(run('print(round(15, -10**20), round(1.5, 10**20))').stdout).toBe('0 1.5\n');
  });
});

describe('values too large for the simulator', () => {
  it('stops a string doubled without end at the line that doubles it', () => {
    const r = run('s = "ab"\nwhile True:\n    s = s + s\n');

    expect(r.exit).toBe(3);
    expect(r.first).toBe('p.py:3:5: stopped: the program built a value too large for the simulator (more than 10,000,000 characters)');
  });

  it('stops a list doubled in place without end', () => {
    const r = run('l = [1]\nwhile True:\n    l += l\n');

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:3:5: stopped/);
  });

  it('stops a list repeated without end', () => {
    const r = run('l = [1]\nfor i in range(100):\n    l = l * 2\n');

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:3:5: stopped/);
  });

  it('refuses a format width of a billion characters', () => {
    const r = run('x = 1\nprint(f"{x:999999999}")');

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:2:1: stopped: the program built a value too large .*characters/);
  });

  it('refuses "x" * 10**9 before building it', () => {
    expect(run('print("x" * 10**9)').first).toMatch(/too large for the simulator \(more than 10,000,000 characters\)/);
  });

  it('stops an int squared without end', () => {
    const r = run('x = 3\nwhile True:\n    x = x * x\n');

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:3:5: stopped: the program built a value too large .*an int of more than/);
  });
});

describe('builtin work charged to the step budget', () => {
  for (const [source, col] of [
    ['x = 1 + sum(range(10**12))', 9],
    ['y = sorted(range(10**7))', 5],
    ['z = list(range(10**9))', 5],
  ] as const) {
    it(`stops ${source} at the call`, () => {
      const t0 = performance.now();

      const r = run(source);

      expect(r.exit).toBe(3);
      expect(r.first).toMatch(new RegExp(`^p\\.py:1:${col}: stopped`));
      expect(performance.now() - t0).toBeLessThan(5_000);
    });
  }

  it('stops a million tasks at the budget', () => {
    const r = run('import asyncio\nasync def f(): pass\nasync def main():\n    for i in range(10**6):\n        asyncio.create_task(f())\nasyncio.run(main())\n');

    expect(r.exit).toBe(3);
  });

  it('is not swallowed by a `continue` in `finally` inside an endless loop', () => {
    // In a task, this loop's statements fell so that every 16th, the one that counts a step,
    // was inside the `try`: the simulator hung here until `finally` stopped swallowing the stop.
    const r = run(
      'import asyncio\nasync def w():\n    while True:\n        try:\n            global x\n        finally:\n            continue\n' +
        'async def main():\n    asyncio.create_task(w())\nasyncio.run(main())\n',
    );

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:\d+:\d+: stopped after 20,000 steps/);
  });

  it('does not run the program\'s `finally` when it stops, which CPython would never reach', () => {
    const r = run('def f():\n    try:\n        while True:\n            pass\n    finally:\n        print("cleanup")\n        return 1\nprint(f())\n');

    expect(r.exit).toBe(3);
    expect(r.stdout).toBe('');
  });

  // Each prints every 100th turn; the last number printed is how far the loop got.
  const turns = (stdout: string) => Number(stdout.trim().split('\n').at(-1));

  it('charges the items of a list display, so a loop that builds one stops as soon as the work says', () => {
    const r = run(
      'i = 0\nwhile True:\n    i += 1\n    if i % 100 == 0:\n        print(i)\n' +
        '    vals = [(1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e"), (6, "f"), (7, "g"), (8, "h"), (9, "i"), (10, "j")]\n',
    );

    expect(r.exit).toBe(3);
    // 30 items and 5 statements a turn: about 2.2 steps, so 20,000 steps last about 9,000 turns.
    expect(turns(r.stdout)).toBeGreaterThan(5_000);
    expect(turns(r.stdout)).toBeLessThan(12_000);
  });

  it('charges a step for each exception a try catches', () => {
    const r = run('i = 0\nwhile True:\n    i += 1\n    if i % 100 == 0:\n        print(i)\n    try:\n        [].index(1)\n    except ValueError:\n        pass\n');

    expect(r.exit).toBe(3);
    expect(turns(r.stdout)).toBeGreaterThan(8_000);
    expect(turns(r.stdout)).toBeLessThan(20_000);
  });

  it('points a runaway loop at the statement it runs, not at column 1', () => {
    expect(run('while True:\n    x = 1\n').first).toMatch(/^p\.py:2:5: stopped after 20,000 steps/);
  });
});

describe('deep nesting', () => {
  it('says "too many nested parentheses" past 200, as CPython does', () => {
    const r = run(`x = ${'('.repeat(300)}1${')'.repeat(300)}`);

    expect(r.exit).toBe(2);
    expect(r.first).toMatch(/too many nested parentheses/);
  });

  it('parses 199 nested lists quickly', () => {
    const t0 = performance.now();

    const r = run(`x = ${'['.repeat(199)}1${']'.repeat(199)}\nprint(len(x))`);

    expect(r.stdout).toBe('1\n');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('strings that grow by escaping', () => {
  it('stops n = f"v={n!r}" in a loop at the budget, located, instead of growing without end', () => {
    const r = run('n = 0\nwhile True:\n    n = f"v={n!r}"\n');

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:3:\d+: stopped/);
  });

  it('stops x = repr([x, x]) in a loop, located', () => {
    const r = run('x = "\'\\""\nwhile True:\n    x = repr([x, x])\n');

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:3:\d+: stopped/);
  });
});
