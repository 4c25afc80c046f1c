/**
 * A fuzzing worker (a worker thread): runs the programs the pool sends it, one after another,
 * and reports each outcome with its wall time and the heap it left in use. It says which
 * program it starts before running it, so the pool can stop it past the time limit and blame
 * that program.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { check, TIME_LIMIT_MS } from './check';
import { programFor, type Kind } from './sources';

export interface Job {
  kind: Kind;
  seed: number;
  index: number;
}
export type Message = { type: 'ready' } | { type: 'started'; index: number } | ({ type: 'report' } & Report);
export interface Report {
  index: number;
  exit: number | 'throw';
  ms: number;
  /** Bytes of this worker's heap in use after the run (garbage of the run included). */
  heap: number;
  problem: string | null;
}

const port = parentPort!;
const send = (m: Message) => port.postMessage(m);

port.on('message', (job: Job) => {
  const source = programFor(job.kind, job.seed, job.index);
  send({ type: 'started', index: job.index });
  let out = check(source);
  let heap = getHeapStatistics().used_heap_size;
  // A busy machine can stretch one run; a program is slow only if it is slow twice.
  if (out.ms >= TIME_LIMIT_MS && out.problem?.startsWith('slow')) {
    send({ type: 'started', index: job.index });
    const again = check(source);
    if (again.ms < out.ms) out = again;
    heap = Math.max(heap, getHeapStatistics().used_heap_size);
  }
  send({ type: 'report', index: job.index, exit: out.exit, ms: out.ms, heap, problem: out.problem });
});
send({ type: 'ready' });
