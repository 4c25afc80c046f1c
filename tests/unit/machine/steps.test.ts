import { describe, expect, it } from 'vitest';
import {
	atEnd,
	canBack,
	canStep,
	eventIndexAt,
	initialContext,
	isConsequence,
	isStop,
	isStopAt,
	moveTo,
	narrationAt,
	nextStop,
	outputAt,
	prevStop,
	stepBack,
	stepForward,
	type LoopMachineContext,
} from '../../../src/sim/machine';
import type { TraceEvent } from '../../../src/sim/trace';
import { RUN_MAIN, RUN_MAIN_STOPS, runMainTrace, syntheticTrace } from './traces';

const events = runMainTrace();
const at = (cursor: number): LoopMachineContext => moveTo(initialContext({ events }), cursor);

describe('isStop', () => {
	it('stops on a handle running, and passes over a new iteration and the clock', () => {
		expect(isStop({ type: 'ready.run', id: 1 })).toBe(true);
		expect(isStop({ type: 'loop.iteration', n: 1 })).toBe(false);
		expect(isStop({ type: 'clock', time: 1 })).toBe(false);
	});

	it('stops on a select that waits, not on a poll that returns at once', () => {
		expect(isStop({ type: 'loop.select', timeout: 0.5 })).toBe(true);
		expect(isStop({ type: 'loop.select', timeout: null })).toBe(true);
		expect(isStop({ type: 'loop.select', timeout: 0 })).toBe(false);
	});
});

describe('isConsequence', () => {
	const created: TraceEvent = { type: 'task.new', task: 2, name: 'Task-2', coro: 'worker()' };

	it("counts a new task's first step as part of creating it", () => {
		const push: TraceEvent = {
			type: 'ready.push',
			handle: { id: 2, label: 'Task-2.__step()', task: 2 },
			threadsafe: false,
		};

		expect(isConsequence(created, push)).toBe(true);
	});

	it("does not count another task's step, or a worker's hand-over after a future is set", () => {
		const other: TraceEvent = {
			type: 'ready.push',
			handle: { id: 3, label: 'Task-3.__step()', task: 3 },
			threadsafe: false,
		};
		const handover: TraceEvent = {
			type: 'ready.push',
			handle: { id: 4, label: '_set_state()', task: null },
			threadsafe: true,
		};

		expect(isConsequence(created, other)).toBe(false);
		expect(
			isConsequence({ type: 'future.done', future: 1, state: 'finished', value: 'None' }, handover),
		).toBe(false);
	});
});

describe('nextStop', () => {
	it('passes over the iteration and the poll to rest once the handle has run and resumed its task', () => {
		expect(nextStop(events, RUN_MAIN.task1Created)).toBe(RUN_MAIN.task1Runs);
	});

	it("rests after a new task's first step is queued, not between the two", () => {
		expect(nextStop(events, RUN_MAIN.mainStartsPrinted)).toBe(RUN_MAIN.task2Created);
		expect(nextStop(events, RUN_MAIN.task2Created - 1)).toBe(RUN_MAIN.task2Created);
	});

	it('returns the end of the trace when no stop is left', () => {
		const cut = events.slice(0, 5);

		expect(nextStop(cut, 3)).toBe(5);
		expect(nextStop(events, RUN_MAIN.length)).toBe(RUN_MAIN.length);
	});
});

describe('prevStop', () => {
	it('returns 0 before the first stop', () => {
		expect(prevStop(events, RUN_MAIN.task1Created)).toBe(0);
		expect(prevStop(events, 1)).toBe(0);
	});

	it('undoes nextStop at every stop, so BACK then STEP lands where it started', () => {
		const there = RUN_MAIN_STOPS.map((s) => nextStop(events, prevStop(events, s)));

		expect(there).toEqual(RUN_MAIN_STOPS);
	});
});

describe('isStopAt', () => {
	it('holds exactly at the cursors STEP visits', () => {
		const stops = Array.from({ length: events.length + 1 }, (_, c) => c).filter((c) =>
			isStopAt(events, c),
		);

		expect(stops).toEqual(RUN_MAIN_STOPS);
	});
});

describe('eventIndexAt', () => {
	it('at a stop, names the stop event rather than the push it caused', () => {
		expect(events[eventIndexAt(events, RUN_MAIN.task2Created)].type).toBe('task.new');
	});

	it('when stepping by events, names the event applied last', () => {
		expect(events[eventIndexAt(events, RUN_MAIN.task2Created, 'event')].type).toBe('ready.push');
	});

	it('is -1 at step 0', () => {
		expect(eventIndexAt(events, 0)).toBe(-1);
	});
});

describe('moveTo', () => {
	it('rebuilds the state at the new cursor', () => {
		const ctx = at(RUN_MAIN.waitsForTimer);

		expect(ctx.loop.phase).toBe('select');
		expect(ctx.loop.timers.map((t) => t.when)).toEqual([1]);
	});

	it('clamps and truncates the cursor to the trace', () => {
		expect(at(-3).cursor).toBe(0);
		expect(at(500).cursor).toBe(RUN_MAIN.length);
		expect(at(7.9).cursor).toBe(7);
	});

	it('returns the same context when the cursor does not move', () => {
		const ctx = at(9);

		expect(moveTo(ctx, 9)).toBe(ctx);
	});

	it('leaves the state it moved from untouched', () => {
		const ctx = at(RUN_MAIN.task1Runs);
		const copy = structuredClone(ctx.loop);

		moveTo(ctx, RUN_MAIN.length);

		expect(ctx.loop).toEqual(copy);
	});

	it('keeps the objects of the tasks a step did not touch, so a widget can skip those rows', () => {
		const before = at(RUN_MAIN.task2Created);

		const after = moveTo(before, RUN_MAIN.task2Created + 1);

		const [task1Before, task2Before] = before.loop.tasks;
		const [task1After, task2After] = after.loop.tasks;
		expect(task1After).not.toBe(task1Before);
		expect(task1After.state).toBe('waiting');
		expect(task2After).toBe(task2Before);
	});

	it('gives a long trace the states stateAt rebuilds, stepping, jumping and going back', () => {
		const long = syntheticTrace(2000, { seed: 3 });
		let ctx = initialContext({ events: long });
		const kept: LoopMachineContext[] = [];

		while (ctx.cursor < long.length) {
			ctx = stepForward(ctx);
			kept.push(ctx);
		}
		for (const target of [1999, 3, 1500, 1200, 1700, 0])
			kept.push(moveTo(kept[kept.length - 1], target));

		const wrong = kept.filter(
			(k) => JSON.stringify(k.loop) !== JSON.stringify(k.index?.stateAt(k.cursor)),
		);
		expect(wrong.map((k) => k.cursor)).toEqual([]);
	});
});

describe('stepForward', () => {
	it('moves to the next stop, or by one event when asked', () => {
		expect(stepForward(at(0)).cursor).toBe(RUN_MAIN.task1Created);
		expect(stepForward(at(0), 'event').cursor).toBe(1);
	});

	it('changes nothing at the end or without a trace', () => {
		const end = at(RUN_MAIN.length);
		const none = initialContext();

		expect(stepForward(end)).toBe(end);
		expect(stepForward(none)).toBe(none);
	});
});

describe('stepBack', () => {
	it('moves to the previous stop, or by one event when asked', () => {
		expect(stepBack(at(RUN_MAIN.timerFires)).cursor).toBe(RUN_MAIN.waitsForTimer);
		expect(stepBack(at(RUN_MAIN.timerFires), 'event').cursor).toBe(RUN_MAIN.timerFires - 1);
	});

	it('changes nothing at step 0', () => {
		const start = at(0);

		expect(stepBack(start)).toBe(start);
	});
});

describe('canStep, canBack and atEnd', () => {
	it('tell the ends of the trace apart from the middle', () => {
		expect([canStep(at(0)), canBack(at(0)), atEnd(at(0))]).toEqual([true, false, false]);
		expect([canStep(at(20)), canBack(at(20)), atEnd(at(20))]).toEqual([true, true, false]);
		expect([
			canStep(at(RUN_MAIN.length)),
			canBack(at(RUN_MAIN.length)),
			atEnd(at(RUN_MAIN.length)),
		]).toEqual([false, true, true]);
	});

	it('are all false without a trace', () => {
		const none = initialContext();

		expect([canStep(none), canBack(none), atEnd(none)]).toEqual([false, false, false]);
	});
});

describe('outputAt', () => {
	it('lists the lines printed so far, with the time they were printed', () => {
		const lines = outputAt(at(RUN_MAIN.workerDonePrinted));

		expect(lines.map((l) => [l.text, l.time])).toEqual([
			['main starts', 0],
			['worker starts', 0],
			['worker done', 1],
		]);
	});
});

describe('narrationAt', () => {
	it('at a stop, tells what the stop event did, not the push that followed', () => {
		expect(narrationAt(at(RUN_MAIN.task2Created))).toBe(
			'Task-2 is created for worker(); its first step is scheduled, but none of its code runs yet.',
		);
	});

	it('when stepping by events, tells what the last event did', () => {
		expect(narrationAt(at(RUN_MAIN.task2Created), 'event')).toBe(
			'Task-2.__step() joins the end of the ready queue.',
		);
	});

	it('says nothing at step 0 or without a trace', () => {
		expect(narrationAt(at(0))).toBe('');
		expect(narrationAt(initialContext())).toBe('');
	});
});

describe('isStopAt with clock events inside a step', () => {
	it('keeps a stop and its pushes together when the clock moves between them', () => {
		const trace: TraceEvent[] = [
			{ type: 'job.end', job: 1, thread: 'asyncio_0' },
			{ type: 'clock', time: 5.000001 },
			{
				type: 'ready.push',
				handle: { id: 9, label: '_set_state()', task: null },
				threadsafe: true,
			},
			{ type: 'clock', time: 5.000002 },
			{ type: 'ready.run', id: 9 },
		];

		const stops = [0, 1, 2, 3, 4, 5].filter((c) => isStopAt(trace, c));

		expect(stops).toEqual([3, 5]);
		expect(eventIndexAt(trace, 3)).toBe(0);
	});
});
