/**
 * The full fuzzing campaign: `npm run fuzz [-- COUNT [SEED]]` (default 100,000 programs, three
 * fifths generated from the grammar, two fifths mutated lesson and conformance programs), on
 * FUZZ_WORKERS worker threads (default 2). Prints the figures: programs run, outcomes by exit
 * code, wall times, the slowest runs, the peak heap of a run, and every failure, whose program
 * is saved under FUZZ_FAILURES (default /tmp/fuzz-failures) for reproduction. Exits 1 if
 * anything failed. With `--differential` it compares a sample with CPython instead (differential.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { campaign, emptyFigures, HEAP_LIMIT_MB, type Figures } from './pool';

// `npm run fuzz -- --differential [--sample N] [--seed S]` compares with CPython (differential.ts).
if (process.argv.includes('--differential')) {
  const { main } = await import('./differential');
  process.exit(await main(process.argv.slice(2)));
}

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const workers = Number(process.env.FUZZ_WORKERS ?? 2);
const failureDir = process.env.FUZZ_FAILURES ?? '/tmp/fuzz-failures';
const t0 = Date.now();

const progress = (f: Figures) =>
  process.stderr.write(
    `\r${f.runs.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} programs, ${f.failures.length} failures, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );

rmSync(failureDir, { recursive: true, force: true });
const figures = emptyFigures();
const generatedCount = Math.round((count * 3) / 5);
// Stopped early (Ctrl-C), the campaign still reports what it ran.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => report(true));
await campaign(
  {
    seed,
    counts: { generated: generatedCount, mutated: count - generatedCount },
    workers,
    failureDir,
    onProgress: progress,
  },
  figures,
);
report(false);

function report(stopped: boolean): never {
  process.stderr.write('\n');

  const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
  console.log(`seed: ${seed}`);
  console.log(
    `programs run: ${figures.runs.toLocaleString('en-US')} of ${count.toLocaleString('en-US')}${stopped ? ' (stopped early)' : ''} (${generatedCount} generated, ${count - generatedCount} mutated, interleaved) in ${((Date.now() - t0) / 1000).toFixed(0)} s on ${workers} workers`,
  );
  console.log(`outcomes by exit code: ${list(figures.byExit)}`);
  console.log(`wall time per program: ${list(figures.byTime)}`);
  console.log('slowest runs:');
  for (const s of figures.slowest) console.log(`  ${s.ms.toFixed(0)} ms, exit ${s.exit} (${s.kind} seed=${s.seed} index=${s.index})`);
  const p = figures.peakHeap;
  if (p)
    console.log(
      `peak heap in use after a run: ${mb(p.heap)} (${p.kind} seed=${p.seed} index=${p.index}; each worker may use ${HEAP_LIMIT_MB} MB)`,
    );
  console.log(`failures: ${figures.failures.length}${figures.failures.length ? `, programs saved under ${failureDir}` : ''}`);
  for (const f of figures.failures) console.log(`\n--- ${f.kind} seed=${f.seed} index=${f.index}: ${f.problem}\n${f.program}`);
  if (process.env.FUZZ_JSON) writeFileSync(process.env.FUZZ_JSON, JSON.stringify(figures, null, 1));
  process.exit(figures.failures.length || stopped ? 1 : 0);
}
