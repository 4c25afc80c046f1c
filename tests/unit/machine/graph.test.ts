import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
	createTestModel,
	getAdjacencyMap,
	getShortestPaths,
	type AdjacencyValue,
} from 'xstate/graph';
import {
	loopMachine,
	PHASES,
	type LoopMachineEvent,
	type LoopMachineSnapshot,
} from '../../../src/sim/machine';
import { RUN_MAIN, runMainTrace } from './traces';

const trace = runMainTrace();

/** Every kind of event a learner can send, with the payloads that matter. */
const learnerEvents: LoopMachineEvent[] = [
	{ type: 'LOAD', events: trace },
	{ type: 'LOAD', events: [] },
	{ type: 'STEP' },
	{ type: 'BACK' },
	{ type: 'PLAY' },
	{ type: 'PAUSE' },
	{ type: 'SEEK', step: 0 },
	// Right after `loop.iteration`: the only moment the loop is in its `timers` phase.
	{ type: 'SEEK', step: 5 },
	{ type: 'SEEK', step: RUN_MAIN.waitsForTimer },
	{ type: 'SEEK', step: RUN_MAIN.length },
	{ type: 'RESET' },
	{ type: 'SPEED', stepsPerSecond: 4 },
];

/**
 * Two snapshots are the same vertex when they show the same step of the same trace. Speed is left
 * out so that SPEED is a loop on each vertex rather than a copy of the whole graph.
 */
const serializeState = (s: LoopMachineSnapshot): string =>
	JSON.stringify([s.value, s.context.cursor, s.context.index?.length ?? null]);

const options = { events: learnerEvents, serializeState };

/** What must hold in every snapshot, whatever path led there. */
function expectConsistent(s: LoopMachineSnapshot): void {
	const { index, cursor, loop } = s.context;
	expect(s.value.loop).toBe(loop.phase);
	if (!index) {
		expect(s.value.player).toBe('empty');
		expect(cursor).toBe(0);
		return;
	}
	expect(cursor).toBeGreaterThanOrEqual(0);
	expect(cursor).toBeLessThanOrEqual(index.length);
	expect(s.value.player === 'ended').toBe(cursor === index.length);
	// JSON, not toEqual: this runs for every transition, and the states are plain data.
	expect(JSON.stringify(loop)).toBe(JSON.stringify(index.stateAt(cursor)));
}

type Vertex = AdjacencyValue<LoopMachineSnapshot, LoopMachineEvent>;

/** The reachable graph, computed once: several tests walk it. */
let graph: Vertex[] | null = null;
const vertices = (): Vertex[] => (graph ??= Object.values(getAdjacencyMap(loopMachine, options)));

describe('the loop machine as a graph', () => {
	it('reaches every state of both regions from an empty machine', () => {
		const paths = getShortestPaths(loopMachine, options);

		const reached = new Set(
			paths.flatMap((p) => [`player.${p.state.value.player}`, `loop.${p.state.value.loop}`]),
		);

		const players = Object.keys(loopMachine.root.states.player.states).map((k) => `player.${k}`);
		expect([...reached].sort()).toEqual([...players, ...PHASES.map((p) => `loop.${p}`)].sort());
	});

	it('keeps the loop region, the cursor and the player in agreement across every transition', () => {
		let transitions = 0;
		for (const vertex of vertices()) {
			expectConsistent(vertex.state);
			for (const { state } of Object.values(vertex.transitions)) {
				expectConsistent(state);
				transitions++;
			}
		}

		expect(transitions).toBeGreaterThan(300);
	});

	it('lets only LOAD leave the empty state', () => {
		const empty = vertices().find((v) => v.state.value.player === 'empty');

		const leaving = Object.values(empty?.transitions ?? {})
			.filter((t) => t.state.value.player !== 'empty')
			.map((t) => t.event.type);

		expect(new Set(leaving)).toEqual(new Set(['LOAD']));
	});

	it('replays paths through every vertex on a live actor, which ends where the model does', async () => {
		const model = createTestModel(loopMachine, options);
		const paths = model.getShortestPaths();
		let checked = 0;

		for (const path of paths) {
			const actor = createActor(loopMachine).start();
			// The model's step carries the full event it sent (a LOAD with its trace, a SEEK with its
			// step); its static type only keeps the `type`.
			const send = (step: { event: { type: string } }) =>
				actor.send(step.event as LoopMachineEvent);
			const check = (expected: LoopMachineSnapshot) => {
				const live = actor.getSnapshot();
				expect(live.value).toEqual(expected.value);
				expect(live.context.cursor).toBe(expected.context.cursor);
				expectConsistent(live);
				checked++;
			};
			await path.test({
				events: {
					LOAD: send,
					STEP: send,
					BACK: send,
					PLAY: send,
					PAUSE: send,
					SEEK: send,
					RESET: send,
					SPEED: send,
				},
				states: {
					'player.empty': check,
					'player.paused': check,
					'player.playing': check,
					'player.ended': check,
				},
			});
			actor.stop();
		}

		const visited = new Set(
			paths.flatMap((p) => p.steps.map((step) => serializeState(step.state))),
		);
		expect(checked).toBeGreaterThanOrEqual(visited.size);
		expect(visited.size).toBe(vertices().length);
	});
});
