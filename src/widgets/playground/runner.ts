/**
 * Runs programs in the playground's worker, one at a time. A run that outlasts `timeoutMs` (the
 * simulator's step budget should stop it long before) ends the worker; the next run starts a
 * fresh one.
 */
import type { OfferedVersion } from '../python-version';
import type { Locale } from '../event-loop-strings';
import type { RunReply, RunRequest } from './protocol';

export const RUN_TIMEOUT_MS = 20_000;

export type RunOutcome = { kind: 'done'; reply: RunReply } | { kind: 'timeout' } | { kind: 'failed'; message: string };

export class Runner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: ((outcome: RunOutcome) => void) | null = null;

  run(source: string, file: string, python: OfferedVersion, locale: Locale, timeoutMs = RUN_TIMEOUT_MS): Promise<RunOutcome> {
    this.settle({ kind: 'failed', message: 'superseded' });
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<RunOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.dispose();
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      this.pending = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      worker.onmessage = (e: MessageEvent<RunReply>) => {
        if (e.data.id === id) this.settle({ kind: 'done', reply: e.data });
      };
      worker.onerror = (e) => {
        e.preventDefault();
        this.dispose();
        this.settle({ kind: 'failed', message: e.message || 'the worker stopped' });
      };
      const request: RunRequest = { id, source, file, python, locale };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private settle(outcome: RunOutcome): void {
    const pending = this.pending;
    this.pending = null;
    pending?.(outcome);
  }

  private ensureWorker(): Worker {
    this.worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'playground' });
    return this.worker;
  }
}
