/**
 * Runs a fuzzing campaign on child processes, so that a hang or a crash of the simulator (a V8
 * fatal error, running out of heap) is recorded against its program instead of stopping the
 * campaign. Used by the vitest sample and by `npm run fuzz`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Job, Report } from './worker';
import { programFor, type Kind } from './sources';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

export interface Failure {
  kind: Kind;
  seed: number;
  index: number;
  problem: string;
  program: string;
}
export interface Figures {
  runs: number;
  byExit: Record<string, number>;
  slowest: { ms: number; kind: Kind; seed: number; index: number } | null;
  peakRss: number;
  failures: Failure[];
}

export interface CampaignOptions {
  kind: Kind;
  seed: number;
  count: number;
  workers?: number;
  /** With no report for this long, the worker is taken to hang on its current program. */
  hangMs?: number;
  onProgress?: (f: Figures) => void;
}

export function emptyFigures(): Figures {
  return { runs: 0, byExit: {}, slowest: null, peakRss: 0, failures: [] };
}

/** Runs `count` programs of one kind, split among workers; adds to `figures`. */
export async function campaign(o: CampaignOptions, figures: Figures = emptyFigures()): Promise<Figures> {
  const workers = o.workers ?? 2;
  const hangMs = o.hangMs ?? 5_000;
  const chunk = Math.ceil(o.count / workers);
  const ranges: [number, number][] = [];
  for (let w = 0; w < workers; w++) {
    const from = w * chunk;
    const to = Math.min(o.count, from + chunk);
    if (from < to) ranges.push([from, to]);
  }
  const fail = (index: number, problem: string) =>
    figures.failures.push({ kind: o.kind, seed: o.seed, index, problem, program: programFor(o.kind, o.seed, index) });

  await Promise.all(
    ranges.map(
      ([from, to]) =>
        new Promise<void>((resolve) => {
          let next = from;
          let child: ChildProcess;
          let timer: NodeJS.Timeout;
          const arm = (ms = hangMs) => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              child.removeAllListeners('exit');
              child.kill('SIGKILL');
              figures.runs++;
              figures.byExit.hang = (figures.byExit.hang ?? 0) + 1;
              fail(next, `hang: no result after ${hangMs} ms`);
              next++;
              start();
            }, ms);
          };
          const start = () => {
            if (next >= to) return resolve();
            child = fork(WORKER, [], {
              cwd: ROOT,
              execArgv: ['--import', 'tsx', '--max-old-space-size=3072', '--stack-size=984'],
              stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
            });
            let stderr = '';
            child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
            child.on('message', (m: Report | 'ready' | 'finished') => {
              if (m === 'ready') return arm();
              if (m === 'finished') {
                clearTimeout(timer);
                child.removeAllListeners('exit');
                child.kill();
                return resolve();
              }
              arm();
              next = m.index + 1;
              figures.runs++;
              figures.byExit[String(m.exit)] = (figures.byExit[String(m.exit)] ?? 0) + 1;
              figures.peakRss = Math.max(figures.peakRss, m.rss);
              if (!figures.slowest || m.ms > figures.slowest.ms) figures.slowest = { ms: m.ms, kind: o.kind, seed: o.seed, index: m.index };
              if (m.problem) fail(m.index, m.problem);
              if (figures.runs % 100 === 0) o.onProgress?.(figures);
            });
            child.on('exit', (code, signal) => {
              clearTimeout(timer);
              figures.runs++;
              figures.byExit.crash = (figures.byExit.crash ?? 0) + 1;
              fail(next, `worker died (code ${code}, signal ${signal}): ${stderr.trim().slice(-600)}`);
              next++;
              start();
            });
            arm(120_000); // starting node and tsx on a loaded machine is not a hang
            child.send({ kind: o.kind, seed: o.seed, from: next, to } satisfies Job);
          };
          start();
        }),
    ),
  );
  return figures;
}
