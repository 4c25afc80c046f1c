/**
 * The timeline of a run, derived from its trace: one lane for the loop, one per task and one per
 * worker thread, each a row of spans (running, ready, waiting on something, done, failed,
 * cancelled; a thread busy or idle). Pure data, computed once per trace; the widget only draws it
 * (TimelineView.tsx) and moves a cursor.
 *
 * The axis is the virtual clock, with one twist. Code takes no virtual time (only sleeps and
 * blocking calls advance the clock), so everything that happens at one moment would be drawn on
 * one vertical line. The axis therefore gives each *instant* (events less than a millisecond
 * apart) a fixed slot in which its events are spread out in order, and gives the time between
 * instants a width in proportion to its length. Sequential code then looks sequential, and two
 * sleeps that overlap look overlapped: 1 s + 2 s side by side end at the 2 s mark.
 */
import type { TraceEvent } from './trace';

export type SpanState = 'running' | 'ready' | 'waiting' | 'finished' | 'failed' | 'cancelled' | 'busy' | 'sleeping';

export interface Span {
  state: SpanState;
  /** Index of the event that began the span, and of the one that ended it (exclusive). */
  from: number;
  to: number;
  /** What a waiting task waits on, the job a busy thread runs, the value a task returned. */
  detail: string | null;
}

export interface Lane {
  kind: 'loop' | 'task' | 'thread';
  /** `Task-2`, a thread's name, or `loop`. */
  name: string;
  /** The task's coroutine, or the thread's pool. */
  note: string;
  spans: Span[];
}

export interface Timeline {
  lanes: Lane[];
  /** The virtual time when event `i` happens (after the clock events before it). */
  times: Float64Array;
  /** Where event `i` sits on the axis, from 0 to 1; `x[n]` is the end. */
  x: Float64Array;
  /** Time marks for the axis: a time and where it falls. */
  ticks: { time: number; x: number }[];
  /** The run's last time. */
  end: number;
}

/** Events closer than this in virtual time belong to one instant. */
const INSTANT = 1e-3;
/** The share of the axis given to time passing; the rest goes to the instants. */
const TIME_SHARE = 0.7;

/** Builds the timeline of `events`. One pass over the trace, then one over the lanes. */
export function deriveTimeline(events: readonly TraceEvent[]): Timeline {
  const n = events.length;
  const times = new Float64Array(n + 1);
  let now = 0;
  for (let i = 0; i < n; i++) {
    const ev = events[i];
    if (ev.type === 'clock') now = ev.time;
    times[i] = now;
  }
  times[n] = now;

  const lanes: Lane[] = [{ kind: 'loop', name: 'loop', note: '', spans: [] }];
  const taskLane = new Map<number, Lane>();
  const threadLane = new Map<string, Lane>();
  const open = new Map<Lane, Span>();
  const begin = (lane: Lane, state: SpanState, i: number, detail: string | null = null): void => {
    const cur = open.get(lane);
    if (cur) {
      if (cur.state === state && cur.detail === detail) return;
      cur.to = i;
      if (cur.to > cur.from || cur.state !== 'running') lane.spans.push(cur);
    }
    open.set(lane, { state, from: i, to: i, detail });
  };
  const close = (lane: Lane, i: number): void => {
    const cur = open.get(lane);
    if (!cur) return;
    cur.to = i;
    lane.spans.push(cur);
    open.delete(lane);
  };
  const loop = lanes[0];
  const taskNames = new Map<number, string>();

  for (let i = 0; i < n; i++) {
    const ev = events[i];
    switch (ev.type) {
      case 'task.new': {
        // asyncio.run's own shutdown tasks are the loop's business, drawn on its lane.
        if (ev.coro.startsWith('BaseEventLoop.')) break;
        const lane: Lane = { kind: 'task', name: ev.name, note: ev.coro.endsWith(')') ? ev.coro : `${ev.coro}()`, spans: [] };
        lanes.push(lane);
        taskLane.set(ev.task, lane);
        taskNames.set(ev.task, ev.name);
        begin(lane, 'ready', i);
        break;
      }
      case 'ready.push': {
        const lane = ev.handle.task === null ? undefined : taskLane.get(ev.handle.task);
        if (lane && open.get(lane)?.state === 'waiting') begin(lane, 'ready', i);
        break;
      }
      case 'ready.run':
        begin(loop, 'running', i);
        break;
      case 'loop.iteration':
      case 'loop.stop':
        close(loop, i);
        break;
      case 'loop.select':
        close(loop, i);
        if (ev.timeout !== 0) begin(loop, 'sleeping', i);
        break;
      case 'timer.expire':
        if (open.get(loop)?.state === 'sleeping') close(loop, i);
        break;
      case 'task.run': {
        const lane = taskLane.get(ev.task);
        if (lane) begin(lane, 'running', i);
        break;
      }
      case 'task.suspend': {
        const lane = taskLane.get(ev.task);
        if (!lane) break;
        if (ev.on === null) begin(lane, 'ready', i);
        else {
          const on = (ev.future !== null && taskNames.get(ev.future)) || ev.on;
          begin(lane, 'waiting', i, on);
        }
        break;
      }
      case 'task.done': {
        const lane = taskLane.get(ev.task);
        if (!lane) break;
        close(lane, i);
        lane.spans.push({ state: ev.state, from: i, to: i, detail: ev.value });
        break;
      }
      case 'thread.new': {
        const lane: Lane = { kind: 'thread', name: ev.thread, note: ev.pool, spans: [] };
        lanes.push(lane);
        threadLane.set(ev.thread, lane);
        break;
      }
      case 'job.start': {
        const lane = threadLane.get(ev.thread);
        if (lane) begin(lane, 'busy', i, null);
        break;
      }
      case 'job.end': {
        if (open.get(loop)?.state === 'sleeping') close(loop, i);
        const lane = threadLane.get(ev.thread);
        if (lane) close(lane, i);
        break;
      }
      default:
        break;
    }
  }
  for (const [lane, span] of open) {
    span.to = n;
    lane.spans.push(span);
  }
  // A busy span's detail is its job's label, known from its submit event.
  const jobLabels = new Map<number, string>();
  for (const ev of events) if (ev.type === 'job.submit') jobLabels.set(ev.job, ev.label);
  for (const lane of lanes) {
    if (lane.kind !== 'thread') continue;
    for (const span of lane.spans) {
      const ev = events[span.from];
      if (ev?.type === 'job.start') span.detail = jobLabels.get(ev.job) ?? null;
    }
  }

  const { x, ticks } = axis(times, n);
  return { lanes, times, x, ticks, end: now };
}

/** The axis position of every event (see the file's comment) and round-number time marks. */
function axis(times: Float64Array, n: number): { x: Float64Array; ticks: { time: number; x: number }[] } {
  // Instants: runs of events within INSTANT of the first.
  const starts: number[] = [];
  for (let i = 0; i <= n; i++) if (i === 0 || times[i] - times[starts[starts.length - 1]] >= INSTANT) starts.push(i);
  const total = times[n] - times[0];
  const slots = starts.length;
  const instantShare = total > 0 ? 1 - TIME_SHARE : 1;
  const slot = instantShare / slots;
  const perSecond = total > 0 ? TIME_SHARE / total : 0;
  const x = new Float64Array(n + 1);
  const marks: { time: number; x: number }[] = [];
  let pos = 0;
  for (let k = 0; k < slots; k++) {
    const first = starts[k];
    const last = k + 1 < slots ? starts[k + 1] : n + 1;
    if (k > 0) pos += (times[first] - times[starts[k - 1]]) * perSecond;
    marks.push({ time: times[first], x: pos });
    const count = last - first;
    for (let i = first; i < last; i++) x[i] = pos + (slot * (i - first)) / Math.max(1, count);
    pos += slot;
  }
  return { x, ticks: niceTicks(marks, times[n]) };
}

/** Round times (0, 0.5, 1, …) at most about 8 of them, placed where the axis puts that time. */
function niceTicks(marks: { time: number; x: number }[], end: number): { time: number; x: number }[] {
  if (end <= 0) return [{ time: 0, x: 0 }];
  const raw = end / 6;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: { time: number; x: number }[] = [];
  for (let t = 0; t <= end + 1e-9; t += step) {
    // The first instant at or after t: a round time between instants sits where that gap ends.
    const m = marks.find((mk) => mk.time >= t - INSTANT / 2) ?? marks[marks.length - 1];
    const prev = marks[marks.indexOf(m) - 1];
    const at = prev && m.time > t ? m.x - (m.time - t) * ((m.x - prev.x) / Math.max(m.time - prev.time, 1e-12)) : m.x;
    out.push({ time: Number(t.toFixed(6)), x: Math.max(0, at) });
  }
  return out;
}

/** The event index nearest to axis position `pos` (0 to 1): where a click on the timeline seeks. */
export function eventAt(timeline: Timeline, pos: number): number {
  const x = timeline.x;
  let lo = 0;
  let hi = x.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The state of each lane at cursor `cursor` (after that many events), for the table and tests. */
export function laneStateAt(lane: Lane, cursor: number): Span | null {
  let found: Span | null = null;
  for (const span of lane.spans) {
    if (span.from < cursor && (cursor <= span.to || span.from === span.to)) found = span;
    if (span.from >= cursor) break;
  }
  return found;
}
