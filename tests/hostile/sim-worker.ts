/**
 * A worker thread that runs programs on the simulator, one after another, for `runner.ts`. A
 * program that hangs or eats the heap ends this worker, never the test run: the main thread
 * stops it past the time limit and blames that program.
 */
import { parentPort } from 'node:worker_threads';
import { simulate, simulateFile } from '../../src/sim/run';
import type { SimJob, SimReply } from './runner';

const port = parentPort!;

port.on('message', (job: SimJob) => {
  const t0 = performance.now();
  let reply: SimReply;
  try {
    const options = { filename: job.filename, cpuCount: job.cpuCount };
    const r = typeof job.source === 'string' ? simulate(job.source, options) : simulateFile(job.source, options);
    reply = { id: job.id, ok: true, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, lines: r.lines, ms: performance.now() - t0 };
  } catch (e) {
    reply = { id: job.id, ok: false, problem: `simulate threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, ms: performance.now() - t0 };
  }
  port.postMessage(reply);
});
port.postMessage({ id: -1, ready: true });
