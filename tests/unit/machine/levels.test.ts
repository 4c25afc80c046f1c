import { describe, expect, it } from 'vitest';

import { initialContext, stepBack, stepForward } from '../../../src/sim/machine';
import { nextIn, prevIn, runToLine, shutdownRange, stopNumber, stopsFor } from '../../../src/sim/machine-levels';
import { programNarration, shortTime } from '../../../src/sim/narrate-program';
import { TraceIndex } from '../../../src/sim/trace';
import { ko } from '../../../src/widgets/narrate-ko';
import { lessonTrace } from './lesson-traces';

const sayAfter = lessonTrace('tasks-say-after.py');

/** Every "Your program" sentence of a run, in order. */
function story(program: string, messages = undefined as typeof ko | undefined): string[] {
	const events = lessonTrace(program);
	const index = new TraceIndex(events);
	const list = stopsFor(events, 'program');
	return list.cursors.map((c) => programNarration(index, list, c, messages) ?? '');
}

describe('stopsFor, "Your program"', () => {
	it('tells the tasks lesson in the learner’s terms, with no handle or callback names', () => {
		const said = story('tasks-say-after.py');

		expect(said).toContain('Task-2 awaits sleep(1): it pauses until t = 1.0 s, and the loop runs something else.');
		expect(said).toContain('sleep(1) ends at t = 1.0 s.');
		expect(said).toContain('Task-2 resumes at line 6.');
		expect(said).toContain('Task-1 awaits Task-2: it pauses until Task-2 finishes.');
		expect(said.join('\n')).not.toMatch(/__step|__wakeup|_set_result_unless_cancelled|_run_until_complete_cb/);
	});

	it('makes asyncio.run’s shutdown one step, the last', () => {
		const said = story('tasks-say-after.py');

		expect(said.at(-1)).toBe(
			'main() has returned, so asyncio.run shuts down: it cancels any task still pending, shuts the default executor down, and closes the loop.',
		);
		expect(said.filter((s) => /shut/.test(s))).toHaveLength(1);
	});

	it('takes fewer steps than "Inside CPython" and ends at the trace’s end', () => {
		const program = stopsFor(sayAfter, 'program').cursors;
		const cpython = stopsFor(sayAfter, 'cpython').cursors;

		expect(program.length).toBeLessThan(cpython.length);
		expect(program.at(-1)).toBe(sayAfter.length);
		expect(cpython.at(-1)).toBe(sayAfter.length);
	});

	it('names the leftover tasks the shutdown cancels, and keeps the lines they print', () => {
		const said = story('inside-the-loop-shutdown.py');

		const k = said.findIndex((s) => s.includes('asyncio.run shuts down'));
		expect(said[k]).toContain('cancels the tasks still pending (Task-2)');
		expect(said[k + 1]).toBe('Task-2 prints “ticker: finally runs, the task was cancelled”.');
	});

	it('speaks Korean with particles that follow the names', () => {
		const said = story('tasks-say-after.py', ko).join('\n');

		expect(said).toContain('sleep(1)이 t = 1.0초에 끝납니다.');
		expect(said).toContain('Task-2가 6번 줄에서 다시 실행됩니다.');
		expect(said).toContain('Task-3이 시작합니다.');
	});
});

describe('stopsFor, by granularity', () => {
	it('moves to the next await that suspends', () => {
		const { cursors, anchors } = stopsFor(sayAfter, 'program', 'await');

		const kinds = anchors.filter((a) => a >= 0).map((a) => sayAfter[a].type);

		expect(new Set(kinds)).toEqual(new Set(['task.suspend']));
		expect(kinds).toHaveLength(4);
		expect(cursors.at(-1)).toBe(sayAfter.length);
	});

	it('moves to the next output line, one per line printed', () => {
		const { anchors } = stopsFor(sayAfter, 'program', 'output');

		const printed = anchors.filter((a) => a >= 0).map((a) => (sayAfter[a] as { text: string }).text);

		expect(printed).toEqual(['started at 0.0s', 'hello at 1.0s', 'world at 2.0s', 'finished at 2.0s']);
	});
});

describe('the machine with a level’s stops', () => {
	it('steps and steps back through exactly the given stops', () => {
		const stops = stopsFor(sayAfter, 'program').cursors;
		let ctx = initialContext({ events: sayAfter, stops });

		const visited: number[] = [];
		while (ctx.index && ctx.cursor < ctx.index.length) {
			ctx = stepForward(ctx);
			visited.push(ctx.cursor);
		}
		const back = stepBack(ctx);

		expect(visited).toEqual(stops);
		expect(back.cursor).toBe(stops.at(-2));
	});
});

describe('runToLine', () => {
	it('runs to the next step at a line, and wraps around to an earlier one', () => {
		const list = stopsFor(sayAfter, 'program');
		const index = new TraceIndex(sayAfter);

		const first = runToLine(sayAfter, list, 0, 7);
		const again = first === null ? null : runToLine(sayAfter, list, first, 7);
		const wrapped = runToLine(sayAfter, list, sayAfter.length, 7);

		expect(first && index.stateAt(first).line).toBe(7);
		expect(again).toBeGreaterThan(first ?? Infinity);
		expect(wrapped).toBe(first);
		expect(runToLine(sayAfter, list, 0, 999)).toBeNull();
	});
});

describe('nextIn, prevIn and stopNumber', () => {
	it('search a sorted list of stops', () => {
		const stops = [3, 8, 12];

		expect([nextIn(stops, 0, 20), nextIn(stops, 8, 20), nextIn(stops, 12, 20)]).toEqual([3, 12, 20]);
		expect([prevIn(stops, 3), prevIn(stops, 9), prevIn(stops, 20)]).toEqual([0, 8, 12]);
		expect([stopNumber(stops, 0), stopNumber(stops, 8), stopNumber(stops, 20)]).toEqual([0, 2, 3]);
	});
});

describe('shutdownRange', () => {
	it('finds nothing in a run with no asyncio.run', () => {
		expect(shutdownRange(sayAfter.slice(0, 20))).toBeNull();
	});
});

describe('shortTime', () => {
	it('reads the virtual clock as a learner would', () => {
		expect([shortTime(1.0000003), shortTime(0.25015), shortTime(2)]).toEqual(['1.0', '0.25', '2.0']);
	});
});
