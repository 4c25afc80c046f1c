/**
 * The properties every fuzzed program must keep: simulate never throws, never reports an
 * internal error (exit 70), finishes within a second, keeps stdout under its limit, and locates
 * its syntax, unsupported-construct and budget errors on a line of the program.
 */
import { simulate } from '../../src/sim/run';

/**
 * 10,000 steps: real lesson programs use a few thousand at most, and a runaway loop reaches
 * the budget in well under a second even on a loaded machine (the default 1,000,000 takes
 * several seconds for a `while True: await asyncio.sleep(0)`), so the 1 s limit tests the
 * simulator, not the budget.
 */
export const FUZZ_OPTIONS = { filename: 'fuzz.py', stepBudget: 10_000, outputLimit: 10_000 };
export const TIME_LIMIT_MS = 1000;

export interface Outcome {
  exit: number | 'throw';
  ms: number;
  problem: string | null;
}

export function check(source: string): Outcome {
  const t0 = performance.now();
  let r;
  try {
    r = simulate(source, FUZZ_OPTIONS);
  } catch (e) {
    const ms = performance.now() - t0;
    return { exit: 'throw', ms, problem: `simulate threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
  const ms = performance.now() - t0;
  const out = { exit: r.exitCode as number, ms, problem: null as string | null };
  if (r.exitCode === 70) out.problem = `exit 70: ${r.stderr.trim()}`;
  else if (![0, 1, 2, 3].includes(r.exitCode)) out.problem = `unknown exit code ${r.exitCode}`;
  else if (ms >= TIME_LIMIT_MS) out.problem = `slow: ${ms.toFixed(0)} ms (exit ${r.exitCode})`;
  else if (r.stdout.length > FUZZ_OPTIONS.outputLimit)
    out.problem = `stdout is ${r.stdout.length} characters, past the ${FUZZ_OPTIONS.outputLimit} limit`;
  else if (r.exitCode === 2 || r.exitCode === 3) {
    // The error comes last: what the program logged before it (a callback's traceback) may precede it.
    const m = [...r.stderr.matchAll(/^fuzz\.py:(\d+):(\d+): \S/gm)].at(-1);
    const lines = source.split(/\r\n|\r|\n/).length;
    if (!m) out.problem = `exit ${r.exitCode} without a FILE:LINE:COL location: ${JSON.stringify(r.stderr.slice(0, 200))}`;
    else if (+m[1] < 1 || +m[1] > lines) out.problem = `exit ${r.exitCode} located at line ${m[1]}, outside the program's ${lines} lines`;
    else if (+m[2] < 1) out.problem = `exit ${r.exitCode} located at column ${m[2]}`;
  } else if (r.exitCode === 1 && !r.stderr.includes('Traceback (most recent call last):'))
    out.problem = `exit 1 without a traceback: ${JSON.stringify(r.stderr.slice(0, 200))}`;
  return out;
}
