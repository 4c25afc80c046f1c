/** Messages between the playground and its worker (worker.ts). */
import type { OfferedVersion } from '../python-version';
import type { Locale } from '../event-loop-strings';
import type { Problem } from './problem';

/**
 * The playground's step budget (the command line's is 1,000,000). Every lesson program needs far
 * less; `while True: pass` stops at it in about a third of a second, before a runaway's trace can
 * fill the tab's memory; and a loop of `await asyncio.sleep(0)` beside a 1 s sleep, which the
 * simulator's busy clock (runtime/simulation.ts, FREE_BUSY_HANDLES) brings to the timer in about
 * 160,000 steps, runs to its end as under CPython.
 */
export const PLAYGROUND_STEP_BUDGET = 300_000;

/**
 * The longest run the visualizer steps through, in trace events. Loading a run costs the page
 * time in proportion to its events (parsing, indexing, the timeline), in one task on the main
 * thread; past about 10,000 events that task passes 100 ms on a two-core laptop, and the page
 * freezes for longer the longer the run. A longer run still runs to its end: the playground shows
 * its output and says why it is not stepped. Every lesson program has under 1,000 events; the
 * cap leaves room for the 10,000-event run `npm run size` steps through (measure.ts BIG_PROGRAM).
 */
export const VISUAL_EVENT_CAP = 12_000;

export interface RunRequest {
  id: number;
  source: string;
  file: string;
  /** The version to run it under. */
  python: OfferedVersion;
  /** The page's language, for the note on what the other versions print. */
  locale: Locale;
}

export interface RunReply {
  id: number;
  exitCode: number;
  stdout: string;
  stderr: string;
  problem: Problem | null;
  /** `JSON.stringify(CompactProgram)` and `JSON.stringify(TraceEvent[])`, when the run can be shown. */
  program: string | null;
  trace: string | null;
  /** How many events the run's trace has, when it is over VISUAL_EVENT_CAP and not sent; else null. */
  withheld: number | null;
  /**
   * The "prints differently" note (VersionNote.tsx) as HTML, when the run can be shown and another
   * version prints something else; empty otherwise.
   */
  note: string;
}
