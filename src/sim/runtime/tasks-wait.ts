/**
 * Waiting on several awaitables (Lib/asyncio/tasks.py, 3.11; later versions where they
 * differ): `wait_for`, `wait`, `as_completed`, and `to_thread` (Lib/asyncio/threads.py).
 */
import { CancelledError, PyBaseException, TimeoutError, TypeError, ValueError, pyErr } from '../python/exceptions';
import { type CoroutineBody, PyCoroutine, isAwaitable } from '../python/functions';
import { stack } from '../python/recursion';
import { PySet, PyTuple, type PyValue, type Kwargs, PyCallable, hashKey } from '../python/objects';
import { compare, iterate, notAwaitable } from '../python/ops';
import { PyIterator } from '../python/builtins';
import type { BaseEventLoop } from './base-events';
import type { LoopLike } from './events';
import { type DoneCallback, Future } from './futures';
import { futureAddToAwaitedBy, futureDiscardFromAwaitedBy } from './graph';
import { ensureFuture } from './tasks';
import { SET_ORDER_HOPS, UnorderedSet, setOrderRace } from './task-sets';
import type { Simulation } from './simulation';
import { noteVarying } from '../stdlib/varying';
import { timeout as makeTimeout } from './timeouts';
import { atLeast } from '../versions';

function coroutine(name: string, body: CoroutineBody): PyCoroutine {
  return new PyCoroutine(name, body, null, '', 0);
}

/** tasks._release_waiter */
function releaseWaiter(waiter: Future): void {
  if (!waiter.done()) waiter.setResult(null);
}

function callback(label: string, fn: (f: Future) => void): DoneCallback {
  return { fn, label, py: null, task: null };
}

/** tasks._cancel_and_wait */
function* cancelAndWait(fut: Future, loop: LoopLike): CoroutineBody {
  const waiter = new Future(loop, 'wait_for cancel waiter');
  const cb = callback('_release_waiter', () => releaseWaiter(waiter));
  fut.addDoneCallback(cb);
  try {
    fut.cancel();
    // Not `await fut` itself, so that _cancel_and_wait stays reliably cancellable.
    yield* waiter.awaitIter();
  } finally {
    fut.removeDoneCallback((c) => c === cb);
  }
  return null;
}

/** tasks.wait_for: 3.11's, or from 3.12 the one built on `timeout()` (`waitFor312`). */
export function waitFor(getLoop: () => LoopLike, aw: PyValue, timeout: PyValue): PyCoroutine {
  if (atLeast(getLoop().sim.python, '3.12')) return coroutine('wait_for', waitFor312(getLoop, aw, timeout));
  function* body(): CoroutineBody {
    const loop = getLoop();
    // `return await fut`: with no timeout even 3.11 runs a coroutine inline, in the caller's task.
    if (timeout === null) return yield* awaitInline(aw);
    if (compare('<=', timeout, 0n)) {
      const fut = ensureFuture(aw, loop);
      if (fut.done()) return fut.result();
      yield* cancelAndWait(fut, loop);
      try {
        return fut.result();
      } catch (e) {
        throw asTimeout(e);
      }
    }
    const waiter = new Future(loop, `wait_for(timeout=${String(timeout)})`);
    const handle = loop.callLater(Number(timeout), () => releaseWaiter(waiter), '_release_waiter(wait_for)');
    const cb = callback('_release_waiter', () => releaseWaiter(waiter));
    const fut = ensureFuture(aw, loop);
    fut.addDoneCallback(cb);
    try {
      try {
        yield* waiter.awaitIter();
      } catch (e) {
        if (!(e instanceof PyBaseException && e.isInstance(CancelledError))) throw e;
        if (fut.done()) return fut.result();
        fut.removeDoneCallback((c) => c === cb);
        yield* cancelAndWait(fut, loop);
        throw e;
      }
      if (fut.done()) return fut.result();
      fut.removeDoneCallback((c) => c === cb);
      yield* cancelAndWait(fut, loop);
      try {
        return fut.result();
      } catch (e) {
        throw asTimeout(e);
      }
    } finally {
      handle.cancel();
    }
  }
  return coroutine('wait_for', body());
}

/**
 * tasks.wait_for from 3.12 (gh-96764, PR #98518): `async with timeouts.timeout(timeout): return
 * await fut`. A coroutine is no longer wrapped in a Task: it runs inline, in the caller's task,
 * so it starts at once rather than one loop iteration later, and no Task-N number is used up.
 * Only a timeout <= 0 still makes a task, to cancel it before it starts.
 */
function* waitFor312(getLoop: () => LoopLike, aw: PyValue, timeout: PyValue): CoroutineBody {
  if (timeout !== null && compare('<=', timeout, 0n)) {
    const loop = getLoop();
    const fut = ensureFuture(aw, loop);
    if (fut.done()) return fut.result();
    yield* cancelAndWait(fut, loop);
    try {
      return fut.result();
    } catch (e) {
      throw asTimeout(e);
    }
  }
  const cm = makeTimeout(getLoop(), timeout);
  yield* cm.aenter();
  let result: PyValue;
  try {
    result = yield* awaitInline(aw);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    yield* cm.aexit(e);
    throw e;
  }
  yield* cm.aexit(null);
  return result;
}

/** `await v` inside a runtime coroutine, as the interpreter's `await` runs it (awaitBody). */
function* awaitInline(v: PyValue): CoroutineBody {
  if (v instanceof PyCoroutine) {
    const body = v.startAwait();
    try {
      return yield* body;
    } finally {
      v.state = 'closed';
      stack.depth--;
    }
  }
  if (isAwaitable(v)) return yield* v.awaitIter();
  throw notAwaitable(v);
}

/** `raise exceptions.TimeoutError() from exc` when `exc` is a CancelledError. */
function asTimeout(e: unknown): unknown {
  if (e instanceof PyBaseException && e.isInstance(CancelledError)) {
    const t = pyErr(TimeoutError);
    t.cause = e;
    t.context = e;
    t.suppressContext = true;
    return t;
  }
  return e;
}

const RETURN_WHEN = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'];

function setOf(sim: Simulation, futs: Future[], what: string): PySet {
  const s = new UnorderedSet(sim, what);
  for (const f of futs) s.map.set(hashKey(f) as string, f);
  return s;
}

/** Distinct futures of `fs`, in iteration order (CPython's `set(fs)` order is by address). */
function distinct(fs: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (const f of iterate(fs)) if (!out.includes(f)) out.push(f);
  return out;
}

/** tasks.wait */
export function wait(getLoop: () => LoopLike, fs: PyValue, kw: Kwargs | null): PyCoroutine {
  const timeout = kw?.get('timeout') ?? null;
  const returnWhen = kw?.get('return_when') ?? 'ALL_COMPLETED';
  function* body(): CoroutineBody {
    if (fs instanceof Future || fs instanceof PyCoroutine) {
      throw pyErr(TypeError, `expect a list of futures, not ${fs.typeName}`);
    }
    const items = distinct(fs);
    if (items.length === 0) throw pyErr(ValueError, 'Set of Tasks/Futures is empty.');
    if (typeof returnWhen !== 'string' || !RETURN_WHEN.includes(returnWhen)) {
      throw pyErr(ValueError, `Invalid return_when value: ${String(returnWhen)}`);
    }
    const loop = getLoop();
    if (items.some((f) => f instanceof PyCoroutine)) {
      throw pyErr(TypeError, 'Passing coroutines is forbidden, use tasks explicitly.');
    }
    const futs = items.map((f) => ensureFuture(f, loop));
    const waiter = new Future(loop, 'wait()');
    const handle = timeout === null ? null : loop.callLater(Number(timeout), () => releaseWaiter(waiter), '_release_waiter(wait)');
    let counter = futs.length;
    const curTask = loop.currentTask;
    const onCompletion = callback('_on_completion', (f) => {
      counter -= 1;
      if (
        counter <= 0 ||
        returnWhen === 'FIRST_COMPLETED' ||
        (returnWhen === 'FIRST_EXCEPTION' && !f.cancelled() && f.exception() !== null)
      ) {
        handle?.cancel();
        if (!waiter.done()) waiter.setResult(null);
      }
      futureDiscardFromAwaitedBy(f, curTask);
    });
    for (const f of futs) {
      f.addDoneCallback(onCompletion);
      futureAddToAwaitedBy(f, curTask);
    }
    try {
      yield* waiter.awaitIter();
    } finally {
      handle?.cancel();
      for (const f of futs) f.removeDoneCallback((c) => c === onCompletion);
    }
    return new PyTuple([setOf(loop.sim, futs.filter((f) => f.done()), 'the done set asyncio.wait() returned'), setOf(loop.sim, futs.filter((f) => !f.done()), 'the pending set asyncio.wait() returned')]);
  }
  return coroutine('wait', body());
}

/**
 * tasks.as_completed: coroutines, each giving the next result to finish. Up to 3.12 it is a
 * generator, so nothing happens (no task is created) until the iteration starts. 3.13 made it
 * an object, `_AsCompletedIterator` (gh-77714, PR #22491), that wraps the awaitables in tasks
 * as soon as it is called.
 */
export function asCompleted(getLoop: () => BaseEventLoop, fs: PyValue, timeout: PyValue): PyIterator {
  if (atLeast(getLoop().sim.python, '3.13')) {
    if (fs instanceof Future || fs instanceof PyCoroutine) {
      throw pyErr(TypeError, `expects an iterable of awaitables, not ${fs.typeName}`);
    }
    const next = startAsCompleted(getLoop(), fs, timeout, '_AsCompletedIterator._wait_for_one');
    return new PyIterator(next, '_AsCompletedIterator');
  }
  function* generate(): Generator<PyValue> {
    if (fs instanceof Future || fs instanceof PyCoroutine) {
      throw pyErr(TypeError, `expect an iterable of futures, not ${fs.typeName}`);
    }
    yield* startAsCompleted(getLoop(), fs, timeout, 'as_completed.<locals>._wait_for_one');
  }
  return new PyIterator(generate(), 'generator');
}

/**
 * The body as_completed shares across versions: the awaitables become tasks now, and the
 * coroutines it yields each wait for the next to finish.
 */
function startAsCompleted(loop: BaseEventLoop, fs: PyValue, timeout: PyValue, waiterName: string): Generator<PyValue> {
  const items = distinct(fs);
  const todo = new Set(startInSetOrder(loop, items, 'the awaitables given to asyncio.as_completed()'));
  // The `done` Queue of the original: finished futures, and getters waiting for one.
  const done: (Future | null)[] = [];
  const getters: Future[] = [];
  const putNowait = (f: Future | null) => {
    done.push(f);
    while (getters.length) {
      const g = getters.shift() as Future;
      if (!g.done()) {
        g.setResult(null);
        break;
      }
    }
  };
  let timeoutHandle: { cancel(): void } | null = null;
  const onCompletion = callback('_on_completion', (f) => {
    if (todo.size === 0) return;
    todo.delete(f);
    putNowait(f);
    if (todo.size === 0) timeoutHandle?.cancel();
  });
  const onTimeout = () => {
    for (const f of todo) {
      f.removeDoneCallback((c) => c === onCompletion);
      putNowait(null);
    }
    todo.clear();
  };
  function* waitForOne(): CoroutineBody {
    // Queue.get: wait while empty; a woken getter re-checks.
    while (done.length === 0) {
      const getter = new Future(loop, 'as_completed: next result');
      getters.push(getter);
      yield* getter.awaitIter();
    }
    const f = done.shift() as Future | null;
    if (f === null) throw pyErr(TimeoutError);
    return f.result();
  }
  for (const f of todo) f.addDoneCallback(onCompletion);
  if (todo.size && timeout !== null) timeoutHandle = loop.callLater(Number(timeout), onTimeout, 'as_completed._on_timeout()');
  const n = todo.size;
  return (function* () {
    for (let i = 0; i < n; i++) yield coroutine(waiterName, waitForOne());
  })();
}

/**
 * `{ensure_future(f) for f in set(fs)}` (as_completed in every version from 3.11 to 3.13): the
 * coroutines become tasks in the set's order, which follows their addresses, so two or more
 * start in an order CPython does not fix (src/sim/runtime/README.md §8). The simulator starts
 * them in the order given and makes what their first steps print a race, and what equal sleeps
 * then wake in one turn (task-sets.ts `refreshSetOrderRaces`).
 */
function startInSetOrder(loop: BaseEventLoop, items: PyValue[], what: string): Future[] {
  const coroutines = items.filter((f) => f instanceof PyCoroutine).length;
  const sim = loop.sim;
  const saved = sim.taint;
  if (coroutines > 1) {
    noteVarying(sim, 'set-order', sim.at, `${what} are started from a set: CPython starts them in an order that follows memory addresses and changes between runs, so output that depends on that order may differ`);
    sim.taint = { race: setOrderRace(sim), hops: SET_ORDER_HOPS };
  }
  try {
    return items.map((f) => ensureFuture(f, loop));
  } finally {
    sim.taint = saved;
  }
}

/** asyncio.to_thread (threads.py): run_in_executor on the default pool, awaited. */
export function toThread(getLoop: () => BaseEventLoop, fn: PyValue, args: PyValue[], kwargs: Kwargs | null): PyCoroutine {
  function* body(): CoroutineBody {
    const loop = getLoop();
    const call = fn instanceof PyCallable ? new ContextRun(fn, kwargs && kwargs.size ? kwargs : null) : fn;
    const fut = loop.runInExecutor(null, call, args);
    return yield* fut.awaitIter();
  }
  return coroutine('to_thread', body());
}

/**
 * functools.partial(contextvars.copy_context().run, func, **kwargs), what to_thread hands the
 * executor: the keyword arguments, and one more frame under the function (Context.run).
 */
class ContextRun extends PyCallable {
  constructor(
    private readonly fn: PyCallable,
    private readonly kwargs: Kwargs | null,
  ) {
    super();
  }
  get typeName(): string {
    return 'functools.partial';
  }
  getAttr(name: string): PyValue | undefined {
    return this.fn.getAttr(name);
  }
  /** The pool calls `fn(*args)`, so the keywords are those given to to_thread. */
  call(args: PyValue[]): PyValue {
    stack.depth++;
    try {
      return this.fn.call(args, this.kwargs);
    } finally {
      stack.depth--;
    }
  }
}
