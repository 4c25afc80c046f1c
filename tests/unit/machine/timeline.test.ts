import { describe, expect, it } from 'vitest';

import { deriveTimeline, eventAt, laneStateAt, type Lane, type Timeline } from '../../../src/sim/timeline';
import { lessonTrace } from './lesson-traces';

/** Where a lane's spans of `state` start and end on the virtual clock, rounded to 0.1 s. */
function spans(t: Timeline, name: string, state: string): [number, number][] {
	const lane = t.lanes.find((l) => l.name === name) as Lane;
	return lane.spans
		.filter((s) => s.state === state)
		.map((s) => [Number(t.times[s.from].toFixed(1)), Number(t.times[s.to].toFixed(1))]);
}

describe('deriveTimeline', () => {
	const sayAfter = deriveTimeline(lessonTrace('tasks-say-after.py'));

	it('has a lane for the loop, then one per task in creation order', () => {
		expect(sayAfter.lanes.map((l) => `${l.kind} ${l.name} ${l.note}`)).toEqual([
			'loop loop ',
			'task Task-1 main()',
			'task Task-2 say_after()',
			'task Task-3 say_after()',
		]);
	});

	it('shows the two sleeps overlapping: 1 s and 2 s end at 2 s, not 3 s', () => {
		expect(spans(sayAfter, 'Task-2', 'waiting')).toEqual([[0, 1]]);
		expect(spans(sayAfter, 'Task-3', 'waiting')).toEqual([[0, 2]]);
		expect(Number(sayAfter.end.toFixed(1))).toBe(2);
	});

	it('says what a waiting task waits on, by task name or future', () => {
		const main = sayAfter.lanes[1];

		expect(main.spans.filter((s) => s.state === 'waiting').map((s) => s.detail)).toEqual(['Task-2', 'Task-3']);
		expect(sayAfter.lanes[2].spans.find((s) => s.state === 'waiting')?.detail).toBe('sleep(1)');
	});

	it('ends each task with a done mark', () => {
		expect(sayAfter.lanes.slice(1).map((l) => l.spans.at(-1)?.state)).toEqual(['finished', 'finished', 'finished']);
	});

	it('puts a second of waiting wider than an instant of running, so time reads at a glance', () => {
		const wait = sayAfter.lanes[2].spans.find((s) => s.state === 'waiting');
		const run = sayAfter.lanes[2].spans.find((s) => s.state === 'running');

		expect(wait && run && sayAfter.x[wait.to] - sayAfter.x[wait.from]).toBeGreaterThan(
			run ? (sayAfter.x[run.to] - sayAfter.x[run.from]) * 10 : Infinity,
		);
	});

	it('gives worker threads their own lanes, busy while their job runs', () => {
		const blocking = deriveTimeline(lessonTrace('blocking-seed.py'));

		expect(blocking.lanes.filter((l) => l.kind === 'thread').map((l) => l.name)).toEqual(['asyncio_0', 'asyncio_1']);
		expect(spans(blocking, 'asyncio_0', 'busy')).toEqual([[0, 1]]);
		expect(blocking.lanes.find((l) => l.name === 'asyncio_0')?.spans[0].detail).toBe('sleep(1)');
	});

	it('marks round times on the axis in order', () => {
		const times = sayAfter.ticks.map((t) => t.time);
		const xs = sayAfter.ticks.map((t) => t.x);

		expect(times).toEqual([0, 0.5, 1, 1.5, 2]);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
	});
});

describe('laneStateAt and eventAt', () => {
	const t = deriveTimeline(lessonTrace('tasks-say-after.py'));

	it('give the span under the cursor, and the event under a click', () => {
		const task2 = t.lanes[2];
		const waiting = task2.spans.find((s) => s.state === 'waiting');
		const mid = waiting ? Math.floor((waiting.from + waiting.to) / 2) : -1;

		expect(laneStateAt(task2, mid)?.state).toBe('waiting');
		expect(laneStateAt(task2, 0)).toBeNull();
		expect(eventAt(t, 0)).toBe(0);
		expect(eventAt(t, 1)).toBe(t.x.length - 1);
	});
});
