/**
 * CPython 3.14 as an oracle, from the `pyodide` package (CPython 3.14 compiled to WebAssembly).
 *
 * Pyodide is a faithful oracle only for part of what the suite checks, so it is used this way:
 * - its own event loop (WebLoop, which hands callbacks to JavaScript's setTimeout) is NOT used:
 *   each program runs on CPython 3.14's own `asyncio.BaseEventLoop` (Lib/asyncio/base_events.py,
 *   `_run_once` unchanged), whose selector sleeps for the timeout instead of polling file
 *   descriptors, since a program here waits on nothing but timers;
 * - asyncio is imported afresh with the C accelerator (`_asyncio`) blocked, so Task and Future
 *   are the pure-Python ones from Lib/asyncio (CPython's own test suite runs both against the
 *   same tests), whose state (the Task-N counter, the task registries) is reset per program;
 * - WebAssembly has no threads: programs that start one (run_in_executor, to_thread,
 *   ThreadPoolExecutor) are not run, and their 3.14 rules are not claimed;
 * - programs that print what the C classes show and the pure-Python ones show otherwise, or
 *   that need a 64-bit build (pyodide is wasm32), are not run either (`ORACLE_DIFFERS`): the
 *   oracle would be wrong, not the simulator.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CPythonRun } from './harness';

/**
 * Programs that print what only the C accelerator shows. The oracle blocks `_asyncio`, so its
 * Future and Task are the pure-Python classes of Lib/asyncio/futures.py and tasks.py, which differ
 * from the C ones a CPython 3.14 process uses (Modules/_asynciomodule.c, unchanged in 3.14 on
 * these points) in their type's name, their wakeup callback's name and two error messages.
 */
const C_ASYNCIO = "the oracle's pure-Python asyncio differs from the C one: it";
const TYPE_NAME = "prints type() of a Future or Task: the C class is _asyncio.Future/_asyncio.Task, the oracle's asyncio.futures.Future/asyncio.tasks.Task";
const WAKEUP = "shows a task's wakeup callback in a repr: the C Task's is the builtin task_wakeup (Task.task_wakeup()), the oracle's the method Task.__wakeup()";
const NOT_SET = "calls result() on a pending future: the C Future says 'Result is not set.', the oracle's 'Result is not ready.'";
const INVALID = "sets a done future's result: the C Future says 'invalid state', the oracle's names the state and the future ('FINISHED: <Future …>')";
/** Pyodide is a wasm32 build: `sys.maxsize` is 2**31 - 1 and `hash()` is 32 bits wide. */
const WASM32 = 'needs a 64-bit CPython, and pyodide is wasm32: sys.maxsize is 2**31 - 1 and hash() 32 bits wide';

/** File → why the oracle prints it unlike a CPython 3.14 process (each reason read in both). */
export const ORACLE_DIFFERS: Readonly<Record<string, string>> = {
  '106_future_callbacks.py': `${C_ASYNCIO} ${INVALID}`,
  '120_invalid_state.py': `${C_ASYNCIO} ${NOT_SET}`,
  '133_task_result_pending.py': `${C_ASYNCIO} ${NOT_SET}`,
  '450_future_set_by_call_later.py': `${C_ASYNCIO} ${TYPE_NAME}`,
  '451_future_reprs_and_errors.py': `${C_ASYNCIO} ${NOT_SET}; and ${INVALID}`,
  '452_task_constructed_directly.py': `${C_ASYNCIO} ${TYPE_NAME}; and ${WAKEUP}`,
  '466_eager_task_repr.py': `${C_ASYNCIO} ${WAKEUP}`,
  '468_task_reprs_while_waiting.py': `${C_ASYNCIO} ${WAKEUP}`,
  'futures-basics.py': `${C_ASYNCIO} ${NOT_SET}`,
  // random.seed(0.5) seeds from hash(0.5): 1073741824 there, 1152921504606846976 on 64 bits.
  '302_random_seed_kinds.py': `${WASM32} (a float seed is hashed)`,
  // len(range(2**63 - 1)) overflows a 32-bit ssize_t.
  '382_big_ranges_exact.py': `${WASM32} (len() of a range past 2**31)`,
  // The task the KeyboardInterrupt ended is freed when a CPython process shuts down, which logs
  // "Task exception was never retrieved"; the oracle's interpreter runs on to the next program.
  '470_keyboardinterrupt_leaves_the_loop.py':
    "logs while the process shuts down, and the oracle's interpreter is never shut down between programs",
};

/** Why a program cannot be checked under pyodide, or null when it can. */
export function pyodideUnfit(file: string, source: string): string | null {
  if (/\b(run_in_executor|to_thread|ThreadPoolExecutor)\b/.test(source)) {
    return 'starts a thread (pyodide has none)';
  }
  return ORACLE_DIFFERS[file] ?? null;
}

/** Runs once: asyncio imported afresh with pure-Python tasks, and the standard loop's pieces. */
const SETUP = `
import sys, warnings, itertools, weakref
for _m in [m for m in sys.modules if m == 'asyncio' or m.startswith('asyncio.')]:
    del sys.modules[_m]
sys.modules['_asyncio'] = None
import asyncio, time
del _m

class _SleepingSelector:
    """select() for a loop that waits only on timers: sleep until the next one is due."""
    def select(self, timeout):
        if timeout is None:
            raise RuntimeError('the program would wait forever')
        if timeout > 0:
            time.sleep(timeout)
        return []
    def close(self):
        pass

class _OracleLoop(asyncio.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _SleepingSelector()
    def _process_events(self, event_list):
        pass
    def _write_to_self(self):
        pass

# The policy system is deprecated in 3.14; its warnings here are the oracle's, not the program's.
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    class _OraclePolicy(asyncio.DefaultEventLoopPolicy):
        def new_event_loop(self):
            return _OracleLoop()
`;

/**
 * Runs before each program: asyncio's module state as a new process has it (the Task-N
 * counter, the task registries, no running or current loop), cheaper than importing it again.
 */
const RESET = `
asyncio.tasks._task_name_counter = itertools.count(1).__next__
asyncio.tasks._scheduled_tasks = weakref.WeakSet()
asyncio.tasks._eager_tasks = set()
asyncio.tasks._current_tasks = {}
asyncio.events._set_running_loop(None)
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    asyncio.set_event_loop_policy(_OraclePolicy())
`;

/** Runs the program as __main__ and reports how it ended, as the python3 process would. */
const RUNNER = `
import sys, traceback
def _run(source, filename):
    globs = {'__name__': '__main__', '__file__': filename, '__builtins__': __builtins__}
    try:
        exec(compile(source, filename, 'exec'), globs)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        t, v, tb = sys.exc_info()
        traceback.print_exception(t, v, tb.tb_next)
        # A CPython process ends by SIGINT after an uncaught KeyboardInterrupt (Modules/main.c
        # exit_sigint), which the harness reports as 130, as a shell does.
        return 130 if issubclass(t, KeyboardInterrupt) else 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0
`;

interface PyodideApi {
  runPython(code: string, options?: { globals?: unknown }): unknown;
  setStdout(options: { write: (buffer: Uint8Array) => number }): void;
  setStderr(options: { write: (buffer: Uint8Array) => number }): void;
  globals: { get(name: string): unknown };
  version: string;
}

let loading: Promise<PyodideApi> | null = null;
/** One run at a time: the interpreter is shared, and each run owns stdout and stderr. */
let queue: Promise<unknown> = Promise.resolve();

async function load(): Promise<PyodideApi> {
  // Loaded from its own folder, by file URL, so that a bundler's idea of import.meta.url in
  // pyodide.mjs cannot send it looking for its .wasm elsewhere.
  const dir = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
  const mod = (await import(pathToFileURL(join(dir, 'pyodide.mjs')).href)) as { loadPyodide: (o?: object) => Promise<PyodideApi> };
  const py = await mod.loadPyodide({ indexURL: `${dir}/` });
  py.runPython(SETUP);
  py.runPython(RUNNER);
  return py;
}

/** The CPython version pyodide ships ("3.14.2"), or why it cannot be used. */
async function probeHere(): Promise<Probe> {
  try {
    loading ??= load();
    const py = await loading;
    const version = String(py.runPython('import sys; "%d.%d.%d" % sys.version_info[:3]'));
    if (!version.startsWith('3.14.')) return { ok: false, problem: `pyodide ships CPython ${version}, not 3.14` };
    return { ok: true, version };
  } catch (err) {
    return { ok: false, problem: `cannot load pyodide (${(err as Error).message}); run npm ci` };
  }
}

/** Runs one program under pyodide's CPython 3.14, after RESET; one at a time. */
function runHere(file: string, dir: string): Promise<CPythonRun> {
  const job = queue.then(async () => {
    loading ??= load();
    const py = await loading;
    let stdout = '';
    let stderr = '';
    const decoder = new TextDecoder();
    py.setStdout({ write: (b) => ((stdout += decoder.decode(b)), b.length) });
    py.setStderr({ write: (b) => ((stderr += decoder.decode(b)), b.length) });
    py.runPython(RESET);
    const run = py.globals.get('_run') as (source: string, filename: string) => number;
    // The full path, as a CPython process shows a script's name in reprs and tracebacks.
    const exitCode = run(readFileSync(join(dir, file), 'utf8'), join(dir, file));
    return { stdout, stderr, exitCode };
  });
  queue = job.catch(() => undefined);
  return job;
}

type Probe = { ok: true; version: string } | { ok: false; problem: string };
type Ask = { probe: true } | { file: string; dir: string };
type Request = Ask & { id: number };
type Reply = { id: number; probe?: Probe; run?: CPythonRun; error?: string };

// Pyodide runs in a worker thread of its own. Loading it and running a program do not yield, and
// in the test process that held up everything else waiting on the event loop: the CPython
// processes' deadlines fired before their exits were read, and vitest's own messages timed out.
if (!isMainThread && (workerData as { pyodideOracle?: boolean } | null)?.pyodideOracle) {
  parentPort!.on('message', (req: Request) => {
    const reply = (r: Omit<Reply, 'id'>): void => parentPort!.postMessage({ id: req.id, ...r });
    if ('probe' in req) void probeHere().then((probe) => reply({ probe }));
    else runHere(req.file, req.dir).then((run) => reply({ run }), (err: Error) => reply({ error: err.message }));
  });
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (reply: Reply) => void>();

function ask(req: Ask): Promise<Reply> {
  if (!worker) {
    worker = new Worker(new URL('./pyodide-thread.mjs', import.meta.url), { workerData: { pyodideOracle: true } });
    worker.unref();
    worker.on('message', (r: Reply) => {
      waiting.get(r.id)?.(r);
      waiting.delete(r.id);
    });
    worker.on('error', (err) => {
      for (const settle of waiting.values()) settle({ id: -1, error: err.message });
      waiting.clear();
      worker = null;
    });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ ...req, id });
  });
}

/** The CPython version pyodide ships ("3.14.2"), or why it cannot be used. */
export async function probePyodide(): Promise<Probe> {
  const r = await ask({ probe: true });
  return r.probe ?? { ok: false, problem: `cannot load pyodide (${r.error ?? 'no answer'}); run npm ci` };
}

/** Runs one program under pyodide's CPython 3.14, in pyodide's own thread; one at a time. */
export async function runPyodide(file: string, dir: string): Promise<CPythonRun> {
  const r = await ask({ file, dir });
  if (!r.run) throw new Error(`pyodide could not run ${file}: ${r.error ?? 'no answer'}`);
  return r.run;
}
