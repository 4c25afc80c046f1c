/**
 * Mutations of real programs: the conformance suite's and the lessons'. A learner editing a
 * lesson in the playground produces exactly this kind of near-miss: a deleted or duplicated
 * line, a broken indent, a stray token, another number or name, a half-typed file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { GARBAGE_TOKENS } from './grammar';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIRS = ['tests/conformance/programs', 'content/programs'];

export interface Seed {
  file: string;
  source: string;
}

export const seeds: Seed[] = DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => ({ file: `${d}/${f}`, source: readFileSync(join(ROOT, d, f), 'utf8') })),
);

const NUMBERS = ['0', '-1', '1', '2', '0.0', '1e-9', '10**9', '1e308', 'float("inf")', '100000', '3', '0.5', '10**100', '""', 'None'];
const NAMES = ['main', 'asyncio', 'loop', 'task', 't', 'x', 'print', 'self', 'await', 'None', 'q', 'lock', 'result', 'worker', 'fut'];

type Op =
  | { kind: 'delete'; a: number }
  | { kind: 'duplicate'; a: number; times: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'indent'; a: number; by: number }
  | { kind: 'token'; a: number; col: number; tok: string }
  | { kind: 'number'; a: number; to: string }
  | { kind: 'name'; a: number; to: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'wrapLoop'; a: number; head: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), a: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), a: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), a: fc.nat(), by: fc.constantFrom(-4, -1, 1, 2, 4, 8) }),
  fc.record({ kind: fc.constant('token' as const), a: fc.nat(), col: fc.nat(), tok: fc.constantFrom(...GARBAGE_TOKENS) }),
  fc.record({ kind: fc.constant('number' as const), a: fc.nat(), to: fc.constantFrom(...NUMBERS) }),
  fc.record({ kind: fc.constant('number' as const), a: fc.nat(), to: fc.constantFrom(...NUMBERS) }),
  fc.record({ kind: fc.constant('name' as const), a: fc.nat(), to: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('wrapLoop' as const), a: fc.nat(), head: fc.constantFrom('while True:', 'for _ in range(10**6):', 'for _ in range(3):') }),
);

function apply(src: string, o: Op): string {
  const lines = src.split('\n');
  const n = lines.length;
  const k = 'a' in o ? o.a % n : 0;
  switch (o.kind) {
    case 'delete':
      lines.splice(k, 1);
      break;
    case 'duplicate':
      lines.splice(k, 0, ...Array(o.times).fill(lines[k]));
      break;
    case 'swap': {
      const j = o.b % n;
      [lines[k], lines[j]] = [lines[j], lines[k]];
      break;
    }
    case 'indent':
      lines[k] = o.by > 0 ? ' '.repeat(o.by) + lines[k] : lines[k].slice(-o.by);
      break;
    case 'token': {
      const c = o.col % (lines[k].length + 1);
      lines[k] = lines[k].slice(0, c) + o.tok + lines[k].slice(c);
      break;
    }
    case 'number': {
      let seen = 0;
      const hits = [...src.matchAll(/\b\d+(\.\d+)?\b/g)];
      if (!hits.length) break;
      const pick = o.a % hits.length;
      return src.replace(/\b\d+(\.\d+)?\b/g, (m) => (seen++ === pick ? o.to : m));
    }
    case 'name': {
      let seen = 0;
      const hits = [...src.matchAll(/\b[A-Za-z_]\w*\b/g)];
      if (!hits.length) break;
      const pick = o.a % hits.length;
      return src.replace(/\b[A-Za-z_]\w*\b/g, (m) => (seen++ === pick ? o.to : m));
    }
    case 'truncate':
      return src.slice(0, o.at % (src.length + 1));
    case 'wrapLoop': {
      const ind = /^\s*/.exec(lines[k])![0];
      lines.splice(k, 1, ind + o.head, '    ' + lines[k]);
      break;
    }
  }
  return lines.join('\n');
}

/** One seed program with one to four mutations applied in turn. */
export const mutated: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(op, { minLength: 1, maxLength: 4 }))
  .map(([i, ops]) => ops.reduce(apply, seeds[i].source));
