/**
 * The Python stack's depth, counted against the recursion limit as CPython 3.11 counts it
 * (`tstate->recursion_remaining`, Python/ceval.c): every frame running on the thread, whether a
 * plain call or a coroutine awaited inline. A task's coroutines are on the stack only while the
 * task runs: `PyCoroutine` saves how deep its chain of awaits went when it suspends, and puts
 * those frames back when the loop resumes it.
 *
 * Counting awaits matters beyond the limit's message: resuming a chain of n awaits costs n, so
 * an unbounded chain (`async def f(): await sleep(0); await f()`) made every step slower than
 * the last, where CPython stops it with RecursionError near 1,000 frames.
 *
 * The offsets below are CPython's frames around user code, measured with a function that
 * recurses until RecursionError and returns its depth (python3 3.11.7).
 */
import { pyErr, RecursionError } from './exceptions';

/** sys.getrecursionlimit() */
export const RECURSION_LIMIT = 1000;

/** asyncio.run and Runner.run. */
export const RUNNER_FRAMES = 2;
/** BaseEventLoop.run_until_complete. */
export const RUN_UNTIL_COMPLETE_FRAMES = 1;
/** What the loop has under a callback it runs: run_forever, _run_once, Handle._run, and the
 * C call Context.run. */
export const RUN_FOREVER_FRAMES = 4;
/** Task.__step, a C call between Context.run and the task's coroutine. */
export const TASK_STEP_FRAMES = 1;
/** A worker thread's frames under the function it runs: Thread._bootstrap, _bootstrap_inner,
 * Thread.run, the pool's _worker and _WorkItem.run. */
export const WORKER_FRAMES = 5;

/** The running thread's stack depth: 1 while the module body runs. */
export const stack = { depth: 1 };

/**
 * A call pushes a frame, and so does `await coro`, which starts the coroutine inline. The caller
 * pops it (`stack.depth--`) when the frame returns or raises.
 */
export function enterFrame(): void {
  if (stack.depth >= RECURSION_LIMIT) throw pyErr(RecursionError, 'maximum recursion depth exceeded');
  stack.depth++;
}
