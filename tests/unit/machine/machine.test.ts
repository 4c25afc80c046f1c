import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { loopMachine, outputAt, type LoopMachineSnapshot } from '../../../src/sim/machine';
import { applyEvent, emptyState, type LoopState, type TraceEvent } from '../../../src/sim/trace';
import { executorTrace, RUN_MAIN, RUN_MAIN_STOPS, runMainTrace } from './traces';

function loaded(events: TraceEvent[] = runMainTrace()) {
	const actor = createActor(loopMachine).start();
	actor.send({ type: 'LOAD', events });
	return actor;
}

const texts = (s: LoopMachineSnapshot): string[] => outputAt(s.context).map((l) => l.text);
const readyLabels = (s: LoopMachineSnapshot): string[] => s.context.loop.ready.map((h) => h.label);

function fromScratch(events: readonly TraceEvent[], n: number): LoopState {
	const s = emptyState();
	for (let i = 0; i < n; i++) applyEvent(s, events[i]);
	return s;
}

describe('loopMachine', () => {
	it('starts empty, and STEP does nothing without a trace', () => {
		const actor = createActor(loopMachine).start();

		actor.send({ type: 'STEP' });

		expect(actor.getSnapshot().value).toEqual({ player: 'empty', loop: 'idle' });
		expect(actor.getSnapshot().context.cursor).toBe(0);
	});

	it('LOAD pauses at step 0, before anything has happened', () => {
		const actor = loaded();

		const s = actor.getSnapshot();
		expect(s.value).toEqual({ player: 'paused', loop: 'idle' });
		expect(s.context.cursor).toBe(0);
		expect(s.context.loop.tasks).toEqual([]);
		expect(texts(s)).toEqual([]);
	});

	it('starts paused when the trace is given as input', () => {
		const actor = createActor(loopMachine, { input: { events: runMainTrace() } }).start();

		expect(actor.getSnapshot().value).toEqual({ player: 'paused', loop: 'idle' });
	});

	it('first STEP rests on Task-1 being created: its step is queued and nothing has run', () => {
		const actor = loaded();

		actor.send({ type: 'STEP' });

		const s = actor.getSnapshot();
		expect(s.context.cursor).toBe(RUN_MAIN.task1Created);
		expect(readyLabels(s)).toEqual(['Task-1.__step()']);
		expect(s.context.loop.tasks.map((t) => [t.name, t.state])).toEqual([['Task-1', 'scheduled']]);
		expect(s.value).toEqual({ player: 'paused', loop: 'idle' });
	});

	it('shows the loop running Task-1.__step() popped off the ready queue', () => {
		const actor = loaded();

		actor.send({ type: 'STEP' });
		actor.send({ type: 'STEP' });

		const s = actor.getSnapshot();
		expect(s.context.cursor).toBe(RUN_MAIN.task1Runs);
		expect(s.value).toEqual({ player: 'paused', loop: 'running' });
		expect(s.context.loop.current?.label).toBe('Task-1.__step()');
		expect(readyLabels(s)).toEqual([]);
	});

	it('after create_task, Task-2 waits in the ready queue while Task-1 keeps running', () => {
		const actor = loaded();

		actor.send({ type: 'SEEK', step: RUN_MAIN.task2Created });

		const s = actor.getSnapshot();
		expect(readyLabels(s)).toEqual(['Task-2.__step()']);
		expect(s.context.loop.runningTask).toBe(1);
		expect(texts(s)).toEqual(['main starts']);
	});

	it('while Task-2 sleeps, the loop waits in select with the timer on the heap', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.task1AwaitsTask2 });

		actor.send({ type: 'STEP' });
		actor.send({ type: 'STEP' });
		actor.send({ type: 'STEP' });
		actor.send({ type: 'STEP' });

		const s = actor.getSnapshot();
		expect(s.context.cursor).toBe(RUN_MAIN.waitsForTimer);
		expect(s.value).toEqual({ player: 'paused', loop: 'select' });
		expect(s.context.loop.timers.map((t) => t.when)).toEqual([1]);
		expect(s.context.loop.time).toBe(0);
		expect(s.context.loop.tasks.map((t) => t.state)).toEqual(['waiting', 'waiting']);
	});

	it('the next STEP moves the clock to the deadline and the timer callback to the ready queue', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.waitsForTimer });

		actor.send({ type: 'STEP' });

		const s = actor.getSnapshot();
		expect(s.context.cursor).toBe(RUN_MAIN.timerFires);
		expect(s.context.loop.time).toBe(1);
		expect(s.context.loop.timers).toEqual([]);
		expect(readyLabels(s)).toEqual([
			'futures._set_result_unless_cancelled(<Future pending>, None)',
		]);
	});

	it('stepping to the end prints the output in order and ends with the loop closed', () => {
		const actor = loaded();

		const visited: number[] = [];
		while (!actor.getSnapshot().matches({ player: 'ended' })) {
			actor.send({ type: 'STEP' });
			visited.push(actor.getSnapshot().context.cursor);
		}

		const s = actor.getSnapshot();
		expect(visited).toEqual(RUN_MAIN_STOPS);
		expect(s.value).toEqual({ player: 'ended', loop: 'closed' });
		expect(texts(s)).toEqual(['main starts', 'worker starts', 'worker done', 'main done']);
	});

	it('STEP at the end changes nothing', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.length });
		const before = actor.getSnapshot();

		actor.send({ type: 'STEP' });

		expect(actor.getSnapshot().context).toBe(before.context);
		expect(actor.getSnapshot().value).toEqual({ player: 'ended', loop: 'closed' });
	});

	it('STEP by event moves one raw event, through the dull ones too', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: 3 });

		actor.send({ type: 'STEP', by: 'event' });

		const s = actor.getSnapshot();
		expect(s.context.cursor).toBe(4);
		expect(s.context.loop.phase).toBe('running');
		expect(s.value).toEqual({ player: 'paused', loop: 'running' });
	});

	it('BACK then STEP comes back to the same state, at every stop', () => {
		const actor = loaded();
		const events = runMainTrace();

		for (const stop of RUN_MAIN_STOPS) {
			actor.send({ type: 'SEEK', step: stop });
			const here = actor.getSnapshot();
			actor.send({ type: 'BACK' });
			const back = actor.getSnapshot().context;
			actor.send({ type: 'STEP' });

			expect(back.cursor).toBeLessThan(stop);
			expect(back.loop).toEqual(fromScratch(events, back.cursor));
			expect(actor.getSnapshot().context.cursor).toBe(stop);
			expect(actor.getSnapshot().context.loop).toEqual(here.context.loop);
		}
	});

	it('BACK by event shows exactly the state one event earlier', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.timerFires });

		actor.send({ type: 'BACK', by: 'event' });

		const s = actor.getSnapshot();
		expect(s.context.cursor).toBe(RUN_MAIN.timerFires - 1);
		expect(s.context.loop).toEqual(fromScratch(runMainTrace(), RUN_MAIN.timerFires - 1));
		expect(s.context.loop.timers).toHaveLength(1);
	});

	it('BACK at step 0 does nothing', () => {
		const actor = loaded();

		actor.send({ type: 'BACK' });

		expect(actor.getSnapshot().context.cursor).toBe(0);
		expect(actor.getSnapshot().value).toEqual({ player: 'paused', loop: 'idle' });
	});

	it('PLAY starts playback, STEP keeps playing, and PAUSE stops it where it is', () => {
		const actor = loaded();

		actor.send({ type: 'PLAY' });
		actor.send({ type: 'STEP' });
		const playing = actor.getSnapshot();
		actor.send({ type: 'PAUSE' });

		expect(playing.matches({ player: 'playing' })).toBe(true);
		expect(playing.context.cursor).toBe(RUN_MAIN.task1Created);
		expect(actor.getSnapshot().value).toEqual({ player: 'paused', loop: 'idle' });
		expect(actor.getSnapshot().context.cursor).toBe(RUN_MAIN.task1Created);
	});

	it('playing onto the last event ends playback', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.length - 1 });
		actor.send({ type: 'PLAY' });

		actor.send({ type: 'STEP' });

		expect(actor.getSnapshot().value).toEqual({ player: 'ended', loop: 'closed' });
	});

	it('PLAY at the end replays from step 0', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.length });

		actor.send({ type: 'PLAY' });

		const s = actor.getSnapshot();
		expect(s.value).toEqual({ player: 'playing', loop: 'idle' });
		expect(s.context.cursor).toBe(0);
		expect(texts(s)).toEqual([]);
	});

	it('BACK while playing pauses one stop back', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.mainStartsPrinted });
		actor.send({ type: 'PLAY' });

		actor.send({ type: 'BACK' });

		expect(actor.getSnapshot().value).toEqual({ player: 'paused', loop: 'running' });
		expect(actor.getSnapshot().context.cursor).toBe(RUN_MAIN.task1Runs);
	});

	it('BACK from the end pauses on the stop before', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.length });

		actor.send({ type: 'BACK' });

		expect(actor.getSnapshot().matches({ player: 'paused' })).toBe(true);
		expect(actor.getSnapshot().context.cursor).toBe(58);
		expect(actor.getSnapshot().value).toEqual({ player: 'paused', loop: 'stopped' });
	});

	it('SEEK jumps to any step and clamps steps outside the trace', () => {
		const actor = loaded();

		actor.send({ type: 'SEEK', step: RUN_MAIN.waitsForTimer });
		const middle = actor.getSnapshot();
		actor.send({ type: 'SEEK', step: -5 });
		const start = actor.getSnapshot();
		actor.send({ type: 'SEEK', step: 1000 });

		expect(middle.value).toEqual({ player: 'paused', loop: 'select' });
		expect(start.context.cursor).toBe(0);
		expect(actor.getSnapshot().context.cursor).toBe(RUN_MAIN.length);
		expect(actor.getSnapshot().matches({ player: 'ended' })).toBe(true);
	});

	it('SEEK to a fractional step rounds down, and SEEK to NaN is ignored', () => {
		const actor = loaded();

		actor.send({ type: 'SEEK', step: 9.7 });
		actor.send({ type: 'SEEK', step: Number.NaN });

		expect(actor.getSnapshot().context.cursor).toBe(9);
	});

	it('SEEK keeps playing while playing, and pauses when it leaves the end', () => {
		const actor = loaded();
		actor.send({ type: 'PLAY' });

		actor.send({ type: 'SEEK', step: 20 });
		const whilePlaying = actor.getSnapshot();
		actor.send({ type: 'SEEK', step: RUN_MAIN.length });
		actor.send({ type: 'SEEK', step: 20 });

		expect(whilePlaying.matches({ player: 'playing' })).toBe(true);
		expect(actor.getSnapshot().matches({ player: 'paused' })).toBe(true);
	});

	it('RESET goes back to step 0 and pauses', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: RUN_MAIN.mainDonePrinted });
		actor.send({ type: 'PLAY' });

		actor.send({ type: 'RESET' });

		const s = actor.getSnapshot();
		expect(s.value).toEqual({ player: 'paused', loop: 'idle' });
		expect(s.context.cursor).toBe(0);
		expect(texts(s)).toEqual([]);
	});

	it('RESET without a trace stays empty', () => {
		const actor = createActor(loopMachine).start();

		actor.send({ type: 'RESET' });

		expect(actor.getSnapshot().value).toEqual({ player: 'empty', loop: 'idle' });
	});

	it('LOAD mid-playback replaces the trace and pauses at step 0', () => {
		const actor = loaded();
		actor.send({ type: 'SEEK', step: 30 });
		actor.send({ type: 'PLAY' });

		actor.send({ type: 'LOAD', events: executorTrace() });

		const s = actor.getSnapshot();
		expect(s.value).toEqual({ player: 'paused', loop: 'idle' });
		expect(s.context.cursor).toBe(0);
		expect(s.context.index?.length).toBe(executorTrace().length);
	});

	it('LOAD of a trace with no events ends at once', () => {
		const actor = createActor(loopMachine).start();

		actor.send({ type: 'LOAD', events: [] });

		expect(actor.getSnapshot().value).toEqual({ player: 'ended', loop: 'idle' });
	});

	it('SPEED sets the autoplay speed and ignores speeds that are not positive', () => {
		const actor = loaded();

		actor.send({ type: 'SPEED', stepsPerSecond: 8 });
		actor.send({ type: 'SPEED', stepsPerSecond: 0 });
		actor.send({ type: 'SPEED', stepsPerSecond: Number.POSITIVE_INFINITY });

		expect(actor.getSnapshot().context.speed).toBe(8);
	});

	it('names the phase at the cursor in its state value, for every event of the trace', () => {
		const events = runMainTrace();
		const actor = loaded(events);
		const phases: string[] = [];

		while (!actor.getSnapshot().matches({ player: 'ended' })) {
			actor.send({ type: 'STEP', by: 'event' });
			const s = actor.getSnapshot();
			expect(s.value).toEqual({ player: expect.any(String), loop: s.context.loop.phase });
			if (phases[phases.length - 1] !== s.context.loop.phase) phases.push(s.context.loop.phase);
		}

		// asyncio.run runs the loop twice: main, then Runner.close's shutdown_asyncgens.
		expect(phases).toEqual([
			'idle',
			'running',
			'timers',
			'select',
			'running',
			'timers',
			'select',
			'running',
			'timers',
			'select',
			'timers',
			'running',
			'timers',
			'select',
			'running',
			'timers',
			'select',
			'running',
			'timers',
			'select',
			'running',
			'stopped',
			'running',
			'timers',
			'select',
			'running',
			'timers',
			'select',
			'running',
			'stopped',
			'closed',
		]);
	});

	it('shows a worker thread busy while the loop waits in select with no timeout', () => {
		const actor = loaded(executorTrace());

		actor.send({ type: 'SEEK', step: 16 });

		const s = actor.getSnapshot();
		expect(s.value).toEqual({ player: 'paused', loop: 'select' });
		expect(s.context.loop.threads).toEqual([
			{ name: 'asyncio_0', pool: 'asyncio', job: 1, jobLabel: 'time.sleep(5)', busyUntil: null },
		]);
	});
});

describe('transition(loopMachine, …)', () => {
	it('computes the next snapshot without an actor, leaving the old one as it was', () => {
		const [start] = initialTransition(loopMachine, { events: runMainTrace() });

		const [next] = transition(loopMachine, start, { type: 'STEP' });

		expect(start.context.cursor).toBe(0);
		expect(start.context.loop.ready).toEqual([]);
		expect(next.context.cursor).toBe(RUN_MAIN.task1Created);
		expect(next.value).toEqual({ player: 'paused', loop: 'idle' });
	});

	it('PAUSE while paused is not a transition', () => {
		const [start] = initialTransition(loopMachine, { events: runMainTrace() });

		const [next] = transition(loopMachine, start, { type: 'PAUSE' });

		expect(next.value).toEqual(start.value);
		expect(next.context).toBe(start.context);
	});

	it('every earlier snapshot still shows its own step after many steps', () => {
		let [snapshot] = initialTransition(loopMachine, { events: runMainTrace() });
		const kept: LoopMachineSnapshot[] = [snapshot];

		while (!snapshot.matches({ player: 'ended' })) {
			[snapshot] = transition(loopMachine, snapshot, { type: 'STEP', by: 'event' });
			kept.push(snapshot);
		}

		kept.forEach((s, i) => expect(s.context.loop).toEqual(fromScratch(runMainTrace(), i)));
	});
});
