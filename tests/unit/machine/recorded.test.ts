import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loopMachine, narrationAt, outputAt } from '../../../src/sim/machine';
import type { TraceEvent } from '../../../src/sim/trace';
import { recordedExecutorTrace, recordedSleepTrace } from './recorded';

function stepToEnd(events: readonly TraceEvent[]) {
	const actor = createActor(loopMachine, { input: { events } }).start();
	const seen: { cursor: number; phase: string; says: string }[] = [];
	while (!actor.getSnapshot().matches({ player: 'ended' })) {
		actor.send({ type: 'STEP' });
		const { context, value } = actor.getSnapshot();
		seen.push({ cursor: context.cursor, phase: value.loop, says: narrationAt(context) });
	}
	return { actor, seen };
}

describe('the loop machine on traces recorded from the runtime', () => {
	it('tells asyncio.run with one task and one sleep as a learner would step through it', () => {
		const { actor, seen } = stepToEnd(recordedSleepTrace);

		expect(seen.map((s) => `${s.phase}: ${s.says}`)).toEqual([
			'idle: Task-1 is created for main(); its first step is scheduled, but none of its code runs yet.',
			'running: The loop runs Task-1.__step() from the head of the ready queue.',
			'running: Task-1 prints “main starts”.',
			'running: Task-2 is created for worker(); its first step is scheduled, but none of its code runs yet.',
			'running: Task-1 awaits Task-2: it gives up the loop until Task-2 is done.',
			'running: The loop runs Task-2.__step() from the head of the ready queue.',
			'running: Task-2 prints “worker starts”.',
			'running: Task-2 awaits the future of sleep(1): it gives up the loop until the future is done.',
			'select: Nothing is ready: the loop waits up to 1 s for the next timer.',
			'timers: A timer for t = 1.000 s fires; its callback joins the end of the ready queue.',
			'running: The loop runs _set_result_unless_cancelled(sleep(1)) from the head of the ready queue.',
			'running: The future of sleep(1) gets its result, None; its callbacks are scheduled with call_soon, not run right away.',
			'running: The loop runs Task-2.__wakeup(<Future finished result=None>) from the head of the ready queue.',
			'running: Task-2 prints “worker done”.',
			'running: Task-2 returns None: the task is done, and its done callbacks are scheduled.',
			'running: The loop runs Task-1.__wakeup(<Task Task-2>) from the head of the ready queue.',
			'running: Task-1 prints “main done”.',
			'running: Task-1 returns None: the task is done, and its done callbacks are scheduled.',
			'running: The loop runs _run_until_complete_cb(<Task Task-1>) from the head of the ready queue.',
			'stopped: stop() takes effect now that the iteration is over: run_forever returns.',
			'stopped: The future of shutdown_default_executor() gets its result, None; its callbacks are scheduled with call_soon, not run right away.',
			'running: The loop runs _run_until_complete_cb(<Future finished result=None>) from the head of the ready queue.',
			'stopped: stop() takes effect now that the iteration is over: run_forever returns.',
			'closed: The loop is closed.',
		]);
		expect(outputAt(actor.getSnapshot().context).map((l) => l.text)).toEqual([
			'main starts',
			'worker starts',
			'worker done',
			'main done',
		]);
	});

	it('shows the worker thread busy while the loop sleeps in select', () => {
		const { seen } = stepToEnd(recordedExecutorTrace);
		const actor = createActor(loopMachine, { input: { events: recordedExecutorTrace } }).start();
		const started = seen.find((s) => s.says === 'asyncio_0 starts job sleep(5).');

		actor.send({ type: 'SEEK', step: started?.cursor ?? 0 });

		const { context, value } = actor.getSnapshot();
		expect(value.loop).toBe('select');
		expect(context.loop.threads).toEqual([
			{ name: 'asyncio_0', pool: 'asyncio', job: 5, jobLabel: 'sleep(5)', busyUntil: null },
		]);
		expect(context.loop.tasks[0].state).toBe('waiting');
	});

	it('comes back to the same state with BACK then STEP at every stop', () => {
		for (const events of [recordedSleepTrace, recordedExecutorTrace]) {
			const { seen } = stepToEnd(events);
			const actor = createActor(loopMachine, { input: { events } }).start();

			for (const { cursor } of seen) {
				actor.send({ type: 'SEEK', step: cursor });
				const here = JSON.stringify(actor.getSnapshot().context.loop);
				actor.send({ type: 'BACK' });
				actor.send({ type: 'STEP' });

				expect(actor.getSnapshot().context.cursor).toBe(cursor);
				expect(JSON.stringify(actor.getSnapshot().context.loop)).toBe(here);
			}
		}
	});
});
