/**
 * The full fuzzing campaign: `npm run fuzz [-- COUNT [SEED]]` (default 100,000 programs, three
 * fifths generated from the grammar, two fifths mutated lesson and conformance programs).
 * Prints the figures: programs run, outcomes by exit code, slowest run, peak RSS of the
 * workers, and every failure with its seed, index and program. Exits 1 if anything failed.
 */
import { writeFileSync } from 'node:fs';
import { campaign, emptyFigures, type Figures } from './pool';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const workers = Number(process.env.FUZZ_WORKERS ?? 2);
const t0 = Date.now();

const progress = (f: Figures) =>
  process.stderr.write(
    `\r${f.runs.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} programs, ${f.failures.length} failures, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );

const figures = emptyFigures();
const generatedCount = Math.round((count * 3) / 5);
await campaign({ kind: 'generated', seed, count: generatedCount, workers, onProgress: progress }, figures);
await campaign({ kind: 'mutated', seed, count: count - generatedCount, workers, onProgress: progress }, figures);
process.stderr.write('\n');

const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
console.log(`seed: ${seed}`);
console.log(`programs run: ${figures.runs.toLocaleString('en-US')} (${generatedCount} generated, ${count - generatedCount} mutated) in ${((Date.now() - t0) / 1000).toFixed(0)} s on ${workers} workers`);
console.log(`outcomes by exit code: ${Object.entries(figures.byExit).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
const s = figures.slowest;
if (s) console.log(`slowest run: ${s.ms.toFixed(0)} ms (${s.kind} seed=${s.seed} index=${s.index})`);
console.log(`peak RSS of a worker: ${mb(figures.peakRss)}`);
console.log(`failures: ${figures.failures.length}`);
for (const f of figures.failures) console.log(`\n--- ${f.kind} seed=${f.seed} index=${f.index}: ${f.problem}\n${f.program}`);
if (process.env.FUZZ_JSON) writeFileSync(process.env.FUZZ_JSON, JSON.stringify(figures, null, 1));
process.exit(figures.failures.length ? 1 : 0);
