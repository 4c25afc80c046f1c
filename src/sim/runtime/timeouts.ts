/**
 * asyncio.timeout (Lib/asyncio/timeouts.py, 3.11): a deadline that cancels the current task,
 * turned into TimeoutError on the way out of the `async with`.
 */
import { CancelledError, PyBaseException, RuntimeError, TimeoutError, pyErr } from '../python/exceptions';
import type { CoroutineBody } from '../python/functions';
import type { AsyncContextManager } from '../python/host';
import { type Method, NativeObject, type PyValue } from '../python/objects';
import { floatRepr } from '../python/floats';
import type { LoopLike, TimerHandle, Handle } from './events';
import { type Task, currentTask } from './tasks';

type State = 'created' | 'active' | 'expiring' | 'expired' | 'finished';

export class Timeout extends NativeObject implements AsyncContextManager {
  private state: State = 'created';
  private handler: Handle | TimerHandle | null = null;
  private task: Task | null = null;
  private cancelling = 0;

  constructor(
    private readonly loop: LoopLike,
    private whenValue: number | null,
  ) {
    super();
  }

  get typeName(): string {
    return 'Timeout';
  }

  repr(): string {
    const when = this.state === 'active' && this.whenValue !== null ? ` when=${floatRepr(this.whenValue)}` : '';
    return `<Timeout [${this.state}]${when}>`;
  }

  /** Timeout.reschedule */
  reschedule(when: number | null): void {
    if (this.state !== 'active') throw pyErr(RuntimeError, `Cannot change state of ${this.state} Timeout`);
    this.whenValue = when;
    this.handler?.cancel();
    if (when === null) this.handler = null;
    else if (when <= this.loop.time()) this.handler = this.loop.callSoon(() => this.onTimeout(), 'Timeout._on_timeout()');
    else this.handler = this.loop.callAt(when, () => this.onTimeout(), 'Timeout._on_timeout()');
  }

  when(): number | null {
    return this.whenValue;
  }

  expired(): boolean {
    return this.state === 'expiring' || this.state === 'expired';
  }

  // eslint-disable-next-line require-yield
  *aenter(): CoroutineBody {
    this.state = 'active';
    this.task = currentTask(this.loop);
    if (this.task === null) throw pyErr(RuntimeError, 'Timeout should be used inside a task');
    this.cancelling = this.task.numCancelsRequested;
    this.reschedule(this.whenValue);
    return this;
  }

  // eslint-disable-next-line require-yield
  *aexit(exc: unknown): CoroutineBody {
    this.handler?.cancel();
    this.handler = null;
    if (this.state === 'expiring') {
      this.state = 'expired';
      const task = this.task as Task;
      if (task.uncancel() <= this.cancelling && exc instanceof PyBaseException && exc.pyType === CancelledError) {
        // No newer cancel request is pending: this cancellation was ours, so it is a timeout.
        const err = pyErr(TimeoutError);
        err.cause = exc;
        err.suppressContext = true;
        err.context = exc;
        throw err;
      }
    } else if (this.state === 'active') this.state = 'finished';
    return null;
  }

  /** Timeout._on_timeout */
  private onTimeout(): void {
    (this.task as Task).cancel();
    this.state = 'expiring';
    this.handler = null;
  }

  protected get methods(): Record<string, Method<never>> {
    return timeoutMethods as Record<string, Method<never>>;
  }
}

const timeoutMethods: Record<string, Method<Timeout>> = {
  expired: (t) => t.expired(),
  when: (t) => t.when(),
  reschedule: (t, a) => {
    const w = a[0] ?? null;
    t.reschedule(w === null ? null : Number(w));
    return null;
  },
};

/** asyncio.timeout(delay) */
export function timeout(loop: LoopLike, delay: PyValue): Timeout {
  return new Timeout(loop, delay === null ? null : loop.time() + Number(delay));
}

/** asyncio.timeout_at(when) */
export function timeoutAt(loop: LoopLike, when: PyValue): Timeout {
  return new Timeout(loop, when === null ? null : Number(when));
}
