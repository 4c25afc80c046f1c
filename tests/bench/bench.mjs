#!/usr/bin/env node
/**
 * `npm run bench`: the simulator's wall time beside python3's, for the same programs, measured
 * side by side in one run (alternating, whole processes, startup included), as medians.
 *
 * The simulator runs as one bundled file (what a deployment would ship), built here with
 * esbuild, under the same node flags as `npm run simulate`. Peak memory is the child's maxRSS.
 * This prints figures; it asserts nothing, because timings on a shared machine vary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
const bundle = join(root, 'node_modules', '.cache', 'asyncio-sim', 'cli.mjs');
mkdirSync(dirname(bundle), { recursive: true });
await build({
  entryPoints: [join(root, 'src/sim/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'warning',
});

// Runs the bundled CLI and reports its peak resident memory on stderr's last line.
const memProbe = join(work, 'probe.mjs');
writeFileSync(
  memProbe,
  `process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));\nawait import(${JSON.stringify(bundle)});\n`,
);

function time(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rss = /maxRSS=(\d+)/.exec(r.stderr);
  return { seconds, stdout: r.stdout, rssMB: rss ? Number(rss[1]) / 1024 : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`simulator vs python3, median of ${RUNS} alternating runs each (startup included)\n`);
for (const [name, source] of Object.entries(programs)) {
  const file = join(work, `${name.replace(/\W+/g, '_')}.py`);
  writeFileSync(file, source);
  const py = [];
  const sim = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const p = time('python3', [file]);
    const s = time('node', ['--max-semi-space-size=64', memProbe, file]);
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
