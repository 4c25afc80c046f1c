/**
 * How a hostile program's two runs compare: CPython 3.11 (the oracle) and the simulator. Pure
 * functions, shared by the hostile suite (`hostile.test.ts`) and the fuzzer's differential mode
 * (`tests/fuzz/differential.ts`); `classify.test.ts` tests them.
 */
import { lastLine } from '../conformance/harness';

/**
 * - exact: the same stdout and exit status (for a failing exit, the same last line of stderr);
 * - refused: the simulator declined with a located `FILE:LINE:COL: message` (exit 2);
 * - stopped: the simulator stopped cleanly (exit 3, located) where CPython runs on, or at its
 *   documented output cap, having printed the beginning of what CPython prints;
 * - wrong: anything else, a silent wrong answer;
 * - crash: an internal error (exit 70), a thrown error, a hang or a dead worker.
 */
export type Verdict = 'exact' | 'refused' | 'stopped' | 'wrong' | 'crash';
export const VERDICTS: readonly Verdict[] = ['exact', 'refused', 'stopped', 'wrong', 'crash'];

/** What CPython did: finished with an exit status, or was still running at the time limit. */
export type OracleRun = { ranOn: false; stdout: string; stderr: string; exitCode: number } | { ranOn: true };

/** What the simulator did, or how running it failed (a throw, a hang, a dead worker). */
export type SimRun = { ok: true; stdout: string; stderr: string; exitCode: number } | { ok: false; problem: string };

export interface Classified {
  verdict: Verdict;
  /** Why, in a line or a few: the first difference, or the simulator's message. */
  detail: string;
}

/** True when the last located message on stderr names a line and column of `file`. */
export function isLocated(stderr: string, file: string, source: string): boolean {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = [...stderr.matchAll(new RegExp(`^${escaped}:(\\d+):(\\d+): \\S`, 'gm'))].at(-1);
  if (!m) return false;
  const lines = source.split(/\r\n|\r|\n/).length;
  return +m[1] >= 1 && +m[1] <= lines && +m[2] >= 1;
}

/**
 * True when the simulator stopped at its output cap (exit 3, "printed more than N characters"),
 * having printed the beginning of what CPython prints, and CPython printed more.
 */
export function stoppedAtOutputCap(py: { stdout: string }, sim: { exitCode: number; stdout: string; stderr: string }): boolean {
  return (
    sim.exitCode === 3 &&
    /: stopped: the program printed more than [\d,]+ characters/.test(sim.stderr) &&
    py.stdout.length > sim.stdout.length &&
    py.stdout.startsWith(sim.stdout)
  );
}

/** Where two texts first part, as one line a person can act on. */
export function firstDifference(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && i < got.length && expected[i] === got[i]) i++;
  const line = expected.slice(0, i).split('\n').length;
  const start = expected.lastIndexOf('\n', i - 1) + 1;
  const clip = (s: string, from: number) => {
    const end = s.indexOf('\n', from);
    const text = s.slice(from, end < 0 ? undefined : end);
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  };
  return `stdout line ${line}: CPython ${clip(expected, start)}, simulator ${clip(got, got.lastIndexOf('\n', i - 1) + 1)}`;
}

/** Sorts one program's two runs into a verdict. `file` is the name the simulator was given. */
export function classify(py: OracleRun, sim: SimRun, file: string, source: string): Classified {
  if (!sim.ok) return { verdict: 'crash', detail: sim.problem };
  // A program's own SystemExit(n) may end with any status, the simulator's 2, 3 and 70 among
  // them: the same status, stdout and last line of stderr as CPython's is exact whatever it is.
  if (!py.ranOn && sameEnding(py, sim)) return { verdict: 'exact', detail: '' };
  if (sim.exitCode === 70) return { verdict: 'crash', detail: `exit 70: ${lastLine(sim.stderr)}` };
  if (!Number.isInteger(sim.exitCode) || sim.exitCode < 0 || sim.exitCode > 255) {
    return { verdict: 'crash', detail: `unknown exit code ${sim.exitCode}` };
  }
  if (sim.exitCode === 2) {
    return isLocated(sim.stderr, file, source)
      ? { verdict: 'refused', detail: lastLocated(sim.stderr) }
      : { verdict: 'wrong', detail: `exit 2 without a FILE:LINE:COL location: ${lastLine(sim.stderr)}` };
  }
  if (py.ranOn) {
    if (sim.exitCode === 3 && isLocated(sim.stderr, file, source)) return { verdict: 'stopped', detail: lastLocated(sim.stderr) };
    return { verdict: 'wrong', detail: `CPython runs on past the time limit; the simulator ended with exit ${sim.exitCode}` };
  }
  if (stoppedAtOutputCap(py, sim) && isLocated(sim.stderr, file, source)) {
    return { verdict: 'stopped', detail: 'stopped at the output cap, where CPython goes on printing' };
  }
  const problems: string[] = [];
  if (py.stdout !== sim.stdout) problems.push(firstDifference(py.stdout, sim.stdout));
  if (py.exitCode !== sim.exitCode) {
    problems.push(`exit status: CPython ${py.exitCode}, simulator ${sim.exitCode}${sim.exitCode ? ` (${lastLine(sim.stderr)})` : ''}`);
  } else if (py.exitCode !== 0 && ending(py.stderr) !== ending(sim.stderr)) {
    problems.push(`last line of stderr: CPython ${JSON.stringify(lastLine(py.stderr))}, simulator ${JSON.stringify(lastLine(sim.stderr))}`);
  }
  if (problems.length === 0) return { verdict: 'exact', detail: '' };
  return { verdict: 'wrong', detail: problems.join('; ') };
}

function sameEnding(py: { stdout: string; stderr: string; exitCode: number }, sim: { stdout: string; stderr: string; exitCode: number }): boolean {
  return py.stdout === sim.stdout && py.exitCode === sim.exitCode && (py.exitCode === 0 || ending(py.stderr) === ending(sim.stderr));
}

/**
 * The last line of stderr with object addresses masked: `<function main at 0x7f…>` names a
 * place in memory, which differs between two CPython runs as much as from the simulator's.
 */
function ending(stderr: string): string {
  return lastLine(stderr).replace(/\b0x[0-9a-f]{6,}\b/g, '0x…');
}

function lastLocated(stderr: string): string {
  const located = stderr.split('\n').filter((l) => /^\S.*:\d+:\d+: /.test(l));
  return located.at(-1) ?? lastLine(stderr);
}

/** Counts by verdict, every verdict present, in a fixed order. */
export function countVerdicts(verdicts: Iterable<Verdict>): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const v of verdicts) counts[v]++;
  return counts;
}
