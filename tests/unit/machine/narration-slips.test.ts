/**
 * Sentences a learner caught saying something the panels or the next step contradicted, each
 * pinned on the lesson program where it was seen.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { simulate } from '../../../src/sim';
import { initialContext, narrationAt, stepForward } from '../../../src/sim/machine';
import { format, narrate } from '../../../src/sim/narrate';
import { TraceIndex, type TraceEvent } from '../../../src/sim/trace';
import { stringsFor } from '../../../src/widgets/event-loop-strings';
import { ko } from '../../../src/widgets/narrate-ko';
import { speedLabel, taskStateText } from '../../../src/widgets/event-loop-view';

function traceOf(program: string): TraceEvent[] {
	const source = readFileSync(fileURLToPath(new URL(`../../../content/programs/${program}`, import.meta.url)), 'utf8');
	const result = simulate(source, { trace: true, filename: program });
	if (!result.trace) throw new Error(`${program}: no trace (exit ${result.exitCode})`);
	return result.trace;
}

/** Every stop's sentence, from the first step to the end, as the widget shows them. */
function everyStep(events: TraceEvent[], messages = undefined as typeof ko | undefined) {
	const said: { cursor: number; text: string }[] = [];
	let ctx = initialContext({ events });
	while (ctx.index && ctx.cursor < ctx.index.length) {
		ctx = stepForward(ctx);
		said.push({ cursor: ctx.cursor, text: narrationAt(ctx, 'stop', messages) });
	}
	return { ctx, said };
}

describe('the blocking lesson', () => {
	it('never says the loop waits forever when a thread is about to wake it', () => {
		const events = traceOf('blocking-seed.py');
		const index = new TraceIndex(events);

		const selects = events.flatMap((ev, i) =>
			ev.type === 'loop.select' && ev.timeout === null ? [narrate(ev, index.stateAt(i), index.stateAt(i + 1))] : [],
		);

		expect(selects.length).toBeGreaterThan(0);
		for (const sentence of selects) expect(sentence).not.toMatch(/forever/);
		expect(selects.at(-1)).toBe(
			'Nothing is ready and no timer is set: the loop blocks in select until another thread wakes it with call_soon_threadsafe.',
		);
	});
});

describe('the tasks lesson', () => {
	const events = traceOf('tasks-say-after.py');

	it('says which task main is waiting on, in the Tasks panel', () => {
		const index = new TraceIndex(events);
		const awaiting = events.findIndex((ev) => ev.type === 'task.suspend' && ev.on === 'Task');

		const main = index.stateAt(awaiting + 1).tasks.find((t) => t.name === 'Task-1');

		expect(main && taskStateText(main, stringsFor('en').ui)).toBe('waiting on Task-2');
	});

	it('never shows a handle "running now" beside its task still listed as scheduled', () => {
		let ctx = initialContext({ events });

		const contradictions: string[] = [];
		while (ctx.index && ctx.cursor < ctx.index.length) {
			ctx = stepForward(ctx);
			const current = ctx.loop.current;
			const task = current?.task == null ? undefined : ctx.loop.tasks.find((t) => t.id === current.task);
			if (task?.state === 'scheduled') contradictions.push(`${current?.label} at ${ctx.cursor}`);
		}

		expect(contradictions).toEqual([]);
	});

	it('puts Korean particles after task names as they are read: Task-1이, Task-2가, Task-3이', () => {
		const text = everyStep(events, ko)
			.said.map((s) => s.text)
			.join('\n');

		expect(text).toContain('Task-1이');
		expect(text).toContain('Task-2가');
		expect(text).toContain('Task-3이');
		expect(text).not.toMatch(/Task-[13]가|Task-2이 |이\(가\)|을\(를\)/);
	});
});

describe('the speed menu', () => {
	it('says "1 step/s", not "1 steps/s"', () => {
		const ui = stringsFor('en').ui;

		expect([1, 2].map((n) => speedLabel(n, ui))).toEqual([
			'1 step/s',
			'2 steps/s',
		]);
	});
});

describe('the Korean narration', () => {
	it('names what a task awaits instead of a bare "그것" (it)', () => {
		const said = [ko['task.suspend.other'], ko['program.await.other']].map((t) =>
			format(t, { task: 'Task-1', on: 'Future-1', label: 'gather()' }),
		);

		expect(said).toEqual([
			'Task-1이 Future-1을 await합니다. Future-1이 끝날 때까지 루프에 차례를 넘깁니다.',
			'Task-1이 gather()를 await합니다. gather()가 끝날 때까지 멈춥니다.',
		]);
		expect(Object.values(ko).join('\n')).not.toContain('그것');
	});
});
