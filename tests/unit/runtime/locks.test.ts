/**
 * Lock, Event, Semaphore and BoundedSemaphore (src/sim/runtime/locks.ts). Each test drives the
 * simulated primitives from generator coroutines that mirror a Python program line by line,
 * and expects exactly what CPython 3.11 prints for that program.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, ValueError, pyErr } from '../../../src/sim/python/exceptions';
import type { CoroutineBody } from '../../../src/sim/python/functions';
import { PyList, type PyValue } from '../../../src/sim/python/objects';
import { Kw, cpythonOutputs, raised, simulate, simulateModule } from './sync-harness';

const programs = {
	lockFifo: `
import asyncio


async def user(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0)
        print(name, "releases")


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(n, lock)) for n in ["A", "B", "C"]]
    await asyncio.sleep(0)
    print("A holds it:", lock)
    await asyncio.sleep(0)
    print("A released:", lock.locked(), lock)
    print("late acquires:", await lock.acquire())
    print("late has the lock")
    lock.release()
    await asyncio.gather(*tasks)
    print("at the end:", lock)


asyncio.run(main())
`,
	lockCancelledWaiters: `
import asyncio


async def waiter(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled; locked() =", lock.locked())
        raise
    print(name, "has the lock")
    await asyncio.sleep(0)
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(waiter("W1", lock))
    w2 = asyncio.create_task(waiter("W2", lock))
    w3 = asyncio.create_task(waiter("W3", lock))
    await asyncio.sleep(0)
    w2.cancel()
    await asyncio.sleep(0)
    print("W2 gone:", lock)
    lock.release()
    w1.cancel()
    print("released, W1 cancelled after its wake-up:", lock)
    for _ in range(4):
        await asyncio.sleep(0)
    print(w1.cancelled(), w2.cancelled(), w3.done(), lock)


asyncio.run(main())
`,
	lockFastPath: `
import asyncio


async def other():
    print("other runs")


async def waiter(lock):
    await lock.acquire()
    print("never")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    w.cancel()
    lock.release()
    print("waiters all cancelled:", lock)
    asyncio.create_task(other())
    print("acquire:", await lock.acquire())
    print("main has it without suspending")
    await asyncio.sleep(0)
    print(w.cancelled(), lock)


asyncio.run(main())
`,
	lockOtherLoop: `
import asyncio

lock = asyncio.Lock()


async def first():
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await t
    print("first run:", lock)


async def second():
    try:
        await lock.acquire()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(first())
asyncio.run(second())
`,
	lockApi: `
import asyncio


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


async def main():
    lock = asyncio.Lock()
    attempt(lambda: lock.release())
    attempt(lambda: asyncio.Lock(1))
    attempt(lambda: asyncio.Lock(loop=None))
    attempt(lambda: lock.locked(1))
    attempt(lambda: lock.acquire(1))
    print(type(lock).__name__, isinstance(lock, asyncio.Lock), asyncio.Lock)
    async with lock as entered:
        print("inside:", entered, lock.locked())
    try:
        async with lock:
            raise ValueError("boom")
    except ValueError as e:
        print("propagated:", e, lock.locked())


asyncio.run(main())
`,
	event: `
import asyncio


async def waiter(name, ev):
    print(name, "waits")
    print(name, "got", await ev.wait())


async def bystander():
    print("bystander runs")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ["E1", "E2", "E3"]]
    await asyncio.sleep(0)
    print(ev)
    tasks[1].cancel()
    await asyncio.sleep(0)
    print("E2 cancelled:", ev)
    ev.set()
    ev.clear()
    print("set then cleared at once:", ev.is_set(), ev)
    await asyncio.sleep(0)
    print("after one iteration:", ev)
    ev.set()
    asyncio.create_task(bystander())
    print("wait on a set event:", await ev.wait())
    await asyncio.sleep(0)
    print(ev, [t.cancelled() for t in tasks])


asyncio.run(main())
`,
	semaphoreFifo: `
import asyncio


async def worker(name, sem):
    async with sem:
        print(name, "in; locked() =", sem.locked())
        await asyncio.sleep(0)
        print(name, "out")


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(worker(f"S{i}", sem)) for i in range(4)]
    await asyncio.sleep(0)
    print(sem)
    await asyncio.sleep(0)
    print("S0 and S1 released:", sem.locked(), sem)
    print("newcomer acquires:", await sem.acquire())
    print("newcomer is in")
    sem.release()
    await asyncio.gather(*tasks)
    print("at the end:", sem)


asyncio.run(main())
`,
	semaphoreCancelled: `
import asyncio


async def waiter(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled;", sem)
        raise
    print(name, "in;", sem)


async def main():
    sem = asyncio.Semaphore(0)
    ws = [asyncio.create_task(waiter(f"W{i}", sem)) for i in range(4)]
    await asyncio.sleep(0)
    print(sem)
    ws[1].cancel()
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    print("two releases:", sem)
    ws[0].cancel()
    for _ in range(3):
        await asyncio.sleep(0)
    print([w.cancelled() for w in ws], sem)
    sem.release()
    print(sem)
    await asyncio.sleep(0)
    print(sem)


asyncio.run(main())
`,
	semaphoreApi: `
import asyncio


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


async def main():
    attempt(lambda: asyncio.Semaphore(-1))
    attempt(lambda: asyncio.Semaphore("a"))
    attempt(lambda: asyncio.Semaphore(1, 2))
    attempt(lambda: asyncio.Semaphore(value=3))
    b = asyncio.BoundedSemaphore(2)
    print(b, isinstance(b, asyncio.Semaphore), type(b).__name__, asyncio.BoundedSemaphore)
    async with b:
        print("inside:", b)
    attempt(lambda: b.release())
    attempt(lambda: b.locked(1))
    attempt(lambda: b.release(1))
    print(await b.acquire(), await b.acquire(), b.locked(), b)
    b.release()
    b.release()
    s = asyncio.Semaphore()
    s.release()
    print("an unbounded semaphore goes past its start:", s)


asyncio.run(main())
`,
};

type Name = keyof typeof programs;
let cpython: Record<string, string>;

beforeAll(() => {
	cpython = cpythonOutputs(programs);
});

/** What CPython printed for a program; an empty output would make the comparison meaningless. */
function expected(name: Name): string {
	const out = cpython[name];
	expect(out, `CPython printed nothing for ${name}`).not.toBe('');
	return out;
}

const list = (items: PyValue[]): PyList => new PyList(items);

describe('Lock', () => {
	it('hands the lock over in FIFO order, so a newcomer queues behind a woken waiter', () => {
		const out = simulate(function* (h) {
			function* user(name: string, lock: PyValue): CoroutineBody {
				yield* h.asyncWith(lock, function* () {
					h.print(name, 'has the lock');
					yield* h.sleep(0n);
					h.print(name, 'releases');
					return null;
				});
				return null;
			}
			const lock = h.a('Lock');
			const tasks = ['A', 'B', 'C'].map((n) => h.task('user', () => user(n, lock)));
			yield* h.sleep(0n);
			h.print('A holds it:', lock);
			yield* h.sleep(0n);
			h.print('A released:', h.call(lock, 'locked'), lock);
			h.print('late acquires:', yield* h.awaitCall(lock, 'acquire'));
			h.print('late has the lock');
			h.call(lock, 'release');
			yield* h.await(h.a('gather', ...tasks));
			h.print('at the end:', lock);
			return null;
		});

		expect(out).toBe(expected('lockFifo'));
	});

	it('passes the lock on when a waiter is cancelled, whether before or after its wake-up', () => {
		const out = simulate(function* (h) {
			function* waiter(name: string, lock: PyValue): CoroutineBody {
				try {
					yield* h.awaitCall(lock, 'acquire');
				} catch (e) {
					if (raised(e, CancelledError)) h.print(name, 'cancelled; locked() =', h.call(lock, 'locked'));
					throw e;
				}
				h.print(name, 'has the lock');
				yield* h.sleep(0n);
				h.call(lock, 'release');
				return null;
			}
			const lock = h.a('Lock');
			yield* h.awaitCall(lock, 'acquire');
			const [w1, w2, w3] = ['W1', 'W2', 'W3'].map((n) => h.task('waiter', () => waiter(n, lock)));
			yield* h.sleep(0n);
			h.call(w2, 'cancel');
			yield* h.sleep(0n);
			h.print('W2 gone:', lock);
			h.call(lock, 'release');
			h.call(w1, 'cancel');
			h.print('released, W1 cancelled after its wake-up:', lock);
			for (let i = 0; i < 4; i++) yield* h.sleep(0n);
			h.print(h.call(w1, 'cancelled'), h.call(w2, 'cancelled'), h.call(w3, 'done'), lock);
			return null;
		});

		expect(out).toBe(expected('lockCancelledWaiters'));
	});

	it('takes the fast path when every queued waiter is cancelled', () => {
		const out = simulate(function* (h) {
			const lock = h.a('Lock');
			yield* h.awaitCall(lock, 'acquire');
			const w = h.task('waiter', function* () {
				yield* h.awaitCall(lock, 'acquire');
				h.print('never');
				return null;
			});
			yield* h.sleep(0n);
			h.call(w, 'cancel');
			h.call(lock, 'release');
			h.print('waiters all cancelled:', lock);
			h.task('other', function* () {
				h.print('other runs');
				return null;
			});
			h.print('acquire:', yield* h.awaitCall(lock, 'acquire'));
			h.print('main has it without suspending');
			yield* h.sleep(0n);
			h.print(h.call(w, 'cancelled'), lock);
			return null;
		});

		expect(out).toBe(expected('lockFastPath'));
	});

	it('refuses to wait on a second event loop once bound to the first', () => {
		const out = simulateModule((h) => {
			const lock = h.a('Lock');
			h.asyncioRun('first', function* () {
				yield* h.awaitCall(lock, 'acquire');
				const t = h.a('create_task', h.call(lock, 'acquire'));
				yield* h.sleep(0n);
				h.call(lock, 'release');
				yield* h.await(t);
				h.print('first run:', lock);
				return null;
			});
			h.asyncioRun('second', () =>
				h.printError(function* () {
					yield* h.awaitCall(lock, 'acquire');
					return null;
				}),
			);
		});

		expect(out).toBe(expected('lockOtherLoop'));
	});

	it('checks its arguments, releases only when held, and works as an async context manager', () => {
		const out = simulate(function* (h) {
			const lock = h.a('Lock');
			h.attempt(() => h.call(lock, 'release'));
			h.attempt(() => h.a('Lock', 1n));
			h.attempt(() => h.call(h.asyncio, 'Lock', new Kw({ loop: null })));
			h.attempt(() => h.call(lock, 'locked', 1n));
			h.attempt(() => h.call(lock, 'acquire', 1n));
			const lockType = h.asyncio.getAttr('Lock') as PyValue;
			h.print(h.type(lock).name, h.isinstance(lock, lockType), lockType);
			yield* h.asyncWith(lock, function* (entered) {
				h.print('inside:', entered, h.call(lock, 'locked'));
				return null;
			});
			yield* h.tryExcept(
				() =>
					h.asyncWith(lock, function* () {
						throw pyErr(ValueError, 'boom');
					}),
				ValueError,
				(e) => h.print('propagated:', e, h.call(lock, 'locked')),
			);
			return null;
		});

		expect(out).toBe(expected('lockApi'));
	});
});

describe('Event', () => {
	it('wakes every waiter in wait() order, even when cleared at once, and does not suspend once set', () => {
		const out = simulate(function* (h) {
			function* waiter(name: string, ev: PyValue): CoroutineBody {
				h.print(name, 'waits');
				h.print(name, 'got', yield* h.awaitCall(ev, 'wait'));
				return null;
			}
			const ev = h.a('Event');
			const tasks = ['E1', 'E2', 'E3'].map((n) => h.task('waiter', () => waiter(n, ev)));
			yield* h.sleep(0n);
			h.print(ev);
			h.call(tasks[1], 'cancel');
			yield* h.sleep(0n);
			h.print('E2 cancelled:', ev);
			h.call(ev, 'set');
			h.call(ev, 'clear');
			h.print('set then cleared at once:', h.call(ev, 'is_set'), ev);
			yield* h.sleep(0n);
			h.print('after one iteration:', ev);
			h.call(ev, 'set');
			h.task('bystander', function* () {
				h.print('bystander runs');
				return null;
			});
			h.print('wait on a set event:', yield* h.awaitCall(ev, 'wait'));
			yield* h.sleep(0n);
			h.print(ev, list(tasks.map((t) => h.call(t, 'cancelled'))));
			return null;
		});

		expect(out).toBe(expected('event'));
	});
});

describe('Semaphore', () => {
	it('admits `value` holders and keeps newcomers behind the waiters a release hands slots to', () => {
		const out = simulate(function* (h) {
			function* worker(name: string, sem: PyValue): CoroutineBody {
				yield* h.asyncWith(sem, function* () {
					h.print(name, 'in; locked() =', h.call(sem, 'locked'));
					yield* h.sleep(0n);
					h.print(name, 'out');
					return null;
				});
				return null;
			}
			const sem = h.a('Semaphore', 2n);
			const tasks = [0, 1, 2, 3].map((i) => h.task('worker', () => worker(`S${i}`, sem)));
			yield* h.sleep(0n);
			h.print(sem);
			yield* h.sleep(0n);
			h.print('S0 and S1 released:', h.call(sem, 'locked'), sem);
			h.print('newcomer acquires:', yield* h.awaitCall(sem, 'acquire'));
			h.print('newcomer is in');
			h.call(sem, 'release');
			yield* h.await(h.a('gather', ...tasks));
			h.print('at the end:', sem);
			return null;
		});

		expect(out).toBe(expected('semaphoreFifo'));
	});

	it('gives a slot handed to a waiter cancelled before it resumed to the next waiter', () => {
		const out = simulate(function* (h) {
			function* waiter(name: string, sem: PyValue): CoroutineBody {
				try {
					yield* h.awaitCall(sem, 'acquire');
				} catch (e) {
					if (raised(e, CancelledError)) h.print(name, 'cancelled;', sem);
					throw e;
				}
				h.print(name, 'in;', sem);
				return null;
			}
			const sem = h.a('Semaphore', 0n);
			const ws = [0, 1, 2, 3].map((i) => h.task('waiter', () => waiter(`W${i}`, sem)));
			yield* h.sleep(0n);
			h.print(sem);
			h.call(ws[1], 'cancel');
			yield* h.sleep(0n);
			h.call(sem, 'release');
			h.call(sem, 'release');
			h.print('two releases:', sem);
			h.call(ws[0], 'cancel');
			for (let i = 0; i < 3; i++) yield* h.sleep(0n);
			h.print(list(ws.map((w) => h.call(w, 'cancelled'))), sem);
			h.call(sem, 'release');
			h.print(sem);
			yield* h.sleep(0n);
			h.print(sem);
			return null;
		});

		expect(out).toBe(expected('semaphoreCancelled'));
	});

	it('checks its value and arguments, and a BoundedSemaphore refuses to go past its start', () => {
		const out = simulate(function* (h) {
			h.attempt(() => h.a('Semaphore', -1n));
			h.attempt(() => h.a('Semaphore', 'a'));
			h.attempt(() => h.a('Semaphore', 1n, 2n));
			h.attempt(() => h.a('Semaphore', new Kw({ value: 3n })));
			const b = h.a('BoundedSemaphore', 2n);
			h.print(b, h.isinstance(b, h.attr('Semaphore')), h.type(b).name, h.attr('BoundedSemaphore'));
			yield* h.asyncWith(b, function* () {
				h.print('inside:', b);
				return null;
			});
			h.attempt(() => h.call(b, 'release'));
			h.attempt(() => h.call(b, 'locked', 1n));
			h.attempt(() => h.call(b, 'release', 1n));
			const first = yield* h.awaitCall(b, 'acquire');
			const second = yield* h.awaitCall(b, 'acquire');
			h.print(first, second, h.call(b, 'locked'), b);
			h.call(b, 'release');
			h.call(b, 'release');
			const s = h.a('Semaphore');
			h.call(s, 'release');
			h.print('an unbounded semaphore goes past its start:', s);
			return null;
		});

		expect(out).toBe(expected('semaphoreApi'));
	});
});
