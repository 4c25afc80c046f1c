/**
 * Whether, and how, a program prints differently under the versions learners can choose: the
 * comparison behind the "on 3.11 this prints …" note (VersionNote.tsx). The build makes it for
 * lesson programs (src/components/version-runs.ts); the playground makes it for an edit, after
 * its worker has run the edit under the other versions.
 */
import { OFFERED_VERSIONS, type OfferedVersion } from './python-version';

/** What one run of a program printed. */
export interface Printed {
  stdout: string;
  stderr: string;
}

/** Other versions whose run printed something else than `current`'s, grouped by what they printed. */
export interface Difference {
  versions: OfferedVersion[];
  printed: Printed;
  /** Which of the two streams differ from the version shown (at least one does). */
  stdout: boolean;
  stderr: boolean;
}

/**
 * The versions that print differently from `current`, newest first, those that print the same
 * thing as one another in one group ("on 3.12 and 3.11 this prints …"). A version with no run
 * (`undefined`) is left out.
 */
export function differencesFrom(
  runs: Partial<Record<OfferedVersion, Printed>>,
  current: OfferedVersion,
): Difference[] {
  const mine = runs[current];
  if (!mine) return [];
  const out: Difference[] = [];
  for (const v of OFFERED_VERSIONS) {
    const run = runs[v];
    if (v === current || !run || samePrinted(run, mine)) continue;
    const group = out.find((d) => samePrinted(d.printed, run));
    if (group) group.versions.push(v);
    else out.push({ versions: [v], printed: run, stdout: run.stdout !== mine.stdout, stderr: run.stderr !== mine.stderr });
  }
  return out;
}

export function samePrinted(a: Printed, b: Printed): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr;
}
