/**
 * Handles: callbacks queued on the loop (Lib/asyncio/events.py `Handle`, `TimerHandle`), and
 * the current-loop bookkeeping that module also holds (`get_event_loop`, `set_event_loop`,
 * `get_running_loop`, `_get_running_loop`).
 */
import { KeyboardInterrupt, PyBaseException, RuntimeError, SystemExit, pyErr } from '../python/exceptions';
import { type Method, NativeObject, type PyValue } from '../python/objects';
import type { HandleInfo } from '../trace';
import type { Future } from './futures';
import type { Task } from './tasks';
import type { Simulation, Taint } from './simulation';

/** A handle's label, or a function that makes it when someone looks (most never do). */
export type Label = string | (() => string);

export class Handle extends NativeObject {
  readonly id: number;
  cancelled = false;
  /** The race this handle descends from, if any (see Simulation.taint). */
  taint: Taint | null;
  /** The program's values this handle keeps alive until it runs: its callable and arguments. */
  holds: readonly unknown[] | null = null;

  constructor(
    readonly sim: Simulation,
    /** What the handle calls; exceptions it raises are Python exceptions or simulator stops. */
    readonly callback: () => void,
    /** Learner-readable: `Task-2.__step()`, `print('hi')`. */
    private labelSource: Label,
    /** The task this handle steps or wakes, for the visualizer. */
    readonly task: number | null,
    /** Called when a plain callback raises (the loop's exception handler). */
    private readonly onError: (e: PyBaseException, h: Handle) => void,
  ) {
    super();
    this.id = sim.newId();
    this.taint = sim.inheritTaint();
  }

  get typeName(): string {
    return 'Handle';
  }

  get label(): string {
    if (typeof this.labelSource !== 'string') this.labelSource = this.labelSource();
    return this.labelSource;
  }

  get info(): HandleInfo {
    return { id: this.id, label: this.label, task: this.task };
  }

  repr(): string {
    return `<Handle ${this.label}${this.cancelled ? ' cancelled' : ''}>`;
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    if (this.sim.trace) this.sim.emit({ type: 'handle.cancel', id: this.id });
  }

  /**
   * events.Handle._run: exceptions from a plain callback are reported, and the loop goes on (R5);
   * SystemExit and KeyboardInterrupt leave the loop (src/sim/runtime/README.md §21).
   */
  run(): void {
    const saved = this.sim.taint;
    this.sim.taint = this.taint;
    try {
      this.callback();
    } catch (e) {
      if (!(e instanceof PyBaseException) || e.isInstance(SystemExit) || e.isInstance(KeyboardInterrupt)) throw e;
      this.onError(e, this);
    } finally {
      this.sim.taint = saved;
    }
  }

  protected get methods(): Record<string, Method<never>> {
    return handleMethods as Record<string, Method<never>>;
  }
}

const handleMethods: Record<string, Method<Handle>> = {
  cancel: (h) => {
    h.cancel();
    return null;
  },
  cancelled: (h) => h.cancelled,
};

export class TimerHandle extends Handle {
  /** True while the handle is in the loop's heap (`TimerHandle._scheduled`). */
  scheduled = false;

  constructor(
    sim: Simulation,
    readonly when: number,
    callback: () => void,
    label: Label,
    task: number | null,
    onError: (e: PyBaseException, h: Handle) => void,
    /** Tells the loop one more cancelled timer sits in its heap (`_timer_handle_cancelled`). */
    private readonly onCancel: (h: TimerHandle) => void,
  ) {
    super(sim, callback, label, task, onError);
  }

  get typeName(): string {
    return 'TimerHandle';
  }

  repr(): string {
    return `<TimerHandle when=${this.when} ${this.label}${this.cancelled ? ' cancelled' : ''}>`;
  }

  cancel(): void {
    if (!this.cancelled) this.onCancel(this);
    super.cancel();
  }

  protected get methods(): Record<string, Method<never>> {
    return timerMethods as Record<string, Method<never>>;
  }
}

const timerMethods: Record<string, Method<TimerHandle>> = {
  ...handleMethods,
  when: (h) => h.when,
};

/** TimerHandle.__lt__ compares `_when` only: no tie-break (src/sim/runtime/README.md §2). */
export const timerLt = (a: TimerHandle, b: TimerHandle): boolean => a.when < b.when;

/**
 * events.AbstractEventLoop: what futures and tasks need of a loop. base_events implements it;
 * the interface keeps the import graph one-way (futures and tasks never import the loop).
 */
export interface LoopLike {
  readonly sim: Simulation;
  readonly id: number;
  closed: boolean;
  /** tasks._current_tasks[loop]: the task whose step is running, if any. */
  currentTask: Task | null;
  callSoon(callback: () => void, label: Label, task?: number | null): Handle;
  callLater(delay: number, callback: () => void, label: Label, task?: number | null): TimerHandle;
  callAt(when: number, callback: () => void, label: Label, task?: number | null): TimerHandle;
  callSoonThreadsafe(callback: () => void, label: Label, task?: number | null): Handle;
  createFuture(label?: string): Future;
  createTask(coro: PyValue, name?: PyValue, eagerStart?: boolean): Task;
  /** loop.time(): the monotonic clock, which moves a little on every read. */
  time(): number;
  isRunning(): boolean;
  stop(): void;
}

/**
 * The per-thread loop state of events.py: the running loop (`_running_loop`) and the policy's
 * current loop (`_local._loop`, `_set_called`).
 */
export class LoopRegistry<L> {
  running: L | null = null;
  current: L | null = null;
  setCalled = false;

  /** events.get_running_loop */
  getRunningLoop(): L {
    if (this.running === null) throw pyErr(RuntimeError, 'no running event loop');
    return this.running;
  }

  /**
   * events.get_event_loop in the main thread: the running loop, else the policy's loop, made on
   * first use unless set_event_loop was called before (src/sim/runtime/README.md §13). 3.11.2+ makes
   * it silently; `implicit` is told when one is made, for the versions that warn about it.
   */
  getEventLoop(make: () => L, implicit?: () => void): L {
    if (this.running !== null) return this.running;
    if (this.current === null && !this.setCalled) {
      implicit?.();
      this.current = make();
    }
    if (this.current === null) {
      throw pyErr(RuntimeError, "There is no current event loop in thread 'MainThread'.");
    }
    return this.current;
  }

  setEventLoop(loop: L | null): void {
    this.setCalled = true;
    this.current = loop;
  }
}

