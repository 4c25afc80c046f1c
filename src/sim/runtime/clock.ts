/**
 * The virtual clock and the work that happens on other threads.
 *
 * The loop thread's time moves only when it waits in `select`, when code calls `time.sleep`,
 * and by a tiny step on each `loop.time()` (on a real machine the monotonic clock always moves
 * between two reads, which is what makes same-delay timers wake in call order;
 * src/sim/runtime/README.md §4.1).
 *
 * Worker threads run their job's Python code when the job starts, on a clock of their own; what
 * they do that others can see (a printed line, a `call_soon_threadsafe`, the job's end) is
 * queued here at the thread's time and happens when the loop's clock reaches it.
 */
import { heappop, heappush } from './heapq';

/** How far the monotonic clock moves on each `loop.time()` read. */
export const TIME_READ_STEP = 1e-7;
/** How long after its deadline the OS wakes a thread blocked in select/sleep. */
export const WAKE_LATENCY = 5e-5;
/** How long a new or idle worker thread takes to pick a job up. */
export const THREAD_START_LATENCY = 1e-4;
/**
 * Events on different threads closer than this are a race: CPython may order them either way
 * (src/sim/runtime/README.md §4.1 measured interleavings flipping below about a millisecond).
 */
export const RACE_WINDOW = 1e-3;

interface Pending {
  time: number;
  seq: number;
  run: () => void;
}

const pendingLt = (a: Pending, b: Pending): boolean => a.time < b.time || (a.time === b.time && a.seq < b.seq);

export class Clock {
  /** Seconds since the program started, on the thread that is running now. */
  now = 0;
  private readonly pending: Pending[] = [];
  private seq = 0;

  /** Queues work another thread does at virtual time `time`. */
  at(time: number, run: () => void): void {
    heappush(this.pending, { time, seq: this.seq++, run }, pendingLt);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  nextTime(): number | null {
    return this.pending.length ? this.pending[0].time : null;
  }

  /**
   * Runs queued thread work up to `limit` in time order; stops early when `stop()` becomes
   * true after an event (the loop was woken). Returns the time of the last event run.
   */
  runUntil(limit: number, stop: () => boolean = () => false): void {
    while (this.pending.length && this.pending[0].time <= limit) {
      const p = heappop(this.pending, pendingLt) as Pending;
      if (p.time > this.now) this.now = p.time;
      p.run();
      if (stop()) return;
    }
  }
}

/** `epoll_wait` has millisecond resolution; selectors.py rounds the timeout up (math.ceil). */
export function epollTimeout(timeout: number): number {
  return Math.ceil(timeout * 1e3) * 1e-3;
}
