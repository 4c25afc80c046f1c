/**
 * The modules a program can import: `asyncio`, `time` and `concurrent.futures`, and the
 * standard-library modules of src/sim/stdlib. Each attribute
 * forwards to the runtime piece that mirrors the CPython module it comes from.
 */
import { AttributeError, CancelledError, InvalidStateError, RuntimeError, TimeoutError, TypeError, pyErr } from '../python/exceptions';
import { PyCoroutine, bindLibraryCall } from '../python/functions';
import { type Kwargs, PyBuiltin, PyModule, PySet, type PyValue, hashKey } from '../python/objects';
import { truthy, typeName } from '../python/ops';
import { repr } from '../python/repr';
import { BaseEventLoop } from './base-events';
import { LoopRegistry } from './events';
import { Future, constructors, futureType } from './futures';
import { run, runnerType } from './runners';
import type { Simulation } from './simulation';
import { EagerTaskFactory, createTask, currentTask, gather, sleep, taskType, allTasksOf, ensureFuture } from './tasks';
import { unsupported } from '../python/errors';
import { firstLineNo } from './base-futures';
import { ThreadPoolExecutor } from './thread-pool';
import { WALL_EPOCH, makeTimeModule } from './time-module';
import { asCompleted, toThread, wait, waitFor } from './tasks-wait';
import { timeout, timeoutAt } from './timeouts';
import { TaskGroup } from './taskgroups';
import { lockAttributes } from './locks';
import { conditionAttributes } from './locks-condition';
import { UnorderedSet } from './task-sets';
import { shield } from './tasks-shield';
import { runCoroutineThreadsafe } from './tasks-threadsafe';
import { queueAttributes } from './queues';
import { PyType, objectType, registerType } from '../python/pytype';
import { ASYNCIO_NAMES, TIME_NAMES, CONCURRENT_FUTURES_NAMES } from './real-names';
import { makeCtime, makeStdlibModules } from '../stdlib';
import { atLeast } from '../versions';
import { graphAttributes } from './graph';

/** A module whose missing attributes that real CPython has are refused as unsupported. */
class RuntimeModule extends PyModule {
  constructor(
    name: string,
    attrs: Map<string, PyValue>,
    private readonly realNames: ReadonlySet<string>,
  ) {
    super(name, attrs);
  }
  unsupportedAttr(name: string): string | null {
    return this.realNames.has(name) ? `${this.name}.${name}` : null;
  }
}

function fn(attrs: Map<string, PyValue>, name: string, f: (args: PyValue[], kw: Kwargs | null) => PyValue): void {
  attrs.set(name, new PyBuiltin(name, f));
}

export function makeModules(sim: Simulation): Map<string, PyModule> {
  const registry = new LoopRegistry<BaseEventLoop>();
  const newLoop = (): BaseEventLoop =>
    new BaseEventLoop(sim, (loop) => {
      registry.running = loop;
      sim.runningLoop = loop;
    });
  const running = (): BaseEventLoop => registry.getRunningLoop();
  // BaseDefaultEventLoopPolicy.get_event_loop in 3.12 and 3.13 warns before it makes a loop
  // that nothing set (gh-100160, PR #100412), attributed to the first caller outside asyncio;
  // 3.14 makes none and raises (gh-126353, PR #126354).
  const implicitLoop = atLeast(sim.python, '3.14')
    ? () => {
        throw pyErr(RuntimeError, "There is no current event loop in thread 'MainThread'.");
      }
    : atLeast(sim.python, '3.12')
      ? () => sim.warnAtMain('DeprecationWarning', 'There is no current event loop')
      : undefined;
  const eventLoop = (): BaseEventLoop => registry.getEventLoop(newLoop, implicitLoop);

  const a = new Map<string, PyValue>();
  fn(a, 'run', (args, kw) => run(args[0] ?? kw?.get('main') ?? null, registry, newLoop));
  fn(a, 'sleep', (args, kw) => {
    const [delay, result] = bindLibraryCall('sleep', ['delay', 'result'], 1, args, kw);
    return sleep(running, delay as PyValue, result ?? null, sim.filename);
  });
  fn(a, 'create_task', (args, kw) => {
    const name = kw?.get('name') ?? null;
    // 3.14 passes every keyword on to loop.create_task and Task (PR #128306): eager_start=.
    const eagerStart = atLeast(sim.python, '3.14') ? kw?.get('eager_start') : undefined;
    if (eagerStart !== undefined && eagerStart !== null) {
      return running().createTask(args[0] ?? null, name, truthy(eagerStart));
    }
    // From 3.13 tasks.create_task passes the name to loop.create_task (gh-112622, PR #112623),
    // so a named task uses up no Task-N number.
    if (atLeast(sim.python, '3.13')) return running().createTask(args[0] ?? null, name);
    // tasks.create_task (3.11, 3.12) makes the task unnamed, then renames it: a Task-N number is used up.
    const task = running().createTask(args[0] ?? null, null);
    if (name !== null) task.name = typeof name === 'string' ? name : repr(name);
    return task;
  });
  fn(a, 'ensure_future', (args) => ensureFuture(args[0] ?? null, args[0] instanceof Future ? args[0].loop as BaseEventLoop : eventLoop()));
  fn(a, 'gather', (args, kw) => {
    const futLoop = args.find((x): x is Future => x instanceof Future)?.loop;
    const loop = futLoop ?? (registry.running ?? eventLoop());
    return gather(loop, args, truthy(kw?.get('return_exceptions') ?? false));
  });
  // tasks.shield: ensure_future(arg) with no loop, so a coroutine needs the running loop.
  fn(a, 'shield', (args, kw) => {
    const arg = args[0] ?? kw?.get('arg');
    if (arg === undefined) throw pyErr(TypeError, "shield() missing 1 required positional argument: 'arg'");
    return shield(arg, arg instanceof Future ? (arg.loop as BaseEventLoop) : eventLoop());
  });
  fn(a, 'run_coroutine_threadsafe', (args, kw) => {
    const loop = args[1] ?? kw?.get('loop') ?? null;
    if (!(loop instanceof BaseEventLoop)) throw unsupported('run_coroutine_threadsafe with a loop that is not an asyncio event loop', sim.here());
    return runCoroutineThreadsafe(args[0] ?? kw?.get('coro') ?? null, loop);
  });
  fn(a, 'current_task', () => currentTask(running()));
  // tasks.all_tasks(loop=None): the running loop's unless one is given; a set, whose order
  // CPython does not fix (task-sets.ts).
  fn(a, 'all_tasks', (args, kw) => {
    const given = args[0] ?? kw?.get('loop') ?? null;
    if (given !== null && !(given instanceof BaseEventLoop)) throw unsupported('all_tasks() of a loop that is not asyncio\'s own', sim.here());
    const s = new UnorderedSet(sim, 'asyncio.all_tasks()');
    for (const t of allTasksOf(given ?? running())) s.map.set(hashKey(t) as string, t);
    return s;
  });
  fn(a, 'get_running_loop', () => running());
  fn(a, 'get_event_loop', () => eventLoop());
  fn(a, 'new_event_loop', () => newLoop());
  fn(a, 'set_event_loop', (args) => {
    const loop = args[0] ?? null;
    if (loop !== null && !(loop instanceof BaseEventLoop)) {
      throw pyErr(TypeError, `loop must be an instance of AbstractEventLoop or None, not '${typeName(loop)}'`);
    }
    registry.setEventLoop(loop);
    return null;
  });
  fn(a, 'iscoroutine', (args) => args[0] instanceof PyCoroutine);
  fn(a, 'isfuture', (args) => args[0] instanceof Future);
  fn(a, 'wait_for', (args, kw) => waitFor(running, args[0] ?? kw?.get('fut') ?? null, args[1] ?? kw?.get('timeout') ?? null));
  fn(a, 'wait', (args, kw) => wait(running, args[0] ?? kw?.get('fs') ?? null, kw));
  fn(a, 'as_completed', (args, kw) => asCompleted(eventLoop, args[0] ?? kw?.get('fs') ?? null, kw?.get('timeout') ?? null));
  fn(a, 'to_thread', (args, kw) => toThread(running, args[0] ?? null, args.slice(1), kw));
  fn(a, 'timeout', (args, kw) => timeout(running(), args[0] ?? kw?.get('delay') ?? null));
  fn(a, 'timeout_at', (args, kw) => timeoutAt(running(), args[0] ?? kw?.get('when') ?? null));
  a.set('Runner', runnerType(registry, newLoop, () => sim.here()));
  a.set('TaskGroup', registerType(new PyType('TaskGroup', [objectType], () => new TaskGroup(running), 'asyncio')));
  const locks = lockAttributes(() => registry.running, sim.filename);
  for (const [k, v] of locks) a.set(k, v);
  for (const [k, v] of conditionAttributes(() => registry.running, sim.filename, sim.python, locks.get('Lock') as PyType, () => sim.here())) a.set(k, v);
  for (const [k, v] of queueAttributes(() => registry.running, sim.filename, sim.python)) a.set(k, v);
  if (atLeast(sim.python, '3.12')) {
    // Eager tasks (3.12, gh-97696): the factory, or one made for a Task class (only Task itself).
    const eager = new EagerTaskFactory();
    a.set('eager_task_factory', eager);
    fn(a, 'create_eager_task_factory', (args, kw) => {
      const ctor = args[0] ?? kw?.get('custom_task_constructor') ?? null;
      if (ctor !== taskType) throw unsupported('create_eager_task_factory with a constructor other than asyncio.Task', sim.here());
      return new EagerTaskFactory();
    });
  }
  // Future(*, loop=None) and Task(coro, *, loop=None, name=None, context=None) (3.12 adds
  // eager_start=): the running loop, else get_event_loop(), which from 3.12 warns when it makes
  // one (as above). Task() itself ignores the loop's task factory (Lib/asyncio/tasks.py Task).
  const loopArg = (what: string, kw: Kwargs | null): BaseEventLoop => {
    const loop = kw?.get('loop') ?? null;
    if (loop !== null && !(loop instanceof BaseEventLoop)) throw unsupported(`${what}(loop=…) with a loop that is not asyncio's own`, sim.here());
    return loop ?? registry.running ?? eventLoop();
  };
  // The C constructors' words for an unknown keyword: 3.13 says it as Python functions do
  // (checked on 3.11.7, 3.12.1 and 3.13.0).
  const badKeyword = (fn: string, k: string): string =>
    atLeast(sim.python, '3.13') ? `${fn}() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for ${fn}()`;
  constructors.future = (args, kw) => {
    if (args.length) throw pyErr(TypeError, `Future() takes no positional arguments`);
    for (const k of kw?.keys() ?? []) if (k !== 'loop') throw pyErr(TypeError, badKeyword('Future', k));
    return new Future(loopArg('Future', kw), 'Future');
  };
  constructors.task = (args, kw) => {
    const allowed = atLeast(sim.python, '3.12') ? ['coro', 'loop', 'name', 'context', 'eager_start'] : ['coro', 'loop', 'name', 'context'];
    for (const k of kw?.keys() ?? []) if (!allowed.includes(k)) throw pyErr(TypeError, badKeyword('Task', k));
    if (args.length > 1) throw pyErr(TypeError, `Task() takes exactly 1 positional argument (${args.length} given)`);
    const coro = args[0] ?? kw?.get('coro');
    if (coro === undefined) throw pyErr(TypeError, "Task() missing required argument 'coro' (pos 1)");
    if ((kw?.get('context') ?? null) !== null) throw unsupported('Task(context=…)', sim.here());
    const eager = truthy(kw?.get('eager_start') ?? false);
    // The C Task.__init__ asks `loop.is_running()` of the loop argument before it looks a loop
    // up, so an eager Task made without loop= fails (checked on 3.12.1 and 3.13.0).
    if (eager && (kw?.get('loop') ?? null) === null) {
      // By then the task had its name (the counter moved on) and its coroutine; the half-made
      // task is freed as the error leaves, so TaskObj_finalize logs it as pending, and then the
      // coroutine it held is freed unawaited (checked on 3.12.1 and 3.13.0).
      const name = `Task-${sim.nextTaskNumber()}`;
      if (coro instanceof PyCoroutine && coro.frame !== null) {
        const line = firstLineNo(sim.source, coro.defLine);
        sim.warn(`Task was destroyed but it is pending!\ntask: <Task pending name='${name}' coro=<${coro.qualname}() running at ${coro.filename}:${line}>>\n`);
        sim.interp.coroutineDropped(coro, sim.here().line);
      }
      throw pyErr(AttributeError, "'NoneType' object has no attribute 'is_running'");
    }
    return createTask(loopArg('Task', kw), coro, kw?.get('name') ?? null, eager);
  };
  // Call-graph introspection (3.14, gh-91048): Lib/asyncio/graph.py.
  if (atLeast(sim.python, '3.14')) for (const [k, v] of graphAttributes(sim)) a.set(k, v);
  a.set('Future', futureType);
  a.set('Task', taskType);
  a.set('CancelledError', CancelledError);
  a.set('TimeoutError', TimeoutError);
  a.set('InvalidStateError', InvalidStateError);
  a.set('FIRST_COMPLETED', 'FIRST_COMPLETED');
  a.set('FIRST_EXCEPTION', 'FIRST_EXCEPTION');
  a.set('ALL_COMPLETED', 'ALL_COMPLETED');

  const cf = new Map<string, PyValue>();
  fn(cf, 'ThreadPoolExecutor', (args, kw) => {
    const mw = args[0] ?? kw?.get('max_workers') ?? null;
    const prefix = args[1] ?? kw?.get('thread_name_prefix') ?? null;
    return new ThreadPoolExecutor(sim, mw === null ? null : Number(mw), typeof prefix === 'string' && prefix ? prefix : null);
  });
  cf.set('CancelledError', CancelledError);
  cf.set('TimeoutError', TimeoutError);
  const concurrentFutures = new RuntimeModule('concurrent.futures', cf, CONCURRENT_FUTURES_NAMES);
  const concurrent = new PyModule('concurrent', new Map([['futures', concurrentFutures]]));

  // time.time(): the virtual wall clock that time.ctime and datetime.now read too.
  const wallClock = () => WALL_EPOCH + sim.now;
  const timeAttrs = makeTimeModule(sim);
  timeAttrs.set('ctime', makeCtime(sim, wallClock));

  return new Map<string, PyModule>([
    ['asyncio', new RuntimeModule('asyncio', a, ASYNCIO_NAMES)],
    ['time', new RuntimeModule('time', timeAttrs, TIME_NAMES)],
    ['concurrent', concurrent],
    ['concurrent.futures', concurrentFutures],
    ...makeStdlibModules(sim, wallClock),
  ]);
}

