/**
 * The loop machine: the learner's cursor over a trace, and the phase of `_run_once` the loop is in
 * at that cursor. Widgets render only from this actor's snapshots.
 *
 * The root is parallel, so a snapshot's value reads like `{ player: 'paused', loop: 'select' }`:
 *
 * - `player` is the learner's side: `empty` (no trace) → `paused` ⇄ `playing` → `ended` (the
 *   cursor is at the end of the trace). It handles STEP, BACK, PLAY, PAUSE, SEEK, RESET, LOAD
 *   and SPEED.
 * - `loop` is derived: each of its states (`idle`, `running`, `timers`, `select`, `stopped`,
 *   `closed`, the trace's `Phase`s) follows `context.loop.phase` through eventless transitions,
 *   so it can never disagree with the state at the cursor.
 *
 * Choices worth knowing:
 * - STEP and BACK move by *stops* (see `isStop`, `isStopAt`): the events a learner notices, such
 *   as a handle running, a task suspending, a print, each together with the pushes it causes (a
 *   new task's first step, a finished future's callbacks). Dull events (`loop.iteration`, `clock`,
 *   a poll that does not wait) are passed through. `{ type: 'STEP', by: 'event' }` moves one raw
 *   event. Stops are a fixed set of cursor positions, so BACK then STEP (and STEP then BACK)
 *   lands where it started.
 * - The state at the cursor is exactly `TraceIndex.stateAt(cursor)`. BACK and SEEK rebuild it
 *   from the index's snapshots, never by undoing events; a short STEP forward replays the next
 *   events on a copy of the current state, which gives the same state for less work.
 * - PLAY at the end restarts from step 0, as a media player does; a trace with no events ends
 *   again at once.
 * - BACK while playing pauses: a learner going back wants to look. SEEK keeps playing.
 * - No timers live in the chart (xstate/graph refuses `after` and `invoke`); `startAutoplay`
 *   sends STEP from outside while the player is `playing`.
 */
import { assertEvent, assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { nextIn, prevIn } from './machine-levels';
import { eventIndexAt, nextStop, prevStop, type StepSize } from './machine-stops';
import { replay } from './machine-replay';
import { en, narrate, type Messages } from './narrate';
import { emptyState, TraceIndex, type LoopState, type Phase, type PrintedLine, type TraceEvent } from './trace';

export { eventIndexAt, isConsequence, isStop, isStopAt, nextStop, prevStop, type StepSize } from './machine-stops';

export interface LoopMachineContext {
  /** The loaded trace and its snapshots; `index.events` is the trace. null until LOAD. */
  index: TraceIndex | null;
  /** How many of the trace's events have been applied, from 0 to `index.length`. */
  cursor: number;
  /** The loop's state after `cursor` events: exactly `index.stateAt(cursor)`. */
  loop: LoopState;
  /** Autoplay speed, in steps per second. */
  speed: number;
  /**
   * Where STEP and BACK rest, ascending (machine-levels.ts `stopsFor`), when the learner chose a
   * level of detail or a granularity; null: at the stops of machine-stops.ts.
   */
  stops: readonly number[] | null;
}

export type LoopMachineEvent =
  /** Replace the trace and go to step 0, paused. */
  | { type: 'LOAD'; events: readonly TraceEvent[] }
  | { type: 'STEP'; by?: StepSize }
  | { type: 'BACK'; by?: StepSize }
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  /** Go to the state after `step` events (clamped to the trace). */
  | { type: 'SEEK'; step: number }
  /** Back to step 0, paused. */
  | { type: 'RESET' }
  | { type: 'SPEED'; stepsPerSecond: number }
  /** Where STEP and BACK rest from now on (null: machine-stops.ts's stops); the cursor stays. */
  | { type: 'STOPS'; stops: readonly number[] | null };

export interface LoopMachineInput {
  events?: readonly TraceEvent[];
  speed?: number;
  stops?: readonly number[] | null;
}

export const DEFAULT_SPEED = 2;

export const PHASES: readonly Phase[] = ['idle', 'running', 'timers', 'select', 'stopped', 'closed'];

export function initialContext(input: LoopMachineInput = {}): LoopMachineContext {
  const speed = input.speed ?? DEFAULT_SPEED;
  const base: LoopMachineContext = { index: null, cursor: 0, loop: emptyState(), speed, stops: input.stops ?? null };
  return input.events ? loadTrace(base, input.events) : base;
}

export function loadTrace(ctx: LoopMachineContext, events: readonly TraceEvent[]): LoopMachineContext {
  const index = new TraceIndex(events);
  // A new trace has stops of its own: the old list no longer points at its events.
  return { ...ctx, index, cursor: 0, loop: index.stateAt(0), stops: ctx.index && ctx.index.events !== events ? null : ctx.stops };
}

/** Forward moves shorter than this replay from the current state instead of a snapshot. */
const REPLAY_LIMIT = 256;

/**
 * The context with the cursor at `step` (clamped to the trace) and the state rebuilt there.
 *
 * A short move forward applies the next events to (a copy on write of) the current state, which
 * is what `stateAt` would do from its nearest snapshot, minus the way from that snapshot. Every
 * other move asks `stateAt`. Either way the previous context's state is never mutated, so older
 * snapshots a widget still holds stay true.
 */
export function moveTo(ctx: LoopMachineContext, step: number): LoopMachineContext {
  if (!ctx.index || Number.isNaN(step)) return ctx;
  const cursor = Math.max(0, Math.min(Math.trunc(step), ctx.index.length));
  if (cursor === ctx.cursor) return ctx;
  if (cursor > ctx.cursor && cursor - ctx.cursor <= REPLAY_LIMIT) {
    return { ...ctx, cursor, loop: replay(ctx.loop, ctx.index.events, ctx.cursor, cursor) };
  }
  return { ...ctx, cursor, loop: ctx.index.stateAt(cursor) };
}

export function stepForward(ctx: LoopMachineContext, by: StepSize = 'stop'): LoopMachineContext {
  if (!ctx.index) return ctx;
  if (by === 'event') return moveTo(ctx, ctx.cursor + 1);
  const events = ctx.index.events;
  return moveTo(ctx, ctx.stops ? nextIn(ctx.stops, ctx.cursor, events.length) : nextStop(events, ctx.cursor));
}

export function stepBack(ctx: LoopMachineContext, by: StepSize = 'stop'): LoopMachineContext {
  if (!ctx.index) return ctx;
  if (by === 'event') return moveTo(ctx, ctx.cursor - 1);
  return moveTo(ctx, ctx.stops ? prevIn(ctx.stops, ctx.cursor) : prevStop(ctx.index.events, ctx.cursor));
}

export function setStops(ctx: LoopMachineContext, stops: readonly number[] | null): LoopMachineContext {
  return { ...ctx, stops };
}

export function rewind(ctx: LoopMachineContext): LoopMachineContext {
  return moveTo(ctx, 0);
}

export function setSpeed(ctx: LoopMachineContext, stepsPerSecond: number): LoopMachineContext {
  return { ...ctx, speed: stepsPerSecond };
}

export function hasTrace(ctx: LoopMachineContext): boolean {
  return ctx.index !== null;
}

export function canStep(ctx: LoopMachineContext): boolean {
  return ctx.index !== null && ctx.cursor < ctx.index.length;
}

export function canBack(ctx: LoopMachineContext): boolean {
  return ctx.index !== null && ctx.cursor > 0;
}

export function atEnd(ctx: LoopMachineContext): boolean {
  return ctx.index !== null && ctx.cursor === ctx.index.length;
}

/** The event applied last (the one the cursor rests after), or null at step 0. */
export function lastEvent(ctx: LoopMachineContext): TraceEvent | null {
  return ctx.index && ctx.cursor > 0 ? ctx.index.events[ctx.cursor - 1] : null;
}

/** Everything printed up to the cursor. */
export function outputAt(ctx: LoopMachineContext): readonly PrintedLine[] {
  return ctx.index ? ctx.index.outputAt(ctx.cursor) : [];
}

/**
 * One sentence about what the step at the cursor did ('' at step 0): the stop event when the
 * cursor rests at a stop, otherwise the event applied last. Pass `by: 'event'` when the learner
 * is stepping by raw events, and a `Messages` table (narrate.ts) to say it in another language.
 */
export function narrationAt(ctx: LoopMachineContext, by: StepSize = 'stop', messages: Messages = en): string {
  if (!ctx.index) return '';
  const i = eventIndexAt(ctx.index.events, ctx.cursor, by);
  if (i < 0) return '';
  return narrate(ctx.index.events[i], ctx.index.stateAt(i), ctx.loop, messages);
}

/** Each phase state follows `context.loop.phase` to whichever other phase it names. */
function follow(self: Phase) {
  return PHASES.filter((p) => p !== self).map((phase) => ({
    guard: { type: 'phaseIs' as const, params: { phase } },
    target: phase,
  }));
}

export const loopMachine = setup({
  types: {
    context: {} as LoopMachineContext,
    events: {} as LoopMachineEvent,
    // `| void`, not `| undefined`: setup infers the input type through an optional property,
    // which drops `undefined`, and then createActor(loopMachine) would demand an input.
    input: {} as LoopMachineInput | void,
  },
  actions: {
    load: assign(({ context, event }) => {
      assertEvent(event, 'LOAD');
      return loadTrace(context, event.events);
    }),
    stepForward: assign(({ context, event }) => {
      assertEvent(event, 'STEP');
      return stepForward(context, event.by);
    }),
    stepBack: assign(({ context, event }) => {
      assertEvent(event, 'BACK');
      return stepBack(context, event.by);
    }),
    seek: assign(({ context, event }) => {
      assertEvent(event, 'SEEK');
      return moveTo(context, event.step);
    }),
    rewind: assign(({ context }) => rewind(context)),
    setStops: assign(({ context, event }) => {
      assertEvent(event, 'STOPS');
      return setStops(context, event.stops);
    }),
    setSpeed: assign(({ context, event }) => {
      assertEvent(event, 'SPEED');
      return setSpeed(context, event.stepsPerSecond);
    }),
  },
  guards: {
    hasTrace: ({ context }) => hasTrace(context),
    canStep: ({ context }) => canStep(context),
    canBack: ({ context }) => canBack(context),
    atEnd: ({ context }) => atEnd(context),
    validSeek: ({ event }) => event.type === 'SEEK' && Number.isFinite(event.step),
    validSpeed: ({ event }) =>
      event.type === 'SPEED' && Number.isFinite(event.stepsPerSecond) && event.stepsPerSecond > 0,
    phaseIs: ({ context }, params: { phase: Phase }) => context.loop.phase === params.phase,
  },
}).createMachine({
  id: 'loopMachine',
  type: 'parallel',
  context: ({ input }) => initialContext(input ?? {}),
  states: {
    player: {
      initial: 'empty',
      on: {
        LOAD: { target: '.paused', actions: 'load' },
        RESET: { guard: 'hasTrace', target: '.paused', actions: 'rewind' },
        SPEED: { guard: 'validSpeed', actions: 'setSpeed' },
        STOPS: { actions: 'setStops' },
      },
      states: {
        empty: {
          // A trace given as input loads before the actor starts.
          always: { guard: 'hasTrace', target: 'paused' },
        },
        paused: {
          always: { guard: 'atEnd', target: 'ended' },
          on: {
            STEP: { guard: 'canStep', actions: 'stepForward' },
            BACK: { guard: 'canBack', actions: 'stepBack' },
            SEEK: { guard: 'validSeek', actions: 'seek' },
            PLAY: { target: 'playing' },
          },
        },
        playing: {
          always: { guard: 'atEnd', target: 'ended' },
          on: {
            STEP: { guard: 'canStep', actions: 'stepForward' },
            BACK: { guard: 'canBack', target: 'paused', actions: 'stepBack' },
            SEEK: { guard: 'validSeek', actions: 'seek' },
            PAUSE: { target: 'paused' },
          },
        },
        ended: {
          on: {
            BACK: { guard: 'canBack', target: 'paused', actions: 'stepBack' },
            SEEK: { guard: 'validSeek', target: 'paused', actions: 'seek' },
            PLAY: { target: 'playing', actions: 'rewind' },
          },
        },
      },
    },
    loop: {
      initial: 'idle',
      states: {
        idle: { always: follow('idle') },
        running: { always: follow('running') },
        timers: { always: follow('timers') },
        select: { always: follow('select') },
        stopped: { always: follow('stopped') },
        closed: { always: follow('closed') },
      },
    },
  },
});

export type LoopMachineSnapshot = SnapshotFrom<typeof loopMachine>;
export type LoopMachineActor = ActorRefFrom<typeof loopMachine>;

/** Runs `run` after `ms` milliseconds; returns a function that cancels it. */
export type Schedule = (run: () => void, ms: number) => () => void;

const realSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

type AutoplayTarget = Pick<LoopMachineActor, 'send' | 'subscribe' | 'getSnapshot'>;

/**
 * Sends STEP every `1000 / speed` ms while the actor's player is `playing`, and nothing otherwise.
 * Returns a function that stops it. Timing lives here, outside the chart, so the chart stays pure
 * and a test can pass a fake `schedule`.
 */
export function startAutoplay(actor: AutoplayTarget, schedule: Schedule = realSchedule): () => void {
  let cancel: (() => void) | null = null;
  const sync = (snapshot: LoopMachineSnapshot): void => {
    const playing = snapshot.matches({ player: 'playing' });
    if (playing && !cancel) {
      cancel = schedule(() => {
        cancel = null;
        actor.send({ type: 'STEP' });
        sync(actor.getSnapshot());
      }, 1000 / snapshot.context.speed);
    } else if (!playing && cancel) {
      cancel();
      cancel = null;
    }
  };
  const halt = (): void => {
    cancel?.();
    cancel = null;
  };
  // An actor that stops (its island unmounts) must not receive a STEP from a pending timer.
  const subscription = actor.subscribe({ next: sync, complete: halt, error: halt });
  sync(actor.getSnapshot());
  return () => {
    subscription.unsubscribe();
    halt();
  };
}
