import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SimError } from '../../../src/sim/python/errors';
import { parse } from '../../../src/sim/python/parse';

const root = join(__dirname, '../../..');

/** What parse() does with a source: a module, a SimError, or (a bug) anything else it threw. */
function outcome(source: string): 'ok' | SimError | unknown {
  try {
    parse(source);
    return 'ok';
  } catch (e) {
    return e;
  }
}

function lessonSources(): string[] {
  const out: string[] = [];
  for (const dir of ['content/programs', 'tests/conformance/programs']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).filter((f) => f.endsWith('.py'));
    } catch {
      continue;
    }
    for (const f of names.sort()) out.push(readFileSync(join(root, dir, f), 'utf8'));
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so the mutations are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Typos of the kind learners make: a character lost, a bracket or quote or colon added. */
function mutate(source: string, rnd: () => number): string {
  const pieces = [
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    ':',
    ',',
    '=',
    ' ',
    '\n',
    '    ',
    '\t',
    '"',
    "'",
    'f"{',
    '#',
    '\\',
    '.',
    '*',
    'not ',
    'await ',
    'return',
    'print ',
    '1',
    'x',
  ];
  let s = source;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rnd() * (s.length + 1));
    if (rnd() < 0.45) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rnd() * 6));
    else s = s.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + s.slice(at);
  }
  return s;
}

describe('parse', () => {
  test.each([
    ['an empty file', ''],
    ['a file of comments and blank lines', '# just a note\n\n   # indented note\n'],
    [
      'CRLF line endings',
      'import asyncio\r\n\r\nasync def main():\r\n    x = 1 + \\\r\n        2\r\n    return x\r\n',
    ],
    ['old Mac line endings', 'x = 1\ry = 2\r'],
    ['a file without a trailing newline', 'x = 1\nif x:\n    y = 2'],
    ['a byte-order mark', '\ufeffprint("hi")\n'],
    ['tab indentation', 'if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n'],
    ['unicode identifiers', 'café = 1\n名前 = café + 1\nprint(名前)\n'],
    ['an emoji in a string', 'print("🐍 ok")\n'],
    ['500 nested unary minus signs', `x = ${'-'.repeat(500)}1\n`],
    ['a 500-term sum', `x = ${'1 + '.repeat(499)}1\n`],
    [
      '99 nested blocks',
      Array.from({ length: 99 }, (_, i) => `${'    '.repeat(i)}if x:\n`).join('') +
        `${'    '.repeat(99)}pass\n`,
    ],
  ])('parses %s', (_name, source) => {
    expect(outcome(source)).toBe('ok');
  });

  test('stops 9,000 nested parentheses where CPython does, not with a stack overflow', () => {
    const error = outcome(`x = ${'('.repeat(9000)}1${')'.repeat(9000)}\n`);

    expect(error).toBeInstanceOf(SimError);
    expect((error as SimError).kind).toBe('syntax');
    expect((error as SimError).message).toBe('too many nested parentheses');
    // CPython's caret is under the 201st bracket, at index 204 of "x = (((…".
    expect((error as SimError).loc).toMatchObject({ line: 1, col: 204 });
  });

  test('counts columns after an emoji in code points, as CPython does', () => {
    const error = outcome('x = "🐍" +\n') as SimError;

    // CPython: offset 10, i.e. column 9, just past `+`.
    expect(error).toBeInstanceOf(SimError);
    expect(error.loc).toMatchObject({ line: 1, col: 9 });
  });

  test('normalizes unicode identifiers as CPython does (NFKC)', () => {
    const m = parse('ﬁle = 1\n');

    expect(m.body[0]).toMatchObject({ kind: 'Assign', targets: [{ kind: 'Name', id: 'file' }] });
  });

  test.each([
    [
      '500 nested parentheses',
      `x = ${'('.repeat(500)}1${')'.repeat(500)}\n`,
      'syntax',
      'too many nested parentheses',
    ],
    [
      '500 nested lists',
      `x = ${'['.repeat(500)}${']'.repeat(500)}\n`,
      'syntax',
      'too many nested parentheses',
    ],
    [
      '100 nested blocks',
      Array.from({ length: 100 }, (_, i) => `${'    '.repeat(i)}if x:\n`).join('') +
        `${'    '.repeat(100)}pass\n`,
      'syntax',
      'too many levels of indentation',
    ],
    [
      '5000 nested unary minus signs',
      `x = ${'-'.repeat(5000)}1\n`,
      'unsupported',
      'not supported by the simulator: code nested more than 1000 levels deep',
    ],
    [
      'a 100000-term sum',
      `x = ${'1+'.repeat(100000)}1\n`,
      'unsupported',
      'not supported by the simulator: code nested more than 1000 levels deep',
    ],
    // Lezer stops a left-associative chain of about 300 operators (see parse-diagnose.ts).
    [
      'a 2000-term sum',
      `x = ${'1 + '.repeat(1999)}1\n`,
      'unsupported',
      'not supported by the simulator: an expression with hundreds of operators in a row',
    ],
    ['a null byte', 'x = 1\ny = "a\0b"\n', 'syntax', 'source code cannot contain null bytes'],
  ])('refuses %s with a SimError, not a stack overflow', (_name, source, kind, message) => {
    const error = outcome(source);

    expect(error).toBeInstanceOf(SimError);
    expect(error).toMatchObject({ kind, message });
  });

  test('throws nothing but SimError for 500 mistyped lesson programs', { timeout: 60_000 }, () => {
    const sources = lessonSources();
    const rnd = random(20240611);
    const crashes: string[] = [];

    for (let i = 0; i < 500; i++) {
      const mutated = mutate(sources[Math.floor(rnd() * sources.length)], rnd);
      const result = outcome(mutated);
      if (result !== 'ok' && !(result instanceof SimError))
        crashes.push(`${String(result)}\n--- source ---\n${mutated}`);
    }

    expect(crashes).toEqual([]);
  });

  test('agrees with CPython on nearly every mistyped lesson program', { timeout: 60_000 }, () => {
    const sources = lessonSources();
    const rnd = random(7);
    const mutated = Array.from({ length: 300 }, () =>
      mutate(sources[Math.floor(rnd() * sources.length)], rnd),
    );
    const script = `
import json, sys, warnings
warnings.simplefilter('ignore')
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, 'f.py', 'exec'); out.append(None)
    except SyntaxError as e:
        out.append([e.msg, e.lineno])
print(json.dumps(out))
`;
    const cpython = JSON.parse(
      execFileSync('python3', ['-c', script], { input: JSON.stringify(mutated), encoding: 'utf8' }),
    ) as ([string, number] | null)[];

    const disagreements: string[] = [];
    mutated.forEach((source, i) => {
      const result = outcome(source);
      const want = cpython[i];
      const got =
        result === 'ok'
          ? null
          : result instanceof SimError && result.kind === 'syntax'
            ? [result.message, result.loc.line]
            : 'refused';
      // A refusal of valid Python is fine; a refusal of invalid Python is not.
      if (got === 'refused' && want === null) return;
      if (JSON.stringify(got) !== JSON.stringify(want))
        disagreements.push(`CPython ${JSON.stringify(want)}, parse() ${JSON.stringify(got)}`);
    });

    // Two errors in one file can still be ordered differently in rare cases; one in fifty at most.
    expect(disagreements.length, disagreements.join('\n')).toBeLessThanOrEqual(6);
  });

  test('parses a 2,000-line program quickly', { timeout: 60_000 }, () => {
    const lessons = lessonSources();
    const parts: string[] = [];
    let lines = 0;
    for (let i = 0; lines < 2000; i++) {
      const s = lessons[i % lessons.length];
      parts.push(s);
      lines += s.split('\n').length;
    }
    const big = parts.join('\n');
    parse(big); // warm up the JIT

    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      parse(big);
      times.push(performance.now() - t0);
    }

    // About 30 ms on an idle machine; the bound leaves room for a loaded CI box and still
    // catches anything quadratic.
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(400);
  });
});
