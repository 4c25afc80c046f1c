import { describe, expect, it } from 'vitest';
import {
	en,
	format,
	formatDuration,
	formatTime,
	messageFor,
	narrate,
	phaseName,
	type Messages,
} from '../../../src/sim/narrate';
import { PHASES } from '../../../src/sim/machine';
import { emptyState, TraceIndex, type LoopState, type TraceEvent } from '../../../src/sim/trace';
import { executorTrace, runMainTrace, syntheticTrace } from './traces';

/** The sentence for event `i` of `events`, with the real states around it. */
function say(events: TraceEvent[], i: number): string {
	const index = new TraceIndex(events);
	return narrate(events[i], index.stateAt(i), index.stateAt(i + 1));
}

const main = runMainTrace();
const executor = executorTrace();

describe('narrate', () => {
	it('says which handle the loop runs from the head of the ready queue', () => {
		expect(say(main, 6)).toBe('The loop runs Task-1.__step() from the head of the ready queue.');
	});

	it('says create_task only schedules the new task', () => {
		expect(say(main, 9)).toBe(
			'Task-2 is created for worker(); its first step is scheduled, but none of its code runs yet.',
		);
	});

	it('names the task a task awaits', () => {
		expect(say(main, 11)).toBe('Task-1 awaits Task-2: it gives up the loop until Task-2 is done.');
	});

	it('calls a Future repr "a future"', () => {
		expect(say(main, 19)).toBe(
			'Task-2 awaits a future: it gives up the loop until the future is done.',
		);
	});

	it('says how long the loop waits for the next timer', () => {
		expect(say(main, 21)).toBe('Nothing is ready: the loop waits up to 1 s for the next timer.');
	});

	it('says a polled select does not wait when callbacks are ready', () => {
		expect(say(main, 5)).toBe('Callbacks are ready, so the loop polls for I/O without waiting.');
	});

	it('gives the clock advance and the new time', () => {
		expect(say(main, 22)).toBe('The clock advances 1 s to t = 1.000 s.');
	});

	it('says a fired timer joins the end of the ready queue', () => {
		expect(say(main, 23)).toBe(
			'A timer for t = 1.000 s fires; its callback joins the end of the ready queue.',
		);
	});

	it('says a resolved future only schedules its callbacks', () => {
		expect(say(main, 25)).toBe(
			'A future gets its result, None; its callbacks are scheduled with call_soon, not run right away.',
		);
	});

	it('says which task printed what', () => {
		expect(say(main, 8)).toBe('Task-1 prints “main starts”.');
	});

	it('says a task that returns is done and its callbacks are scheduled', () => {
		expect(say(main, 32)).toBe(
			'Task-2 returns None: the task is done, and its done callbacks are scheduled.',
		);
	});

	it('tells when stop() takes effect and when the loop closes', () => {
		expect(say(main, 44)).toBe(
			'stop() takes effect now that the iteration is over: run_forever returns.',
		);
		expect(say(main, 58)).toBe('The loop is closed.');
	});

	it('tells what a worker thread starts', () => {
		expect(say(executor, 11)).toBe('asyncio_0 starts job time.sleep(5).');
	});

	it('says the loop sleeps until a worker hands it a callback, when there is no timer', () => {
		expect(say(executor, 15)).toBe(
			'Nothing is ready and no timer is set: the loop sleeps until a worker thread hands it a callback.',
		);
	});

	it('says a worker hands its result over with call_soon_threadsafe', () => {
		expect(say(executor, 18)).toMatch(
			/^A worker thread appends _chain_future.*_set_state\(.*\) to the ready queue with call_soon_threadsafe, which wakes the loop\.$/,
		);
	});

	it("mentions the hand-over in job.end when the step's end state shows it", () => {
		const index = new TraceIndex(executor);

		const alone = narrate(executor[17], index.stateAt(17), index.stateAt(18));
		const withHandover = narrate(executor[17], index.stateAt(17), index.stateAt(19));

		expect(alone).toBe('asyncio_0 finishes job time.sleep(5).');
		expect(withHandover).toBe(
			'asyncio_0 finishes job time.sleep(5) and hands the result to the loop with call_soon_threadsafe.',
		);
	});

	it('says a bare yield puts the task back at the end of the ready queue', () => {
		const before: LoopState = {
			...emptyState(),
			tasks: [
				{ id: 1, name: 'Task-1', coro: 'main()', state: 'running', waitingOn: null, value: null },
			],
			runningTask: 1,
		};
		const ev: TraceEvent = { type: 'task.suspend', task: 1, on: null, future: null, line: 4 };

		expect(narrate(ev, before, before)).toBe(
			'Task-1 yields to the loop without waiting for anything (as sleep(0) does); its next step joins the end of the ready queue.',
		);
	});

	it('names the plain callback that printed, and the thread when it is not the main one', () => {
		const handle = { id: 5, label: "print('hi')", task: null };
		const inCallback: LoopState = { ...emptyState(), current: handle };
		const line = { type: 'print', text: 'hi', time: 0, line: 3 } as const;

		expect(narrate({ ...line, thread: 'MainThread' }, inCallback, inCallback)).toBe(
			"The callback print('hi') prints “hi”.",
		);
		expect(narrate({ ...line, thread: 'asyncio_1' }, inCallback, inCallback)).toBe(
			'asyncio_1 prints “hi”.',
		);
	});

	it('tells a cancelled handle in the queue from a cancelled timer and from one that already ran', () => {
		const state: LoopState = {
			...emptyState(),
			ready: [{ id: 7, label: 'cb()', task: null }],
			timers: [{ id: 8, when: 2.5, label: 'later()', task: null }],
		};

		expect(narrate({ type: 'handle.cancel', id: 7 }, state, state)).toBe(
			'cb() is cancelled; it stays in the ready queue, and the loop will skip it.',
		);
		expect(narrate({ type: 'handle.cancel', id: 8 }, state, state)).toBe(
			'The timer for t = 2.500 s is cancelled; it stays on the heap until it reaches the top.',
		);
		expect(narrate({ type: 'handle.cancel', id: 9 }, state, state)).toBe(
			'A callback that already left the queue is cancelled, which changes nothing.',
		);
		expect(narrate({ type: 'ready.skip', id: 7 }, state, state)).toBe(
			'The loop pops cb() from the ready queue, sees that it was cancelled, and skips it.',
		);
	});

	it('gives every event of long traces one sentence with every placeholder filled', () => {
		const traces = [main, executor, syntheticTrace(1500, { seed: 5 })];

		const sentences = traces.flatMap((trace) => {
			// Snapshots every 8 events: this asks for two states per event.
			const index = new TraceIndex(trace, 8);
			return trace.map((ev, i) => narrate(ev, index.stateAt(i), index.stateAt(i + 1)));
		});

		const bad = sentences.filter(
			(s) => /[{}]/.test(s) || !/^[A-Za-z_].*\.$/.test(s) || s.includes('undefined'),
		);
		expect(sentences).toHaveLength(main.length + executor.length + 1500);
		expect(bad).toEqual([]);
	});
});

describe('messageFor', () => {
	it('picks a message id and its parameters, leaving the wording to the table', () => {
		const m = messageFor(
			main[23],
			new TraceIndex(main).stateAt(23),
			new TraceIndex(main).stateAt(24),
		);

		expect(m).toEqual({ id: 'timer.expire', params: { when: '1.000' } });
	});

	it('lets another table word the same message', () => {
		const ko: Messages = {
			...en,
			'ready.run': '루프가 준비 큐의 맨 앞에서 {label}을(를) 꺼내 실행합니다.',
		};
		const index = new TraceIndex(main);

		expect(narrate(main[6], index.stateAt(6), index.stateAt(7), ko)).toBe(
			'루프가 준비 큐의 맨 앞에서 Task-1.__step()을(를) 꺼내 실행합니다.',
		);
	});
});

describe('format', () => {
	it('fills named placeholders and leaves unknown ones visible', () => {
		expect(format('{a} and {b}', { a: 'one' })).toBe('one and {b}');
	});

	it('inserts values literally, even ones that look like replacement patterns', () => {
		expect(format('prints “{text}”', { text: "$& $' $1" })).toBe("prints “$& $' $1”");
	});
});

describe('formatTime and formatDuration', () => {
	it('show an instant with milliseconds', () => {
		expect(formatTime(1)).toBe('1.000');
		expect(formatTime(0.0500001)).toBe('0.050');
	});

	it('show a duration without trailing zeros, and tiny ones without rounding to 0', () => {
		expect(formatDuration(0.5)).toBe('0.5');
		expect(formatDuration(2)).toBe('2');
		expect(formatDuration(0.1234)).toBe('0.123');
		expect(formatDuration(0.000001)).toBe('0.000001');
	});
});

describe('phaseName', () => {
	it('names each phase of _run_once in a few words', () => {
		const names = PHASES.map((p) => phaseName(p));

		expect(names).toEqual([
			'idle',
			'running a callback',
			'checking timers',
			'waiting in select',
			'stopped',
			'closed',
		]);
	});
});

describe('narrate, when a task awaits another task', () => {
	it('finds the awaited task by id even when its repr says nothing useful', () => {
		const state: LoopState = {
			...emptyState(),
			tasks: [
				{ id: 1, name: 'Task-1', coro: 'main()', state: 'waiting', waitingOn: null, value: null },
				{
					id: 4,
					name: 'fetcher',
					coro: 'fetch()',
					state: 'scheduled',
					waitingOn: null,
					value: null,
				},
			],
		};
		const ev: TraceEvent = { type: 'task.suspend', task: 1, on: '<Task>', future: 4, line: 9 };

		expect(narrate(ev, state, state)).toBe(
			'Task-1 awaits fetcher: it gives up the loop until fetcher is done.',
		);
	});
});

describe('narrate, for event types newer than its table', () => {
	it('explains a rebuilt timer heap', () => {
		const ev = { type: 'timer.rebuild', ids: [3, 1] } as unknown as TraceEvent;

		expect(narrate(ev, emptyState(), emptyState())).toBe(
			'Most timers on the heap are cancelled, so the loop removes them all and rebuilds the heap.',
		);
	});

	it('still gives a sentence for a type it does not know', () => {
		const ev = { type: 'loop.mystery' } as unknown as TraceEvent;

		expect(narrate(ev, emptyState(), emptyState())).toBe('The loop records a loop.mystery event.');
	});
});
