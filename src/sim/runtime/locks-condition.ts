/**
 * asyncio.Condition and asyncio.Barrier (Lib/asyncio/locks.py, 3.11.7; Condition.wait as 3.13
 * changed it, where noted). A condition's waiters are futures in a FIFO deque, like every other
 * primitive's (src/sim/runtime/README.md §12); a barrier is built on a condition, as in CPython,
 * so its turns are the condition's.
 */
import { CancelledError, PyBaseException, RuntimeError, TypeError, ValueError, pyErr } from '../python/exceptions';
import { type CoroutineBody, PyCoroutine } from '../python/functions';
import type { AsyncContextManager } from '../python/host';
import { type Kwargs, type Method, PyBuiltin, PyCallable, type PyValue } from '../python/objects';
import { compare, truthy, typeName } from '../python/ops';
import { PyType, objectType, registerType } from '../python/pytype';
import { type PythonVersion, atLeast } from '../versions';
import type { Loc } from '../python/ast';
import { unsupported } from '../python/errors';
import { Future } from './futures';
import { type GetLoop, Lock, LoopBound, bindArgs, method, removeFirst } from './locks';

function isCancelledError(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException && e.isInstance(CancelledError);
}

// ---------------------------------------------------------------- Condition

export class Condition extends LoopBound implements AsyncContextManager {
  /** `_waiters` */
  readonly waiters: Future[] = [];

  constructor(
    getLoop: GetLoop,
    private readonly type: PyType,
    private readonly filename: string,
    private readonly python: PythonVersion,
    /** `_lock`: the one given, or a new Lock. */
    readonly lock: Lock,
  ) {
    super(getLoop);
  }

  get typeName(): string {
    return 'Condition';
  }

  get pyType(): PyType {
    return this.type;
  }

  repr(): string {
    let extra = this.lock.isLocked ? 'locked' : 'unlocked';
    if (this.waiters.length) extra += `, waiters:${this.waiters.length}`;
    return `<${this.baseRepr(this.type)} [${extra}]>`;
  }

  /**
   * Condition.wait: release the lock, wait to be notified, then take the lock again, even when
   * cancelled meanwhile. From 3.13 (gh-112202, PR #112201) a wait that ends by an exception
   * passes a notification it may have received on to the next waiter.
   */
  *wait(): CoroutineBody {
    if (!this.lock.isLocked) throw pyErr(RuntimeError, 'cannot wait on un-acquired lock');
    const v313 = atLeast(this.python, '3.13');
    // 3.13 makes the future before releasing the lock; 3.11 inside the try.
    let fut: Future | null = v313 ? new Future(this.boundLoop(), 'Condition.wait()') : null;
    this.lock.release();
    try {
      try {
        if (fut === null) fut = new Future(this.boundLoop(), 'Condition.wait()');
        this.waiters.push(fut);
        try {
          yield* fut.awaitIter();
          return true;
        } finally {
          removeFirst(this.waiters, fut);
        }
      } finally {
        // Must reacquire the lock even if the wait is cancelled.
        let err: PyBaseException | null = null;
        for (;;) {
          try {
            yield* this.lock.acquire();
            break;
          } catch (e) {
            if (!isCancelledError(e)) throw e;
            err = e;
          }
        }
        // 3.11 and 3.12 raise a new CancelledError; 3.13 the last one caught.
        if (err !== null) throw v313 ? err : pyErr(CancelledError);
      }
    } catch (e) {
      if (v313) this.notifyWaiters(1n);
      throw e;
    }
  }

  /** Condition.wait_for: wait until `predicate()` is true; its last value is the result. */
  *waitFor(predicate: PyValue): CoroutineBody {
    const call = (): PyValue => {
      if (!(predicate instanceof PyCallable)) throw pyErr(TypeError, `'${typeName(predicate)}' object is not callable`);
      return predicate.call([], null);
    };
    let result = call();
    while (!truthy(result)) {
      yield* this.wait();
      result = call();
    }
    return result;
  }

  /** Condition.notify: wakes up to `n` waiters that are not done yet, oldest first. */
  notify(n: PyValue): void {
    if (!this.lock.isLocked) throw pyErr(RuntimeError, 'cannot notify on un-acquired lock');
    this.notifyWaiters(n);
  }

  /** Condition._notify (3.13's name for the loop notify always had). */
  private notifyWaiters(n: PyValue): void {
    let idx = 0n;
    for (const fut of this.waiters) {
      if (compare('>=', idx, n)) break;
      if (!fut.done()) {
        idx += 1n;
        fut.setResult(false);
      }
    }
  }

  private coroutine(name: string, body: CoroutineBody): PyCoroutine {
    return new PyCoroutine(`Condition.${name}`, body, null, this.filename, 0);
  }

  waitCoroutine(): PyCoroutine {
    return this.coroutine('wait', this.wait());
  }

  waitForCoroutine(predicate: PyValue): PyCoroutine {
    return this.coroutine('wait_for', this.waitFor(predicate));
  }

  /** _ContextManagerMixin: `async with cond` takes and releases the underlying lock. */
  *aenter(): CoroutineBody {
    yield* this.lock.acquire();
    return null;
  }

  // eslint-disable-next-line require-yield
  *aexit(_exc: unknown): CoroutineBody {
    this.lock.release();
    return null;
  }

  /** `self.locked = lock.locked` and friends: the lock's own bound methods. */
  protected property(name: string): PyValue | undefined {
    if (name === 'locked' || name === 'acquire' || name === 'release') return this.lock.getAttr(name);
    return undefined;
  }

  protected get methods(): Record<string, Method<never>> {
    return conditionMethods as Record<string, Method<never>>;
  }
}

const conditionMethods: Record<string, Method<Condition>> = {
  wait: method('Condition.wait', [], [], (c) => c.waitCoroutine()),
  wait_for: method('Condition.wait_for', ['predicate'], [], (c, [p]) => c.waitForCoroutine(p)),
  notify: method('Condition.notify', ['n'], [1n], (c, [n]) => {
    c.notify(n);
    return null;
  }),
  notify_all: method('Condition.notify_all', [], [], (c) => {
    c.notify(BigInt(c.waiters.length));
    return null;
  }),
};

// ---------------------------------------------------------------- Barrier

/** asyncio.BrokenBarrierError (Lib/asyncio/exceptions.py), a RuntimeError. */
export const BrokenBarrierError: PyType = registerType(
  new PyType('BrokenBarrierError', [RuntimeError], (args: PyValue[], _kw: Kwargs | null) => new PyBaseException(BrokenBarrierError, args), 'asyncio.exceptions'),
);

/** locks._BarrierState */
type BarrierState = 'filling' | 'draining' | 'resetting' | 'broken';

export class Barrier extends LoopBound implements AsyncContextManager {
  /** `_state` */
  private state: BarrierState = 'filling';
  /** `_count`: tasks inside wait(). */
  private count = 0;

  constructor(
    getLoop: GetLoop,
    private readonly type: PyType,
    private readonly filename: string,
    /** `_parties` */
    readonly parties: bigint,
    /** `_cond`: notifies every task when the state changes. */
    private readonly cond: Condition,
  ) {
    super(getLoop);
  }

  get typeName(): string {
    return 'Barrier';
  }

  get pyType(): PyType {
    return this.type;
  }

  repr(): string {
    let extra = this.state;
    if (this.state !== 'broken') extra += `, waiters:${this.nWaiting()}/${this.parties}`;
    return `<${this.baseRepr(this.type)} [${extra}]>`;
  }

  nWaiting(): number {
    return this.state === 'filling' ? this.count : 0;
  }

  /** Barrier.wait: each task gets its index; the last to arrive releases them all. */
  *wait(): CoroutineBody {
    yield* this.cond.aenter();
    try {
      yield* this.block();
      try {
        const index = this.count;
        this.count += 1;
        if (BigInt(index + 1) === this.parties) {
          // Barrier._release: draining; tasks arriving now wait until it is over.
          this.state = 'draining';
          this.cond.notify(BigInt(this.cond.waiters.length));
        } else yield* this.waitReleased();
        return BigInt(index);
      } finally {
        this.count -= 1;
        this.exit();
      }
    } finally {
      yield* this.cond.aexit(null);
    }
  }

  /** Barrier._block: wait while the barrier drains or resets; broken raises. */
  private *block(): CoroutineBody {
    yield* this.cond.waitFor(new PyBuiltin('<lambda>', () => this.state !== 'draining' && this.state !== 'resetting'));
    if (this.state === 'broken') throw pyErr(BrokenBarrierError, 'Barrier aborted');
    return null;
  }

  /** Barrier._wait: wait for the end of filling. */
  private *waitReleased(): CoroutineBody {
    yield* this.cond.waitFor(new PyBuiltin('<lambda>', () => this.state !== 'filling'));
    if (this.state === 'broken' || this.state === 'resetting') throw pyErr(BrokenBarrierError, 'Abort or reset of barrier');
    return null;
  }

  /** Barrier._exit: the last task out lets the barrier fill again. */
  private exit(): void {
    if (this.count === 0) {
      if (this.state === 'resetting' || this.state === 'draining') this.state = 'filling';
      this.cond.notify(BigInt(this.cond.waiters.length));
    }
  }

  /** Barrier.reset */
  *reset(): CoroutineBody {
    yield* this.cond.aenter();
    try {
      if (this.count > 0) this.state = 'resetting';
      else this.state = 'filling';
      this.cond.notify(BigInt(this.cond.waiters.length));
    } finally {
      yield* this.cond.aexit(null);
    }
    return null;
  }

  /** Barrier.abort: broken, for waiting tasks and for every later wait(). */
  *abort(): CoroutineBody {
    yield* this.cond.aenter();
    try {
      this.state = 'broken';
      this.cond.notify(BigInt(this.cond.waiters.length));
    } finally {
      yield* this.cond.aexit(null);
    }
    return null;
  }

  private coroutine(name: string, body: CoroutineBody): PyCoroutine {
    return new PyCoroutine(`Barrier.${name}`, body, null, this.filename, 0);
  }

  waitCoroutine(): PyCoroutine {
    return this.coroutine('wait', this.wait());
  }

  resetCoroutine(): PyCoroutine {
    return this.coroutine('reset', this.reset());
  }

  abortCoroutine(): PyCoroutine {
    return this.coroutine('abort', this.abort());
  }

  /** Barrier.__aenter__: `return await self.wait()`, the index for the `as` target. */
  *aenter(): CoroutineBody {
    return yield* this.wait();
  }

  // eslint-disable-next-line require-yield
  *aexit(_exc: unknown): CoroutineBody {
    return null;
  }

  protected property(name: string): PyValue | undefined {
    if (name === 'parties') return this.parties;
    if (name === 'n_waiting') return BigInt(this.nWaiting());
    if (name === 'broken') return this.state === 'broken';
    return undefined;
  }

  protected get methods(): Record<string, Method<never>> {
    return barrierMethods as Record<string, Method<never>>;
  }
}

const barrierMethods: Record<string, Method<Barrier>> = {
  wait: method('Barrier.wait', [], [], (b) => b.waitCoroutine()),
  reset: method('Barrier.reset', [], [], (b) => b.resetCoroutine()),
  abort: method('Barrier.abort', [], [], (b) => b.abortCoroutine()),
};

// ---------------------------------------------------------------- the module's attributes

/** `asyncio.Condition`, `Barrier` and `BrokenBarrierError` for one simulation. */
export function conditionAttributes(
  getLoop: GetLoop,
  filename: string,
  python: PythonVersion,
  lockType: PyType,
  here: () => Loc,
): Map<string, PyValue> {
  const newLock = (): Lock => lockType.call([], null) as Lock;
  const conditionType: PyType = new PyType(
    'Condition',
    [objectType],
    (args, kw) => {
      const [lock] = bindArgs('Condition.__init__', ['lock'], [null], args, kw);
      if (lock !== null && !(lock instanceof Lock)) throw unsupported('Condition(lock) with a lock other than an asyncio.Lock', here());
      return new Condition(getLoop, conditionType, filename, python, lock ?? newLock());
    },
    'asyncio.locks',
  );
  const barrierType: PyType = new PyType(
    'Barrier',
    [objectType],
    (args, kw) => {
      const [parties] = bindArgs('Barrier.__init__', ['parties'], [], args, kw);
      // Reworded in 3.14 (Lib/asyncio/locks.py Barrier.__init__; seen in CPython 3.14.2).
      if (compare('<', parties, 1n)) throw pyErr(ValueError, atLeast(python, '3.14') ? 'parties must be >= 1' : 'parties must be > 0');
      if (typeof parties !== 'bigint') throw unsupported('Barrier(parties) with parties that is not an int', here());
      const cond = new Condition(getLoop, conditionType, filename, python, newLock());
      return new Barrier(getLoop, barrierType, filename, parties, cond);
    },
    'asyncio.locks',
  );
  return new Map<string, PyValue>([
    ['Condition', conditionType],
    ['Barrier', barrierType],
    ['BrokenBarrierError', BrokenBarrierError],
  ]);
}
