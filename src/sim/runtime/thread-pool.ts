/**
 * concurrent.futures.ThreadPoolExecutor (Lib/concurrent/futures/thread.py) with simulated
 * worker threads.
 *
 * A job's Python code runs when a worker picks it up, on the worker's own clock: `time.sleep`
 * there moves only that thread's time. What the job does that others can observe (printed lines,
 * its result reaching the loop through `call_soon_threadsafe`) happens at the worker's time, when
 * the loop's clock gets there. Shared objects a job mutates change at once; programs in the
 * course's subset only read them after awaiting the job.
 */
import type { ContextManager } from '../python/host';
import { PyBaseException, RuntimeError, TypeError, ValueError, excInfo, pyErr } from '../python/exceptions';
import { stack, WORKER_FRAMES } from '../python/recursion';
import { type Method, NativeObject, PyCallable, type PyValue } from '../python/objects';
import { typeName } from '../python/ops';
import { SimError, unsupported } from '../python/errors';
import { repr } from '../python/repr';
import { THREAD_START_LATENCY } from './clock';
import type { Simulation } from './simulation';

export type Outcome = { ok: true; value: PyValue } | { ok: false; error: PyBaseException };

interface Job {
  id: number;
  fn: PyCallable;
  args: PyValue[];
  label: string;
  done: (o: Outcome) => void;
}

interface Worker {
  name: string;
  busy: boolean;
  /** A pick-up of the queue is already scheduled for this idle worker. */
  waking: boolean;
}

export class ThreadPoolExecutor extends NativeObject implements ContextManager {
  readonly maxWorkers: number;
  readonly prefix: string;
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  /** `_idle_semaphore`: released after each job a worker finishes (thread.py `_worker`). */
  private idleSemaphore = 0;
  private running = 0;
  private shutdownCalled = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly sim: Simulation,
    maxWorkers: number | null,
    prefix: string | null,
  ) {
    super();
    if (maxWorkers !== null && maxWorkers <= 0) throw pyErr(ValueError, 'max_workers must be greater than 0');
    this.maxWorkers = maxWorkers ?? Math.min(32, sim.cpuCount + 4);
    this.prefix = prefix ?? `ThreadPoolExecutor-${sim.nextPoolNumber()}`;
  }

  get typeName(): string {
    return 'ThreadPoolExecutor';
  }

  /** ThreadPoolExecutor.submit */
  submit(fn: PyCallable, args: PyValue[], label: string, done: (o: Outcome) => void): void {
    if (this.shutdownCalled) throw pyErr(RuntimeError, 'cannot schedule new futures after shutdown');
    const job: Job = { id: this.sim.newId(), fn, args, label, done };
    this.sim.emit({ type: 'job.submit', job: job.id, label, pool: this.prefix });
    this.queue.push(job);
    this.adjustThreadCount();
  }

  /** ThreadPoolExecutor._adjust_thread_count */
  private adjustThreadCount(): void {
    const at = this.sim.now + THREAD_START_LATENCY;
    if (this.idleSemaphore > 0) {
      // A worker that finished a job earlier takes it (it may even be busy again: CPython's quirk).
      this.idleSemaphore -= 1;
      const idle = this.workers.find((w) => !w.busy && !w.waking);
      if (idle) this.wake(idle, at);
      return;
    }
    if (this.workers.length < this.maxWorkers) {
      const w: Worker = { name: `${this.prefix}_${this.workers.length}`, busy: false, waking: false };
      this.workers.push(w);
      this.sim.emit({ type: 'thread.new', thread: w.name, pool: this.prefix });
      this.wake(w, at);
    }
  }

  private wake(w: Worker, at: number): void {
    w.waking = true;
    this.sim.clock.at(at, () => {
      w.waking = false;
      this.pickUp(w, at);
    });
  }

  /** The worker's `work_queue.get()` returns: it runs the next job, if there is one. */
  private pickUp(w: Worker, t: number): void {
    if (w.busy) return;
    const job = this.queue.shift();
    if (!job) return;
    w.busy = true;
    this.running += 1;
    this.run(w, job, t);
  }

  private run(w: Worker, job: Job, start: number): void {
    const sim = this.sim;
    // The job's end is known only once its code has run (on the worker's own clock): the
    // event is filled in then, before anyone reads the trace.
    const started: { type: 'job.start'; job: number; thread: string; until?: number } = { type: 'job.start', job: job.id, thread: w.name };
    sim.emit(started, start);
    const savedThread = sim.thread;
    const savedTaint = sim.taint;
    sim.thread = { name: w.name, localNow: start };
    sim.taint = null;
    // The job runs on its worker's own stack, handling no exception of the loop's thread.
    const depth = stack.depth;
    stack.depth = WORKER_FRAMES;
    const excTop = excInfo.top;
    excInfo.top = { value: null, previous: null };
    let outcome: Outcome;
    let end = start;
    try {
      outcome = { ok: true, value: job.fn.call(job.args, null) };
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      outcome = { ok: false, error: e };
    } finally {
      stack.depth = depth;
      excInfo.top = excTop;
      end = sim.thread.localNow ?? start;
      sim.thread = savedThread;
      sim.taint = savedTaint;
    }
    started.until = end;
    sim.clock.at(end, () => this.finish(w, job, outcome, end));
  }

  private finish(w: Worker, job: Job, outcome: Outcome, end: number): void {
    const sim = this.sim;
    sim.emit({ type: 'job.end', job: job.id, thread: w.name }, end);
    const saved = sim.thread;
    sim.thread = { name: w.name, localNow: end };
    try {
      job.done(outcome);
    } finally {
      sim.thread = saved;
    }
    w.busy = false;
    this.running -= 1;
    this.idleSemaphore += 1;
    if (this.queue.length) this.pickUp(w, end);
    if (this.running === 0 && this.queue.length === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const cb of waiters) cb();
    }
  }

  get idle(): boolean {
    return this.running === 0 && this.queue.length === 0;
  }

  /** Calls `cb` (at that virtual time) once no job is running or queued. */
  whenIdle(cb: () => void): void {
    if (this.idle) cb();
    else this.idleWaiters.push(cb);
  }

  /** Executor.shutdown: with wait, the calling thread blocks until every job is done. */
  shutdown(wait: boolean): void {
    this.shutdownCalled = true;
    if (!wait || this.idle) return;
    const clock = this.sim.clock;
    clock.runUntil(Infinity, () => this.idle);
  }

  enter(): PyValue {
    return this;
  }

  exit(): boolean {
    this.shutdown(true);
    return false;
  }

  repr(): string {
    return `<concurrent.futures.thread.ThreadPoolExecutor object at 0x7f3a5c1e${(this.prefix.length * 16).toString(16)}0>`;
  }

  protected get methods(): Record<string, Method<never>> {
    return poolMethods as Record<string, Method<never>>;
  }
}

/** concurrent.futures.Future, as `executor.submit` and `run_coroutine_threadsafe` return it. */
export class ConcurrentFuture extends NativeObject {
  outcome: Outcome | null = null;
  constructor(
    private readonly sim: Simulation,
    /**
     * How a thread waits for it when the event loop, not a pool, completes it
     * (run_coroutine_threadsafe): the waiting thread lets the loop run until it is done.
     */
    private readonly waitOnLoop: ((done: () => boolean) => void) | null = null,
  ) {
    super();
  }
  get typeName(): string {
    return 'Future';
  }
  /** What concurrent.futures.Future has that the simulator does not model: refused, not missing. */
  unsupportedAttr(name: string): string | null {
    const real = ['add_done_callback', 'cancel', 'cancelled', 'exception', 'running', 'set_exception', 'set_result', 'set_running_or_notify_cancel'];
    return real.includes(name) ? `concurrent.futures.Future.${name}` : null;
  }
  /** Future.result(): blocks the calling thread until the future is done. */
  result(timeout: PyValue = null): PyValue {
    if (!this.outcome) {
      if (timeout !== null) throw unsupported('concurrent.futures.Future.result(timeout) on a future that is not done', this.sim.here());
      if (this.waitOnLoop) this.waitOnLoop(() => this.outcome !== null);
      else this.sim.clock.runUntil(Infinity, () => this.outcome !== null);
    }
    if (!this.outcome) {
      throw new SimError('hang', 'the program would wait forever: this thread waits for a future that nothing will finish', this.sim.here());
    }
    const o = this.outcome;
    if (!o.ok) throw o.error;
    return o.value;
  }
  repr(): string {
    return `<Future at 0x7f3a5c1e0a90 state=${this.outcome ? 'finished' : this.waitOnLoop ? 'pending' : 'running'}>`;
  }
  protected get methods(): Record<string, Method<never>> {
    return concurrentFutureMethods as Record<string, Method<never>>;
  }
}

const concurrentFutureMethods: Record<string, Method<ConcurrentFuture>> = {
  result: (f, a, kw) => f.result(a[0] ?? kw?.get('timeout') ?? null),
  done: (f) => f.outcome !== null,
};

const poolMethods: Record<string, Method<ThreadPoolExecutor>> = {
  submit: (pool, a) => {
    const fn = a[0];
    if (!(fn instanceof PyCallable)) throw pyErr(TypeError, `'${typeName(fn)}' object is not callable`);
    const args = a.slice(1);
    const fut = new ConcurrentFuture(pool.sim);
    const name = String(fn.getAttr('__name__') ?? 'fn');
    pool.submit(fn, args, `${name}(${args.map(repr).join(', ')})`, (o) => {
      fut.outcome = o;
    });
    return fut;
  },
  shutdown: (pool, a, kw) => {
    const wait = a[0] ?? kw?.get('wait') ?? true;
    pool.shutdown(wait !== false);
    return null;
  },
};
