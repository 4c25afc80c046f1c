/**
 * The narration of the step at the cursor, made cheap for a step forward. `narrationAt`
 * (machine.ts) rebuilds the state before the stop event from the trace's snapshots, which on a
 * long trace can mean replaying hundreds of events; after a STEP the widget already holds the
 * state a few events earlier, and replays only those. Same sentence, a fraction of the work.
 */
import { eventIndexAt, type LoopMachineContext } from '../sim/machine';
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
