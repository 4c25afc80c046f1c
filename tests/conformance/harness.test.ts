import { describe, expect, test } from 'vitest';
import { createPool, deprecations, describeDifference, lastLine, metadataLine, parseHeader, parseLessonManifest, runsUnder, subsetViolations } from './harness';

describe('parseHeader', () => {
  test('reads the rule from the first comment line of a deterministic program', () => {
    const header = parseHeader('# Rule: sleep(0) yields once.\nimport asyncio\n');

    expect(header).toEqual({ rule: 'Rule: sleep(0) yields once.', racyRuns: null });
  });

  test('reads the number of CPython runs of a racy program', () => {
    const header = parseHeader('# Rule: threads race.\n# conformance: racy runs=8\nimport asyncio\n');

    expect(header.racyRuns).toBe(8);
  });

  test('refuses a program whose first line is not a comment', () => {
    expect(() => parseHeader('import asyncio\n')).toThrow(/first line must be a comment/);
  });

  test('refuses a misspelt racy marker instead of treating the program as deterministic', () => {
    expect(() => parseHeader('# Rule: x\n# conformance: racy 8\n')).toThrow(/malformed marker/);
  });
});

describe('subsetViolations', () => {
  test('accepts the three imports the simulator supports', () => {
    const source = 'import asyncio\nimport time\nfrom concurrent.futures import ThreadPoolExecutor\n';

    expect(subsetViolations(source)).toEqual([]);
  });

  test('names an import outside the subset with its line', () => {
    expect(subsetViolations('import asyncio\nimport threading\n')).toEqual([
      'line 2: "import threading" (only asyncio, time and ThreadPoolExecutor may be imported)',
    ]);
  });

  test('flags metaclasses and match statements in code but not inside strings', () => {
    const code = 'class A(metaclass=M):\n    pass\n@d\ndef f():\n    yield 1\nmatch x:\n    case 1:\n        pass\n';

    expect(subsetViolations(code)).toEqual(['uses class keyword arguments (metaclass=...)', 'uses match statements']);
    expect(subsetViolations('print("main: class A(metaclass=M): match x:")  # match x:\n')).toEqual([]);
  });
});

describe('describeDifference', () => {
  test('returns null when the outputs are equal', () => {
    expect(describeDifference('a\nb\n', 'a\nb\n')).toBeNull();
  });

  test('points at the first differing line with both versions quoted and the lines before it', () => {
    const message = describeDifference('one\ntwo\nthree\nfour\n', 'one\ntwo\nthree\nFOUR\n');

    expect(message).toBe(
      [
        'stdout differs at line 4:',
        '     2  "two"',
        '     3  "three"',
        '  CPython:   "four"',
        '  simulator: "FOUR"',
        '(CPython printed 4 lines, simulator 4)',
      ].join('\n'),
    );
  });

  test('says which side ran out of output', () => {
    expect(describeDifference('a\nb\n', 'a\n')).toContain('simulator: (no more output)');
  });

  test('reports a difference that is only the final newline', () => {
    expect(describeDifference('a\n', 'a')).toMatch(/^stdout differs only in its final newline/);
  });
});

describe('lastLine', () => {
  test('returns the exception line at the end of a traceback', () => {
    const stderr = 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\nValueError: boom\n\n';

    expect(lastLine(stderr)).toBe('ValueError: boom');
  });
});

describe('createPool', () => {
  test('never runs more jobs at once than its limit, and runs them all', async () => {
    const run = createPool(2);
    let active = 0;
    let peak = 0;
    const job = async (i: number) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      return i;
    };

    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => run(() => job(i))));

    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  test('hurry moves the named waiting jobs to the front of the queue', async () => {
    const run = createPool(1);
    const started: string[] = [];
    const job = (name: string) => async () => {
      started.push(name);
      await new Promise((r) => setTimeout(r, 1));
    };
    const all = ['a', 'b', 'c', 'd'].map((name) => run(job(name), name));
    run.hurry('d');

    await Promise.all(all);

    expect(started).toEqual(['a', 'd', 'b', 'c']);
  });

  test('jobs hurried one after another run in the order they were hurried', async () => {
    const run = createPool(1);
    const started: string[] = [];
    const job = (name: string) => async () => {
      started.push(name);
      await new Promise((r) => setTimeout(r, 1));
    };
    const all = ['a', 'b', 'c', 'd', 'e'].map((name) => run(job(name), name));
    for (const name of ['b', 'c', 'e']) run.hurry(name);

    await Promise.all(all);

    expect(started).toEqual(['a', 'b', 'c', 'e', 'd']);
  });
});

describe('deprecations', () => {
  test('keeps DeprecationWarning lines with the file reduced to its name, and nothing else', () => {
    const stderr =
      '/home/x/prog.py:5: DeprecationWarning: There is no current event loop\n  loop = asyncio.get_event_loop()\n' +
      'prog.py:9: RuntimeWarning: coroutine was never awaited\n';

    expect(deprecations(stderr)).toEqual(['prog.py:5: DeprecationWarning: There is no current event loop']);
  });
});

describe('parseHeader: python>=', () => {
  test('reads the oldest Python a program needs', () => {
    expect(parseHeader('# Rule: eager tasks.\n# conformance: python>=3.12\n').minPython).toBe('3.12');
  });

  test('refuses a version the simulator does not model', () => {
    expect(() => parseHeader('# Rule: x\n# conformance: python>=3.9\n')).toThrow(/python>=3.9/);
  });
});

describe('runsUnder', () => {
  test('runs a program everywhere unless it names an oldest Python', () => {
    expect(runsUnder({ rule: 'x', racyRuns: null }, '3.11')).toBe(true);
    expect(runsUnder({ rule: 'x', racyRuns: null, minPython: '3.12' }, '3.11')).toBe(false);
    expect(runsUnder({ rule: 'x', racyRuns: null, minPython: '3.12' }, '3.13')).toBe(true);
  });
});

describe('parseLessonManifest', () => {
  test('reads a racy lesson program and leaves the others to the defaults', () => {
    const manifest = parseLessonManifest({ 'seed.py': { rule: 'threads race', racyRuns: 8 } }, ['seed.py', 'hello.py']);

    expect(manifest.get('seed.py')).toEqual({ rule: 'threads race', racyRuns: 8 });
    expect(manifest.has('hello.py')).toBe(false);
  });

  test('refuses an entry for a program that does not exist, so a rename cannot drop it silently', () => {
    expect(() => parseLessonManifest({ 'old-name.py': { rule: 'x', racyRuns: 8 } }, ['new-name.py'])).toThrow(/old-name\.py, which is not a lesson program/);
  });

  test('refuses a misspelt field instead of treating the program as deterministic', () => {
    expect(() => parseLessonManifest({ 'seed.py': { rule: 'x', racy: 8 } }, ['seed.py'])).toThrow(/unknown fields racy/);
  });

  test('refuses a number of runs outside 2 to 50', () => {
    expect(() => parseLessonManifest({ 'seed.py': { rule: 'x', racyRuns: 1 } }, ['seed.py'])).toThrow(/between 2 and 50/);
  });
});

describe('metadataLine', () => {
  test('finds a conformance marker or a rule line anywhere in a lesson program', () => {
    expect(metadataLine('import asyncio\n# conformance: racy runs=8\n')).toBe('# conformance: racy runs=8');
    expect(metadataLine('# Rule: threads race\nimport asyncio\n')).toBe('# Rule: threads race');
  });

  test('returns null for a program with only ordinary comments', () => {
    expect(metadataLine('import asyncio\n# wait for both\n')).toBeNull();
  });
});
