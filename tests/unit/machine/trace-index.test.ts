import { describe, expect, it } from 'vitest';
import { applyEvent, emptyState, positionOf, sameIds, TraceIndex, type TraceEvent } from '../../../src/sim/trace';
import { runMainTrace, syntheticTrace } from './traces';

/** The state after each prefix of `events`, built by applying them one by one from nothing, as JSON. */
function prefixStates(events: readonly TraceEvent[]): string[] {
	const s = emptyState();
	const states = [JSON.stringify(s)];
	for (const ev of events) {
		applyEvent(s, ev);
		states.push(JSON.stringify(s));
	}
	return states;
}

/**
 * Checks `index.stateAt(i)` against `expected[i]` for each step: all at once as JSON (the states
 * are plain data built in one key order), then the first disagreement with a readable diff.
 */
function expectStatesAt(index: TraceIndex, expected: string[], steps: number[]): void {
	const wrong = steps.filter((i) => JSON.stringify(index.stateAt(i)) !== expected[i]);
	if (wrong.length > 0) expect(index.stateAt(wrong[0])).toEqual(JSON.parse(expected[wrong[0]]));
	expect(wrong).toEqual([]);
}

const every = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i);

describe('TraceIndex', () => {
	const events = syntheticTrace(2000, { seed: 11 });
	const expected = prefixStates(events);

	it('rebuilds the state after every prefix of a 2,000-event trace exactly', () => {
		const index = new TraceIndex(events);

		expectStatesAt(index, expected, every(events.length));
	});

	it('rebuilds the same states with snapshots every few events', () => {
		const index = new TraceIndex(events, 7);

		expectStatesAt(index, expected, every(events.length));
	});

	it('answers out of order, as a learner jumping around would ask', () => {
		const index = new TraceIndex(events);

		const asked = [1999, 0, 1024, 257, 256, 1500, 3, 2000];

		expectStatesAt(index, expected, asked);
	});

	it('clamps steps outside the trace', () => {
		const index = new TraceIndex(events);

		expect(index.stateAt(-10)).toEqual(JSON.parse(expected[0]));
		expect(index.stateAt(99_999)).toEqual(JSON.parse(expected[events.length]));
	});

	it('hands out copies: changing one does not change the next answer', () => {
		const index = new TraceIndex(events);
		const first = index.stateAt(1800);

		first.tasks[0].state = 'cancelled';
		first.ready.length = 0;
		first.timers.push({ id: -1, when: 0, label: 'x', task: null });

		expect(index.stateAt(1800)).toEqual(JSON.parse(expected[1800]));
	});

	it('collects every printed line, and outputAt(i) lists those printed by the first i events', () => {
		const trace = runMainTrace();
		const index = new TraceIndex(trace);

		expect(index.output.map((l) => l.text)).toEqual([
			'main starts',
			'worker starts',
			'worker done',
			'main done',
		]);
		expect(index.outputAt(8).map((l) => l.text)).toEqual([]);
		expect(index.outputAt(9).map((l) => l.text)).toEqual(['main starts']);
		expect(index.outputAt(trace.length)).toHaveLength(4);
	});
});

describe('positionOf', () => {
	it('finds items by id in a growing list and in shorter or longer copies that share its positions', () => {
		const items = [{ id: 7 }, { id: 3 }];
		expect(positionOf(items, 3)).toBe(1);
		const longer = sameIds(items, items.slice());
		longer.push({ id: 9 });
		expect(positionOf(longer, 9)).toBe(2);
		// The original never held 9, though it shares the positions the longer copy added.
		expect(positionOf(items, 9)).toBe(-1);
		items.push({ id: 5 });
		expect(positionOf(items, 5)).toBe(2);
		expect(positionOf(items, 7)).toBe(0);
		expect(positionOf(items, 42)).toBe(-1);
	});
});
