#!/usr/bin/env node
/**
 * `npm run bench`: the simulator's wall time beside python3's, for the same programs, measured
 * side by side in one run (alternating, whole processes, startup included), as medians.
 *
 * The command timed is the one the README gives, `npm run --silent simulate -- FILE.py`, npm
 * included, as a user runs it. Beside it, in the same run:
 * - `node bin/simulate.cjs`, the command that npm script runs, without npm's own start;
 * - the bundle this bench used to time: built here with esbuild and started from a code cache
 *   written by a warm-up run (cached-cli.cjs), which also reports the peak memory;
 * - with BENCH_TSX=1, the command `npm run simulate` ran before it ran a bundle: tsx compiling
 *   src/sim/cli.ts on every start.
 * CPython is the interpreter `python3` names, started directly.
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
// Apart from the bundle `npm run simulate` builds in the same folder (bin/simulate.cjs).
const bundle = join(cacheDir, 'bench-cli.cjs');
const codeCache = join(cacheDir, 'bench-cli.code-cache');
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
// The README's command builds its bundle and code cache on first use, if they are not there yet;
// that first run is not timed, as a user pays it once.
const launcher = join(root, 'bin', 'simulate.cjs');
const first = spawnSync('node', [...NODE_FLAGS, launcher, warmUp], { encoding: 'utf8' });
if (first.status !== 0) throw new Error(`the first run of npm run simulate failed: ${first.stderr.slice(-500)}`);

// The interpreter itself, not a launcher in front of it (pyenv's shim is a shell script that
// adds tens of milliseconds to every start).
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable, sys.version.split()[0])'], { encoding: 'utf8' });
if (probe.status !== 0) throw new Error(`python3 did not start: ${probe.stderr}`);
const [python, pythonVersion] = probe.stdout.trim().split(' ');

function time(cmd, args, env, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, env, cwd });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rss = /maxRSS=(\d+)/.exec(r.stderr);
  return { seconds, stdout: r.stdout, rssMB: rss ? Number(rss[1]) / 1024 : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const commands = [
  ['npm run simulate', (file) => time('npm', ['run', '--silent', 'simulate', '--', file], undefined, root)],
  ['node bin/simulate.cjs', (file) => time('node', [...NODE_FLAGS, launcher, file])],
  ['old bench bundle', (file) => time('node', [...NODE_FLAGS, loader, file], simEnv)],
];
if (process.env.BENCH_TSX === '1') {
  commands.push(['tsx (the old command)', (file) => time('node', [...NODE_FLAGS, '--import', 'tsx', join(root, 'src/sim/cli.ts'), file], undefined, root)]);
}

console.log(`simulator vs python3 ${pythonVersion} (${python}), median of ${RUNS} alternating runs each (startup included)\n`);
const cell = (t, base) => `${t.toFixed(3)} s (${(t / base).toFixed(2)}x)`;
const width = 24;
console.log(['program'.padEnd(38), 'python3'.padEnd(10), ...commands.map(([label]) => label.padEnd(width)), 'peak memory'].join(' '));
for (const [name, source] of Object.entries(programs)) {
  const file = join(work, `${name.replace(/\W+/g, '_')}.py`);
  writeFileSync(file, source);
  const py = [];
  const sims = commands.map(() => []);
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const p = time(python, [file]);
    py.push(p.seconds);
    commands.forEach(([label, run], k) => {
      const s = run(file);
      if (p.stdout !== s.stdout) throw new Error(`${name}: ${label} printed ${JSON.stringify(s.stdout)}, CPython ${JSON.stringify(p.stdout)}`);
      sims[k].push(s.seconds);
      if (s.rssMB !== null) rss.push(s.rssMB);
    });
  }
  const mp = median(py);
  console.log(
    [name.padEnd(38), `${mp.toFixed(3)} s`.padEnd(10), ...sims.map((xs) => cell(median(xs), mp).padEnd(width)), `${Math.max(...rss).toFixed(0)} MB`].join(' '),
  );
}
console.log('\n(Nx) is the time divided by python3\'s; peak memory is the old bench bundle\'s process, which runs the same code.');
