#!/usr/bin/env node
/**
 * `npm run bench`: the simulator's wall time beside python3's, for the same programs, measured
 * side by side in one run (alternating, whole processes, startup included), as medians.
 *
 * The simulator runs as one bundled file (what a deployment would ship), built here with
 * esbuild, under the same node flags as `npm run simulate`, from V8's code cache (see
 * cached-cli.cjs). CPython is the interpreter `python3` names, started directly. Peak memory is
 * the simulator process's maxRSS.
 * This prints figures; it asserts nothing, because timings on a shared machine vary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const programs = {
  '5,000 tasks x 20 sleep(0)': `import asyncio

async def worker(i):
    for _ in range(20):
        await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(5000)))
    print(len(results), sum(results))

asyncio.run(main())
`,
  '20,000 tasks on 100 timer deadlines': `import asyncio

async def sleeper(i):
    await asyncio.sleep((i % 100) / 10000)
    return i % 100

async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(20000)))
    print(len(results), sum(results))

asyncio.run(main())
`,
  '1,000,000-step loop': `total = 0
for i in range(1_000_000):
    total += i
print(total)
`,
};

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const cacheDir = join(root, 'node_modules', '.cache', 'asyncio-sim');
const bundle = join(cacheDir, 'cli.cjs');
const codeCache = join(cacheDir, 'cli.code-cache');
mkdirSync(cacheDir, { recursive: true });
await build({
  entryPoints: [join(root, 'src/sim/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
});
rmSync(codeCache, { force: true });

const NODE_FLAGS = ['--max-semi-space-size=64'];
const loader = join(root, 'tests', 'bench', 'cached-cli.cjs');
const simEnv = { ...process.env, SIM_BUNDLE: bundle, SIM_CODE_CACHE: codeCache, SIM_REPORT_RSS: '1' };

// The code cache comes from one run of a program unlike the timed ones, as python3's .pyc files
// come from whatever first imported a module.
const warmUp = join(work, 'warm_up.py');
writeFileSync(
  warmUp,
  `import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"

async def main():
    task = asyncio.create_task(job("a", 0.01))
    print(await asyncio.gather(task, job("b", 0)))

asyncio.run(main())
`,
);
const warm = spawnSync('node', [...NODE_FLAGS, loader, warmUp], { env: { ...simEnv, SIM_WRITE_CACHE: '1' }, encoding: 'utf8' });
if (warm.status !== 0 || !existsSync(codeCache)) throw new Error(`the warm-up run failed: ${warm.stderr.slice(-500)}`);

// The interpreter itself, not a launcher in front of it (pyenv's shim is a shell script that
// adds tens of milliseconds to every start).
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable, sys.version.split()[0])'], { encoding: 'utf8' });
if (probe.status !== 0) throw new Error(`python3 did not start: ${probe.stderr}`);
const [python, pythonVersion] = probe.stdout.trim().split(' ');

function time(cmd, args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, env });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rss = /maxRSS=(\d+)/.exec(r.stderr);
  return { seconds, stdout: r.stdout, rssMB: rss ? Number(rss[1]) / 1024 : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`simulator vs python3 ${pythonVersion} (${python}), median of ${RUNS} alternating runs each (startup included)\n`);
for (const [name, source] of Object.entries(programs)) {
  const file = join(work, `${name.replace(/\W+/g, '_')}.py`);
  writeFileSync(file, source);
  const py = [];
  const sim = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const p = time(python, [file]);
    const s = time('node', [...NODE_FLAGS, loader, file], simEnv);
    if (p.stdout !== s.stdout) throw new Error(`${name}: the simulator printed ${JSON.stringify(s.stdout)}, CPython ${JSON.stringify(p.stdout)}`);
    py.push(p.seconds);
    sim.push(s.seconds);
    if (s.rssMB !== null) rss.push(s.rssMB);
  }
  const mp = median(py);
  const ms = median(sim);
  console.log(
    `${name.padEnd(38)} python3 ${mp.toFixed(3)} s   simulator ${ms.toFixed(3)} s   ratio ${(ms / mp).toFixed(2)}   simulator peak ${Math.max(...rss).toFixed(0)} MB`,
  );
}
