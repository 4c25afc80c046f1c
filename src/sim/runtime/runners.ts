/**
 * asyncio.run (Lib/asyncio/runners.py `run`, `Runner.run`, `Runner.close`, `_cancel_all_tasks`).
 */
import { PyCoroutine, isAwaitable } from '../python/functions';
import { atLeast } from '../versions';
import { RUNNER_FRAMES, stack } from '../python/recursion';
import { RuntimeError, TypeError, ValueError, pyErr, PyBaseException } from '../python/exceptions';
import type { PyValue } from '../python/objects';
import { repr } from '../python/repr';
import type { BaseEventLoop } from './base-events';
import type { LoopRegistry } from './events';
import { allTasksOf, gather } from './tasks';

export function run(main: PyValue, registry: LoopRegistry<BaseEventLoop>, newLoop: () => BaseEventLoop): PyValue {
  if (registry.running !== null) throw pyErr(RuntimeError, 'asyncio.run() cannot be called from a running event loop');
  // Runner._lazy_init: a new loop, set as the thread's current loop.
  const loop = newLoop();
  registry.setEventLoop(loop);
  let result: PyValue = null;
  const depth = stack.depth;
  stack.depth = depth + RUNNER_FRAMES;
  try {
    let coro: PyValue = main;
    if (!(main instanceof PyCoroutine)) {
      // 3.14's Runner.run takes any awaitable, wrapped in a coroutine (gh-120284); before, only
      // a coroutine.
      if (!atLeast(loop.sim.python, '3.14')) throw pyErr(ValueError, `a coroutine was expected, got ${repr(main)}`);
      if (!isAwaitable(main)) throw pyErr(TypeError, 'An asyncio.Future, a coroutine or an awaitable is required');
      const awaitable = main;
      coro = new PyCoroutine('run.<locals>._wrap_awaitable', (function* () {
        return yield* awaitable.awaitIter();
      })(), null, 'runners.py', 0);
    }
    const task = loop.createTask(coro);
    result = loop.runUntilComplete(task);
  } catch (e) {
    // A simulator stop (budget, unsupported construct) ends the run at once: no clean-up phase.
    if (!(e instanceof PyBaseException)) throw e;
    closeRunner(loop, registry);
    stack.depth = depth;
    throw e;
  }
  closeRunner(loop, registry);
  stack.depth = depth;
  return result;
}

/** Runner.close */
function closeRunner(loop: BaseEventLoop, registry: LoopRegistry<BaseEventLoop>): void {
  // Leftover tasks, then async generators (none in the subset), then the executor.
  try {
    cancelAllTasks(loop);
    // Each of these coroutines runs as a Task, so each uses up a Task-N name, as in CPython.
    loop.runUntilComplete(loop.shutdownAsyncgens());
    loop.runUntilComplete(loop.shutdownDefaultExecutor());
  } finally {
    registry.setEventLoop(null);
    loop.close();
  }
}

/** runners._cancel_all_tasks */
function cancelAllTasks(loop: BaseEventLoop): void {
  const toCancel = allTasksOf(loop);
  if (toCancel.length === 0) return;
  const sim = loop.sim;
  // all_tasks() is a set: with several tasks, CPython cancels them in an order that changes from
  // run to run (src/sim/runtime/README.md §6, e13). What they print as they unwind is a race.
  const saved = sim.taint;
  if (toCancel.length > 1) sim.taint = { race: sim.newRace(), hops: 0 };
  try {
    for (const t of toCancel) t.cancel();
  } finally {
    sim.taint = saved;
  }
  loop.runUntilComplete(gather(loop, toCancel, true));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    const exc = t.exceptionValue;
    if (exc instanceof PyBaseException) {
      sim.stderr += `unhandled exception during asyncio.run() shutdown\ntask: ${t.repr()}\n`;
    }
  }
}
