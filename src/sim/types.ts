/**
 * What a simulation run returns. Widgets, the CLI and the conformance suite consume only this.
 */
import type { TraceEvent } from './trace';
import type { VaryingNote } from './stdlib/varying';
import type { PythonVersion } from './versions';

export interface SimOptions {
  /** Shown in tracebacks and error locations. */
  filename?: string;
  /** `os.cpu_count()` as the simulated machine reports it; sizes the default executor. */
  cpuCount?: number;
  /** Loop steps (handles run plus interpreter steps / 1000) before the run is stopped. */
  stepBudget?: number;
  /** Cap on printed characters (200,000 unless set); a run that prints more is stopped (exit 3). */
  outputLimit?: number;
  /** Record the trace (widgets need it; the CLI without --trace does not). */
  trace?: boolean;
  /**
   * Hand each trace event to this function as it happens instead of keeping the trace: the CLI
   * writes `--trace` this way, so a run of millions of events never sits in memory whole.
   * Implies `trace`; the result then has no `trace`.
   */
  onTraceEvent?: (event: TraceEvent) => void;
  /** Whose asyncio rules the run follows (src/sim/versions.ts); 3.11 when not given. */
  python?: PythonVersion;
}

/** One line of stdout, as the learner sees it. */
export interface OutputLine {
  text: string;
  /** Virtual time (seconds since the program started) at which the line was printed. */
  time: number;
  /** `MainThread`, or the worker thread's name (`asyncio_0`, `ThreadPoolExecutor-0_1`, …). */
  thread: string;
  /**
   * Lines whose relative order CPython does not fix share a race group id; lines in the same
   * group may appear in any order among themselves. null when the line's position is certain.
   */
  race: number | null;
}

/**
 * - 0: ran to the end;
 * - 1: an uncaught Python exception (traceback on stderr);
 * - 2: a syntax error or a construct outside the subset;
 * - 3: stopped: past the step budget, or the program would wait forever;
 * - 70: a bug in the simulator itself (reported, never a stack trace);
 * - 130: an uncaught KeyboardInterrupt (traceback on stderr), as a shell reports python3 killed
 *   by SIGINT;
 * - any status from 0 to 255: an uncaught `SystemExit(n)` ends the run with `n & 255` and
 *   prints nothing (`SystemExit('text')` prints the text and gives 1), as python3 does. Such a
 *   status can be 2, 3 or 70, without the located message those carry from the simulator.
 */
export type ExitCode = number;

/**
 * Whether the program ended the run itself (it finished, raised, or exited), rather than the
 * simulator refusing it (2), stopping it (3) or failing (70). See `ExitCode` for the overlap.
 */
export function endedByProgram(exitCode: ExitCode): boolean {
  return exitCode !== 2 && exitCode !== 3 && exitCode !== 70;
}

export interface SimResult {
  stdout: string;
  stderr: string;
  exitCode: ExitCode;
  lines: OutputLine[];
  /** Present when `options.trace` was set. */
  trace?: TraceEvent[];
  /**
   * Present when the output is one of many CPython could print for reasons other than order
   * (random numbers drawn without a seed): where it first varies, and why.
   */
  varying?: VaryingNote[];
}
