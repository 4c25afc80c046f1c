/**
 * Runs programs in the playground's worker, one at a time. A run that outlasts `timeoutMs` (the
 * simulator's step budget should stop it long before) ends the worker; the next run starts a
 * fresh one.
 */
import type { PythonVersion } from '../../sim/versions';
import type { PrintedReply, RunReply, WorkerRequest } from './protocol';

export const RUN_TIMEOUT_MS = 20_000;

export type Outcome<R> = { kind: 'done'; reply: R } | { kind: 'timeout' } | { kind: 'failed'; message: string };
export type RunOutcome = Outcome<RunReply>;

type Body<Q> = Q extends WorkerRequest ? Omit<Q, 'id'> : never;

export class Runner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: ((outcome: Outcome<unknown>) => void) | null = null;

  /** The program under `python`, with its trace. */
  run(source: string, file: string, python: PythonVersion, timeoutMs = RUN_TIMEOUT_MS): Promise<RunOutcome> {
    return this.request<RunReply>({ kind: 'run', source, file, python }, timeoutMs);
  }

  /** What the program prints under each of `versions`; a newer request supersedes it. */
  printed(source: string, file: string, versions: PythonVersion[], timeoutMs = RUN_TIMEOUT_MS): Promise<Outcome<PrintedReply>> {
    return this.request<PrintedReply>({ kind: 'printed', source, file, versions }, timeoutMs);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private request<R extends { id: number }>(body: Body<WorkerRequest>, timeoutMs: number): Promise<Outcome<R>> {
    this.settle({ kind: 'failed', message: 'superseded' });
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Outcome<R>>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.dispose();
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      this.pending = (outcome) => {
        clearTimeout(timer);
        resolve(outcome as Outcome<R>);
      };
      worker.onmessage = (e: MessageEvent<R>) => {
        if (e.data.id === id) this.settle({ kind: 'done', reply: e.data });
      };
      worker.onerror = (e) => {
        e.preventDefault();
        this.dispose();
        this.settle({ kind: 'failed', message: e.message || 'the worker stopped' });
      };
      worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  private settle(outcome: Outcome<unknown>): void {
    const pending = this.pending;
    this.pending = null;
    pending?.(outcome);
  }

  private ensureWorker(): Worker {
    this.worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'playground' });
    return this.worker;
  }
}
