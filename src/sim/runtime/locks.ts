/**
 * Synchronisation primitives (Lib/asyncio/locks.py as CPython 3.11.7 ships it): Lock, Event,
 * Semaphore and BoundedSemaphore. Every waiter is a Future in a FIFO deque, so who gets woken,
 * and when, follows from the same rules as any other awaited Future (src/sim/runtime/README.md §12).
 */
import { AttributeError, CancelledError, PyBaseException, RuntimeError, TypeError, ValueError, pyErr } from '../python/exceptions';
import { type CoroutineBody, PyCoroutine } from '../python/functions';
import type { AsyncContextManager } from '../python/host';
import { type Kwargs, type Method, NativeObject, type PyValue, fakeAddress } from '../python/objects';
import { binop, compare } from '../python/ops';
import { PyType, objectType } from '../python/pytype';
import { str } from '../python/repr';
import type { LoopLike } from './events';
import { Future } from './futures';

/**
 * What a primitive asks for when it must wait: the running loop, or null outside one
 * (events._get_running_loop, which mixins._LoopBoundMixin._get_loop calls).
 */
export type GetLoop = () => LoopLike | null;

/**
 * Binds a call's arguments to a method's parameters (after `self`), with CPython's messages,
 * which count `self`: `Lock.acquire() takes 1 positional argument but 2 were given`.
 */
export function bindArgs(
  qualname: string,
  params: readonly string[],
  defaults: readonly PyValue[],
  args: readonly PyValue[],
  kwargs: Kwargs | null,
): PyValue[] {
  const n = params.length;
  if (args.length > n) {
    const min = n - defaults.length + 1;
    const takes = min === n + 1 ? `${n + 1} positional argument${n === 0 ? '' : 's'}` : `from ${min} to ${n + 1} positional arguments`;
    throw pyErr(TypeError, `${qualname}() takes ${takes} but ${args.length + 1} were given`);
  }
  const bound: (PyValue | undefined)[] = [...args];
  for (const [k, v] of kwargs ?? []) {
    const i = params.indexOf(k);
    if (i < 0) throw pyErr(TypeError, `${qualname}() got an unexpected keyword argument '${k}'`);
    if (bound[i] !== undefined) throw pyErr(TypeError, `${qualname}() got multiple values for argument '${k}'`);
    bound[i] = v;
  }
  const firstDefault = n - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (bound[i] !== undefined) continue;
    if (i >= firstDefault) bound[i] = defaults[i - firstDefault];
    else missing.push(`'${params[i]}'`);
  }
  if (missing.length) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    throw pyErr(TypeError, `${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return bound as PyValue[];
}

/** A method table entry whose arguments are checked against `params` first. */
export function method<T>(
  qualname: string,
  params: readonly string[],
  defaults: readonly PyValue[],
  fn: (self: T, args: PyValue[]) => PyValue,
): Method<T> {
  return (self, args, kwargs) => fn(self, bindArgs(qualname, params, defaults, args, kwargs));
}

/** deque.remove: drops the first occurrence; false when it is not there (CPython's ValueError). */
export function removeFirst<T>(items: T[], x: T): boolean {
  const i = items.indexOf(x);
  if (i < 0) return false;
  items.splice(i, 1);
  return true;
}

/** mixins._LoopBoundMixin: the first loop an object waits on is the only one it may use. */
export abstract class LoopBound extends NativeObject {
  private loop: LoopLike | null = null;

  constructor(protected readonly getLoop: GetLoop) {
    super();
  }

  /** _LoopBoundMixin._get_loop */
  protected boundLoop(): LoopLike {
    const loop = this.getLoop();
    if (this.loop === null) this.loop = loop;
    if (loop !== this.loop) throw pyErr(RuntimeError, `${this.repr()} is bound to a different event loop`);
    // Outside a running loop CPython goes on to call None.create_future().
    if (loop === null) throw pyErr(AttributeError, "'NoneType' object has no attribute 'create_future'");
    return loop;
  }

  /** `object.__repr__` as the primitives' __repr__ extends it: `<asyncio.locks.Lock object at 0x…>`. */
  protected baseRepr(type: PyType): string {
    return `${type.module}.${type.name} object at ${fakeAddress(this)}`;
  }
}

/** The `is cancelled` test of a waiter loop, on a deque that may be missing (`_waiters is None`). */
function allCancelled(waiters: readonly Future[] | null): boolean {
  return waiters === null || waiters.every((w) => w.cancelled());
}

function isCancelledError(e: unknown): boolean {
  return e instanceof PyBaseException && e.isInstance(CancelledError);
}

/** The Python-visible types one simulation's asyncio module offers. */
interface LockTypes {
  lock: PyType;
  event: PyType;
  semaphore: PyType;
  boundedSemaphore: PyType;
}

// ---------------------------------------------------------------- Lock

export class Lock extends LoopBound implements AsyncContextManager {
  /** `_waiters`: None until the first wait, then a deque of futures. */
  waiters: Future[] | null = null;
  /** `_locked` */
  isLocked = false;

  constructor(
    getLoop: GetLoop,
    private readonly type: PyType,
    private readonly filename: string,
  ) {
    super(getLoop);
  }

  get typeName(): string {
    return 'Lock';
  }

  get pyType(): PyType {
    return this.type;
  }

  repr(): string {
    let extra = this.isLocked ? 'locked' : 'unlocked';
    if (this.waiters?.length) extra += `, waiters:${this.waiters.length}`;
    return `<${this.baseRepr(this.type)} [${extra}]>`;
  }

  /** Lock.acquire */
  *acquire(): CoroutineBody {
    // Only when nobody is queued (or every waiter was cancelled): a woken waiter keeps its turn.
    if (!this.isLocked && allCancelled(this.waiters)) {
      this.isLocked = true;
      return true;
    }
    if (this.waiters === null) this.waiters = [];
    const fut = new Future(this.boundLoop(), 'Lock.acquire()');
    this.waiters.push(fut);
    // The finally runs before the CancelledError handler, so a cancelled waiter, already out of
    // the deque, cannot wake itself (locks.py's comment on this block).
    try {
      try {
        yield* fut.awaitIter();
      } finally {
        removeFirst(this.waiters, fut);
      }
    } catch (e) {
      if (isCancelledError(e) && !this.isLocked) this.wakeUpFirst();
      throw e;
    }
    // The woken waiter takes the lock itself, an iteration after release() (§12).
    this.isLocked = true;
    return true;
  }

  /** Lock.release */
  release(): void {
    if (!this.isLocked) throw pyErr(RuntimeError, 'Lock is not acquired.');
    this.isLocked = false;
    this.wakeUpFirst();
  }

  /** Lock._wake_up_first: only the first waiter; a done one will take the lock or pass it on. */
  private wakeUpFirst(): void {
    const fut = this.waiters?.[0];
    if (fut !== undefined && !fut.done()) fut.setResult(true);
  }

  acquireCoroutine(): PyCoroutine {
    return new PyCoroutine('Lock.acquire', this.acquire(), null, this.filename, 0);
  }

  /** _ContextManagerMixin.__aenter__: `await self.acquire()`, then None for the `as` target. */
  *aenter(): CoroutineBody {
    yield* this.acquire();
    return null;
  }

  /** _ContextManagerMixin.__aexit__ releases and never swallows. */
  // eslint-disable-next-line require-yield
  *aexit(_exc: unknown): CoroutineBody {
    this.release();
    return null;
  }

  protected get methods(): Record<string, Method<never>> {
    return lockMethods as Record<string, Method<never>>;
  }
}

const lockMethods: Record<string, Method<Lock>> = {
  acquire: method('Lock.acquire', [], [], (l) => l.acquireCoroutine()),
  release: method('Lock.release', [], [], (l) => {
    l.release();
    return null;
  }),
  locked: method('Lock.locked', [], [], (l) => l.isLocked),
};

// ---------------------------------------------------------------- Event

export class Event extends LoopBound {
  /** `_waiters` */
  readonly waiters: Future[] = [];
  /** `_value` */
  value = false;

  constructor(
    getLoop: GetLoop,
    private readonly type: PyType,
    private readonly filename: string,
    /** What the visualizer calls a wait: `Event.wait()`, or `Queue.join()` for a queue's event. */
    private readonly waitLabel = 'Event.wait()',
  ) {
    super(getLoop);
  }

  get typeName(): string {
    return 'Event';
  }

  get pyType(): PyType {
    return this.type;
  }

  repr(): string {
    let extra = this.value ? 'set' : 'unset';
    if (this.waiters.length) extra += `, waiters:${this.waiters.length}`;
    return `<${this.baseRepr(this.type)} [${extra}]>`;
  }

  /** Event.set: every waiter's future is resolved now, in wait() order; each resumes next iteration. */
  set(): void {
    if (this.value) return;
    this.value = true;
    for (const fut of this.waiters) if (!fut.done()) fut.setResult(true);
  }

  clear(): void {
    this.value = false;
  }

  /** Event.wait: no suspension at all when the flag is already set. */
  *wait(): CoroutineBody {
    if (this.value) return true;
    const fut = new Future(this.boundLoop(), this.waitLabel);
    this.waiters.push(fut);
    try {
      yield* fut.awaitIter();
      return true;
    } finally {
      removeFirst(this.waiters, fut);
    }
  }

  waitCoroutine(): PyCoroutine {
    return new PyCoroutine('Event.wait', this.wait(), null, this.filename, 0);
  }

  protected get methods(): Record<string, Method<never>> {
    return eventMethods as Record<string, Method<never>>;
  }
}

const eventMethods: Record<string, Method<Event>> = {
  is_set: method('Event.is_set', [], [], (e) => e.value),
  set: method('Event.set', [], [], (e) => {
    e.set();
    return null;
  }),
  clear: method('Event.clear', [], [], (e) => {
    e.clear();
    return null;
  }),
  wait: method('Event.wait', [], [], (e) => e.waitCoroutine()),
};

// ---------------------------------------------------------------- Semaphore

export class Semaphore extends LoopBound implements AsyncContextManager {
  /** `_waiters`: None until the first wait. */
  waiters: Future[] | null = null;
  /** `_value`, a Python number: the arithmetic is Python's, as in `Semaphore(True)`. */
  value: PyValue;

  constructor(
    getLoop: GetLoop,
    private readonly type: PyType,
    private readonly filename: string,
    value: PyValue,
  ) {
    super(getLoop);
    if (compare('<', value, 0n)) throw pyErr(ValueError, 'Semaphore initial value must be >= 0');
    this.value = value;
  }

  get typeName(): string {
    return this.type.name;
  }

  get pyType(): PyType {
    return this.type;
  }

  repr(): string {
    let extra = this.locked() ? 'locked' : `unlocked, value:${str(this.value)}`;
    if (this.waiters?.length) extra += `, waiters:${this.waiters.length}`;
    return `<${this.baseRepr(this.type)} [${extra}]>`;
  }

  /** Semaphore.locked: also true while a waiter that was not cancelled is queued, so newcomers queue behind it. */
  locked(): boolean {
    return compare('==', this.value, 0n) || !allCancelled(this.waiters);
  }

  /** Semaphore.acquire */
  *acquire(): CoroutineBody {
    if (!this.locked()) {
      this.value = binop('-', this.value, 1n);
      return true;
    }
    if (this.waiters === null) this.waiters = [];
    const fut = new Future(this.boundLoop(), `${this.type.name}.acquire()`);
    this.waiters.push(fut);
    try {
      try {
        yield* fut.awaitIter();
      } finally {
        removeFirst(this.waiters, fut);
      }
    } catch (e) {
      // Woken (the slot was handed over) but cancelled before it resumed: give the slot on.
      if (isCancelledError(e) && !fut.cancelled()) {
        this.value = binop('+', this.value, 1n);
        this.wakeUpNext();
      }
      throw e;
    }
    if (compare('>', this.value, 0n)) this.wakeUpNext();
    return true;
  }

  /** Semaphore.release */
  release(): void {
    this.value = binop('+', this.value, 1n);
    this.wakeUpNext();
  }

  /** Semaphore._wake_up_next: hands one unit to the first waiter that isn't done. */
  protected wakeUpNext(): void {
    for (const fut of this.waiters ?? []) {
      if (!fut.done()) {
        this.value = binop('-', this.value, 1n);
        fut.setResult(true);
        return;
      }
    }
  }

  acquireCoroutine(): PyCoroutine {
    // BoundedSemaphore inherits the method, so its coroutine is `Semaphore.acquire` too.
    return new PyCoroutine('Semaphore.acquire', this.acquire(), null, this.filename, 0);
  }

  *aenter(): CoroutineBody {
    yield* this.acquire();
    return null;
  }

  // eslint-disable-next-line require-yield
  *aexit(_exc: unknown): CoroutineBody {
    this.releaseChecked();
    return null;
  }

  /** `self.release()` as Python dispatches it: BoundedSemaphore checks its bound first. */
  releaseChecked(): void {
    this.release();
  }

  protected get methods(): Record<string, Method<never>> {
    return semaphoreMethods as Record<string, Method<never>>;
  }
}

const semaphoreMethods: Record<string, Method<Semaphore>> = {
  acquire: method('Semaphore.acquire', [], [], (s) => s.acquireCoroutine()),
  release: method('Semaphore.release', [], [], (s) => {
    s.releaseChecked();
    return null;
  }),
  locked: method('Semaphore.locked', [], [], (s) => s.locked()),
};

export class BoundedSemaphore extends Semaphore {
  /** `_bound_value` */
  private readonly bound: PyValue;

  constructor(getLoop: GetLoop, type: PyType, filename: string, value: PyValue) {
    super(getLoop, type, filename, value);
    this.bound = value;
  }

  /** BoundedSemaphore.release */
  releaseChecked(): void {
    if (compare('>=', this.value, this.bound)) throw pyErr(ValueError, 'BoundedSemaphore released too many times');
    this.release();
  }

  protected get methods(): Record<string, Method<never>> {
    return boundedMethods as Record<string, Method<never>>;
  }
}

const boundedMethods: Record<string, Method<BoundedSemaphore>> = {
  ...(semaphoreMethods as Record<string, Method<BoundedSemaphore>>),
  release: method('BoundedSemaphore.release', [], [], (s) => {
    s.releaseChecked();
    return null;
  }),
};

// ---------------------------------------------------------------- the module's attributes

/**
 * `asyncio.Lock`, `Event`, `Semaphore` and `BoundedSemaphore` for one simulation. `getLoop` is
 * consulted when a primitive first has to wait, never when it is made (3.10+ binds lazily).
 */
export function lockAttributes(getLoop: GetLoop, filename: string): Map<string, PyValue> {
  const types = {} as LockTypes;
  types.lock = new PyType(
    'Lock',
    [objectType],
    (args, kw) => {
      bindArgs('Lock.__init__', [], [], args, kw);
      return new Lock(getLoop, types.lock, filename);
    },
    'asyncio.locks',
  );
  types.event = new PyType(
    'Event',
    [objectType],
    (args, kw) => {
      bindArgs('Event.__init__', [], [], args, kw);
      return new Event(getLoop, types.event, filename);
    },
    'asyncio.locks',
  );
  types.semaphore = new PyType(
    'Semaphore',
    [objectType],
    (args, kw) => {
      const [value] = bindArgs('Semaphore.__init__', ['value'], [1n], args, kw);
      return new Semaphore(getLoop, types.semaphore, filename, value);
    },
    'asyncio.locks',
  );
  types.boundedSemaphore = new PyType(
    'BoundedSemaphore',
    [types.semaphore],
    (args, kw) => {
      const [value] = bindArgs('BoundedSemaphore.__init__', ['value'], [1n], args, kw);
      return new BoundedSemaphore(getLoop, types.boundedSemaphore, filename, value);
    },
    'asyncio.locks',
  );
  return new Map<string, PyValue>([
    ['Lock', types.lock],
    ['Event', types.event],
    ['Semaphore', types.semaphore],
    ['BoundedSemaphore', types.boundedSemaphore],
  ]);
}
