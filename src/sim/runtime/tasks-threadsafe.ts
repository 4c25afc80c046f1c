/**
 * tasks.run_coroutine_threadsafe (Lib/asyncio/tasks.py, with futures._chain_future): another
 * thread hands the loop a coroutine and gets a concurrent.futures.Future for its result
 * (src/sim/runtime/README.md §19).
 */
import { CancelledError, PyBaseException, TypeError, pyErr } from '../python/exceptions';
import { PyCoroutine } from '../python/functions';
import type { PyValue } from '../python/objects';
import type { BaseEventLoop } from './base-events';
import { ConcurrentFuture } from './thread-pool';
import { ensureFuture } from './tasks';

/**
 * run_coroutine_threadsafe(coro, loop): `call_soon_threadsafe(callback)`, where the callback
 * wraps the coroutine in a task on the loop and chains the task's outcome to the concurrent
 * future. Called from a worker thread, the callback lands at the worker's own time; the future's
 * `result()` blocks that thread while the loop runs (BaseEventLoop.serveThread).
 */
export function runCoroutineThreadsafe(coro: PyValue, loop: BaseEventLoop): ConcurrentFuture {
  if (!(coro instanceof PyCoroutine)) throw pyErr(TypeError, 'A coroutine object is required');
  const sim = loop.sim;
  const future = new ConcurrentFuture(sim, (done) => loop.serveThread(done));
  const callback = (): void => {
    try {
      const task = ensureFuture(coro, loop);
      // futures._chain_future → _set_concurrent_future_state, run in the loop's thread.
      task.addDoneCallback({
        label: '_chain_future.<locals>._call_set_state',
        py: null,
        task: null,
        fn: (src) => {
          if (src.cancelled()) future.outcome = { ok: false, error: pyErr(CancelledError) };
          // futures._set_concurrent_future_state reads `source.exception()`, marking it retrieved.
          else if (src.exception() !== null) future.outcome = { ok: false, error: src.exceptionValue as PyBaseException };
          else future.outcome = { ok: true, value: src.resultValue };
        },
      });
    } catch (e) {
      if (e instanceof PyBaseException) future.outcome = { ok: false, error: e };
      throw e;
    }
  };
  const label = 'run_coroutine_threadsafe.<locals>.callback()';
  const thread = sim.thread;
  const at = thread.localNow;
  if (at !== null && at > sim.clock.now) {
    // What a worker does is seen when the loop's clock reaches the worker's time.
    sim.clock.at(at, () => {
      const saved = sim.thread;
      sim.thread = { name: thread.name, localNow: at };
      try {
        loop.callSoonThreadsafe(callback, label);
      } finally {
        sim.thread = saved;
      }
    });
  } else loop.callSoonThreadsafe(callback, label);
  return future;
}
