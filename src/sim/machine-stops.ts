/**
 * Where a learner's STEP and BACK rest in a trace. A raw event is often dull (`loop.iteration`,
 * `clock`, a poll that does not wait); a *stop* is an event a learner notices, together with the
 * `call_soon` pushes it causes. Stops are a fixed set of cursor positions, so BACK undoes STEP.
 * Pure functions over the event list; the loop machine (machine.ts) moves its cursor with them.
 */
import type { TraceEvent } from './trace';

/** How far STEP and BACK move: to the next stop (the default) or by one raw event. */
export type StepSize = 'stop' | 'event';

/**
 * Whether a learner would want a step to show `ev`: a task created, a handle run or skipped, a
 * task suspending or finishing, a future resolved, a timer firing, a print, a worker thread
 * starting or ending a job, the loop waiting, stopping, closing. Bookkeeping that only sets up
 * what comes next (an iteration starting, the clock, a push onto the heap, a task resuming right
 * after its handle ran, a poll that does not wait) is passed over.
 */
export function isStop(ev: TraceEvent): boolean {
  switch (ev.type) {
    case 'task.new':
    case 'ready.run':
    case 'ready.skip':
    case 'task.suspend':
    case 'task.done':
    case 'future.done':
    case 'timer.expire':
    case 'print':
    case 'job.start':
    case 'job.end':
    case 'loop.stop':
    case 'loop.close':
      return true;
    case 'loop.select':
      return ev.timeout !== 0;
    default:
      return false;
  }
}

/**
 * Whether `ev` is part of what the stop event `stop` did, so the step shows both: the `call_soon`
 * of a new task's first step (Task.__init__), the callbacks a future or task schedules when it is
 * done (Future.__schedule_callbacks), the hand-over of a worker's result (call_soon_threadsafe),
 * a bare yield's next step, and the task a `__step` or `__wakeup` handle resumes.
 */
export function isConsequence(stop: TraceEvent, ev: TraceEvent): boolean {
  // The handle the loop runs is the task's __step or __wakeup, which resumes the task at once: one
  // step shows both, so "Running now: Task-3.__step()" never sits beside a task still "scheduled".
  if (ev.type === 'task.run') return stop.type === 'ready.run';
  if (ev.type !== 'ready.push') return false;
  switch (stop.type) {
    case 'task.new':
      return ev.handle.task === stop.task;
    case 'task.suspend':
      return stop.on === null && ev.handle.task === stop.task;
    case 'future.done':
    case 'task.done':
      return !ev.threadsafe;
    case 'job.end':
      return ev.threadsafe;
    default:
      return false;
  }
}

/**
 * The index of the stop event that event `i` is, or is a consequence of (see `isConsequence`);
 * -1 when event `i` belongs to no stop. The runtime records a `clock` event whenever time has
 * moved, which may fall between a stop and its pushes; it does not split the step.
 */
function anchorOf(events: readonly TraceEvent[], i: number): number {
  let k = i;
  while (k >= 0 && (events[k].type === 'ready.push' || events[k].type === 'clock' || events[k].type === 'task.run')) k--;
  if (k < 0 || !isStop(events[k])) return -1;
  for (let j = k + 1; j <= i; j++) {
    if (events[j].type !== 'clock' && !isConsequence(events[k], events[j])) return -1;
  }
  return k;
}

/** Whether more of stop `a`'s consequences follow from event `c` on (past any clock events). */
function continues(events: readonly TraceEvent[], a: number, c: number): boolean {
  for (let j = c; j < events.length; j++) {
    if (isConsequence(events[a], events[j])) return true;
    if (events[j].type !== 'clock') return false;
  }
  return false;
}

/** Whether a step may rest at `cursor`: just after a stop event and all of its consequences. */
export function isStopAt(events: readonly TraceEvent[], cursor: number): boolean {
  if (cursor < 1 || cursor > events.length || events[cursor - 1].type === 'clock') return false;
  const a = anchorOf(events, cursor - 1);
  return a >= 0 && !continues(events, a, cursor);
}

/** The first cursor after `cursor` where a step rests, or the end of the trace. */
export function nextStop(events: readonly TraceEvent[], cursor: number): number {
  for (let c = Math.max(cursor + 1, 1); c < events.length; c++) if (isStopAt(events, c)) return c;
  return events.length;
}

/** The last cursor before `cursor` where a step rests, or 0. */
export function prevStop(events: readonly TraceEvent[], cursor: number): number {
  for (let c = Math.min(cursor - 1, events.length); c > 0; c--) if (isStopAt(events, c)) return c;
  return 0;
}

/**
 * The index of the event a learner is looking at when the cursor is at `cursor`: at a stop, the
 * stop event itself (not the pushes that follow from it); when moving by raw events, the event
 * applied last. -1 at step 0.
 */
export function eventIndexAt(events: readonly TraceEvent[], cursor: number, by: StepSize = 'stop'): number {
  if (by === 'stop' && isStopAt(events, cursor)) return anchorOf(events, cursor - 1);
  return Math.min(cursor, events.length) - 1;
}
