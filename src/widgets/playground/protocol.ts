/** Messages between the playground and its worker (worker.ts). */
import type { PythonVersion } from '../../sim/versions';
import type { Printed } from '../version-differences';
import type { Problem } from './problem';

/**
 * The playground's step budget (the command line's is 1,000,000). Every lesson program needs far
 * less; `while True: pass` stops at it in about a third of a second, before a runaway's trace can
 * fill the tab's memory; and a loop of `await asyncio.sleep(0)` beside a 1 s sleep, which the
 * simulator's busy clock (runtime/simulation.ts, FREE_BUSY_HANDLES) brings to the timer in about
 * 160,000 steps, runs to its end as under CPython.
 */
export const PLAYGROUND_STEP_BUDGET = 300_000;

/** Run a program under one version, with its trace, to show it. */
export interface RunRequest {
  kind: 'run';
  id: number;
  source: string;
  file: string;
  python: PythonVersion;
}

/** Run a program under other versions, without a trace, only to compare what they print. */
export interface PrintedRequest {
  kind: 'printed';
  id: number;
  source: string;
  file: string;
  versions: PythonVersion[];
}

export type WorkerRequest = RunRequest | PrintedRequest;

export interface RunReply {
  id: number;
  exitCode: number;
  stdout: string;
  stderr: string;
  problem: Problem | null;
  /** `JSON.stringify(CompactProgram)` and `JSON.stringify(TraceEvent[])`, when the run can be shown. */
  program: string | null;
  trace: string | null;
}

export interface PrintedReply {
  id: number;
  printed: Partial<Record<PythonVersion, Printed>>;
}
