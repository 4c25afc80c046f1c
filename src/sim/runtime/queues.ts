/**
 * asyncio.Queue (Lib/asyncio/queues.py as CPython 3.11.7 ships it, and 3.13's shutdown()), with
 * QueueEmpty, QueueFull and (3.13+) QueueShutDown. Getters and putters wait on futures in FIFO deques; an item is never reserved for
 * the getter a put wakes (src/sim/runtime/README.md §12).
 */
import { Exception, PyBaseException, ValueError, pyErr } from '../python/exceptions';
import { type CoroutineBody, PyCoroutine } from '../python/functions';
import { type Kwargs, type Method, PyList, type PyValue, fakeAddress } from '../python/objects';
import { compare, lessThan, truthy } from '../python/ops';
import { heappop, heappush } from './heapq';
import { DEFAULT_PYTHON, type PythonVersion, atLeast } from '../versions';
import { PyType, objectType, registerType } from '../python/pytype';
import { repr } from '../python/repr';
import { Event, type GetLoop, LoopBound, bindArgs, method, removeFirst } from './locks';
import { Future } from './futures';

function queueException(name: string): PyType {
  const t: PyType = new PyType(name, [Exception], (args: PyValue[], _kw: Kwargs | null) => new PyBaseException(t, args), 'asyncio.queues');
  return registerType(t);
}

/** Raised by get_nowait() on an empty queue. */
export const QueueEmpty = queueException('QueueEmpty');
/** Raised by put_nowait() on a full queue. */
export const QueueFull = queueException('QueueFull');
/** Raised by a put or get on a queue that was shut down (3.13+, gh-96471). */
export const QueueShutDown = queueException('QueueShutDown');

/**
 * The type of a queue's `_finished` event (`locks.Event()`). No program can reach that event;
 * its type shows only in the "bound to a different event loop" message, and needs no constructor.
 */
const finishedEventType = new PyType('Event', [objectType], null, 'asyncio.locks');

type QueueOrder = 'fifo' | 'priority' | 'lifo';

export class Queue extends LoopBound {
  /** `_getters` and `_putters`: futures of the coroutines waiting for an item or a free slot. */
  readonly getters: Future[] = [];
  readonly putters: Future[] = [];
  /** `_queue` */
  readonly items: PyValue[] = [];
  /** `_unfinished_tasks` */
  unfinishedTasks = 0;
  /** `_finished`: set whenever every item put has been marked done. */
  private readonly finished: Event;
  /** `_is_shutdown` (3.13+) */
  private isShutdown = false;

  constructor(
    getLoop: GetLoop,
    private readonly type: PyType,
    private readonly filename: string,
    /** `_maxsize`, any Python value: it is only compared, as CPython does. */
    readonly maxsize: PyValue,
    /** Whether the queue has shutdown() (3.13+). */
    private readonly withShutdown = false,
    /** Which end `_get` takes from: Queue's deque, PriorityQueue's heap, LifoQueue's list. */
    private readonly order: QueueOrder = 'fifo',
  ) {
    super(getLoop);
    this.finished = new Event(getLoop, finishedEventType, filename, 'Queue.join()');
    this.finished.set();
  }

  get typeName(): string {
    return 'Queue';
  }

  get pyType(): PyType {
    return this.type;
  }

  /** Queue.__repr__ */
  repr(): string {
    return `<${this.type.name} at ${fakeAddress(this)} ${this.format()}>`;
  }

  /** Queue.__str__, which `print(q)` shows: the repr without the address. */
  pyStr(): string {
    return `<${this.type.name} ${this.format()}>`;
  }

  /** Queue._format */
  private format(): string {
    let result = `maxsize=${repr(this.maxsize)}`;
    if (this.items.length) result += ` _queue=${repr(new PyList([...this.items]))}`;
    if (this.getters.length) result += ` _getters[${this.getters.length}]`;
    if (this.putters.length) result += ` _putters[${this.putters.length}]`;
    if (this.unfinishedTasks) result += ` tasks=${this.unfinishedTasks}`;
    if (this.isShutdown) result += ' shutdown';
    return result;
  }

  qsize(): number {
    return this.items.length;
  }

  empty(): boolean {
    return this.items.length === 0;
  }

  /** Queue.full: never full when maxsize <= 0. */
  full(): boolean {
    if (compare('<=', this.maxsize, 0n)) return false;
    return compare('>=', BigInt(this.qsize()), this.maxsize);
  }

  /** Queue._put, PriorityQueue._put (heapq.heappush, Python's `<`), LifoQueue._put. */
  private putItem(item: PyValue): void {
    if (this.order === 'priority') heappush(this.items, item, lessThan);
    else this.items.push(item);
  }

  /** Queue._get (popleft), PriorityQueue._get (heapq.heappop), LifoQueue._get (pop). */
  private getItem(): PyValue {
    if (this.order === 'priority') return heappop(this.items, lessThan) as PyValue;
    if (this.order === 'lifo') return this.items.pop() as PyValue;
    return this.items.shift() as PyValue;
  }

  /** Queue._wakeup_next: pops waiters until one that isn't done, and wakes it. */
  private wakeupNext(waiters: Future[]): void {
    while (waiters.length) {
      const waiter = waiters.shift() as Future;
      if (!waiter.done()) {
        waiter.setResult(null);
        break;
      }
    }
  }

  /** Queue.put */
  *put(item: PyValue): CoroutineBody {
    while (this.full()) {
      if (this.isShutdown) throw pyErr(QueueShutDown);
      const putter = new Future(this.boundLoop(), 'Queue.put()');
      this.putters.push(putter);
      yield* this.waitFor(putter, this.putters, () => !this.full());
    }
    this.putNowait(item);
    return null;
  }

  putNowait(item: PyValue): void {
    if (this.isShutdown) throw pyErr(QueueShutDown);
    if (this.full()) throw pyErr(QueueFull);
    this.putItem(item);
    this.unfinishedTasks += 1;
    this.finished.clear();
    this.wakeupNext(this.getters);
  }

  /**
   * Queue.get. The woken getter loops back to `empty()`: if another coroutine took the item in
   * between, it queues again, at the back.
   */
  *get(): CoroutineBody {
    while (this.empty()) {
      if (this.isShutdown) throw pyErr(QueueShutDown);
      const getter = new Future(this.boundLoop(), 'Queue.get()');
      this.getters.push(getter);
      yield* this.waitFor(getter, this.getters, () => !this.empty());
    }
    return this.getNowait();
  }

  getNowait(): PyValue {
    if (this.empty()) throw pyErr(this.isShutdown ? QueueShutDown : QueueEmpty);
    const item = this.getItem();
    this.wakeupNext(this.putters);
    return item;
  }

  /**
   * The `try: await waiter / except:` block that put() and get() share. The bare `except:` also
   * catches GeneratorExit, which is why the clean-up runs on any way out but a normal wake-up.
   */
  private *waitFor(waiter: Future, waiters: Future[], canProceed: () => boolean): CoroutineBody {
    let woken = false;
    try {
      yield* waiter.awaitIter();
      woken = true;
    } finally {
      if (!woken) {
        waiter.cancel(); // Just in case the waiter is not done yet.
        // put_nowait/get_nowait may have popped it already.
        removeFirst(waiters, waiter);
        // Woken by the other side but cancelled before resuming: pass the wake-up on.
        if (canProceed() && !waiter.cancelled()) this.wakeupNext(waiters);
      }
    }
    return null;
  }

  /** Queue.task_done */
  taskDone(): void {
    if (this.unfinishedTasks <= 0) throw pyErr(ValueError, 'task_done() called too many times');
    this.unfinishedTasks -= 1;
    if (this.unfinishedTasks === 0) this.finished.set();
  }

  /**
   * Queue.shutdown (3.13+, gh-96471): puts raise QueueShutDown from now on, and gets once the
   * queue is empty (at once with `immediate`, which also drops the items as if each were
   * done). Every waiting putter and getter is woken to see it.
   */
  shutdown(immediate: boolean): void {
    this.isShutdown = true;
    if (immediate) {
      while (!this.empty()) {
        this.getItem();
        if (this.unfinishedTasks > 0) this.unfinishedTasks -= 1;
      }
      if (this.unfinishedTasks === 0) this.finished.set();
    }
    for (const waiters of [this.getters, this.putters]) {
      while (waiters.length) {
        const w = waiters.shift() as Future;
        if (!w.done()) w.setResult(null);
      }
    }
  }

  /** Queue.join */
  *join(): CoroutineBody {
    if (this.unfinishedTasks > 0) yield* this.finished.wait();
    return null;
  }

  private coroutine(name: string, body: CoroutineBody): PyCoroutine {
    return new PyCoroutine(`Queue.${name}`, body, null, this.filename, 0);
  }

  putCoroutine(item: PyValue): PyCoroutine {
    return this.coroutine('put', this.put(item));
  }

  getCoroutine(): PyCoroutine {
    return this.coroutine('get', this.get());
  }

  joinCoroutine(): PyCoroutine {
    return this.coroutine('join', this.join());
  }

  protected property(name: string): PyValue | undefined {
    return name === 'maxsize' ? this.maxsize : undefined;
  }

  protected get methods(): Record<string, Method<never>> {
    return (this.withShutdown ? queueMethods313 : queueMethods) as Record<string, Method<never>>;
  }
}

const queueMethods: Record<string, Method<Queue>> = {
  qsize: method('Queue.qsize', [], [], (q) => BigInt(q.qsize())),
  empty: method('Queue.empty', [], [], (q) => q.empty()),
  full: method('Queue.full', [], [], (q) => q.full()),
  put: method('Queue.put', ['item'], [], (q, [item]) => q.putCoroutine(item)),
  put_nowait: method('Queue.put_nowait', ['item'], [], (q, [item]) => {
    q.putNowait(item);
    return null;
  }),
  get: method('Queue.get', [], [], (q) => q.getCoroutine()),
  get_nowait: method('Queue.get_nowait', [], [], (q) => q.getNowait()),
  task_done: method('Queue.task_done', [], [], (q) => {
    q.taskDone();
    return null;
  }),
  join: method('Queue.join', [], [], (q) => q.joinCoroutine()),
};

/** Queue's methods from 3.13: shutdown(immediate=False). */
const queueMethods313: Record<string, Method<Queue>> = {
  ...queueMethods,
  shutdown: method('Queue.shutdown', ['immediate'], [false], (q, [immediate]) => {
    q.shutdown(truthy(immediate));
    return null;
  }),
};

/**
 * `asyncio.Queue`, `QueueEmpty` and `QueueFull` for one simulation. `getLoop` is consulted when
 * a queue first has to wait, never when it is made (3.10+ binds lazily).
 */
export function queueAttributes(getLoop: GetLoop, filename: string, python: PythonVersion = DEFAULT_PYTHON): Map<string, PyValue> {
  const withShutdown = atLeast(python, '3.13');
  const queueType: PyType = new PyType(
    'Queue',
    [objectType],
    (args, kw) => {
      const [maxsize] = bindArgs('Queue.__init__', ['maxsize'], [0n], args, kw);
      return new Queue(getLoop, queueType, filename, maxsize, withShutdown);
    },
    'asyncio.queues',
  );
  // PriorityQueue and LifoQueue subclass Queue and override only _init, _put and _get.
  const subclass = (name: string, order: QueueOrder): PyType => {
    const t: PyType = new PyType(
      name,
      [queueType],
      (args, kw) => {
        const [maxsize] = bindArgs('Queue.__init__', ['maxsize'], [0n], args, kw);
        return new Queue(getLoop, t, filename, maxsize, withShutdown, order);
      },
      'asyncio.queues',
    );
    return t;
  };
  return new Map<string, PyValue>([
    ['Queue', queueType],
    ['PriorityQueue', subclass('PriorityQueue', 'priority')],
    ['LifoQueue', subclass('LifoQueue', 'lifo')],
    ['QueueEmpty', QueueEmpty],
    ['QueueFull', QueueFull],
    ...(withShutdown ? ([['QueueShutDown', QueueShutDown]] as const) : []),
  ]);
}
