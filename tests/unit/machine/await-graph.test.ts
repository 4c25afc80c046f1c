import { describe, expect, it } from 'vitest';

import { awaitGraph, graphFacts, treeLines, type GraphNode } from '../../../src/sim/await-graph';
import { TraceIndex, type TraceEvent } from '../../../src/sim/trace';
import { lessonTrace } from './lesson-traces';

/** The tree at `cursor` as text, one pstree line per entry. */
function tree(events: TraceEvent[], cursor: number): string[] {
	const index = new TraceIndex(events);
	return treeLines(awaitGraph(graphFacts(events), index.stateAt(cursor))).map((l) => {
		const n: GraphNode = l.node;
		if (n.kind === 'future') return `${l.prefix}${n.label}${n.thread ? ` on ${n.thread}` : ''}`;
		return l.frame ? `${l.prefix} ${n.frame}:${n.line} ${n.state}` : `${l.prefix}(T) ${n.name}`;
	});
}

/** The cursor just after the first event that `match` picks. */
function after(events: TraceEvent[], match: (ev: TraceEvent) => boolean): number {
	return events.findIndex(match) + 1;
}

describe('awaitGraph', () => {
	it('draws main awaiting Task-2 parked on sleep(1), beside Task-3 parked on sleep(2)', () => {
		const events = lessonTrace('tasks-say-after.py');
		const cursor = after(events, (ev) => ev.type === 'task.suspend' && ev.on === 'sleep(2)');

		expect(tree(events, cursor)).toEqual([
			'├── (T) Task-1',
			'│   └──  main():16 suspended',
			'│       └── (T) Task-2',
			'│           └──  say_after():6 suspended',
			'│               └── sleep(1)',
			'└── (T) Task-3',
			'    └──  say_after():6 suspended',
			'        └── sleep(2)',
		]);
	});

	it('puts a gather’s children under it, each parked on its worker thread’s job', () => {
		const events = lessonTrace('blocking-seed.py');
		const cursor = after(events, (ev) => ev.type === 'job.start' && ev.thread === 'asyncio_1');

		expect(tree(events, cursor)).toEqual([
			'└── (T) Task-1',
			'    └──  main():23 suspended',
			'        └── gather(2 awaitables)',
			'            ├── (T) Task-2',
			'            │   └──  coroutine_1():9 suspended',
			'            │       └── run_in_executor(sleep(1)) on asyncio_0',
			'            └── (T) Task-3',
			'                └──  coroutine_2():17 suspended',
			'                    └── run_in_executor(sleep(1)) on asyncio_1',
		]);
	});

	it('draws a TaskGroup’s tasks under the task that made the group, beside the future it waits on', () => {
		const events = lessonTrace('cancellation-taskgroup.py');
		const cursor = after(events, (ev) => ev.type === 'task.suspend' && ev.on === 'TaskGroup: waiting for its tasks');

		expect(tree(events, cursor)).toEqual([
			'└── (T) Task-1',
			'    └──  main():14 suspended',
			'        ├── (T) Task-2',
			'        │   └──  fetch():null ready',
			'        ├── (T) Task-3',
			'        │   └──  fetch():null ready',
			'        └── TaskGroup: waiting for its tasks',
		]);
	});

	it('shows the running frame apart from the suspended ones', () => {
		const events = lessonTrace('tasks-say-after.py');
		const cursor = after(events, (ev) => ev.type === 'task.run' && ev.task !== 2 && ev.line === 5);

		const lines = tree(events, cursor);

		expect(lines).toContain('│           └──  say_after():5 running');
		expect(lines).toContain('│   └──  main():16 suspended');
	});

	it('is empty before asyncio.run creates main’s task, and once every task is done', () => {
		const events = lessonTrace('tasks-say-after.py');

		expect(tree(events, 0)).toEqual([]);
		expect(tree(events, events.length)).toEqual([]);
	});
});
