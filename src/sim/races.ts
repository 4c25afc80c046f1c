/**
 * Checking an observed output against the orders the simulator allows.
 *
 * The simulator prints one order. Lines whose relative order CPython does not guarantee
 * (asyncio-semantics.md §14) carry a shared `race` id, and each race group is a contiguous run
 * of lines: any permutation of a run is an order CPython may print.
 */
import type { OutputLine } from './types';

/** What the race checks need of a line: its text and its race group. */
export type RaceLine = Pick<OutputLine, 'text' | 'race'>;

/** Splits stdout into lines the way `print` wrote them (a final newline ends the last line). */
export function splitLines(stdout: string): string[] {
  if (stdout === '') return [];
  const parts = stdout.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Contiguous runs: `[start, end)` index pairs of lines that share a race id. */
export function raceRuns(lines: readonly RaceLine[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    const id = lines[i].race;
    let j = i + 1;
    if (id !== null) while (j < lines.length && lines[j].race === id) j++;
    if (j - i > 1) runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** True when `observed` (a whole stdout) is one of the orders `lines` allow. */
export function allowsOrder(lines: readonly RaceLine[], observed: string): boolean {
  const got = splitLines(observed);
  if (got.length !== lines.length) return false;
  let i = 0;
  for (const [start, end] of raceRuns(lines)) {
    for (; i < start; i++) if (got[i] !== lines[i].text) return false;
    const want = lines.slice(start, end).map((l) => l.text).sort();
    const have = got.slice(start, end).sort();
    if (want.some((t, k) => t !== have[k])) return false;
    i = end;
  }
  for (; i < lines.length; i++) if (got[i] !== lines[i].text) return false;
  return true;
}

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

/** How many different outputs the race groups allow (identical lines count once per arrangement). */
export function orderCount(lines: readonly RaceLine[]): number {
  return raceRuns(lines).reduce((n, [a, b]) => n * factorial(b - a), 1);
}

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield items.slice();
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) yield [items[i], ...p];
  }
}

/**
 * Every stdout the race groups allow, the simulator's own first, at most `limit` of them:
 * each race run may come out in any order, independently of the others.
 */
export function allOrders(lines: readonly RaceLine[], limit = 100): string[] {
  const texts = lines.map((l) => l.text);
  const runs = raceRuns(lines);
  const seen = new Set<string>();
  const out: string[] = [];
  const build = (k: number, acc: string[]): void => {
    if (out.length >= limit) return;
    if (k === runs.length) {
      const s = acc.map((t) => t + '\n').join('');
      if (!seen.has(s)) {
        seen.add(s);
        out.push(s);
      }
      return;
    }
    const [a, b] = runs[k];
    for (const p of permutations(texts.slice(a, b))) {
      const next = acc.slice();
      next.splice(a, b - a, ...p);
      build(k + 1, next);
      if (out.length >= limit) return;
    }
  };
  build(0, texts);
  return out;
}
