/**
 * The narration of the step at the cursor, made cheap for a step forward. `narrationAt`
 * (machine.ts) rebuilds the state before the stop event from the trace's snapshots, which on a
 * long trace can mean replaying hundreds of events; after a STEP the widget already holds the
 * state a few events earlier, and replays only those. Same sentence, a fraction of the work.
 */
import { eventIndexAt, type LoopMachineContext } from '../sim/machine';
import { stopsFor, type StopList } from '../sim/machine-levels';
import type { LoopState, TraceEvent, TraceIndex } from '../sim/trace';
import { replay } from '../sim/machine-replay';
import { narrate, type Messages } from '../sim/narrate';

/** What `narrationAt(ctx, 'stop', messages)` says, reusing `prev` (the context shown before) when it can. */
export function narrationFrom(prev: LoopMachineContext | null, ctx: LoopMachineContext, messages: Messages): string {
  if (!ctx.index) return '';
  const events = ctx.index.events;
  const i = eventIndexAt(events, ctx.cursor, 'stop');
  if (i < 0) return '';
  const before =
    prev && prev.index === ctx.index && prev.cursor <= i ? replay(prev.loop, events, prev.cursor, i) : ctx.index.stateAt(i);
  return narrate(events[i], before, ctx.loop, messages);
}

/**
 * When `cursor` is "Your program"'s one step for asyncio.run's shutdown, what CPython did in it,
 * one sentence per "Inside CPython" stop (the step can be opened); otherwise null.
 */
export function shutdownDetails(index: TraceIndex, list: StopList, cursor: number, messages: Messages): string[] | null {
  const range = list.shutdown;
  if (!range) return null;
  const k = list.cursors.indexOf(cursor);
  if (k < 0 || list.anchors[k] !== range[0]) return null;
  const events = index.events;
  const out: string[] = [];
  // One walk forward from the step's start: rebuilding two states per sentence from the trace's
  // snapshots copied a 200-task state dozens of times and held a scrub to the end for 25 ms.
  let at = -1;
  let state: LoopState | null = null;
  for (const c of stopsFor(events, 'cpython').cursors) {
    if (c <= range[0] || c > cursor) continue;
    const i = eventIndexAt(events, c, 'stop');
    const before = state && at <= i ? replay(state, events, at, i) : index.stateAt(i);
    const after = replay(before, events, i, c);
    out.push(narrate(events[i], before, after, messages));
    state = after;
    at = c;
  }
  return out;
}

/** The program lines a step can run to, in order: those some "Your program" step shows. */
export function programLines(events: readonly TraceEvent[], list: StopList): number[] {
  const lines = new Set<number>();
  for (const a of list.anchors) {
    const ev = a >= 0 ? events[a] : null;
    if (ev && 'line' in ev && typeof ev.line === 'number') lines.add(ev.line);
  }
  return [...lines].sort((x, y) => x - y);
}
