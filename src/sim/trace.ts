/**
 * The trace: one typed event per scheduling step of a run. It is the only thing widgets and
 * tests consume. Events record changes, never copies, so a trace grows linearly with the run;
 * `TraceIndex` keeps periodic snapshots so the loop state at any step is rebuilt quickly.
 */
import { heappop, heappush } from './runtime/heapq';

/** What a queued callback is, in words a learner can read. */
export interface HandleInfo {
  id: number;
  /** e.g. `Task-2.__step()`, `Task-1.__wakeup(<Future finished result=42>)`, `print('hi')`. */
  label: string;
  /** The task this handle steps or wakes, when it is one of a task's own callbacks. */
  task: number | null;
  /** Set once `cancel()` was called: the loop will skip it (or drop it from the heap). */
  cancelled?: boolean;
}

export type TaskState = 'scheduled' | 'running' | 'waiting' | 'finished' | 'failed' | 'cancelled';
export type FutureState = 'pending' | 'finished' | 'failed' | 'cancelled';

export type TraceEvent =
  /** A new event loop object (asyncio.run makes one; so does new_event_loop). */
  | { type: 'loop.new'; loop: number }
  /** `run_forever` starts iterating (run_until_complete and asyncio.run call it). */
  | { type: 'loop.run'; loop: number }
  /** `_run_once` begins iteration `n` (counted per loop, from 1). */
  | { type: 'loop.iteration'; n: number }
  /** The poll: the loop waits up to `timeout` seconds (null = forever) for I/O or threads. */
  | { type: 'loop.select'; timeout: number | null }
  /** `run_forever` returned because `stop()` took effect. */
  | { type: 'loop.stop' }
  | { type: 'loop.close'; loop: number }
  /** The virtual clock moved to `time` (seconds since the program started). */
  | { type: 'clock'; time: number }
  /** A handle was appended to the ready queue (`call_soon`, or from a thread when `threadsafe`). */
  | { type: 'ready.push'; handle: HandleInfo; threadsafe: boolean }
  /** The loop popped handle `id` off the ready queue and runs it. */
  | { type: 'ready.run'; id: number }
  /** The loop popped handle `id`, found it cancelled, and skipped it. */
  | { type: 'ready.skip'; id: number }
  /** A timer was pushed on the heap (`call_later`/`call_at`). */
  | { type: 'timer.push'; handle: HandleInfo; when: number }
  /** The heap's head expired and moved to the tail of the ready queue. */
  | { type: 'timer.expire'; id: number }
  /** A cancelled timer was dropped from the heap's head. */
  | { type: 'timer.drop'; id: number }
  /** Too many cancelled timers: the heap was rebuilt from the live ones (heapify), in this order. */
  | { type: 'timer.rebuild'; ids: number[] }
  /** `Handle.cancel()` / `TimerHandle.cancel()`. */
  | { type: 'handle.cancel'; id: number }
  | { type: 'task.new'; task: number; name: string; coro: string }
  /** The task's coroutine is resumed (`Task.__step`); `line` is where it resumes. */
  | { type: 'task.run'; task: number; line: number | null }
  /** The coroutine yielded: it now waits on `on` (a future's label) or, when null, just yielded (sleep(0)). */
  | { type: 'task.suspend'; task: number; on: string | null; future: number | null; line: number | null }
  | { type: 'task.done'; task: number; state: 'finished' | 'failed' | 'cancelled'; value: string }
  | {
      type: 'future.new';
      future: number;
      label: string;
      /** A gather's children, in its arguments' order: the futures it waits for. */
      gathers?: number[];
    }
  /**
   * `future_add_to_awaited_by` / `future_discard_from_awaited_by` (3.14's Lib/asyncio/futures.py)
   * as gather, wait and TaskGroup call them: task `waiter` starts or stops awaiting `future`
   * (src/sim/runtime/README.md §20). A task's own await is not repeated here: its `task.suspend`
   * adds the relation, and its next `task.run` or `task.done` ends it (Task.__wakeup's discard).
   * The call graph (src/sim/call-graph.ts) is built from these relations.
   */
  | { type: 'awaited_by.add'; future: number; waiter: number }
  | { type: 'awaited_by.discard'; future: number; waiter: number }
  | { type: 'future.done'; future: number; state: 'finished' | 'failed' | 'cancelled'; value: string }
  /** A done callback was added to a pending future (it is scheduled with call_soon when the future is done). */
  | { type: 'future.callback'; future: number; label: string }
  /** The interpreter reached a new line of the program (only at scheduling-relevant points). */
  | { type: 'line'; line: number; thread: string }
  | { type: 'thread.new'; thread: string; pool: string }
  /** A job was submitted to an executor (it may wait in the pool's queue). */
  | { type: 'job.submit'; job: number; label: string; pool: string }
  /** A worker picked up a job; `until` is when it will finish, on the virtual clock. */
  | { type: 'job.start'; job: number; thread: string; until?: number }
  | { type: 'job.end'; job: number; thread: string }
  /** A line of stdout (one `print` call may write several, or none when `end` is not a newline). */
  | { type: 'print'; text: string; thread: string; time: number; line: number | null };

export type Phase = 'idle' | 'running' | 'timers' | 'select' | 'stopped' | 'closed';

export interface TaskInfo {
  id: number;
  name: string;
  coro: string;
  state: TaskState;
  /**
   * What the task waits on, when `state === 'waiting'`: a future's label, or the awaited task's
   * name (the runtime labels an awaited task just `Task`, which says nothing).
   */
  waitingOn: string | null;
  /** The id of the future or task it waits on, when `state === 'waiting'`. */
  awaiting?: number | null;
  /** The line its coroutine's frame last ran or suspended at (none before its first step). */
  line?: number | null;
  /** repr of the result or the exception, once done. */
  value: string | null;
}

export interface FutureInfo {
  id: number;
  label: string;
  state: FutureState;
  value: string | null;
  /** Labels of the done callbacks waiting for it, in registration order (emptied when it is done). */
  callbacks: string[];
  /** A gather's children, in its arguments' order. */
  gathers?: number[];
}

/** One awaited-by relation: task `waiter` awaits `future` (a future or a task). */
export interface AwaitedBy {
  future: number;
  waiter: number;
}

export interface TimerInfo {
  id: number;
  when: number;
  label: string;
  task: number | null;
  cancelled?: boolean;
}

export interface ThreadInfo {
  name: string;
  pool: string;
  /** The job it is running, or null when idle. */
  job: number | null;
  jobLabel: string | null;
  /** When the running job will finish, on the virtual clock. */
  busyUntil: number | null;
}

export interface JobInfo {
  id: number;
  label: string;
  pool: string;
  state: 'queued' | 'running' | 'done';
  thread: string | null;
}

/** The loop's state after some prefix of the trace. Plain data: cloneable, comparable. */
export interface LoopState {
  /** How many events have been applied. */
  step: number;
  time: number;
  phase: Phase;
  iteration: number;
  /** The ready queue, head first. */
  ready: HandleInfo[];
  /** The handle running now, if any. */
  current: HandleInfo | null;
  /** The timer heap in heap (array) order; `timers[0]` is the earliest. */
  timers: TimerInfo[];
  tasks: TaskInfo[];
  futures: FutureInfo[];
  threads: ThreadInfo[];
  jobs: JobInfo[];
  /** The running task, if a task's coroutine is executing. */
  runningTask: number | null;
  /** The program line last reached, and by which thread. */
  line: number | null;
  /** How many `print` events have been applied (the lines are `TraceIndex.output`). */
  printed: number;
  /** Every future's `_asyncio_awaited_by`, as relations in the order they began. */
  awaits: AwaitedBy[];
}

export function emptyState(): LoopState {
  return {
    step: 0,
    time: 0,
    phase: 'idle',
    iteration: 0,
    ready: [],
    current: null,
    timers: [],
    tasks: [],
    futures: [],
    threads: [],
    jobs: [],
    runningTask: null,
    line: null,
    printed: 0,
    awaits: [],
  };
}

function cloneState(s: LoopState): LoopState {
  return {
    ...s,
    ready: s.ready.slice(),
    timers: s.timers.slice(),
    tasks: sameIds(s.tasks, s.tasks.map((t) => ({ ...t }))),
    futures: sameIds(s.futures, s.futures.map((f) => ({ ...f }))),
    threads: s.threads.map((t) => ({ ...t })),
    jobs: s.jobs.map((j) => ({ ...j })),
    awaits: s.awaits.slice(),
  };
}

const timerLt = (a: TimerInfo, b: TimerInfo): boolean => a.when < b.when;

/**
 * Where each id sits in a state's tasks or futures. Both lists only ever grow at the end (a task
 * or future, once made, keeps its place), so an id's position never changes, and a copy of a list
 * can share its original's map (`sameIds`) instead of building its own. Without it every event
 * about a task searched the list, and a run of 10,000 tasks took seconds to index.
 */
interface Positions {
  /** id → position, shared by a list and its copies. */
  at: Map<number, number>;
  /** How many leading items of this list the map has seen. */
  indexed: number;
}
const positions = new WeakMap<readonly { id: number }[], Positions>();

/** `copy`, a copy of `items` (item for item, same ids), noted as sharing its positions. */
export function sameIds<T extends { id: number }>(items: readonly T[], copy: T[]): T[] {
  const known = positions.get(items);
  if (known) positions.set(copy, { at: known.at, indexed: Math.min(known.indexed, copy.length) });
  return copy;
}

/** The position of the item with this id in a task or future list, or -1. */
export function positionOf(items: readonly { id: number }[], id: number): number {
  let p = positions.get(items);
  if (!p) {
    p = { at: new Map(), indexed: 0 };
    positions.set(items, p);
  }
  for (let i = p.indexed; i < items.length; i++) {
    if (!p.at.has(items[i].id)) p.at.set(items[i].id, i);
  }
  p.indexed = items.length;
  const known = p.at.get(id);
  if (known === undefined) return -1;
  if (known < items.length && items[known].id === id) return known;
  // Two copies grown apart put different items at one position; the map holds the other's.
  return items.findIndex((x) => x.id === id);
}

/** The task with this id in `s`, if it has been made. */
export function findTask(s: LoopState, id: number): TaskInfo | undefined {
  const i = positionOf(s.tasks, id);
  return i < 0 ? undefined : s.tasks[i];
}

/** The future with this id in `s`, if it has been made. */
export function findFuture(s: LoopState, id: number): FutureInfo | undefined {
  const i = positionOf(s.futures, id);
  return i < 0 ? undefined : s.futures[i];
}

/** future_add_to_awaited_by: a set in CPython, so adding a relation twice keeps one. */
function addAwait(s: LoopState, future: number, waiter: number): void {
  if (!s.awaits.some((a) => a.future === future && a.waiter === waiter)) s.awaits.push({ future, waiter });
}

function discardAwait(s: LoopState, future: number, waiter: number): void {
  const i = s.awaits.findIndex((a) => a.future === future && a.waiter === waiter);
  if (i >= 0) s.awaits.splice(i, 1);
}

/** Task.__wakeup's discard: a task that runs or ends no longer awaits what it was parked on. */
function endAwait(s: LoopState, t: TaskInfo): void {
  if (t.state === 'waiting' && t.awaiting != null) discardAwait(s, t.awaiting, t.id);
}

/** Applies one event to `s` in place. The state after the trace's events is the loop's state. */
export function applyEvent(s: LoopState, ev: TraceEvent): void {
  s.step++;
  switch (ev.type) {
    case 'loop.new':
      s.phase = 'idle';
      s.ready = [];
      s.timers = [];
      s.iteration = 0;
      break;
    case 'loop.run':
      s.phase = 'running';
      break;
    case 'loop.iteration':
      s.iteration = ev.n;
      s.phase = 'timers';
      s.current = null;
      break;
    case 'loop.select':
      s.phase = 'select';
      s.current = null;
      break;
    case 'loop.stop':
      s.phase = 'stopped';
      s.current = null;
      s.runningTask = null;
      break;
    case 'loop.close':
      s.phase = 'closed';
      break;
    case 'clock':
      s.time = ev.time;
      break;
    case 'ready.push':
      s.ready.push(ev.handle);
      break;
    case 'ready.run':
    case 'ready.skip': {
      const i = s.ready.findIndex((h) => h.id === ev.id);
      const h = i >= 0 ? s.ready.splice(i, 1)[0] : null;
      s.phase = 'running';
      s.current = ev.type === 'ready.run' ? h : null;
      s.runningTask = null;
      break;
    }
    case 'timer.push':
      heappush(s.timers, { id: ev.handle.id, when: ev.when, label: ev.handle.label, task: ev.handle.task }, timerLt);
      break;
    case 'timer.expire': {
      // Expired timers move to the ready queue after the poll: the "checking timers" phase.
      s.phase = 'timers';
      const t = heappop(s.timers, timerLt);
      if (t) s.ready.push({ id: t.id, label: t.label, task: t.task });
      break;
    }
    case 'timer.drop':
      s.phase = 'timers';
      heappop(s.timers, timerLt);
      break;
    case 'timer.rebuild': {
      const byId = new Map(s.timers.map((t) => [t.id, t]));
      s.timers = ev.ids.map((id) => byId.get(id)).filter((t): t is TimerInfo => t !== undefined);
      break;
    }
    case 'handle.cancel': {
      // A cancelled handle stays where it is until the loop reaches it, as in CPython.
      // Items are replaced, not mutated, because snapshots share them.
      const r = s.ready.findIndex((h) => h.id === ev.id);
      if (r >= 0) s.ready[r] = { ...s.ready[r], cancelled: true };
      const t = s.timers.findIndex((h) => h.id === ev.id);
      if (t >= 0) s.timers[t] = { ...s.timers[t], cancelled: true };
      break;
    }
    case 'task.new':
      s.tasks.push({ id: ev.task, name: ev.name, coro: ev.coro, state: 'scheduled', waitingOn: null, value: null });
      break;
    case 'task.run': {
      const t = findTask(s, ev.task);
      if (t) {
        endAwait(s, t);
        t.state = 'running';
        t.waitingOn = null;
        t.awaiting = null;
        if (ev.line !== null) t.line = ev.line;
      }
      s.runningTask = ev.task;
      if (ev.line !== null) s.line = ev.line;
      break;
    }
    case 'task.suspend': {
      const t = findTask(s, ev.task);
      if (t) {
        t.state = ev.on === null ? 'scheduled' : 'waiting';
        const awaited = ev.future === null ? undefined : findTask(s, ev.future);
        t.waitingOn = awaited && ev.on !== null && /^\w*Task$/.test(ev.on) ? awaited.name : ev.on;
        t.awaiting = ev.on === null ? null : ev.future;
        if (ev.line !== null) t.line = ev.line;
        if (t.awaiting != null) addAwait(s, t.awaiting, t.id);
      }
      s.runningTask = null;
      if (ev.line !== null) s.line = ev.line;
      break;
    }
    case 'task.done': {
      const t = findTask(s, ev.task);
      if (t) {
        endAwait(s, t);
        t.state = ev.state;
        t.waitingOn = null;
        t.awaiting = null;
        t.value = ev.value;
      }
      s.runningTask = null;
      break;
    }
    case 'future.new':
      s.futures.push({ id: ev.future, label: ev.label, state: 'pending', value: null, callbacks: [], ...(ev.gathers && { gathers: ev.gathers }) });
      break;
    case 'awaited_by.add':
      addAwait(s, ev.future, ev.waiter);
      break;
    case 'awaited_by.discard':
      discardAwait(s, ev.future, ev.waiter);
      break;
    case 'future.done': {
      const f = findFuture(s, ev.future);
      if (f) {
        f.state = ev.state;
        f.value = ev.value;
        f.callbacks = [];
      }
      break;
    }
    case 'future.callback': {
      const f = findFuture(s, ev.future);
      if (f) f.callbacks = [...f.callbacks, ev.label];
      break;
    }
    case 'line':
      s.line = ev.line;
      break;
    case 'thread.new':
      s.threads.push({ name: ev.thread, pool: ev.pool, job: null, jobLabel: null, busyUntil: null });
      break;
    case 'job.submit':
      s.jobs.push({ id: ev.job, label: ev.label, pool: ev.pool, state: 'queued', thread: null });
      break;
    case 'job.start': {
      const j = s.jobs.find((x) => x.id === ev.job);
      const th = s.threads.find((x) => x.name === ev.thread);
      if (j) {
        j.state = 'running';
        j.thread = ev.thread;
      }
      if (th) {
        th.job = ev.job;
        th.jobLabel = j ? j.label : null;
        th.busyUntil = ev.until ?? null;
      }
      break;
    }
    case 'job.end': {
      const j = s.jobs.find((x) => x.id === ev.job);
      const th = s.threads.find((x) => x.name === ev.thread);
      if (j) j.state = 'done';
      if (th) {
        th.job = null;
        th.jobLabel = null;
        th.busyUntil = null;
      }
      break;
    }
    case 'print':
      s.printed++;
      if (ev.line !== null) s.line = ev.line;
      break;
  }
}

/** The size of what a snapshot copies, in items. */
function stateSize(s: LoopState): number {
  return s.ready.length + s.timers.length + s.tasks.length + s.futures.length + s.threads.length + s.jobs.length + s.awaits.length;
}

export interface PrintedLine {
  text: string;
  thread: string;
  time: number;
  line: number | null;
  /** Index of the `print` event in the trace. */
  step: number;
}

/**
 * Random access into a trace: `stateAt(i)` is the state after the first `i` events.
 *
 * A snapshot is taken once at least `max(interval, size of the state)` events have passed since
 * the last one. Copying a snapshot then never costs more than the events it covers, so the
 * snapshots' memory stays linear in the trace's length even for runs with thousands of tasks,
 * and a seek costs at most one copy plus that many events.
 */
export class TraceIndex {
  readonly events: readonly TraceEvent[];
  /** Every line printed during the run, in order. */
  readonly output: readonly PrintedLine[];
  private readonly snapshots: { step: number; state: LoopState }[] = [];

  constructor(events: readonly TraceEvent[], interval = 256) {
    this.events = events;
    const output: PrintedLine[] = [];
    const s = emptyState();
    this.snapshots.push({ step: 0, state: cloneState(s) });
    let last = 0;
    for (let i = 0; i < events.length; i++) {
      const ev = events[i];
      applyEvent(s, ev);
      if (ev.type === 'print') output.push({ text: ev.text, thread: ev.thread, time: ev.time, line: ev.line, step: i });
      if (i + 1 - last >= Math.max(interval, stateSize(s))) {
        last = i + 1;
        this.snapshots.push({ step: last, state: cloneState(s) });
      }
    }
    this.output = output;
  }

  get length(): number {
    return this.events.length;
  }

  stateAt(step: number): LoopState {
    const n = Math.max(0, Math.min(step, this.events.length));
    let lo = 0;
    let hi = this.snapshots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.snapshots[mid].step <= n) lo = mid;
      else hi = mid - 1;
    }
    const snap = this.snapshots[lo];
    const s = cloneState(snap.state);
    for (let i = snap.step; i < n; i++) applyEvent(s, this.events[i]);
    return s;
  }

  /** The lines printed by the first `step` events. */
  outputAt(step: number): readonly PrintedLine[] {
    let lo = 0;
    let hi = this.output.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.output[mid].step < step) lo = mid + 1;
      else hi = mid;
    }
    return this.output.slice(0, lo);
  }
}
