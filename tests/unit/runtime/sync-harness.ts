/**
 * Drives asyncio's synchronisation primitives on the simulated runtime from coroutines written
 * as JavaScript generators, and runs the equivalent Python programs under CPython for the
 * expected output. The parser stays out of the way: these tests pin the runtime alone.
 */
import { spawnSync } from 'node:child_process';
import { BaseException, PyBaseException } from '../../../src/sim/python/exceptions';
import { type CoroutineBody, PyCoroutine, isAwaitable } from '../../../src/sim/python/functions';
import { isAsyncContextManager } from '../../../src/sim/python/host';
import { Interpreter } from '../../../src/sim/python/interpreter';
import { type Kwargs, PyCallable, type PyModule, PyObject, type PyValue } from '../../../src/sim/python/objects';
import { truthy } from '../../../src/sim/python/ops';
import { PyType, typeOf } from '../../../src/sim/python/pytype';
import { str } from '../../../src/sim/python/repr';
import type { LoopLike } from '../../../src/sim/runtime/events';
import { lockAttributes } from '../../../src/sim/runtime/locks';
import { makeModules } from '../../../src/sim/runtime/modules';
import { queueAttributes } from '../../../src/sim/runtime/queues';
import { Simulation } from '../../../src/sim/runtime/simulation';
import { PYTHON } from '../../conformance/harness';

const FILENAME = 'program.py';

/** Keyword arguments for `Harness.call`. */
export class Kw {
	readonly map: Kwargs;
	constructor(kw: Record<string, PyValue>) {
		this.map = new Map(Object.entries(kw));
	}
}

/** Is `e` a Python exception of `type` (what an `except type:` clause matches)? */
export function raised(e: unknown, type: PyType): e is PyBaseException {
	return e instanceof PyBaseException && e.isInstance(type);
}

/**
 * `str(v)`, honouring Queue.__str__. repr.ts's `str` does not consult objects yet, so print(q)
 * in a real program shows the repr; the harness prints what CPython does.
 */
function pyStr(v: PyValue): string {
	if (v instanceof PyObject && typeof (v as Partial<{ pyStr(): string }>).pyStr === 'function') {
		return (v as PyObject & { pyStr(): string }).pyStr();
	}
	return str(v);
}

/** What a scenario's coroutines use: the asyncio module, and `await`, `print`, `try` as Python has them. */
export class Harness {
	readonly sim = new Simulation(FILENAME, 100_000, 2, false);
	readonly asyncio: PyModule;

	constructor() {
		this.sim.modules = makeModules(this.sim);
		// Tasks read the interpreter's current line; an empty module gives them one.
		this.sim.interp = new Interpreter({ kind: 'Module', body: [], loc: { line: 1, col: 0, endLine: 1, endCol: 0 } }, this.sim);
		this.asyncio = this.sim.modules.get('asyncio') as PyModule;
		// What the asyncio module will hold once it offers the primitives itself.
		const running = (): LoopLike | null => this.sim.runningLoop as LoopLike | null;
		for (const [k, v] of lockAttributes(running, FILENAME)) this.asyncio.attrs.set(k, v);
		for (const [k, v] of queueAttributes(running, FILENAME)) this.asyncio.attrs.set(k, v);
	}

	/** `asyncio.<name>(*args)` */
	a(name: string, ...args: (PyValue | Kw)[]): PyValue {
		return this.call(this.asyncio, name, ...args);
	}

	/** `asyncio.<name>` */
	attr(name: string): PyValue {
		return this.asyncio.getAttr(name) as PyValue;
	}

	/** `obj.<name>(*args)`; a trailing `Kw` holds the keyword arguments. */
	call(obj: PyValue, name: string, ...args: (PyValue | Kw)[]): PyValue {
		const f = (obj as PyObject).getAttr(name);
		if (!(f instanceof PyCallable)) throw new Error(`no method ${name} on ${str(obj)}`);
		const last = args[args.length - 1];
		if (last instanceof Kw) return f.call(args.slice(0, -1) as PyValue[], last.map);
		return f.call(args as PyValue[], null);
	}

	/** `obj.<name>` */
	get(obj: PyValue, name: string): PyValue {
		const v = (obj as PyObject).getAttr(name);
		if (v === undefined) throw new Error(`no attribute ${name} on ${str(obj)}`);
		return v;
	}

	/** `str(v)` as print shows it. */
	str(v: PyValue): string {
		return pyStr(v);
	}

	/** `type(v)` */
	type(v: PyValue): PyType {
		return typeOf(v);
	}

	isinstance(v: PyValue, t: PyValue): boolean {
		return t instanceof PyType && typeOf(v).isSubtypeOf(t);
	}

	/**
	 * `await v`. A coroutine is delegated to through its public send/throw/close, as PEP 380's
	 * `yield from` does, so the harness needs nothing of how the interpreter inlines one.
	 */
	*await(v: PyValue): CoroutineBody {
		if (v instanceof PyCoroutine) {
			let r = v.send(null);
			try {
				while (!r.done) {
					let sent: PyValue;
					try {
						sent = yield r.value;
					} catch (e) {
						r = v.throw(e);
						continue;
					}
					r = v.send(sent);
				}
			} finally {
				if (!r.done) v.close();
			}
			return r.value;
		}
		if (isAwaitable(v)) return yield* v.awaitIter();
		throw new Error(`cannot await ${str(v)}`);
	}

	/** `await obj.<name>(*args)` */
	*awaitCall(obj: PyValue, name: string, ...args: PyValue[]): CoroutineBody {
		return yield* this.await(this.call(obj, name, ...args));
	}

	*sleep(delay: number | bigint): CoroutineBody {
		return yield* this.await(this.a('sleep', delay));
	}

	/** A coroutine object, as calling an `async def` named `name` makes one. */
	coro(name: string, body: () => CoroutineBody): PyCoroutine {
		return new PyCoroutine(name, body(), null, FILENAME, 1);
	}

	/** `asyncio.create_task(name())` */
	task(name: string, body: () => CoroutineBody): PyValue {
		return this.a('create_task', this.coro(name, body));
	}

	/** `asyncio.run(name())` */
	asyncioRun(name: string, body: () => CoroutineBody): PyValue {
		return this.a('run', this.coro(name, body));
	}

	/** `print(*values)` */
	print(...values: PyValue[]): void {
		this.sim.write(values.map(pyStr).join(' ') + '\n');
	}

	/** `print("ok", f())`, or the exception's type and message: the programs' attempt() helper. */
	attempt(f: () => PyValue): void {
		try {
			this.print('ok', f());
		} catch (e) {
			if (!raised(e, BaseException)) throw e;
			this.print(e.pyType.name, e);
		}
	}

	/** `async with mgr as entered: body` as the interpreter runs it. */
	*asyncWith(mgr: PyValue, body: (entered: PyValue) => CoroutineBody): CoroutineBody {
		if (!isAsyncContextManager(mgr)) throw new Error(`${str(mgr)} is not an async context manager`);
		const entered = yield* mgr.aenter();
		try {
			yield* body(entered);
		} catch (e) {
			if (!(e instanceof PyBaseException)) throw e;
			if (!truthy(yield* mgr.aexit(e))) throw e;
			return null;
		}
		yield* mgr.aexit(null);
		return null;
	}

	/** `try: body / except type as e: handler(e)` */
	*tryExcept(body: () => CoroutineBody, type: PyType, handler: (e: PyBaseException) => void): CoroutineBody {
		try {
			yield* body();
		} catch (e) {
			if (!raised(e, type)) throw e;
			handler(e);
		}
		return null;
	}

	/** `try: body / except BaseException as e: print(type(e).__name__, e)` */
	printError(body: () => CoroutineBody): CoroutineBody {
		return this.tryExcept(body, BaseException, (e) => this.print(e.pyType.name, e));
	}
}

/** Addresses in reprs differ from run to run under CPython; compare them as one placeholder. */
export function normalise(text: string): string {
	return text.replace(/0x[0-9a-f]+/g, '0x…');
}

/**
 * Runs a program's module level on a fresh simulation and returns what it printed, reporting
 * an uncaught Python exception the way the CPython driver does.
 */
export function simulateModule(program: (h: Harness) => void): string {
	const h = new Harness();
	try {
		program(h);
	} catch (e) {
		if (!raised(e, BaseException)) throw e;
		h.print('Uncaught', e.pyType.name, e);
	}
	h.sim.finishOutput();
	return normalise(h.sim.stdout);
}

/** A program whose module level is `asyncio.run(main())`. */
export function simulate(main: (h: Harness) => CoroutineBody): string {
	return simulateModule((h) => h.asyncioRun('main', () => main(h)));
}

/**
 * Runs each program under CPython, all in one process (each in a fresh namespace), and returns
 * what each printed, by name. An uncaught exception prints as `Uncaught Type message`.
 */
export function cpythonOutputs(programs: Record<string, string>): Record<string, string> {
	const driver = `
import contextlib, io, json, sys
if sys.version_info[:2] != (3, 11):
    sys.exit("these tests compare with CPython 3.11, not %d.%d" % sys.version_info[:2])
out = {}
for name, source in json.load(sys.stdin).items():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(source, "program.py", "exec"), {"__name__": "__main__"})
        except BaseException as e:
            print("Uncaught", type(e).__name__, e)
    out[name] = buf.getvalue()
json.dump(out, sys.stdout)
`;
	const r = spawnSync(PYTHON, ['-I', '-X', 'utf8', '-c', driver], {
		input: JSON.stringify(programs),
		encoding: 'utf8',
		timeout: 20_000,
	});
	if (r.error) throw new Error(`cannot run ${PYTHON}: ${r.error.message}`);
	if (r.status !== 0) throw new Error(`${PYTHON} failed: ${r.stderr}`);
	const out = JSON.parse(r.stdout) as Record<string, string>;
	for (const k of Object.keys(out)) out[k] = normalise(out[k]);
	return out;
}
