/**
 * A fuzzing worker (a child process): runs programs [from, to) of a campaign and reports each
 * outcome with its RSS, so the parent can stop it when it hangs and blame the program it was on.
 */
import { check, TIME_LIMIT_MS } from './check';
import { programFor, type Kind } from './sources';

export interface Job {
  kind: Kind;
  seed: number;
  from: number;
  to: number;
}
export interface Report {
  index: number;
  exit: number | 'throw';
  ms: number;
  rss: number;
  problem: string | null;
}

process.on('message', (job: Job) => {
  process.send!('ready');
  for (let index = job.from; index < job.to; index++) {
    if (!process.connected) process.exit(0); // the parent is gone: stop, don't run on as an orphan
    const source = programFor(job.kind, job.seed, index);
    const before = process.memoryUsage.rss();
    let out = check(source);
    // A busy machine can stretch one run; a program is slow only if it is slow twice.
    if (out.ms >= TIME_LIMIT_MS && out.ms < 2 * TIME_LIMIT_MS && out.problem?.startsWith('slow')) {
      const again = check(source);
      if (again.ms < out.ms) out = again;
    }
    const rss = process.memoryUsage.rss();
    if (!out.problem && rss - before > 400e6) out.problem = `memory: RSS grew by ${((rss - before) / 1e6).toFixed(0)} MB in one run`;
    process.send!({ index, exit: out.exit, ms: out.ms, rss, problem: out.problem } satisfies Report);
  }
  process.send!('finished');
});
