import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loopMachine, outputAt, startAutoplay, type Schedule } from '../../../src/sim/machine';
import { RUN_MAIN, RUN_MAIN_STOPS, runMainTrace } from './traces';

/** A clock the test moves by hand: `schedule` queues, `advance` runs what falls due. */
function fakeClock() {
	let now = 0;
	let pending: { at: number; run: () => void }[] = [];
	const schedule: Schedule = (run, ms) => {
		const timer = { at: now + ms, run };
		pending.push(timer);
		return () => {
			pending = pending.filter((t) => t !== timer);
		};
	};
	const advance = (ms: number): void => {
		const until = now + ms;
		for (;;) {
			const due = pending.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
			if (!due) break;
			pending = pending.filter((t) => t !== due);
			now = due.at;
			due.run();
		}
		now = until;
	};
	return { schedule, advance, pending: () => pending.length };
}

function setup() {
	const clock = fakeClock();
	const actor = createActor(loopMachine, { input: { events: runMainTrace() } }).start();
	const stop = startAutoplay(actor, clock.schedule);
	return { clock, actor, stop };
}

describe('startAutoplay', () => {
	it('sends nothing while paused', () => {
		const { clock, actor } = setup();

		clock.advance(10_000);

		expect(actor.getSnapshot().context.cursor).toBe(0);
		expect(clock.pending()).toBe(0);
	});

	it('steps once every 1/speed seconds while playing', () => {
		const { clock, actor } = setup();
		actor.send({ type: 'PLAY' });

		clock.advance(499);
		const early = actor.getSnapshot().context.cursor;
		clock.advance(1);
		const first = actor.getSnapshot().context.cursor;
		clock.advance(500);

		expect(early).toBe(0);
		expect(first).toBe(RUN_MAIN_STOPS[0]);
		expect(actor.getSnapshot().context.cursor).toBe(RUN_MAIN_STOPS[1]);
	});

	it('plays to the end, prints everything, and then stops scheduling', () => {
		const { clock, actor } = setup();
		actor.send({ type: 'PLAY' });

		clock.advance(500 * RUN_MAIN_STOPS.length);

		const s = actor.getSnapshot();
		expect(s.value).toEqual({ player: 'ended', loop: 'closed' });
		expect(outputAt(s.context).map((l) => l.text)).toEqual([
			'main starts',
			'worker starts',
			'worker done',
			'main done',
		]);
		expect(clock.pending()).toBe(0);
	});

	it('stops stepping on PAUSE and picks up again on PLAY', () => {
		const { clock, actor } = setup();
		actor.send({ type: 'PLAY' });
		clock.advance(1000);

		actor.send({ type: 'PAUSE' });
		clock.advance(5000);
		const paused = actor.getSnapshot().context.cursor;
		actor.send({ type: 'PLAY' });
		clock.advance(500);

		expect(paused).toBe(RUN_MAIN_STOPS[1]);
		expect(actor.getSnapshot().context.cursor).toBe(RUN_MAIN_STOPS[2]);
	});

	it('uses the speed set before PLAY', () => {
		const { clock, actor } = setup();
		actor.send({ type: 'SPEED', stepsPerSecond: 10 });
		actor.send({ type: 'PLAY' });

		clock.advance(300);

		expect(actor.getSnapshot().context.cursor).toBe(RUN_MAIN_STOPS[2]);
	});

	it('replays from the start when PLAY is pressed at the end', () => {
		const { clock, actor } = setup();
		actor.send({ type: 'SEEK', step: RUN_MAIN.length });

		actor.send({ type: 'PLAY' });
		clock.advance(500);

		expect(actor.getSnapshot().matches({ player: 'playing' })).toBe(true);
		expect(actor.getSnapshot().context.cursor).toBe(RUN_MAIN_STOPS[0]);
	});

	it('does nothing more once the function it returned is called', () => {
		const { clock, actor, stop } = setup();
		actor.send({ type: 'PLAY' });

		stop();
		clock.advance(5000);

		expect(actor.getSnapshot().context.cursor).toBe(0);
		expect(clock.pending()).toBe(0);
	});

	it('cancels its pending step when the actor stops', () => {
		const { clock, actor } = setup();
		actor.send({ type: 'PLAY' });

		actor.stop();

		expect(clock.pending()).toBe(0);
	});
});
