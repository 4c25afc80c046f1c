/**
 * asyncio.Queue (src/sim/runtime/queues.ts). Each test drives the simulated queue from
 * generator coroutines that mirror a Python program line by line, and expects exactly what
 * CPython 3.11 prints for that program.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, Exception, ValueError } from '../../../src/sim/python/exceptions';
import type { CoroutineBody } from '../../../src/sim/python/functions';
import { PyList, type PyValue } from '../../../src/sim/python/objects';
import { repr } from '../../../src/sim/python/repr';
import { QueueEmpty, QueueFull } from '../../../src/sim/runtime/queues';
import { Kw, cpythonOutputs, raised, simulate } from './sync-harness';

const programs = {
	producerConsumer: `
import asyncio


async def producer(q):
    for i in range(5):
        print("putting", i, "full() =", q.full())
        await q.put(i)
        print("put", i, "qsize() =", q.qsize())
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        print("got", item, q)
        if item is None:
            break
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    await asyncio.gather(producer(q), consumer(q))
    print("at the end:", q.empty(), q)


asyncio.run(main())
`,
	stolenItem: `
import asyncio


async def getter(name, q):
    while True:
        item = await q.get()
        print(name, "got", item)
        if item == "stop":
            return


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("G1", q))
    g2 = asyncio.create_task(getter("G2", q))
    await asyncio.sleep(0)
    q.put_nowait("a")
    print("main steals", q.get_nowait(), q)
    await asyncio.sleep(0)
    print("G1 waits again, behind G2:", q)
    q.put_nowait("b")
    await asyncio.sleep(0)
    q.put_nowait("stop")
    q.put_nowait("stop")
    await asyncio.gather(g1, g2)


asyncio.run(main())
`,
	nowaitAndJoin: `
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        print("done with", item)
        q.task_done()


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), isinstance(e, Exception))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), str(e) == "")
    print(q.get_nowait(), q)
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    print("join with nothing unfinished:", await q.join())
    w = asyncio.create_task(worker(q))
    for item in ["a", "b", "c"]:
        await q.put(item)
        print("queued", item)
    await q.join()
    print("joined;", q)
    w.cancel()


asyncio.run(main())
`,
	cancelledWaiters: `
import asyncio


async def getter(name, q):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled;", q)
        raise


async def putter(name, q, item):
    try:
        await q.put(item)
        print(name, "put", item)
    except asyncio.CancelledError:
        print(name, "cancelled;", q)
        raise


async def main():
    q = asyncio.Queue(1)
    gs = [asyncio.create_task(getter(f"G{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    gs[1].cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    gs[0].cancel()
    print("put x, then cancelled G0:", q)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([g.cancelled() for g in gs], q)
    q.put_nowait("full")
    ps = [asyncio.create_task(putter(f"P{i}", q, i)) for i in range(3)]
    await asyncio.sleep(0)
    print(q)
    print("main takes", q.get_nowait())
    ps[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([p.cancelled() for p in ps], q)
    print("main takes", q.get_nowait())
    await asyncio.sleep(0)
    print(q)
    ps[2].cancel()


asyncio.run(main())
`,
	api: `
import asyncio


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


async def main():
    q = asyncio.Queue()
    print(type(q).__name__, isinstance(q, asyncio.Queue), asyncio.Queue, asyncio.QueueEmpty, asyncio.QueueFull)
    print(repr(q))
    q.put_nowait([1, "a"])
    q.put_nowait(None)
    print(repr(q), q.maxsize)
    attempt(lambda: q.put())
    attempt(lambda: q.get(1))
    attempt(lambda: q.put_nowait(1, 2))
    attempt(lambda: asyncio.Queue(1, 2))
    attempt(lambda: asyncio.Queue(size=2))
    attempt(lambda: asyncio.Queue(maxsize="x").full())
    print(asyncio.Queue(-1).full(), asyncio.Queue(0.5).full())
    p = q.put(3)
    print(p.__qualname__)
    p.close()


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

describe('Queue', () => {
	it('hands items over in FIFO order, and a full queue makes put() wait for a get()', () => {
		const out = simulate(function* (h) {
			function* producer(q: PyValue): CoroutineBody {
				for (let i = 0n; i < 5n; i++) {
					h.print('putting', i, 'full() =', h.call(q, 'full'));
					yield* h.awaitCall(q, 'put', i);
					h.print('put', i, 'qsize() =', h.call(q, 'qsize'));
				}
				yield* h.awaitCall(q, 'put', null);
				return null;
			}
			function* consumer(q: PyValue): CoroutineBody {
				for (;;) {
					const item = yield* h.awaitCall(q, 'get');
					h.print('got', item, q);
					if (item === null) break;
					yield* h.sleep(0n);
					h.call(q, 'task_done');
				}
				return null;
			}
			const q = h.a('Queue', new Kw({ maxsize: 2n }));
			h.print(h.get(q, 'maxsize'), h.call(q, 'empty'), h.call(q, 'full'), h.call(q, 'qsize'));
			yield* h.await(h.a('gather', h.coro('producer', () => producer(q)), h.coro('consumer', () => consumer(q))));
			h.print('at the end:', h.call(q, 'empty'), q);
			return null;
		});

		expect(out).toBe(expected('producerConsumer'));
	});

	it('does not reserve an item for the getter it wakes: a robbed getter waits again at the back', () => {
		const out = simulate(function* (h) {
			function* getter(name: string, q: PyValue): CoroutineBody {
				for (;;) {
					const item = yield* h.awaitCall(q, 'get');
					h.print(name, 'got', item);
					if (item === 'stop') return null;
				}
			}
			const q = h.a('Queue');
			const g1 = h.task('getter', () => getter('G1', q));
			const g2 = h.task('getter', () => getter('G2', q));
			yield* h.sleep(0n);
			h.call(q, 'put_nowait', 'a');
			h.print('main steals', h.call(q, 'get_nowait'), q);
			yield* h.sleep(0n);
			h.print('G1 waits again, behind G2:', q);
			h.call(q, 'put_nowait', 'b');
			yield* h.sleep(0n);
			h.call(q, 'put_nowait', 'stop');
			h.call(q, 'put_nowait', 'stop');
			yield* h.await(h.a('gather', g1, g2));
			return null;
		});

		expect(out).toBe(expected('stolenItem'));
	});

	it('raises QueueEmpty and QueueFull without waiting, counts task_done(), and join() waits for it', () => {
		const out = simulate(function* (h) {
			function* worker(q: PyValue): CoroutineBody {
				for (;;) {
					const item = yield* h.awaitCall(q, 'get');
					yield* h.sleep(0.01);
					h.print('done with', item);
					h.call(q, 'task_done');
				}
			}
			const q = h.a('Queue', 1n);
			yield* h.tryExcept(
				function* () {
					h.call(q, 'get_nowait');
					return null;
				},
				QueueEmpty,
				(e) => h.print('QueueEmpty', repr(e), h.isinstance(e, Exception)),
			);
			h.call(q, 'put_nowait', 'x');
			yield* h.tryExcept(
				function* () {
					h.call(q, 'put_nowait', 'y');
					return null;
				},
				QueueFull,
				(e) => h.print('QueueFull', repr(e), h.str(e) === ''),
			);
			h.print(h.call(q, 'get_nowait'), q);
			h.call(q, 'task_done');
			yield* h.tryExcept(
				function* () {
					h.call(q, 'task_done');
					return null;
				},
				ValueError,
				(e) => h.print('ValueError', e),
			);
			h.print('join with nothing unfinished:', yield* h.awaitCall(q, 'join'));
			const w = h.task('worker', () => worker(q));
			for (const item of ['a', 'b', 'c']) {
				yield* h.awaitCall(q, 'put', item);
				h.print('queued', item);
			}
			yield* h.awaitCall(q, 'join');
			h.print('joined;', q);
			h.call(w, 'cancel');
			return null;
		});

		expect(out).toBe(expected('nowaitAndJoin'));
	});

	it('passes a wake-up on when the getter or putter it went to is cancelled before resuming', () => {
		const out = simulate(function* (h) {
			function* getter(name: string, q: PyValue): CoroutineBody {
				try {
					h.print(name, 'got', yield* h.awaitCall(q, 'get'));
				} catch (e) {
					if (raised(e, CancelledError)) h.print(name, 'cancelled;', q);
					throw e;
				}
				return null;
			}
			function* putter(name: string, q: PyValue, item: PyValue): CoroutineBody {
				try {
					yield* h.awaitCall(q, 'put', item);
					h.print(name, 'put', item);
				} catch (e) {
					if (raised(e, CancelledError)) h.print(name, 'cancelled;', q);
					throw e;
				}
				return null;
			}
			const q = h.a('Queue', 1n);
			const gs = [0, 1, 2].map((i) => h.task('getter', () => getter(`G${i}`, q)));
			yield* h.sleep(0n);
			h.call(gs[1], 'cancel');
			yield* h.sleep(0n);
			h.call(q, 'put_nowait', 'x');
			h.call(gs[0], 'cancel');
			h.print('put x, then cancelled G0:', q);
			yield* h.sleep(0n);
			yield* h.sleep(0n);
			h.print(list(gs.map((g) => h.call(g, 'cancelled'))), q);
			h.call(q, 'put_nowait', 'full');
			const ps = [0n, 1n, 2n].map((i) => h.task('putter', () => putter(`P${i}`, q, i)));
			yield* h.sleep(0n);
			h.print(q);
			h.print('main takes', h.call(q, 'get_nowait'));
			h.call(ps[0], 'cancel');
			yield* h.sleep(0n);
			yield* h.sleep(0n);
			h.print(list(ps.map((p) => h.call(p, 'cancelled'))), q);
			h.print('main takes', h.call(q, 'get_nowait'));
			yield* h.sleep(0n);
			h.print(q);
			h.call(ps[2], 'cancel');
			return null;
		});

		expect(out).toBe(expected('cancelledWaiters'));
	});

	it('is a type of its own with CPython\'s repr, and checks its arguments', () => {
		const out = simulate(function* (h) {
			const q = h.a('Queue');
			h.print(h.type(q).name, h.isinstance(q, h.attr('Queue')), h.attr('Queue'), h.attr('QueueEmpty'), h.attr('QueueFull'));
			h.print(repr(q));
			h.call(q, 'put_nowait', list([1n, 'a']));
			h.call(q, 'put_nowait', null);
			h.print(repr(q), h.get(q, 'maxsize'));
			h.attempt(() => h.call(q, 'put'));
			h.attempt(() => h.call(q, 'get', 1n));
			h.attempt(() => h.call(q, 'put_nowait', 1n, 2n));
			h.attempt(() => h.a('Queue', 1n, 2n));
			h.attempt(() => h.a('Queue', new Kw({ size: 2n })));
			h.attempt(() => h.call(h.a('Queue', new Kw({ maxsize: 'x' })), 'full'));
			h.print(h.call(h.a('Queue', -1n), 'full'), h.call(h.a('Queue', 0.5), 'full'));
			const p = h.call(q, 'put', 3n);
			h.print(h.get(p, '__qualname__'));
			h.call(p, 'close');
			return null;
		});

		expect(out).toBe(expected('api'));
	});
});
