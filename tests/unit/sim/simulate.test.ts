import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/index';
import { allOrders, orderCount } from '../../../src/sim/races';
import { TraceIndex } from '../../../src/sim/trace';

const seedCreateTask = `import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")

asyncio.run(main())
`;

/** What CPython prints for a program, so that no expectation is written by hand. */
function cpython(source: string): { stdout: string; status: number; stderrLast: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sim-'));
  const file = join(dir, 'program.py');
  writeFileSync(file, source);
  const r = spawnSync('python3', [file], { encoding: 'utf8' });
  if (r.error) throw new Error(`python3 is needed for these tests: ${r.error.message}`);
  const lines = r.stderr.trim().split('\n');
  return { stdout: r.stdout, status: r.status ?? -1, stderrLast: lines[lines.length - 1] };
}

describe('simulate', () => {
  it('prints what CPython prints for the seed note create_task example, apart from the wall clock', () => {
    const result = simulate(seedCreateTask);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^started at \d\d:\d\d:\d\d\nhello\nworld\nfinished at \d\d:\d\d:\d\d\n$/);
    expect(result.lines.map((l) => l.time.toFixed(1))).toEqual(['0.0', '1.0', '2.0', '2.0']);
  });

  it('shows the virtual wall clock moving by the two seconds the program takes', () => {
    const [start, end] = simulate(seedCreateTask)
      .lines.filter((l) => l.text.includes(' at '))
      .map((l) => l.text.slice(-8).split(':').map(Number));

    expect(end[2] - start[2] + 60 * (end[1] - start[1])).toBe(2);
  });

  it('reports an uncaught exception with a traceback whose last line matches CPython, and exit status 1', () => {
    const source = 'import asyncio\n\nasync def main():\n    print("before")\n    raise ValueError("boom")\n\nasyncio.run(main())\n';

    const result = simulate(source, { filename: 'boom.py' });
    const real = cpython(source);

    expect(result.exitCode).toBe(real.status);
    expect(result.stdout).toBe(real.stdout);
    expect(result.stderr.trim().split('\n').pop()).toBe(real.stderrLast);
    expect(result.stderr).toContain('File "boom.py", line 5, in main');
  });

  it('refuses a syntax error with its location and exit status 2', () => {
    const result = simulate('print("a")\nif True\n    print("b")\n', { filename: 'bad.py' });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^bad\.py:2:\d+: expected ':'/);
    expect(result.stdout).toBe('');
  });

  it('refuses a construct outside the subset, naming it and its line', () => {
    const result = simulate('import asyncio\n\nmatch 1:\n    case 1:\n        pass\n', { filename: 'cls.py' });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^cls\.py:3:1: .*match statements/);
    expect(result.stderr).toContain('not supported by the simulator');
  });

  it('refuses a part of asyncio the simulator does not model, at the attribute', () => {
    const result = simulate('import asyncio\nr = asyncio.StreamReader()\n', { filename: 'streams.py' });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^streams\.py:2:5: not supported by the simulator: asyncio\.StreamReader/);
  });

  it('stops an infinite loop without await at the step budget, keeping what was printed', () => {
    const result = simulate('print("start")\nwhile True:\n    pass\n', { filename: 'spin.py', stepBudget: 10_000 });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('start\n');
    expect(result.stderr).toMatch(/^spin\.py:\d+:1: stopped after 10,000 steps/);
  });

  it('stops an infinite loop that awaits, even though virtual time keeps moving', () => {
    const source = 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(1)\n\nasyncio.run(main())\n';

    const result = simulate(source, { stepBudget: 5_000 });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('stopped after 5,000 steps');
  });

  it('says so when a program would wait forever on a future nobody resolves', () => {
    const source =
      'import asyncio\n\nasync def main():\n    fut = asyncio.get_running_loop().create_future()\n    await fut\n\nasyncio.run(main())\n';

    const result = simulate(source, { filename: 'forever.py' });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('would wait forever');
  });

  it('sizes the default executor from the simulated CPU count, as min(32, cpus + 4)', () => {
    const source = `import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    await asyncio.gather(*[loop.run_in_executor(None, time.sleep, 1) for _ in range(8)])
    print(round(time.perf_counter() - start))

asyncio.run(main())
`;

    expect(simulate(source, { cpuCount: 2 }).stdout).toBe('2\n');
    expect(simulate(source, { cpuCount: 4 }).stdout).toBe('1\n');
  });

  it('keeps markup a program prints as plain text', () => {
    const result = simulate('print("<img src=x onerror=alert(1)>")\n');

    expect(result.lines[0].text).toBe('<img src=x onerror=alert(1)>');
  });

  it('records a trace from which the ready queue can be rebuilt at any step', () => {
    const trace = simulate(seedCreateTask, { trace: true }).trace ?? [];
    const index = new TraceIndex(trace);
    const created = trace.findIndex((e) => e.type === 'task.new' && e.name === 'Task-3');

    const state = index.stateAt(created + 2);

    expect(state.ready.map((h) => h.label)).toEqual(['Task-2.__step()', 'Task-3.__step()']);
    expect(state.tasks.map((t) => `${t.name}:${t.state}`)).toEqual(['Task-1:running', 'Task-2:scheduled', 'Task-3:scheduled']);
  });

  it('shows the two sleep timers on the heap, ordered by deadline, once both tasks have started', () => {
    const trace = simulate(seedCreateTask, { trace: true }).trace ?? [];
    const index = new TraceIndex(trace);
    const bothArmed = trace.findIndex((e, i) => e.type === 'timer.push' && trace.slice(0, i).some((x) => x.type === 'timer.push'));

    const state = index.stateAt(bothArmed + 1);

    expect(state.timers.map((t) => [t.label, t.when.toFixed(1)])).toEqual([
      ['_set_result_unless_cancelled(sleep(1))', '1.0'],
      ['_set_result_unless_cancelled(sleep(2))', '2.0'],
    ]);
  });
});

describe('the trace of a run', () => {
  const executorProgram = `import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, 0.5)
    print("done")

asyncio.run(main())
`;

  it('shows a worker busy until its job ends, on the virtual clock', () => {
    const trace = simulate(executorProgram, { trace: true }).trace ?? [];
    const index = new TraceIndex(trace);
    const started = trace.findIndex((e) => e.type === 'job.start');

    const worker = index.stateAt(started + 1).threads[0];

    expect(worker.name).toBe('asyncio_0');
    expect(worker.jobLabel).toBe('sleep(0.5)');
    expect(worker.busyUntil).toBeCloseTo(0.5, 2);
  });

  it('lists the callbacks a pending future will run, and clears them once it is done', () => {
    const trace = simulate(executorProgram, { trace: true }).trace ?? [];
    const index = new TraceIndex(trace);
    const added = trace.findIndex((e) => e.type === 'future.callback' && e.label === 'Task-1.__wakeup');
    const done = trace.findIndex((e) => e.type === 'future.done');

    const waiting = index.stateAt(added + 1).futures.find((f) => f.callbacks.length > 0);
    const after = index.stateAt(done + 1).futures.find((f) => f.id === waiting?.id);

    expect(waiting?.callbacks).toEqual(['Task-1.__wakeup']);
    expect(after?.callbacks).toEqual([]);
  });
});

/** Runs `npm run simulate`'s own command line: node, its flags, and the launcher of the bundle. */
function simulateCommand(args: string[], cwd = process.cwd()) {
  return spawnSync('node', ['--max-semi-space-size=64', join(cwd, 'bin', 'simulate.cjs'), ...args], { encoding: 'utf8', cwd });
}

function program(name: string, source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sim-cli-')), name);
  writeFileSync(file, source);
  return file;
}

describe('the simulate command', () => {
  it('runs as the README shows it, printing stdout and exiting with the program status', () => {
    const file = program('ok.py', 'import asyncio\n\nasync def main():\n    print("hi")\n\nasyncio.run(main())\n');

    const out = execFileSync('npm', ['run', '--silent', 'simulate', '--', file], { encoding: 'utf8' });

    expect(out).toBe('hi\n');
  });

  it('prints the trace as JSON lines with --trace', () => {
    const file = program('ok.py', 'print("hi")\n');

    const r = simulateCommand([file, '--trace']);

    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).type)).toContain('print');
  });

  it('exits 1 with the traceback on stderr for an uncaught exception', () => {
    const file = program('boom.py', 'print("before")\nraise KeyError(3)\n');

    const r = simulateCommand([file]);

    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toContain(`File "${file}", line 2, in <module>`);
    expect(r.stderr.trim().split('\n').pop()).toBe('KeyError: 3');
  });

  it('exits 2 with a located message for a syntax error', () => {
    const file = program('bad.py', 'x = (1,\n');

    const r = simulateCommand([file]);

    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:1:5: '(' was never closed`);
  });

  it('exits 3 when the step budget stops a runaway program', () => {
    const file = program('spin.py', 'while True:\n    pass\n');

    const r = simulateCommand([file, '--budget', '1000']);

    expect(r.status).toBe(3);
    expect(r.stderr).toContain('stopped after 1,000 steps');
  });

  it('adds a located note on stderr when the output varies from run to run in CPython', () => {
    const file = program('dice.py', 'import random\nprint(random.randint(1, 6))\n');

    const r = simulateCommand([file]);

    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^[1-6]\n$/);
    expect(r.stderr).toBe(
      `${file}:2:7: note: random.randint() without random.seed(): CPython draws different numbers on every run, so this output is one of many it can print\n`,
    );
  });

  it('stops quietly when the reader of its output goes away early', () => {
    // Under the output cap (30,000 lines is about 170,000 characters), so only the pipe ends it.
    const file = program('big.py', 'for i in range(30000):\n    print(i)\n');

    const r = spawnSync('sh', ['-c', `node bin/simulate.cjs '${file}' | head -1`], { encoding: 'utf8' });

    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toBe('');
  });
});

describe('the simulate launcher', () => {
  /** A checkout of its own, whose src/sim/cli.ts is a one-liner, sharing this one's esbuild. */
  function checkout(cli: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'sim-launcher-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'src', 'sim'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    copyFileSync(join('bin', 'simulate.cjs'), join(dir, 'bin', 'simulate.cjs'));
    symlinkSync(join(process.cwd(), 'node_modules', 'esbuild'), join(dir, 'node_modules', 'esbuild'));
    writeFileSync(join(dir, 'src', 'sim', 'cli.ts'), cli);
    return dir;
  }

  it('rebuilds the bundle when a source file changes, and not otherwise', () => {
    const dir = checkout('import { word } from "./word";\nconsole.log(word);\n');
    writeFileSync(join(dir, 'src', 'sim', 'word.ts'), 'export const word: string = "first";\n');

    const bundle = join(dir, 'node_modules', '.cache', 'asyncio-sim', 'cli.cjs');
    const first = simulateCommand([], dir).stdout;
    const built = statSync(bundle).mtimeMs;
    const cached = simulateCommand([], dir).stdout;
    const reused = statSync(bundle).mtimeMs;
    writeFileSync(join(dir, 'src', 'sim', 'word.ts'), 'export const word: string = "second, longer";\n');
    const changed = simulateCommand([], dir).stdout;

    expect([first, cached, changed]).toEqual(['first\n', 'first\n', 'second, longer\n']);
    expect(reused).toBe(built);
    expect(readdirSync(join(dir, 'node_modules', '.cache', 'asyncio-sim')).filter((f) => f.endsWith('.code-cache'))).toHaveLength(1);
  });

  it('exits 70 naming the file and line when the simulator does not build', () => {
    const dir = checkout('console.log("a"\n');

    const r = simulateCommand([], dir);

    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/src\/sim\/cli\.ts:2:0: Expected "\)"/);
  });
});

describe('allOrders', () => {
  it('lists both resume orders of the seed note run_in_executor example, the simulator order first', () => {
    const source = `import asyncio
import time

async def coro(n):
    print(f"coroutine {n} start")
    await asyncio.get_running_loop().run_in_executor(None, time.sleep, 5)
    print(f"coroutine {n} resumes")

async def main():
    await asyncio.gather(coro(1), coro(2))

asyncio.run(main())
`;
    const { lines } = simulate(source);

    const orders = allOrders(lines);

    expect(orderCount(lines)).toBe(2n);
    expect(orders.map((o) => o.trim().split('\n').slice(2).join(' / '))).toEqual([
      'coroutine 1 resumes / coroutine 2 resumes',
      'coroutine 2 resumes / coroutine 1 resumes',
    ]);
  });

  it('gives a single order for a program without races', () => {
    const { lines } = simulate('print("a")\nprint("b")\n');

    expect(allOrders(lines)).toEqual(['a\nb\n']);
  });
});
