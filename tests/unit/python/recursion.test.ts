/**
 * The recursion limit counts frames as CPython 3.11 does: plain calls, coroutines awaited
 * inline, the event loop's own frames under a callback or a task, and a worker thread's. Each
 * program recurses until RecursionError and prints how deep it got; the expected figures are
 * what python3 prints. The simulator runs on a worker with a large JavaScript stack, because
 * V8's default stack runs out first (at about 400 Python frames) and ends the run with the same
 * RecursionError, sooner.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PYTHON } from '../../conformance/harness';

const WORKER = new URL('./deep-stack-worker.mjs', import.meta.url);

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function simulateOnDeepStack(source: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, {
      workerData: { source, cpuCount: cpus().length },
      resourceLimits: { stackSizeMb: 16 },
    });
    // A chain of awaits nothing bounds takes longer with every step: stop it, and say so.
    const timer = setTimeout(() => {
      void w.terminate();
      reject(new Error('the simulation ran for more than 15 s'));
    }, 15_000);
    w.once('message', (m: Run) => {
      clearTimeout(timer);
      resolve(m);
      void w.terminate();
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

function python(source: string): Run {
  try {
    const stdout = execFileSync(PYTHON, ['-I', '-X', 'utf8', '-c', source], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { stdout, stderr: '', exitCode: 0 };
  } catch (e) {
    const x = e as { stdout: string; stderr: string; status: number };
    return { stdout: x.stdout, stderr: x.stderr, exitCode: x.status };
  }
}

const HELPERS = `import asyncio

def rec(n):
    try:
        return rec(n + 1)
    except RecursionError:
        return n

async def arec(n):
    try:
        return await arec(n + 1)
    except RecursionError:
        return n

async def arec_sleeping(n):
    await asyncio.sleep(0)
    try:
        return await arec_sleeping(n + 1)
    except RecursionError:
        return n
`;

const PROGRAMS: Record<string, string> = {
  'plain calls from the module': `${HELPERS}
print("module", rec(0))
def f():
    return rec(0)
print("one call deeper", f())
`,
  'calls and awaits in tasks, from asyncio.run at two depths': `${HELPERS}
async def child():
    print("child task", rec(0), await arec(0))

async def main():
    print("main", rec(0), await arec(0))
    await asyncio.create_task(child())
    await asyncio.sleep(0)
    print("main after a sleep", rec(0), await arec(0))
    print("each level sleeps first", await arec_sleeping(0))

asyncio.run(main())
def g():
    asyncio.run(main())
g()
`,
  'a callback and executor threads': `${HELPERS}
def cb():
    print("callback", rec(0))

def outer():
    return rec(0)

async def main():
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(0)
    print("to_thread", await asyncio.to_thread(rec, 0))
    print("run_in_executor", await asyncio.get_running_loop().run_in_executor(None, outer))

asyncio.run(main())
`,
  'generators delegating with yield from, and a generator resumed inside a coroutine': `${HELPERS}
depth = 0

def walk(n):
    global depth
    depth = n
    yield n
    yield from walk(n + 1)

try:
    for _ in walk(0):
        pass
except RecursionError:
    print("yield from stopped at", depth)

def calls():
    yield rec(0)

print("a call inside a generator", next(calls()))

async def main():
    for v in calls():
        print("inside a task", v)

asyncio.run(main())
`,
  'a chain of awaits that grows by one each loop iteration': `import asyncio

depth = 0

async def grow(n):
    global depth
    depth = n
    await asyncio.sleep(0)
    await grow(n + 1)

async def main():
    try:
        await grow(0)
    except RecursionError:
        print("stopped at", depth)

asyncio.run(main())
`,
};

/** Uncaught: the traceback folds the repeated frames into one line that gives their count. */
const UNCAUGHT: Record<string, string> = {
  'a plain function': 'def rec(n):\n    return rec(n + 1)\nrec(0)\n',
  'a coroutine awaiting itself': 'import asyncio\nasync def rec(n):\n    return await rec(n + 1)\nasyncio.run(rec(0))\n',
};

const repeated = (stderr: string) => stderr.split('\n').filter((l) => l.includes('[Previous line repeated'));

describe('the recursion limit, counted as CPython counts it', () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(`stops ${name} at the depth CPython does`, async () => {
      const expected = python(source);

      const got = await simulateOnDeepStack(source);

      expect(expected.exitCode).toBe(0);
      expect(got.stdout).toBe(expected.stdout);
      expect(got.exitCode).toBe(0);
    });
  }

  for (const [name, source] of Object.entries(UNCAUGHT)) {
    it(`reports the frames of ${name} as CPython's traceback does`, async () => {
      const expected = python(source);

      const got = await simulateOnDeepStack(source);

      expect(expected.exitCode).toBe(1);
      expect(repeated(expected.stderr)).toHaveLength(1);
      expect(repeated(got.stderr)).toEqual(repeated(expected.stderr));
      expect(got.stderr.trim().split('\n').at(-1)).toBe('RecursionError: maximum recursion depth exceeded');
      expect(got.exitCode).toBe(1);
    });
  }
});
