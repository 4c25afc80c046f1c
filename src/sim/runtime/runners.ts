/**
 * asyncio.run and asyncio.Runner (Lib/asyncio/runners.py `run`, `Runner.run`, `Runner.close`,
 * `_cancel_all_tasks`).
 */
import { PyCoroutine, isAwaitable } from '../python/functions';
import { atLeast } from '../versions';
import { RUNNER_FRAMES, stack } from '../python/recursion';
import { RuntimeError, TypeError, ValueError, pyErr, PyBaseException } from '../python/exceptions';
import { type Method, NativeObject, PyCallable, type PyValue, fakeAddress } from '../python/objects';
import { repr } from '../python/repr';
import { truthy, typeName } from '../python/ops';
import { PyType, objectType } from '../python/pytype';
import type { ContextManager } from '../python/host';
import type { Loc } from '../python/ast';
import { unsupported } from '../python/errors';
import { BaseEventLoop } from './base-events';
import { bindArgs } from './locks';
import type { LoopRegistry } from './events';
import { allTasksOf, gather } from './tasks';

/** runners._State */
type RunnerState = 'created' | 'initialized' | 'closed';

/**
 * asyncio.Runner (runners.py, 3.11+): one loop for several `run()` calls, cleaned up by
 * `close()` (or leaving `with`) exactly as asyncio.run cleans up (§6). Task numbers, the loop's
 * default executor and anything left pending carry over from one run() to the next.
 */
export class Runner extends NativeObject implements ContextManager {
  private state: RunnerState = 'created';
  private loop: BaseEventLoop | null = null;
  /** `_set_event_loop`: whether this runner set the thread's current loop. */
  private setLoop = false;

  constructor(
    readonly registry: LoopRegistry<BaseEventLoop>,
    private readonly newLoop: () => BaseEventLoop,
    private readonly type: PyType,
    /** `loop_factory`: called instead of new_event_loop, and then no current loop is set. */
    private readonly loopFactory: (() => BaseEventLoop) | null = null,
    private readonly debug: PyValue = null,
  ) {
    super();
  }

  get typeName(): string {
    return 'Runner';
  }

  get pyType(): PyType {
    return this.type;
  }

  repr(): string {
    return `<asyncio.runners.Runner object at ${fakeAddress(this)}>`;
  }

  /** Runner._lazy_init */
  lazyInit(): BaseEventLoop {
    if (this.state === 'closed') throw pyErr(RuntimeError, 'Runner is closed');
    if (this.state === 'initialized') return this.loop as BaseEventLoop;
    if (this.loopFactory === null) {
      this.loop = this.newLoop();
      if (!this.setLoop) {
        this.registry.setEventLoop(this.loop);
        this.setLoop = true;
      }
    } else this.loop = this.loopFactory();
    if (this.debug !== null) this.loop.debug = truthy(this.debug);
    this.state = 'initialized';
    return this.loop;
  }

  /** Runner.run: the coroutine becomes a task on the runner's loop, run to completion. */
  run(coro: PyValue): PyValue {
    let main = coro;
    if (!(coro instanceof PyCoroutine)) {
      // 3.14's Runner.run takes any awaitable, wrapped in a coroutine (gh-120284); before, only
      // a coroutine.
      const python = this.registry.running?.sim.python ?? this.loop?.sim.python;
      if (!python || !atLeast(python, '3.14')) throw pyErr(ValueError, `a coroutine was expected, got ${repr(coro)}`);
      if (!isAwaitable(coro)) throw pyErr(TypeError, 'An asyncio.Future, a coroutine or an awaitable is required');
      const awaitable = coro;
      main = new PyCoroutine('run.<locals>._wrap_awaitable', (function* () {
        return yield* awaitable.awaitIter();
      })(), null, 'runners.py', 0);
    }
    if (this.registry.running !== null) throw pyErr(RuntimeError, 'Runner.run() cannot be called from a running event loop');
    const loop = this.lazyInit();
    const task = loop.createTask(main);
    return loop.runUntilComplete(task);
  }

  /** Runner.close: leftover tasks, then async generators, then the executor (§6). */
  close(): void {
    if (this.state !== 'initialized') return;
    const loop = this.loop as BaseEventLoop;
    try {
      cancelAllTasks(loop);
      // Each of these coroutines runs as a Task, so each uses up a Task-N name, as in CPython.
      loop.runUntilComplete(loop.shutdownAsyncgens());
      loop.runUntilComplete(loop.shutdownDefaultExecutor());
    } finally {
      if (this.setLoop) this.registry.setEventLoop(null);
      loop.close();
      this.loop = null;
      this.state = 'closed';
    }
  }

  enter(): PyValue {
    this.lazyInit();
    return this;
  }

  exit(exc: unknown): boolean {
    // A simulator stop (budget, unsupported construct) ends the run at once: no clean-up phase.
    if (exc !== null && exc !== undefined && !(exc instanceof PyBaseException)) return false;
    this.close();
    return false;
  }

  protected get methods(): Record<string, Method<never>> {
    return runnerMethods as Record<string, Method<never>>;
  }
}

const runnerMethods: Record<string, Method<Runner>> = {
  run: (r, a, kw) => {
    for (const k of kw?.keys() ?? []) {
      if (k === 'context' && kw?.get(k) === null) continue;
      if (k === 'context') throw unsupported('Runner.run(context=…)', (r.registry.running ?? r.lazyInit()).sim.here());
      throw pyErr(TypeError, `Runner.run() got an unexpected keyword argument '${k}'`);
    }
    const [coro] = bindArgs('Runner.run', ['coro'], [], a, null);
    return r.run(coro);
  },
  get_loop: (r) => r.lazyInit(),
  close: (r) => {
    r.close();
    return null;
  },
};

/** `asyncio.Runner(*, debug=None, loop_factory=None)` for one simulation. */
export function runnerType(registry: LoopRegistry<BaseEventLoop>, newLoop: () => BaseEventLoop, here: () => Loc): PyType {
  const t: PyType = new PyType(
    'Runner',
    [objectType],
    (args, kw) => {
      if (args.length) throw pyErr(TypeError, `Runner.__init__() takes 1 positional argument but ${args.length + 1} were given`);
      let factory: (() => BaseEventLoop) | null = null;
      for (const [k, v] of kw ?? []) {
        if (k === 'loop_factory' && v !== null) {
          if (!(v instanceof PyCallable)) throw pyErr(TypeError, `'${typeName(v)}' object is not callable`);
          factory = () => {
            const loop = v.call([], null);
            if (!(loop instanceof BaseEventLoop)) throw unsupported('a Runner loop_factory that makes something other than an asyncio event loop', here());
            return loop as BaseEventLoop;
          };
        } else if (k !== 'debug' && k !== 'loop_factory') throw pyErr(TypeError, `Runner.__init__() got an unexpected keyword argument '${k}'`);
      }
      return new Runner(registry, newLoop, t, factory, kw?.get('debug') ?? null);
    },
    'asyncio.runners',
  );
  return t;
}

/** asyncio.run: `with Runner(debug=debug) as runner: return runner.run(main)`. */
export function run(main: PyValue, registry: LoopRegistry<BaseEventLoop>, newLoop: () => BaseEventLoop): PyValue {
  if (registry.running !== null) throw pyErr(RuntimeError, 'asyncio.run() cannot be called from a running event loop');
  const runner = new Runner(registry, newLoop, objectType);
  const depth = stack.depth;
  stack.depth = depth + RUNNER_FRAMES;
  runner.enter();
  let result: PyValue;
  try {
    result = runner.run(main);
  } catch (e) {
    // A simulator stop (budget, unsupported construct) ends the run at once: no clean-up phase.
    if (!(e instanceof PyBaseException)) throw e;
    runner.close();
    stack.depth = depth;
    throw e;
  }
  runner.close();
  stack.depth = depth;
  return result;
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
    // runners._cancel_all_tasks: `task.exception()`, which marks it retrieved.
    const exc = t.exception();
    if (exc instanceof PyBaseException) {
      sim.stderr += `unhandled exception during asyncio.run() shutdown\ntask: ${t.safeRepr()}\n`;
    }
  }
}
