/**
 * Moving a loop state forward a few events without touching the state it started from, so the
 * snapshots a widget still holds stay true. Cheaper than `TraceIndex.stateAt` for a short step,
 * and items nothing touched stay the same objects, so a widget can skip rows that did not change.
 */
import { applyEvent, positionOf, sameIds, type LoopState, type TraceEvent } from './trace';

/**
 * Gives the items `ev` will mutate in place fresh copies, so that `applyEvent` on a shallow copy
 * of a state leaves the original untouched. These are the only in-place writes `applyEvent` makes
 * (trace.ts: task.run/suspend/done, future.done, job.start/end, awaited_by.*); everything else replaces a field
 * or changes an array, and the arrays are copied. Items nothing touches stay shared between
 * steps, which keeps a step cheap and lets a widget skip rows whose object did not change.
 */
function detach(s: LoopState, ev: TraceEvent, fresh: Set<object>): void {
  const own = <T extends object>(items: T[], i: number): void => {
    if (i < 0 || fresh.has(items[i])) return;
    items[i] = { ...items[i] };
    fresh.add(items[i]);
  };
  switch (ev.type) {
    case 'task.run':
    case 'task.suspend':
    case 'task.done':
      own(s.tasks, positionOf(s.tasks, ev.task));
      break;
    case 'future.done':
    case 'future.callback':
      own(s.futures, positionOf(s.futures, ev.future));
      break;
    case 'job.start':
    case 'job.end':
      own(s.jobs, s.jobs.findIndex((j) => j.id === ev.job));
      own(s.threads, s.threads.findIndex((t) => t.name === ev.thread));
      break;
    default:
      break;
  }
}

/** `events` applied to `from` without changing `from` (copy on write, see `detach`). */
export function replay(from: LoopState, events: readonly TraceEvent[], start: number, end: number): LoopState {
  const s: LoopState = {
    ...from,
    ready: from.ready.slice(),
    timers: from.timers.slice(),
    tasks: sameIds(from.tasks, from.tasks.slice()),
    futures: sameIds(from.futures, from.futures.slice()),
    threads: from.threads.slice(),
    jobs: from.jobs.slice(),
    awaits: from.awaits.slice(),
  };
  const fresh = new Set<object>();
  for (let i = start; i < end; i++) {
    detach(s, events[i], fresh);
    applyEvent(s, events[i]);
  }
  return s;
}
