/**
 * Traces recorded from the simulator's runtime (src/sim/runtime) for two small programs, kept as
 * data so the machine's tests see the runtime's real shape: `clock` events between a stop and
 * what it causes, one id space shared by tasks, futures and handles, labels such as `sleep(1)`.
 * Re-record them when the runtime changes what it emits.
 */
import type { TraceEvent } from '../../../src/sim/trace';

/**
 * ```python
 * import asyncio                                 # 1
 *                                                # 2
 * async def worker():                            # 3
 *     print("worker starts")                     # 4
 *     await asyncio.sleep(1)                     # 5
 *     print("worker done")                       # 6
 *                                                # 7
 * async def main():                              # 8
 *     print("main starts")                       # 9
 *     task = asyncio.create_task(worker())       # 10
 *     await task                                 # 11
 *     print("main done")                         # 12
 *                                                # 13
 * asyncio.run(main())                            # 14
 * ```
 */
export const recordedSleepTrace: readonly TraceEvent[] = [
	{ type: 'loop.new', loop: 1 },
	{ type: 'task.new', task: 2, name: 'Task-1', coro: 'main' },
	{ type: 'ready.push', handle: { id: 3, label: 'Task-1.__step()', task: 2 }, threadsafe: false },
	{ type: 'loop.run', loop: 1 },
	{ type: 'loop.iteration', n: 1 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 1e-7 },
	{ type: 'ready.run', id: 3 },
	{ type: 'task.run', task: 2, line: 8 },
	{ type: 'print', text: 'main starts', thread: 'MainThread', time: 1e-7, line: 9 },
	{ type: 'task.new', task: 4, name: 'Task-2', coro: 'worker' },
	{ type: 'ready.push', handle: { id: 5, label: 'Task-2.__step()', task: 4 }, threadsafe: false },
	{ type: 'task.suspend', task: 2, on: 'Task', future: 4, line: 11 },
	{ type: 'loop.iteration', n: 2 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 2e-7 },
	{ type: 'ready.run', id: 5 },
	{ type: 'task.run', task: 4, line: 3 },
	{ type: 'print', text: 'worker starts', thread: 'MainThread', time: 2e-7, line: 4 },
	{ type: 'future.new', future: 6, label: 'sleep(1)' },
	{ type: 'clock', time: 3e-7 },
	{
		type: 'timer.push',
		handle: { id: 7, label: '_set_result_unless_cancelled(sleep(1))', task: null },
		when: 1.0000003,
	},
	{ type: 'task.suspend', task: 4, on: 'sleep(1)', future: 6, line: 5 },
	{ type: 'loop.iteration', n: 3 },
	{ type: 'clock', time: 4e-7 },
	{ type: 'loop.select', timeout: 0.9999998999999999 },
	{ type: 'clock', time: 1.0000505000000002 },
	{ type: 'timer.expire', id: 7 },
	{ type: 'ready.run', id: 7 },
	{ type: 'future.done', future: 6, state: 'finished', value: 'None' },
	{
		type: 'ready.push',
		handle: { id: 8, label: 'Task-2.__wakeup(<Future finished result=None>)', task: 4 },
		threadsafe: false,
	},
	{ type: 'loop.iteration', n: 4 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 1.0000506000000002 },
	{ type: 'ready.run', id: 8 },
	{ type: 'task.run', task: 4, line: 5 },
	{ type: 'handle.cancel', id: 7 },
	{ type: 'print', text: 'worker done', thread: 'MainThread', time: 1.0000506000000002, line: 6 },
	{ type: 'task.done', task: 4, state: 'finished', value: 'None' },
	{
		type: 'ready.push',
		handle: { id: 9, label: 'Task-1.__wakeup(<Task Task-2>)', task: 2 },
		threadsafe: false,
	},
	{ type: 'loop.iteration', n: 5 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 1.0000507000000003 },
	{ type: 'ready.run', id: 9 },
	{ type: 'task.run', task: 2, line: 11 },
	{ type: 'print', text: 'main done', thread: 'MainThread', time: 1.0000507000000003, line: 12 },
	{ type: 'task.done', task: 2, state: 'finished', value: 'None' },
	{
		type: 'ready.push',
		handle: { id: 10, label: '_run_until_complete_cb(<Task Task-1>)', task: null },
		threadsafe: false,
	},
	{ type: 'loop.iteration', n: 6 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 1.0000508000000004 },
	{ type: 'ready.run', id: 10 },
	{ type: 'loop.stop' },
	{ type: 'future.new', future: 11, label: 'shutdown_default_executor()' },
	{ type: 'future.done', future: 11, state: 'finished', value: 'None' },
	{
		type: 'ready.push',
		handle: { id: 12, label: '_run_until_complete_cb(<Future finished result=None>)', task: null },
		threadsafe: false,
	},
	{ type: 'loop.run', loop: 1 },
	{ type: 'loop.iteration', n: 7 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 1.0000509000000004 },
	{ type: 'ready.run', id: 12 },
	{ type: 'loop.stop' },
	{ type: 'loop.close', loop: 1 },
];

/**
 * ```python
 * import asyncio, time                           # 1
 *                                                # 2
 * async def main():                              # 3
 *     loop = asyncio.get_running_loop()          # 4
 *     print("submit")                            # 5
 *     await loop.run_in_executor(None, time.sleep, 5)# 6
 *     print("resumed")                           # 7
 *                                                # 8
 * asyncio.run(main())                            # 9
 * ```
 */
export const recordedExecutorTrace: readonly TraceEvent[] = [
	{ type: 'loop.new', loop: 1 },
	{ type: 'task.new', task: 2, name: 'Task-1', coro: 'main' },
	{ type: 'ready.push', handle: { id: 3, label: 'Task-1.__step()', task: 2 }, threadsafe: false },
	{ type: 'loop.run', loop: 1 },
	{ type: 'loop.iteration', n: 1 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 1e-7 },
	{ type: 'ready.run', id: 3 },
	{ type: 'task.run', task: 2, line: 3 },
	{ type: 'print', text: 'submit', thread: 'MainThread', time: 1e-7, line: 5 },
	{ type: 'future.new', future: 4, label: 'run_in_executor(sleep(5))' },
	{ type: 'job.submit', job: 5, label: 'sleep(5)', pool: 'asyncio' },
	{ type: 'thread.new', thread: 'asyncio_0', pool: 'asyncio' },
	{ type: 'task.suspend', task: 2, on: 'run_in_executor(sleep(5))', future: 4, line: 6 },
	{ type: 'loop.iteration', n: 2 },
	{ type: 'loop.select', timeout: null },
	{ type: 'clock', time: 0.00010010000000000001 },
	{ type: 'job.start', job: 5, thread: 'asyncio_0' },
	{ type: 'clock', time: 5.0001001 },
	{ type: 'job.end', job: 5, thread: 'asyncio_0' },
	{
		type: 'ready.push',
		handle: { id: 6, label: '_copy_future_state(sleep(5))', task: null },
		threadsafe: true,
	},
	{ type: 'clock', time: 5.0001502 },
	{ type: 'ready.run', id: 6 },
	{ type: 'future.done', future: 4, state: 'finished', value: 'None' },
	{
		type: 'ready.push',
		handle: { id: 7, label: 'Task-1.__wakeup(<Future finished result=None>)', task: 2 },
		threadsafe: false,
	},
	{ type: 'loop.iteration', n: 3 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 5.0001503000000005 },
	{ type: 'ready.run', id: 7 },
	{ type: 'task.run', task: 2, line: 6 },
	{ type: 'print', text: 'resumed', thread: 'MainThread', time: 5.0001503000000005, line: 7 },
	{ type: 'task.done', task: 2, state: 'finished', value: 'None' },
	{
		type: 'ready.push',
		handle: { id: 8, label: '_run_until_complete_cb(<Task Task-1>)', task: null },
		threadsafe: false,
	},
	{ type: 'loop.iteration', n: 4 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 5.000150400000001 },
	{ type: 'ready.run', id: 8 },
	{ type: 'loop.stop' },
	{ type: 'future.new', future: 9, label: 'shutdown_default_executor()' },
	{
		type: 'ready.push',
		handle: {
			id: 10,
			label: '_set_result_unless_cancelled(shutdown_default_executor)',
			task: null,
		},
		threadsafe: true,
	},
	{ type: 'loop.run', loop: 1 },
	{ type: 'loop.iteration', n: 5 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 5.000150500000001 },
	{ type: 'ready.run', id: 10 },
	{ type: 'future.done', future: 9, state: 'finished', value: 'None' },
	{
		type: 'ready.push',
		handle: { id: 11, label: '_run_until_complete_cb(<Future finished result=None>)', task: null },
		threadsafe: false,
	},
	{ type: 'loop.iteration', n: 6 },
	{ type: 'loop.select', timeout: 0 },
	{ type: 'clock', time: 5.000150600000001 },
	{ type: 'ready.run', id: 11 },
	{ type: 'loop.stop' },
	{ type: 'loop.close', loop: 1 },
];
