/** Messages between the playground and its worker (worker.ts). */
import type { Problem } from './problem';

export interface RunRequest {
  id: number;
  source: string;
  file: string;
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
}
