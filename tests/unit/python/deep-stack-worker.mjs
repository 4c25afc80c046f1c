// Runs one simulation on a worker thread whose JavaScript stack is as large as the test asks,
// so that Python's recursion limit, not V8's stack, is what a deep program reaches first.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { simulate } = await import('../../../src/sim/run.ts');
const r = simulate(workerData.source, { filename: 'p.py', cpuCount: workerData.cpuCount });
parentPort.postMessage({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
