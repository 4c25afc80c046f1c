/**
 * Output that CPython does not fix: a program that draws random numbers without seeding prints
 * different numbers on every CPython run. The simulator draws one such run and says so with a
 * note the result carries (SimResult.varying), located at the first unseeded draw, rather than
 * presenting that one run as the answer.
 */
import type { Loc } from '../python/ast';

export interface VaryingNote {
  /** What varies: `random` for numbers drawn without a seed. One note per kind and run. */
  kind: string;
  /** 1-based line and 0-based column, as in `Loc`. */
  line: number;
  col: number;
  message: string;
}

const notes = new WeakMap<object, VaryingNote[]>();

/** Notes the first time a kind of variation shows in a run; later ones of that kind add nothing. */
export function noteVarying(run: object, kind: string, at: Loc | null, message: string): void {
  let list = notes.get(run);
  if (!list) notes.set(run, (list = []));
  if (list.some((n) => n.kind === kind)) return;
  list.push({ kind, line: at?.line ?? 0, col: at?.col ?? 0, message });
}

export function varyingNotes(run: object): VaryingNote[] {
  return notes.get(run) ?? [];
}
