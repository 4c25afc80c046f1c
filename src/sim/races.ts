/**
 * Checking an observed output against the orders the simulator allows.
 *
 * The simulator prints one order. Lines whose relative order CPython does not guarantee
 * (src/sim/runtime/README.md §14) carry a shared `race` id, and each race group is a contiguous run
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

function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2n; i <= BigInt(n); i++) f *= i;
  return f;
}

/**
 * How many different outputs the race groups allow, exactly: a run of n lines has n! orders,
 * divided by k! for each text that appears k times in it (swapping two equal lines changes
 * nothing a learner can see).
 */
export function orderCount(lines: readonly RaceLine[]): bigint {
  let count = 1n;
  for (const [a, b] of raceRuns(lines)) {
    const copies = new Map<string, number>();
    for (let i = a; i < b; i++) copies.set(lines[i].text, (copies.get(lines[i].text) ?? 0) + 1);
    let run = factorial(b - a);
    for (const k of copies.values()) run /= factorial(k);
    count *= run;
  }
  return count;
}

/** A count for people: exact up to 15 digits, then `about 2.6e+27` style. */
export function describeCount(n: bigint): string {
  const digits = n.toString();
  if (digits.length <= 15) return digits;
  return `about ${digits[0]}.${digits.slice(1, 3)}e+${digits.length - 1}`;
}

/**
 * Rearranges `items` into the next order in lexicographic order, in place, as C++'s
 * next_permutation does; false once it was the last. Equal items are never swapped with each
 * other, so a list with repeats yields each distinct order once.
 */
function nextPermutation(items: string[]): boolean {
  let i = items.length - 2;
  while (i >= 0 && items[i] >= items[i + 1]) i--;
  if (i < 0) return false;
  let j = items.length - 1;
  while (items[j] <= items[i]) j--;
  [items[i], items[j]] = [items[j], items[i]];
  for (let l = i + 1, r = items.length - 1; l < r; l++, r--) [items[l], items[r]] = [items[r], items[l]];
  return true;
}

/** The distinct orders of one race run, the simulator's own first; lazily, as a run may be huge. */
function* arrangements(texts: readonly string[]): Generator<string[]> {
  yield texts.slice();
  const order = texts.slice().sort();
  do {
    if (order.some((t, i) => t !== texts[i])) yield order.slice();
  } while (nextPermutation(order));
}

/**
 * Every stdout the race groups allow, the simulator's own first, at most `limit` of them:
 * each race run may come out in any order, independently of the others. The runs are counted
 * through like an odometer, the last run fastest; nothing recurses, so thousands of runs, or a
 * run of thousands of lines, cost only the orders asked for.
 */
export function allOrders(lines: readonly RaceLine[], limit = 100): string[] {
  const texts = lines.map((l) => l.text);
  const runs = raceRuns(lines);
  const sources = runs.map(([a, b]) => arrangements(texts.slice(a, b)));
  const seen: string[][][] = runs.map(() => []);
  const arrangement = (k: number, i: number): string[] | undefined => {
    while (seen[k].length <= i) {
      const next = sources[k].next();
      if (next.done) return undefined;
      seen[k].push(next.value);
    }
    return seen[k][i];
  };
  const at = runs.map(() => 0);
  const out: string[] = [];
  while (out.length < limit) {
    const order = texts.slice();
    runs.forEach(([a, b], k) => order.splice(a, b - a, ...(arrangement(k, at[k]) ?? [])));
    out.push(order.map((t) => t + '\n').join(''));
    let k = runs.length - 1;
    for (; k >= 0; k--) {
      at[k]++;
      if (arrangement(k, at[k])) break;
      at[k] = 0;
    }
    if (k < 0) break;
  }
  return out;
}
