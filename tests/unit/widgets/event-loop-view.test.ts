import { describe, expect, it } from 'vitest';

import type { TaskInfo, TimerInfo } from '../../../src/sim/trace';
import { stringsFor } from '../../../src/widgets/event-loop-strings';
import {
	capList,
	capTail,
	clockText,
	futureStateText,
	keyAction,
	orderTasks,
	sameItems,
	taskStateText,
	threadStateText,
	timersByDeadline,
	tokenClass,
} from '../../../src/widgets/event-loop-view';

const { ui } = stringsFor('en');
const ko = stringsFor('ko').ui;

function task(state: TaskInfo['state'], extra: Partial<TaskInfo> = {}): TaskInfo {
	return { id: 1, name: 'Task-1', coro: 'main', state, waitingOn: null, value: null, ...extra };
}

describe('clockText', () => {
	it('shows the virtual clock in seconds with milliseconds', () => {
		expect(clockText(1)).toBe('t = 1.000 s');
		expect(clockText(0.1000002)).toBe('t = 0.100 s');
	});
});

describe('taskStateText', () => {
	it('says what a waiting task waits on', () => {
		expect(taskStateText(task('waiting', { waitingOn: 'sleep(1)' }), ui)).toBe('waiting on sleep(1)');
	});

	it('gives a finished task its result and a failed one its exception', () => {
		expect(taskStateText(task('finished', { value: '42' }), ui)).toBe('done, returned 42');
		expect(taskStateText(task('failed', { value: "ValueError('boom')" }), ui)).toBe("failed: ValueError('boom')");
	});

	it('names the plain states', () => {
		expect(['scheduled', 'running', 'cancelled'].map((s) => taskStateText(task(s as TaskInfo['state']), ui))).toEqual([
			'scheduled',
			'running',
			'cancelled',
		]);
	});

	it('speaks Korean with the Korean table', () => {
		expect(taskStateText(task('waiting', { waitingOn: 'sleep(1)' }), ko)).toBe('sleep(1) 기다리는 중');
	});
});

describe('futureStateText', () => {
	it('shows a pending future, a result and an exception', () => {
		const f = { id: 4, label: 'sleep(0.1)', value: null, callbacks: [] };
		expect(futureStateText({ ...f, state: 'pending' }, ui)).toBe('pending');
		expect(futureStateText({ ...f, state: 'finished', value: 'None' }, ui)).toBe('result None');
		expect(futureStateText({ ...f, state: 'failed', value: 'KeyError(1)' }, ui)).toBe('exception KeyError(1)');
	});

	it('lists the callbacks a pending future will schedule, in registration order', () => {
		const f = { id: 4, label: 'sleep(0.1)', value: null, state: 'pending' as const, callbacks: ['Task-1.__wakeup', 'report'] };

		expect(futureStateText(f, ui)).toBe('pending; on done: Task-1.__wakeup, report');
	});

	it('under "Your program", says which task resumes and that the loop stops, in both languages', () => {
		const f = {
			id: 4,
			label: 'main()',
			value: null,
			state: 'pending' as const,
			callbacks: ['Task-2.__wakeup', '_run_until_complete_cb', 'report'],
		};

		expect(futureStateText(f, ui, true)).toBe('pending; on done: Task-2 resumes, the loop stops, report');
		expect(futureStateText(f, ko, true)).toBe('대기 중, 완료되면 실행: Task-2 재개, 루프 멈춤, report');
	});
});

describe('threadStateText', () => {
	it('says a worker is idle, or which job keeps it busy', () => {
		const th = { name: 'ThreadPoolExecutor-0_0', pool: 'ThreadPoolExecutor-0', job: null, jobLabel: null, busyUntil: null };
		expect(threadStateText(th, ui)).toBe('idle');
		expect(threadStateText({ ...th, job: 3, jobLabel: 'blocking(1)' }, ui)).toBe('busy: blocking(1)');
		expect(threadStateText({ ...th, job: 3, jobLabel: 'blocking(1)', busyUntil: 1.0001 }, ui)).toBe('busy until t = 1.000 s: blocking(1)');
	});
});

describe('timersByDeadline', () => {
	it('sorts a heap array by deadline without touching it', () => {
		const heap: TimerInfo[] = [
			{ id: 1, when: 1, label: 'a', task: null },
			{ id: 2, when: 3, label: 'b', task: null },
			{ id: 3, when: 2, label: 'c', task: null },
		];

		const sorted = timersByDeadline(heap);

		expect(sorted.map((t) => t.id)).toEqual([1, 3, 2]);
		expect(heap.map((t) => t.id)).toEqual([1, 2, 3]);
	});
});

describe('orderTasks', () => {
	it('puts tasks still in play before finished ones, each group in creation order', () => {
		const tasks = [
			task('finished', { id: 1 }),
			task('waiting', { id: 2 }),
			task('failed', { id: 3 }),
			task('scheduled', { id: 4 }),
			task('cancelled', { id: 5 }),
		];

		expect(orderTasks(tasks).map((t) => t.id)).toEqual([2, 4, 1, 3, 5]);
	});
});

describe('capList', () => {
	it('keeps a short list whole', () => {
		expect(capList([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
	});

	it('cuts a long list and counts what it left out', () => {
		expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
	});
});

describe('capTail', () => {
	it('keeps the last lines and counts the earlier ones', () => {
		expect(capTail(['a', 'b', 'c', 'd'], 2)).toEqual({ shown: ['c', 'd'], earlier: 2 });
		expect(capTail(['a'], 2)).toEqual({ shown: ['a'], earlier: 0 });
	});
});

describe('sameItems', () => {
	it('is true for copies that hold the same objects', () => {
		const a = { id: 1 };
		const b = { id: 2 };

		expect(sameItems([a, b], [a, b])).toBe(true);
	});

	it('is false when an item was replaced by an equal copy, or the length differs', () => {
		const a = { id: 1 };

		expect(sameItems([a], [{ id: 1 }])).toBe(false);
		expect(sameItems([a], [a, a])).toBe(false);
	});
});

describe('keyAction', () => {
	it('maps the arrows, Space, Home and End to the controls', () => {
		const keys = ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End'];

		expect(keys.map((key) => keyAction({ key, target: 'other' }))).toEqual(['step', 'back', 'toggle', 'reset', 'end']);
	});

	it("leaves Space to a focused button, which presses it, but still steps with the arrows", () => {
		expect(keyAction({ key: ' ', target: 'button' })).toBeNull();
		expect(keyAction({ key: 'ArrowRight', target: 'button' })).toBe('step');
	});

	it('leaves every key to the scrubber and the speed setting', () => {
		expect(keyAction({ key: 'ArrowLeft', target: 'field' })).toBeNull();
		expect(keyAction({ key: 'Home', target: 'field' })).toBeNull();
	});

	it('ignores keys pressed with a modifier, such as Alt+Left for history', () => {
		expect(keyAction({ key: 'ArrowLeft', altKey: true, target: 'other' })).toBeNull();
	});
});

describe('tokenClass', () => {
	it('marks italic and bold tokens as Program.astro does', () => {
		expect([0, 1, 2, 3].map(tokenClass)).toEqual([undefined, 'i', 'b', 'i b']);
	});
});
