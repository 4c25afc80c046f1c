/**
 * Where Step rests at each level of detail, and at each granularity. "Inside CPython" rests at
 * every stop of machine-stops.ts (a handle run, a future resolved, …). "Your program" rests where
 * the learner's own code does something: a task is created, starts, resumes, awaits, finishes, a
 * sleep ends, a line is printed, a worker thread starts or ends a job, the loop sleeps; and what
 * `asyncio.run` does after `main` returns (runners.py `Runner.close`: cancel the leftover tasks,
 * `shutdown_asyncgens`, `shutdown_default_executor`, `loop.close`) is one step.
 *
 * The granularities move further: to the next line reached, the next await that suspends, or the
 * next output line. Each is a sorted list of cursors, computed once per trace in one pass, so a
 * step, a scrubber position and "run to here" are binary searches.
 */
import { isStopAt } from './machine-stops';
import type { TraceEvent } from './trace';

export type Detail = 'program' | 'cpython';
export type Granularity = 'step' | 'line' | 'await' | 'output';

/** The cursors a step rests at (ascending, the last is the trace's end) and the event each shows. */
export interface StopList {
  cursors: number[];
  /** For each cursor, the index of the event its narration speaks of (-1: none). */
  anchors: number[];
  /** The stretch of `asyncio.run`'s shutdown, as event indices [start, end], when the trace has one. */
  shutdown: [number, number] | null;
}

/** Handles the runtime schedules for itself, whose names only "Inside CPython" shows. */
const INTERNAL_HANDLE = /^(_\w|\w+\.(_\w|__)|Task-\d+\.__|<|futures\._|tasks\._)/;

/**
 * The events, as indices [start, end], from where `asyncio.run`'s main task has stopped the loop
 * to `loop.close`: found from the `shutdown_asyncgens` task that runners.py creates once main is
 * done. Null for a loop the program runs and closes by hand.
 */
export function shutdownRange(events: readonly TraceEvent[]): [number, number] | null {
  const gens = events.findIndex((ev) => ev.type === 'task.new' && ev.coro.endsWith('shutdown_asyncgens'));
  if (gens < 0) return null;
  const close = events.findIndex((ev, i) => i > gens && ev.type === 'loop.close');
  if (close < 0) return null;
  // main's task is the first one run_until_complete waits for (its `_run_until_complete_cb`).
  const mainTask = events.find(
    (ev): ev is Extract<TraceEvent, { type: 'future.callback' }> =>
      ev.type === 'future.callback' && ev.label === '_run_until_complete_cb',
  )?.future;
  const done = events.findIndex((ev) => ev.type === 'task.done' && ev.task === mainTask);
  if (done < 0 || done > gens) return null;
  const stop = events.findIndex((ev, i) => i > done && ev.type === 'loop.stop');
  return stop < 0 || stop > gens ? null : [stop, close];
}

/** Whether event `i` is one the learner's program does, outside the shutdown (see the file's comment). */
function isProgramEvent(ev: TraceEvent, running: number | null, hidden: ReadonlySet<number>): boolean {
  switch (ev.type) {
    case 'task.new':
      return !ev.coro.startsWith('BaseEventLoop.');
    case 'task.run':
    case 'task.suspend':
    case 'task.done':
      return !hidden.has(ev.task);
    case 'timer.expire':
    case 'print':
    case 'job.start':
    case 'job.end':
    case 'line':
      return true;
    case 'future.done':
      // A future the program resolves itself (set_result in a task); the runtime's own are told
      // by the task that resumes.
      return running !== null;
    case 'loop.select':
      return ev.timeout === null || ev.timeout > 0;
    default:
      return false;
  }
}

/** Events that only prepare what the step just shown does next; a step rests after them. */
function isBookkeeping(ev: TraceEvent): boolean {
  switch (ev.type) {
    case 'ready.push':
    case 'clock':
    case 'future.callback':
    case 'future.new':
    case 'timer.push':
    case 'handle.cancel':
    case 'job.submit':
    case 'thread.new':
      return true;
    default:
      return false;
  }
}

function programStops(events: readonly TraceEvent[], shutdown: [number, number] | null): StopList {
  const cursors: number[] = [];
  const anchors: number[] = [];
  const hidden = new Set<number>();
  const labels = new Map<number, string>();
  let running: number | null = null;
  const rest = (anchor: number, cursor: number): void => {
    if (cursors.length && cursors[cursors.length - 1] >= cursor) return;
    cursors.push(cursor);
    anchors.push(anchor);
  };
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (ev.type === 'task.new' && ev.coro.startsWith('BaseEventLoop.')) hidden.add(ev.task);
    if (ev.type === 'ready.push' || ev.type === 'timer.push') labels.set(ev.handle.id, ev.handle.label);
    if (ev.type === 'ready.run') running = null;
    // A handle the program scheduled itself (call_soon(print, …)) is a step of its own.
    const userCallback = ev.type === 'ready.run' && !INTERNAL_HANDLE.test(labels.get(ev.id) ?? '_');
    if (ev.type === 'task.run') running = ev.task;
    if (ev.type === 'task.suspend' || ev.type === 'task.done') running = null;
    if (shutdown && i === shutdown[0]) {
      // One step for the shutdown: it rests before the first line printed in it (a leftover
      // task's `finally`), or at its end; the loop's close is then a step after those lines.
      let j = i;
      while (j <= shutdown[1] && events[j].type !== 'print') j++;
      rest(i, j > shutdown[1] ? shutdown[1] + 1 : j);
      for (let k = j; k <= shutdown[1]; k++) if (events[k].type === 'print') rest(k, k + 1);
      if (j <= shutdown[1]) rest(shutdown[1], shutdown[1] + 1);
      i = shutdown[1];
      continue;
    }
    if (!userCallback && !isProgramEvent(ev, running, hidden)) continue;
    let end = i + 1;
    while (end < events.length && isBookkeeping(events[end]) && !(shutdown && end === shutdown[0])) end++;
    rest(i, end);
  }
  if (!cursors.length || cursors[cursors.length - 1] !== events.length) rest(-1, events.length);
  return { cursors, anchors, shutdown };
}

function cpythonStops(events: readonly TraceEvent[]): StopList {
  const cursors: number[] = [];
  const anchors: number[] = [];
  for (let c = 1; c <= events.length; c++) {
    if (!isStopAt(events, c)) continue;
    cursors.push(c);
    anchors.push(-1);
  }
  if (cursors[cursors.length - 1] !== events.length) {
    cursors.push(events.length);
    anchors.push(-1);
  }
  return { cursors, anchors, shutdown: null };
}

/** Keeps the stops of `base` where `keep(anchor event)` holds, and the trace's end. */
function filterStops(events: readonly TraceEvent[], base: StopList, keep: (ev: TraceEvent) => boolean): StopList {
  const cursors: number[] = [];
  const anchors: number[] = [];
  base.cursors.forEach((c, k) => {
    const a = base.anchors[k];
    const kept = a >= 0 && keep(events[a]);
    if (kept || c === events.length) {
      cursors.push(c);
      anchors.push(kept ? a : -1);
    }
  });
  return { cursors, anchors, shutdown: base.shutdown };
}

const cache = new WeakMap<readonly TraceEvent[], Map<string, StopList>>();

/** The stops for `detail` and `granularity` (memoized per trace). */
export function stopsFor(events: readonly TraceEvent[], detail: Detail, granularity: Granularity = 'step'): StopList {
  let byKey = cache.get(events);
  if (!byKey) cache.set(events, (byKey = new Map()));
  const key = `${detail} ${granularity}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  let list: StopList;
  if (granularity === 'step') {
    list = detail === 'cpython' ? cpythonStops(events) : programStops(events, shutdownRange(events));
  } else {
    // The coarser moves are the same at both levels: they pick from the program's steps.
    const base = stopsFor(events, 'program', 'step');
    let lastLine: number | null = null;
    list = filterStops(events, base, (ev) => {
      if (granularity === 'await') return ev.type === 'task.suspend' && ev.on !== null;
      if (granularity === 'output') return ev.type === 'print';
      const line = 'line' in ev && typeof ev.line === 'number' ? ev.line : null;
      if (line === null || line === lastLine) return false;
      lastLine = line;
      return true;
    });
  }
  byKey.set(key, list);
  return list;
}

/** The first stop after `cursor`, or the trace's end. */
export function nextIn(stops: readonly number[], cursor: number, end: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid] <= cursor) lo = mid + 1;
    else hi = mid;
  }
  return lo < stops.length ? stops[lo] : end;
}

/** The last stop before `cursor`, or 0. */
export function prevIn(stops: readonly number[], cursor: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid] < cursor) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? stops[lo - 1] : 0;
}

/** How many stops lie at or before `cursor`: the scrubber's position. */
export function stopNumber(stops: readonly number[], cursor: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid] <= cursor) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first cursor after `cursor` whose step shows program line `line` (wrapping to the start), or null. */
export function runToLine(
  events: readonly TraceEvent[],
  list: StopList,
  cursor: number,
  line: number,
): number | null {
  const at = (k: number): boolean => {
    const a = list.anchors[k];
    const ev = a >= 0 ? events[a] : null;
    return ev !== null && 'line' in ev && ev.line === line;
  };
  const n = list.cursors.length;
  const start = stopNumber(list.cursors, cursor);
  for (let j = 0; j < n; j++) {
    const k = (start + j) % n;
    if (at(k)) return list.cursors[k];
  }
  return null;
}
