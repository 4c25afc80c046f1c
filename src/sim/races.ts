/**
 * Checking an observed output against the orders the simulator allows.
 *
 * The simulator prints one order. Lines whose relative order CPython does not guarantee
 * (asyncio-semantics.md §14) carry a shared `race` id, and each race group is a contiguous run
 * of lines: any permutation of a run is an order CPython may print.
 */
import type { OutputLine } from './types';

/** Splits stdout into lines the way `print` wrote them (a final newline ends the last line). */
export function splitLines(stdout: string): string[] {
  if (stdout === '') return [];
  const parts = stdout.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Contiguous runs: `[start, end)` index pairs of lines that share a race id. */
export function raceRuns(lines: readonly OutputLine[]): Array<[number, number]> {
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
export function allowsOrder(lines: readonly OutputLine[], observed: string): boolean {
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
