/**
 * Differential fuzzing: `npm run fuzz -- --differential [--sample N] [--seed S]` runs a sample of
 * the campaign's programs (three fifths generated, two fifths mutated, interleaved) under
 * CPython 3.11 as well as the simulator, and sorts each with the hostile suite's classes
 * (tests/hostile/classify.ts). A program whose output differs is run under CPython once more; if
 * CPython disagrees with itself (the wall clock, set order of strings) it is counted apart and not
 * blamed on the simulator. Every real difference is saved, program and explanation, under
 * FUZZ_FAILURES (default /tmp/fuzz-differential) for reproduction. Prints the figures; exits 1
 * when the simulator crashed or differed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { allowsOrder } from '../../src/sim/races';
import { createPool, probeOracle } from '../conformance/harness';
import { classify, type Classified, type OracleRun } from '../hostile/classify';
import { createSimPool, runOracle, type TimedSimRun } from '../hostile/runner';
import { programFor, type Kind } from './sources';

/**
 * CPython's time per program before it counts as running on. Generated programs sleep a few
 * seconds at most unless they mean to run on (`sleep(1e9)`, `while True`); the rest is margin for
 * a loaded machine, where starting CPython alone can take seconds.
 */
const CPYTHON_MS = 20_000;
/** A simulator run past this is a hang (a crash); see tests/hostile/hostile.test.ts. */
const SIM_MS = 300_000;

export type DiffClass = 'exact' | 'differing' | 'refused' | 'stopped' | 'crash' | 'nondeterministic' | 'ran on';

export interface DiffFigures {
  seed: number;
  programs: number;
  byClass: Record<DiffClass, number>;
  seconds: number;
  /** Each saved reproducer: its file and why. */
  differences: { file: string; kind: Kind; index: number; detail: string }[];
}

export interface DiffOptions {
  seed: number;
  sample: number;
  dir: string;
  onProgress?: (done: number) => void;
}

/** The kind and per-kind index of the `i`th program of a sample: three generated in every five. */
export function pick(i: number): { kind: Kind; index: number } {
  const round = Math.floor(i / 5);
  const r = i % 5;
  return r < 3 ? { kind: 'generated', index: round * 3 + r } : { kind: 'mutated', index: round * 2 + (r - 3) };
}

/** Where a generated program stands once it has run both ways (CPython possibly twice). */
function judge(py: OracleRun, sim: TimedSimRun, file: string, source: string): Classified {
  // Lines CPython may print in any order (the simulator's race groups) are not a difference.
  if (!py.ranOn && sim.ok && sim.lines && sim.stdout !== py.stdout && allowsOrder(sim.lines, py.stdout)) {
    return classify(py, { ...sim, stdout: py.stdout }, file, source);
  }
  return classify(py, sim, file, source);
}

export async function differential(o: DiffOptions): Promise<DiffFigures> {
  const t0 = performance.now();
  const oracle = probeOracle();
  if (!oracle.ok) throw new Error(oracle.problem);
  rmSync(o.dir, { recursive: true, force: true });
  const work = join(o.dir, 'programs');
  mkdirSync(work, { recursive: true });

  // CPython mostly sleeps on these programs, so more processes than cores keep the run short.
  const pool = createPool(Math.max(8, cpus().length * 4));
  const sims = createSimPool(Math.max(1, Math.min(4, cpus().length)), SIM_MS);
  const byClass: Record<DiffClass, number> = { exact: 0, differing: 0, refused: 0, stopped: 0, crash: 0, nondeterministic: 0, 'ran on': 0 };
  const differences: DiffFigures['differences'] = [];
  let done = 0;

  const one = async (i: number) => {
    const { kind, index } = pick(i);
    const source = programFor(kind, o.seed, index);
    const file = `${kind}-${o.seed}-${index}.py`;
    writeFileSync(join(work, file), source);
    const [py, sim] = await Promise.all([runOracle(pool, file, work, CPYTHON_MS), sims.run(source, file, oracle.cpuCount)]);
    let c = judge(py, sim, file, source);
    let cls: DiffClass;
    if (c.verdict === 'wrong' && py.ranOn) cls = 'ran on';
    else if (c.verdict === 'wrong') {
      const again = await runOracle(pool, file, work, CPYTHON_MS);
      const same = !again.ranOn && !py.ranOn && again.stdout === py.stdout && again.exitCode === py.exitCode;
      if (!same) cls = 'nondeterministic';
      else cls = 'differing';
    } else cls = c.verdict;
    if (cls === 'differing' || cls === 'crash') {
      const base = join(o.dir, `${kind}-${o.seed}-${index}`);
      writeFileSync(`${base}.py`, source);
      if (cls === 'crash') c = { ...c, detail: `crash: ${c.detail}` };
      writeFileSync(`${base}.txt`, `${c.detail}\n`);
      differences.push({ file: `${base}.py`, kind, index, detail: c.detail });
    }
    byClass[cls]++;
    o.onProgress?.(++done);
  };

  await Promise.all(Array.from({ length: o.sample }, (_, i) => one(i)));
  await sims.close();
  rmSync(work, { recursive: true, force: true });
  differences.sort((a, b) => a.file.localeCompare(b.file));
  return { seed: o.seed, programs: o.sample, byClass, seconds: (performance.now() - t0) / 1000, differences };
}

/** `--differential [--sample N] [--seed S]`: runs the sample and prints the figures; the exit status. */
export async function main(argv: string[]): Promise<number> {
  let sample = 500;
  let seed = Date.now() % 2 ** 31;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--differential') continue;
    if (a === '--sample' || a === '--seed') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < (a === '--sample' ? 1 : 0)) {
        process.stderr.write(`${a} needs a whole number${a === '--sample' ? ' above 0' : ''}\n`);
        return 2;
      }
      if (a === '--sample') sample = n;
      else seed = n;
    } else {
      process.stderr.write(`unknown argument ${a}\nusage: npm run fuzz -- --differential [--sample N] [--seed S]\n`);
      return 2;
    }
  }
  const dir = process.env.FUZZ_FAILURES ?? '/tmp/fuzz-differential';
  const t0 = Date.now();
  const f = await differential({
    seed,
    sample,
    dir,
    onProgress: (done) => {
      if (done % 10 === 0 || done === sample) process.stderr.write(`\r${done} / ${sample} programs, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    },
  });
  process.stderr.write('\n');
  const c = f.byClass;
  console.log(`seed: ${f.seed}`);
  console.log(`programs: ${f.programs} (${Math.round((f.programs * 3) / 5)} generated, ${f.programs - Math.round((f.programs * 3) / 5)} mutated) in ${f.seconds.toFixed(0)} s`);
  console.log(`exact: ${c.exact}, differing: ${c.differing}, refused: ${c.refused}, stopped: ${c.stopped}, crash: ${c.crash}`);
  console.log(`not compared: ${c.nondeterministic} where CPython disagrees with itself, ${c['ran on']} where CPython ran past ${CPYTHON_MS / 1000} s and the simulator finished`);
  if (f.differences.length) console.log(`\nreproducers saved under ${dir}:`);
  for (const d of f.differences) console.log(`  ${d.file}: ${d.detail.slice(0, 240)}`);
  return c.differing || c.crash ? 1 : 0;
}
