/**
 * Hand-written traces, event for event what the runtime records for small programs under
 * CPython 3.11's rules (src/sim/runtime/README.md), plus a seeded generator of long synthetic traces.
 */
import { applyEvent, emptyState, type HandleInfo, type TraceEvent } from '../../../src/sim/trace';

const h = (id: number, label: string, task: number | null = null): HandleInfo => ({
	id,
	label,
	task,
});

/**
 * ```python
 * import asyncio                              # 1
 *                                             # 2
 * async def worker():                         # 3
 *     print("worker starts")                  # 4
 *     await asyncio.sleep(1)                  # 5
 *     print("worker done")                    # 6
 *                                             # 7
 * async def main():                           # 8
 *     print("main starts")                    # 9
 *     task = asyncio.create_task(worker())    # 10
 *     await task                              # 11
 *     print("main done")                      # 12
 *                                             # 13
 * asyncio.run(main())                         # 14
 * ```
 * Cursor positions worth knowing are named in `RUN_MAIN`.
 */
export function runMainTrace(): TraceEvent[] {
	return [
		/* 0 */ { type: 'loop.new', loop: 1 },
		{ type: 'task.new', task: 1, name: 'Task-1', coro: 'main()' },
		{ type: 'ready.push', handle: h(1, 'Task-1.__step()', 1), threadsafe: false },
		{ type: 'loop.run', loop: 1 },
		{ type: 'loop.iteration', n: 1 },
		/* 5 */ { type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 1 },
		{ type: 'task.run', task: 1, line: 9 },
		{ type: 'print', text: 'main starts', thread: 'MainThread', time: 0, line: 9 },
		{ type: 'task.new', task: 2, name: 'Task-2', coro: 'worker()' },
		/* 10 */ { type: 'ready.push', handle: h(2, 'Task-2.__step()', 2), threadsafe: false },
		{
			type: 'task.suspend',
			task: 1,
			on: "<Task pending name='Task-2' coro=<worker() running at prog.py:3>>",
			future: 2,
			line: 11,
		},
		{ type: 'loop.iteration', n: 2 },
		{ type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 2 },
		/* 15 */ { type: 'task.run', task: 2, line: 4 },
		{ type: 'print', text: 'worker starts', thread: 'MainThread', time: 0, line: 4 },
		{ type: 'future.new', future: 1, label: '<Future pending>' },
		{
			type: 'timer.push',
			handle: h(3, 'futures._set_result_unless_cancelled(<Future pending>, None)'),
			when: 1,
		},
		{
			type: 'task.suspend',
			task: 2,
			on: '<Future pending cb=[Task.task_wakeup()]>',
			future: 1,
			line: 5,
		},
		/* 20 */ { type: 'loop.iteration', n: 3 },
		{ type: 'loop.select', timeout: 1 },
		{ type: 'clock', time: 1 },
		{ type: 'timer.expire', id: 3 },
		{ type: 'ready.run', id: 3 },
		/* 25 */ { type: 'future.done', future: 1, state: 'finished', value: 'None' },
		{
			type: 'ready.push',
			handle: h(4, 'Task-2.__wakeup(<Future finished result=None>)', 2),
			threadsafe: false,
		},
		{ type: 'loop.iteration', n: 4 },
		{ type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 4 },
		/* 30 */ { type: 'task.run', task: 2, line: 6 },
		{ type: 'print', text: 'worker done', thread: 'MainThread', time: 1, line: 6 },
		{ type: 'task.done', task: 2, state: 'finished', value: 'None' },
		{
			type: 'ready.push',
			handle: h(
				5,
				"Task-1.__wakeup(<Task finished name='Task-2' coro=<worker() done> result=None>)",
				1,
			),
			threadsafe: false,
		},
		{ type: 'loop.iteration', n: 5 },
		/* 35 */ { type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 5 },
		{ type: 'task.run', task: 1, line: 12 },
		{ type: 'print', text: 'main done', thread: 'MainThread', time: 1, line: 12 },
		{ type: 'task.done', task: 1, state: 'finished', value: 'None' },
		/* 40 */ {
			type: 'ready.push',
			handle: h(6, "_run_until_complete_cb(<Task finished name='Task-1'>)"),
			threadsafe: false,
		},
		{ type: 'loop.iteration', n: 6 },
		{ type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 6 },
		{ type: 'loop.stop' },
		// Runner.close: run_until_complete(loop.shutdown_asyncgens()) runs the loop again.
		/* 45 */ {
			type: 'task.new',
			task: 3,
			name: 'Task-3',
			coro: 'BaseEventLoop.shutdown_asyncgens()',
		},
		{ type: 'ready.push', handle: h(7, 'Task-3.__step()', 3), threadsafe: false },
		{ type: 'loop.run', loop: 1 },
		{ type: 'loop.iteration', n: 7 },
		{ type: 'loop.select', timeout: 0 },
		/* 50 */ { type: 'ready.run', id: 7 },
		{ type: 'task.run', task: 3, line: null },
		{ type: 'task.done', task: 3, state: 'finished', value: 'None' },
		{
			type: 'ready.push',
			handle: h(8, "_run_until_complete_cb(<Task finished name='Task-3'>)"),
			threadsafe: false,
		},
		{ type: 'loop.iteration', n: 8 },
		/* 55 */ { type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 8 },
		{ type: 'loop.stop' },
		{ type: 'loop.close', loop: 1 },
	];
}

/** Cursor positions in `runMainTrace()` (a cursor of n rests after event n - 1). */
export const RUN_MAIN = {
	length: 59,
	/** Task-1 created by asyncio.run, its first step queued; the loop has not started. */
	task1Created: 3,
	/** The loop has popped Task-1.__step(), and Task-1 runs. */
	task1Runs: 8,
	mainStartsPrinted: 9,
	task2Created: 11,
	task1AwaitsTask2: 12,
	/** Iteration 3: nothing is ready, the loop waits for the sleep's timer. */
	waitsForTimer: 22,
	timerFires: 24,
	workerDonePrinted: 32,
	mainDonePrinted: 39,
	closed: 59,
} as const;

/** The cursors STEP visits from 0 to the end of `runMainTrace()`. */
export const RUN_MAIN_STOPS = [
	3, 8, 9, 11, 12, 16, 17, 20, 22, 24, 25, 27, 31, 32, 34, 38, 39, 41, 44, 45, 47, 52, 54, 57, 58,
	59,
];

/**
 * ```python
 * import asyncio, time
 *
 * async def main():
 *     loop = asyncio.get_running_loop()
 *     print("submit")                                        # 5
 *     await loop.run_in_executor(None, time.sleep, 5)        # 6
 *     print("resumed")                                       # 7
 *
 * asyncio.run(main())
 * ```
 * The worker's completion arrives by call_soon_threadsafe while the loop waits in select, so
 * `_copy_future_state` runs in the same iteration and the task resumes in the next (§11, e29).
 */
export function executorTrace(): TraceEvent[] {
	return [
		{ type: 'loop.new', loop: 1 },
		{ type: 'task.new', task: 1, name: 'Task-1', coro: 'main()' },
		{ type: 'ready.push', handle: h(1, 'Task-1.__step()', 1), threadsafe: false },
		{ type: 'loop.run', loop: 1 },
		{ type: 'loop.iteration', n: 1 },
		{ type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 1 },
		{ type: 'task.run', task: 1, line: 5 },
		{ type: 'print', text: 'submit', thread: 'MainThread', time: 0, line: 5 },
		{ type: 'thread.new', thread: 'asyncio_0', pool: 'asyncio' },
		{ type: 'job.submit', job: 1, label: 'time.sleep(5)', pool: 'asyncio' },
		{ type: 'job.start', job: 1, thread: 'asyncio_0' },
		{
			type: 'future.new',
			future: 1,
			label: '<Future pending cb=[_chain_future.<locals>._call_check_cancel()]>',
		},
		{
			type: 'task.suspend',
			task: 1,
			on: '<Future pending cb=[_chain_future.<locals>._call_check_cancel()]>',
			future: 1,
			line: 6,
		},
		{ type: 'loop.iteration', n: 2 },
		{ type: 'loop.select', timeout: null },
		{ type: 'clock', time: 5 },
		{ type: 'job.end', job: 1, thread: 'asyncio_0' },
		{
			type: 'ready.push',
			handle: h(
				2,
				'_chain_future.<locals>._set_state(<Future pending>, <Future finished result=None>)',
			),
			threadsafe: true,
		},
		{ type: 'ready.run', id: 2 },
		{ type: 'future.done', future: 1, state: 'finished', value: 'None' },
		{
			type: 'ready.push',
			handle: h(3, 'Task-1.__wakeup(<Future finished result=None>)', 1),
			threadsafe: false,
		},
		{ type: 'loop.iteration', n: 3 },
		{ type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 3 },
		{ type: 'task.run', task: 1, line: 7 },
		{ type: 'print', text: 'resumed', thread: 'MainThread', time: 5, line: 7 },
		{ type: 'task.done', task: 1, state: 'finished', value: 'None' },
		{
			type: 'ready.push',
			handle: h(4, "_run_until_complete_cb(<Task finished name='Task-1'>)"),
			threadsafe: false,
		},
		{ type: 'loop.iteration', n: 4 },
		{ type: 'loop.select', timeout: 0 },
		{ type: 'ready.run', id: 4 },
		{ type: 'loop.stop' },
		{ type: 'loop.close', loop: 1 },
	];
}

/** mulberry32: a small seeded PRNG, so a failing synthetic trace can be rebuilt. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type HandleKind =
	{ kind: 'step'; task: number } | { kind: 'resolve'; future: number } | { kind: 'plain' };

/**
 * A long trace shaped like a real run: `_run_once` iterations over a snapshot of the ready queue,
 * tasks that print, sleep (a future plus a timer), yield, wait for executor jobs, and finish;
 * cancelled handles that are later skipped. `spawn` is the chance that a running task creates
 * another, which sets how many tasks the trace ends up with.
 */
export function syntheticTrace(
	length: number,
	opts: { seed?: number; spawn?: number } = {},
): TraceEvent[] {
	const rand = prng(opts.seed ?? 1);
	const spawnChance = opts.spawn ?? 0.1;
	const events: TraceEvent[] = [];
	const g = emptyState();
	const emit = (ev: TraceEvent): void => {
		events.push(ev);
		applyEvent(g, ev);
	};
	const kinds = new Map<number, HandleKind>();
	const waiter = new Map<number, number>();
	const jobFuture = new Map<number, number>();
	const cancelled = new Set<number>();
	let handles = 0;
	let futures = 0;
	let jobs = 0;
	let tasks = 0;
	let iteration = 0;

	const push = (label: string, kind: HandleKind, threadsafe = false): void => {
		const id = ++handles;
		kinds.set(id, kind);
		emit({
			type: 'ready.push',
			handle: { id, label, task: kind.kind === 'step' ? kind.task : null },
			threadsafe,
		});
	};
	const spawn = (threadsafe = false): void => {
		const task = ++tasks;
		emit({ type: 'task.new', task, name: `Task-${task}`, coro: `worker(${task})` });
		push(`Task-${task}.__step()`, { kind: 'step', task }, threadsafe);
	};
	const newFuture = (label: string): number => {
		const future = ++futures;
		emit({ type: 'future.new', future, label });
		return future;
	};
	const runStep = (task: number): void => {
		emit({ type: 'task.run', task, line: 1 + Math.floor(rand() * 20) });
		if (rand() < 0.3)
			emit({
				type: 'print',
				text: `t${task} at ${g.time}`,
				thread: 'MainThread',
				time: g.time,
				line: 3,
			});
		if (rand() < spawnChance) spawn();
		const r = rand();
		if (r < 0.15) {
			emit({ type: 'task.done', task, state: rand() < 0.8 ? 'finished' : 'failed', value: 'None' });
		} else if (r < 0.35) {
			emit({ type: 'task.suspend', task, on: null, future: null, line: 4 });
			push(`Task-${task}.__step()`, { kind: 'step', task });
		} else if (r < 0.8) {
			const future = newFuture('<Future pending>');
			const id = ++handles;
			kinds.set(id, { kind: 'resolve', future });
			const label = 'futures._set_result_unless_cancelled(<Future pending>, None)';
			emit({ type: 'timer.push', handle: { id, label, task: null }, when: g.time + rand() });
			waiter.set(future, task);
			emit({
				type: 'task.suspend',
				task,
				on: '<Future pending cb=[Task.task_wakeup()]>',
				future,
				line: 5,
			});
		} else {
			const job = ++jobs;
			const idle = g.threads.find((t) => t.job === null);
			const thread = idle?.name ?? `asyncio_${g.threads.length}`;
			if (!idle) emit({ type: 'thread.new', thread, pool: 'asyncio' });
			emit({ type: 'job.submit', job, label: `time.sleep(${job % 5})`, pool: 'asyncio' });
			emit({ type: 'job.start', job, thread });
			const future = newFuture('<Future pending>');
			jobFuture.set(job, future);
			waiter.set(future, task);
			emit({ type: 'task.suspend', task, on: '<Future pending>', future, line: 6 });
		}
	};

	emit({ type: 'loop.new', loop: 1 });
	spawn();
	emit({ type: 'loop.run', loop: 1 });
	while (events.length < length) {
		emit({ type: 'loop.iteration', n: ++iteration });
		while (g.timers.length > 0 && cancelled.has(g.timers[0].id))
			emit({ type: 'timer.drop', id: g.timers[0].id });
		const busy = g.threads.filter((t) => t.job !== null);
		const timeout =
			g.ready.length > 0 ? 0 : g.timers.length > 0 ? Math.max(0, g.timers[0].when - g.time) : null;
		emit({ type: 'loop.select', timeout });
		if (timeout !== 0) emit({ type: 'clock', time: g.time + (timeout ?? 0.5) });
		// Worker threads finish while the loop waits, and hand their results over thread-safely.
		for (const t of busy) {
			if (timeout !== null && rand() < 0.6) continue;
			const job = t.job as number;
			emit({ type: 'job.end', job, thread: t.name });
			push(
				'_chain_future.<locals>._set_state()',
				{ kind: 'resolve', future: jobFuture.get(job) as number },
				true,
			);
		}
		if (timeout === null && busy.length === 0) spawn(true);
		while (g.timers.length > 0 && g.timers[0].when <= g.time) {
			const id = g.timers[0].id;
			emit(cancelled.has(id) ? { type: 'timer.drop', id } : { type: 'timer.expire', id });
		}
		const ntodo = g.ready.length;
		for (let k = 0; k < ntodo; k++) {
			const handle = g.ready[0];
			if (cancelled.has(handle.id)) {
				emit({ type: 'ready.skip', id: handle.id });
				continue;
			}
			emit({ type: 'ready.run', id: handle.id });
			const kind = kinds.get(handle.id) ?? { kind: 'plain' };
			if (kind.kind === 'step') runStep(kind.task);
			else if (kind.kind === 'resolve') {
				emit({ type: 'future.done', future: kind.future, state: 'finished', value: 'None' });
				const task = waiter.get(kind.future);
				if (task !== undefined)
					push(`Task-${task}.__wakeup(<Future finished result=None>)`, { kind: 'step', task });
			}
			// Now and then a plain callback cancels a queued one (a cancelled handle stays queued).
			const victim = g.ready.find((x) => kinds.get(x.id)?.kind === 'plain' && !cancelled.has(x.id));
			if (victim && rand() < 0.2) {
				cancelled.add(victim.id);
				emit({ type: 'handle.cancel', id: victim.id });
			}
			if (kind.kind === 'plain')
				emit({ type: 'print', text: 'tick', thread: 'MainThread', time: g.time, line: null });
			if (rand() < 0.05) push(`print('tick')`, { kind: 'plain' });
			if (rand() < 0.01 && g.timers.length > 0) {
				const timer = g.timers[Math.floor(rand() * g.timers.length)];
				cancelled.add(timer.id);
				emit({ type: 'handle.cancel', id: timer.id });
			}
		}
	}
	return events.slice(0, length);
}
