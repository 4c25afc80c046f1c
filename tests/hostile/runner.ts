/**
 * Runs a program both ways, without letting it take the test run down: CPython through the
 * conformance suite's process pool and invocation (`tests/conformance/harness.ts`), bounded by a
 * time limit past which it "runs on"; the simulator on worker threads (`sim-worker.ts`), each
 * stopped and replaced when a program hangs it or exhausts its heap. Used by the hostile suite
 * and by the fuzzer's differential mode.
 */
import { Worker } from 'node:worker_threads';
import type { OutputLine } from '../../src/sim/index';
import { runCPython, type Pool } from '../conformance/harness';
import type { OracleRun, SimRun } from './classify';

export interface SimJob {
  id: number;
  /** A program's text, or a file's bytes for the simulator to decode as CPython does. */
  source: string | Uint8Array;
  filename: string;
  cpuCount: number;
}
export type SimReply =
  | { id: number; ok: true; stdout: string; stderr: string; exitCode: number; lines: OutputLine[]; ms: number }
  | { id: number; ok: false; problem: string; ms: number };
type Message = SimReply | { id: -1; ready: true };

/** The simulator's result with its wall time and output lines (for race groups), or a failure. */
export type TimedSimRun = SimRun & { ms: number; lines?: OutputLine[] };

const BOOT = new URL('./sim-worker-boot.mjs', import.meta.url);
/** Heap one simulator worker may use; past it the program is reported as a crash. */
const HEAP_LIMIT_MB = 1024;

export interface SimPool {
  run(source: string | Uint8Array, filename: string, cpuCount: number): Promise<TimedSimRun>;
  close(): Promise<void>;
}

/**
 * `lanes` worker threads, each running one program at a time. A program that has not answered
 * within `timeoutMs` is a hang: its worker is terminated and a fresh one takes the next program.
 */
export function createSimPool(lanes: number, timeoutMs: number): SimPool {
  interface Pending {
    job: SimJob;
    resolve: (r: TimedSimRun) => void;
  }
  const queue: Pending[] = [];
  let nextId = 0;
  let closed = false;
  const idle: Lane[] = [];

  class Lane {
    private worker!: Worker;
    private ready!: Promise<void>;
    private current: Pending | null = null;
    private timer: NodeJS.Timeout | undefined;
    private started = 0;

    constructor() {
      this.boot();
    }

    private boot(): void {
      this.worker = new Worker(BOOT, {
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 64 },
        stdout: true,
        stderr: true,
      });
      this.worker.stdout.resume();
      this.worker.stderr.resume();
      this.ready = new Promise<void>((resolve) => {
        this.worker.on('message', (m: Message) => {
          if ('ready' in m) return resolve();
          this.finish({ ...m, ...(m.ok ? {} : { problem: m.problem }) });
        });
      });
      this.worker.on('error', (e) => {
        const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.fail(oom ? `the simulator ran out of its ${HEAP_LIMIT_MB} MB heap` : `the simulator's worker died: ${e.message}`);
      });
      this.worker.on('exit', (code) => this.fail(`the simulator's worker exited with code ${code}`));
    }

    async take(p: Pending): Promise<void> {
      this.current = p;
      await this.ready;
      this.started = performance.now();
      this.timer = setTimeout(() => this.fail(`hang: the simulator gave no result within ${timeoutMs} ms`), timeoutMs);
      this.worker.postMessage(p.job);
    }

    private finish(r: TimedSimRun): void {
      clearTimeout(this.timer);
      const p = this.current;
      this.current = null;
      p?.resolve(r);
      release(this);
    }

    /** The worker is lost (hang, heap, death): blame the program it ran and start another. */
    private fail(problem: string): void {
      if (closed) return;
      clearTimeout(this.timer);
      const w = this.worker;
      w.removeAllListeners();
      w.on('error', () => {});
      void w.terminate();
      const p = this.current;
      this.current = null;
      this.boot();
      if (p) {
        p.resolve({ ok: false, problem, ms: performance.now() - this.started });
        release(this);
      }
    }

    close(): Promise<number> {
      clearTimeout(this.timer);
      this.worker.removeAllListeners();
      this.worker.on('error', () => {});
      return this.worker.terminate();
    }
  }

  const lanesList: Lane[] = [];
  const release = (lane: Lane) => {
    const next = queue.shift();
    if (next) void lane.take(next);
    else idle.push(lane);
  };
  for (let i = 0; i < Math.max(1, lanes); i++) {
    const lane = new Lane();
    lanesList.push(lane);
    idle.push(lane);
  }

  return {
    run(source, filename, cpuCount) {
      return new Promise<TimedSimRun>((resolve) => {
        const p: Pending = { job: { id: nextId++, source, filename, cpuCount }, resolve };
        const lane = idle.shift();
        if (lane) void lane.take(p);
        else queue.push(p);
      });
    },
    async close() {
      closed = true;
      await Promise.all(lanesList.map((l) => l.close()));
    },
  };
}

/** CPython's run with its wall time. */
export type TimedOracleRun = OracleRun & { ms: number };

/**
 * Runs `file` under CPython in the conformance pool. Still running after `timeoutMs`, it is
 * killed and reported as running on; any other failure to run it is thrown.
 */
export async function runOracle(pool: Pool, file: string, cwd: string, timeoutMs: number): Promise<TimedOracleRun> {
  return pool(async () => {
    const t0 = performance.now();
    try {
      const r = await runCPython(file, cwd, timeoutMs);
      return { ranOn: false as const, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ms: performance.now() - t0 };
    } catch (e) {
      const ms = performance.now() - t0;
      // Past its time, or past what the harness keeps of its output: CPython ran on.
      if (ms >= timeoutMs || (e as { floods?: boolean }).floods) return { ranOn: true as const, ms };
      throw e;
    }
  }, file);
}
