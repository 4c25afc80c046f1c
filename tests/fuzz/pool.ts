/**
 * Runs a fuzzing campaign on a pool of worker threads. Each worker runs programs one after
 * another in its own V8 isolate; the main thread stops a worker that runs one program past the
 * time limit (`terminate`) and starts a new one, and `resourceLimits` caps each worker's heap so
 * that a program that eats memory ends its worker, not the campaign. Both are recorded against
 * the program. Used by the vitest sample and by `npm run fuzz`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TIME_LIMIT_MS } from './check';
import { programFor, type Kind } from './sources';
import type { Job, Message } from './worker';

const WORKER = new URL('./worker-boot.mjs', import.meta.url);

/** Heap a worker may use; past it the worker fails and the program is reported. */
export const HEAP_LIMIT_MB = 512;
/** Time the main thread allows one program, beyond the limit check() applies, for messaging. */
const GRACE_MS = 500;

export interface Failure {
  kind: Kind;
  seed: number;
  index: number;
  problem: string;
  program: string;
}
export interface Run {
  kind: Kind;
  seed: number;
  index: number;
  exit: string;
  ms: number;
  heap: number;
}
export interface Figures {
  runs: number;
  byExit: Record<string, number>;
  /** Runs by wall time: under 10 ms, 50, 100, 250, 500, 1000, and 1000 or more. */
  byTime: Record<string, number>;
  slowest: Run[];
  peakHeap: Run | null;
  failures: Failure[];
}

export interface CampaignOptions {
  seed: number;
  /** How many programs of each kind; the kinds are interleaved, so a stopped campaign has both. */
  counts: Partial<Record<Kind, number>>;
  workers?: number;
  /** Where each failing program is saved, with its problem, for reproduction. */
  failureDir?: string;
  onProgress?: (f: Figures) => void;
}

const TIME_BUCKETS = [10, 50, 100, 250, 500, 1000];
const SLOWEST_KEPT = 10;

export function emptyFigures(): Figures {
  const byTime: Record<string, number> = {};
  for (const b of TIME_BUCKETS) byTime[`<${b} ms`] = 0;
  byTime[`>=${TIME_BUCKETS.at(-1)} ms`] = 0;
  return {
    runs: 0,
    byExit: {},
    byTime,
    slowest: [],
    peakHeap: null,
    failures: [],
  };
}

function record(figures: Figures, run: Run): void {
  figures.runs++;
  figures.byExit[run.exit] = (figures.byExit[run.exit] ?? 0) + 1;
  const bucket = TIME_BUCKETS.find((b) => run.ms < b);
  figures.byTime[bucket === undefined ? `>=${TIME_BUCKETS.at(-1)} ms` : `<${bucket} ms`]++;
  figures.slowest.push(run);
  figures.slowest.sort((a, b) => b.ms - a.ms);
  figures.slowest.length = Math.min(figures.slowest.length, SLOWEST_KEPT);
  if (!figures.peakHeap || run.heap > figures.peakHeap.heap) figures.peakHeap = run;
}

function startWorker(): Worker {
  return new Worker(WORKER, {
    execArgv: [],
    resourceLimits: {
      maxOldGenerationSizeMb: HEAP_LIMIT_MB,
      maxYoungGenerationSizeMb: 64,
      stackSizeMb: 4,
    },
    stdout: true,
    stderr: true,
  });
}

/** Programs (kind, index) in the order they run: each kind in proportion to its count. */
function schedule(counts: Partial<Record<Kind, number>>): { kind: Kind; index: number }[] {
  const kinds = (Object.keys(counts) as Kind[]).filter((k) => (counts[k] ?? 0) > 0);
  const total = kinds.reduce((n, k) => n + counts[k]!, 0);
  const done: Record<string, number> = {};
  const out: { kind: Kind; index: number }[] = [];
  for (let i = 0; i < total; i++) {
    // The kind furthest behind its share goes next.
    let best = kinds[0];
    let lag = -Infinity;
    for (const k of kinds) {
      const d = (done[k] ?? 0) < counts[k]! ? ((i + 1) * counts[k]!) / total - (done[k] ?? 0) : -Infinity;
      if (d > lag) [best, lag] = [k, d];
    }
    out.push({ kind: best, index: (done[best] = (done[best] ?? 0) + 1) - 1 });
  }
  return out;
}

/** Runs the programs of `o.counts` on a pool of workers; adds to `figures`. */
export async function campaign(o: CampaignOptions, figures: Figures = emptyFigures()): Promise<Figures> {
  const jobs = schedule(o.counts);
  let next = 0;
  const fail = (kind: Kind, index: number, problem: string) => {
    const program = programFor(kind, o.seed, index);
    figures.failures.push({ kind, seed: o.seed, index, problem, program });
    if (o.failureDir) {
      mkdirSync(o.failureDir, { recursive: true });
      const base = join(o.failureDir, `${kind}-${o.seed}-${index}`);
      writeFileSync(`${base}.py`, program);
      writeFileSync(`${base}.txt`, `${problem}\n`);
    }
  };
  const progress = () => {
    if (figures.runs % 100 === 0) o.onProgress?.(figures);
  };

  const lane = () =>
    new Promise<void>((resolve, reject) => {
      let worker: Worker;
      let current = -1;
      /** Programs stopped once already; a second stop is a failure, not the machine's load. */
      const stoppedOnce = new Set<number>();
      let timer: NodeJS.Timeout | undefined;
      const post = (job: number) =>
        worker.postMessage({
          kind: jobs[job].kind,
          seed: o.seed,
          index: jobs[job].index,
        } satisfies Job);
      let startupTimer: NodeJS.Timeout | undefined;

      const retire = () => {
        clearTimeout(timer);
        clearTimeout(startupTimer);
        worker.removeAllListeners();
        worker.on('error', () => {}); // what a terminated worker still says is of no interest
        void worker.terminate();
      };
      const give = () => {
        if (next >= jobs.length) {
          retire();
          return resolve();
        }
        current = next++;
        post(current);
      };
      const retryOrFail = (problem: string, exit: string, ms: number) => {
        const index = current;
        retire();
        if (index < 0) return reject(new Error(`a fuzz worker failed before its first program: ${problem}`));
        if (!stoppedOnce.has(index)) {
          stoppedOnce.add(index);
          spawn(index); // run it again on a fresh worker
          return;
        }
        const job = jobs[index];
        record(figures, {
          kind: job.kind,
          seed: o.seed,
          index: job.index,
          exit,
          ms,
          heap: 0,
        });
        fail(job.kind, job.index, problem);
        progress();
        spawn(null);
      };
      const spawn = (retry: number | null) => {
        worker = startWorker();
        worker.stdout.resume();
        worker.stderr.resume();
        // Starting a worker (tsx, the simulator's modules) takes seconds on a loaded machine.
        startupTimer = setTimeout(() => reject(new Error('a fuzz worker did not start within 120 s')), 120_000);
        let started = 0;
        worker.on('message', (m: Message) => {
          if (m.type === 'ready') {
            clearTimeout(startupTimer);
            if (retry === null) return give();
            current = retry;
            post(retry);
            return;
          }
          if (m.type === 'started') {
            started = performance.now();
            clearTimeout(timer);
            timer = setTimeout(
              () => retryOrFail(`hang: no result after ${TIME_LIMIT_MS + GRACE_MS} ms`, 'hang', performance.now() - started),
              TIME_LIMIT_MS + GRACE_MS,
            );
            return;
          }
          clearTimeout(timer);
          const job = jobs[current];
          record(figures, {
            kind: job.kind,
            seed: o.seed,
            index: m.index,
            exit: String(m.exit),
            ms: m.ms,
            heap: m.heap,
          });
          if (m.problem) fail(job.kind, m.index, m.problem);
          progress();
          give();
        });
        worker.on('error', (e) => {
          const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
          const why = oom ? `memory: the worker ran out of its ${HEAP_LIMIT_MB} MB heap` : `worker died: ${e.stack ?? e.message}`;
          retryOrFail(why, oom ? 'memory' : 'crash', started ? performance.now() - started : 0);
        });
        worker.on('exit', (code) => retryOrFail(`worker exited with code ${code}`, 'crash', 0));
      };
      spawn(null);
    });

  const workers = Math.max(1, Math.min(o.workers ?? 2, jobs.length));
  await Promise.all(Array.from({ length: workers }, lane));
  return figures;
}
