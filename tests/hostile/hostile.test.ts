/**
 * The hostile-input suite: every program in programs/ runs under CPython 3.11 (the oracle, never
 * a hand-written expectation) and under the simulator, and is classified (classify.ts) as exact,
 * refused, stopped, wrong or crash. The suite fails on any crash, on any wrong answer not pinned
 * in known-wrong.ts, and on any pinned program that is no longer wrong, so the table shrinks as
 * fixes land. It prints the counts by class.
 */
import { cpus } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPool, probeOracle } from '../conformance/harness';
import { classify, countVerdicts, type Classified, type Verdict } from './classify';
import { KNOWN_WRONG } from './known-wrong';
import { FINISH_MS, loadPrograms, PROGRAMS_DIR, RUNS_ON_MS, type HostileProgram } from './programs';
import { createSimPool, runOracle, type TimedOracleRun, type TimedSimRun } from './runner';

/**
 * A simulator run past this is a hang (a crash). A runaway program is stopped within seconds on
 * an idle machine; the margin is for a machine shared with other builds.
 */
const SIM_TIMEOUT_MS = 300_000;

const programs = loadPrograms();
const oracle = probeOracle();
const cpuCount = oracle.ok ? oracle.cpuCount : 2;
const cores = cpus().length;
const cpythonPool = createPool(Math.max(2, Math.min(8, cores + 1)));
const simPool = createSimPool(Math.max(1, Math.min(4, cores)), SIM_TIMEOUT_MS);

interface Outcome {
  py: TimedOracleRun;
  sim: TimedSimRun;
  result: Classified;
}
const outcomes = new Map<string, Promise<Outcome>>();

function outcome(p: HostileProgram): Promise<Outcome> {
  let o = outcomes.get(p.file);
  if (!o) {
    const py = runOracle(cpythonPool, p.file, PROGRAMS_DIR, p.runsOn ? RUNS_ON_MS : FINISH_MS);
    const sim = simPool.run(p.bytes, p.file, cpuCount);
    o = Promise.all([py, sim]).then(([py, sim]) => ({ py, sim, result: classify(py, sim, p.file, p.source) }));
    outcomes.set(p.file, o);
  }
  return o;
}

beforeAll(() => {
  // Start every run at once (the pools bound them), so no test waits on another's turn.
  if (oracle.ok) for (const p of programs) outcome(p).catch(() => undefined);
});

const settled = new Map<string, { verdict: Verdict; simMs: number }>();

afterAll(async () => {
  await simPool.close();
  if (settled.size === 0) return;
  const counts = countVerdicts([...settled.values()].map((s) => s.verdict));
  const line = Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const areas = new Map<string, number>();
  for (const [file, s] of settled) {
    const known = KNOWN_WRONG[file];
    if (known && s.verdict === 'wrong') areas.set(known.area, (areas.get(known.area) ?? 0) + 1);
  }
  const slowest = [...settled]
    .sort((a, b) => b[1].simMs - a[1].simMs)
    .slice(0, 3)
    .map(([file, s]) => `${file} ${(s.simMs / 1000).toFixed(1)} s`);
  console.log(
    `hostile programs: ${settled.size} run; ${line}\n` +
      `  pinned wrong by area: ${[...areas].map(([a, n]) => `${a} ${n}`).join(', ') || 'none'}\n` +
      `  slowest on the simulator: ${slowest.join(', ')}`,
  );
});

describe('the hostile suite', () => {
  test('has a CPython 3.11 oracle', () => {
    expect(oracle.ok ? 'usable' : oracle.problem).toBe('usable');
  });

  test(`has at least 200 programs (${programs.length} found)`, () => {
    expect(programs.length).toBeGreaterThanOrEqual(200);
  });

  test('every program names what it probes', () => {
    expect(programs.filter((p) => p.headerError).map((p) => `${p.file}: ${p.headerError}`)).toEqual([]);
  });

  test('every known-wrong entry names a program that exists', () => {
    expect(Object.keys(KNOWN_WRONG).filter((f) => !existsSync(join(PROGRAMS_DIR, f)))).toEqual([]);
  });
});

describe.concurrent('each hostile program gives CPython’s answer, a located refusal or a clean stop', () => {
  for (const p of programs) {
    test(p.file, async () => {
      if (!oracle.ok) throw new Error(`No CPython oracle: ${oracle.problem}`);
      const { py, sim, result } = await outcome(p);
      settled.set(p.file, { verdict: result.verdict, simMs: sim.ms });

      if (p.runsOn && !py.ranOn) {
        throw new Error(`${p.file} is marked "# hostile: runs-on", yet CPython finished it in ${py.ms.toFixed(0)} ms`);
      }
      if (!p.runsOn && py.ranOn) {
        throw new Error(`CPython did not finish ${p.file} within ${FINISH_MS} ms: shorten it, or mark it "# hostile: runs-on"`);
      }
      const known = KNOWN_WRONG[p.file];
      const where = `${p.file} (${p.probe})`;
      if (result.verdict === 'crash') throw new Error(`${where}: the simulator crashed: ${result.detail}`);
      if (result.verdict === 'wrong' && !known) {
        throw new Error(`${where}: a silent wrong answer: ${result.detail}\n(pin it in tests/hostile/known-wrong.ts only with the bug it belongs to)`);
      }
      if (known && result.verdict !== 'wrong') {
        throw new Error(`${where} is pinned as wrong (${known.reason}) but is now ${result.verdict}: remove it from tests/hostile/known-wrong.ts`);
      }
    }, 900_000);
  }
});
