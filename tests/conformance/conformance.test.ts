/**
 * The simulator must print exactly what CPython prints for every program in programs/ and for
 * every program the lessons show (content/programs/), under each Python version it models:
 * CPython 3.11 (required), 3.12 and 3.13 (each checked when its interpreter is found, skipped with
 * one line when not; see harness.ts `findOracles`).
 *
 * Each program runs under real CPython X.Y (the oracle, never a hand-written expectation) and
 * under `simulate` with `python: 'X.Y'`; stdout and the exit code must match, and for a failing
 * exit status the last line of stderr too (`ValueError: boom`, `KeyboardInterrupt`, a
 * SystemExit's message). A program marked `# conformance: racy runs=N`
 * (for a lesson program, `racyRuns` in content/programs/conformance.json) runs N times under
 * CPython, and every observed stdout must be an order the simulator's race groups allow.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { simulate } from '../../src/sim/index';
import type { OutputLine, SimResult } from '../../src/sim/index';
import { allowsOrder } from '../../src/sim/races';
import {
  createPool,
  deprecations,
  loggedErrors,
  describeDifference,
  findOracles,
  lastLine,
  metadataLine,
  parseHeader,
  parseLessonManifest,
  probeOracle,
  runCPython,
  runsUnder,
  subsetViolations,
  type CPythonRun,
  type Oracle,
  type ProgramHeader,
  type VersionOracle,
} from './harness';
import type { PythonVersion } from '../../src/sim/versions';
import { ORACLE_DIFFERS, probePyodide, pyodideUnfit, runPyodide } from './pyodide-oracle';

/** The `python` of the 3.14 oracle, which is no interpreter on disk (pyodide-oracle.ts). */
const PYODIDE = 'pyodide';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROGRAMS_DIR = join(HERE, 'programs');
/** The programs lessons show: each is checked like the suite's own. */
const LESSON_PROGRAMS_DIR = join(HERE, '..', '..', 'content', 'programs');
/** Beside the lesson programs: which of them are racy or need a newer Python (harness.ts `parseLessonManifest`). */
const LESSON_MANIFEST = 'conformance.json';
const CPYTHON_TIMEOUT_MS = 30_000;
/** How many times a CPython run that disagrees with the simulator is repeated before failing. */
const RERUNS = 2;

interface Program {
  file: string;
  dir: string;
  source: string;
  header: ProgramHeader | null;
  headerError: string | null;
}

/** The suite's own programs: each names its rule, and any marker, in its leading comments. */
function load(dir: string): Program[] {
  return pythonFiles(dir).map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    try {
      return { file, dir, source, header: parseHeader(source), headerError: null };
    } catch (err) {
      return { file, dir, source, header: null, headerError: (err as Error).message };
    }
  });
}

/**
 * The programs lessons show. Learners see them as they are, so what the suite needs to know about
 * one (racy, oldest Python) is in conformance.json beside them, and a program that carries such
 * a line itself is an error.
 */
function loadLessonPrograms(dir: string): Program[] {
  const files = pythonFiles(dir);
  let manifest = new Map<string, ProgramHeader>();
  let manifestError: string | null = null;
  try {
    manifest = parseLessonManifest(JSON.parse(readFileSync(join(dir, LESSON_MANIFEST), 'utf8')), files);
  } catch (err) {
    manifestError = `${LESSON_MANIFEST}: ${(err as Error).message}`;
  }
  return files.map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const shown = metadataLine(source);
    const headerError =
      manifestError ??
      (shown ? `${JSON.stringify(shown)} is test metadata that learners would see; put it in ${LESSON_MANIFEST}` : null);
    return { file, dir, source, header: manifest.get(file) ?? { rule: 'a lesson program', racyRuns: null }, headerError };
  });
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort();
}

const programs: Program[] = [...load(PROGRAMS_DIR), ...loadLessonPrograms(LESSON_PROGRAMS_DIR)];

/** Each version's oracle, probed once; a missing optional one leaves its version unchecked. */
const versions: Array<VersionOracle & { oracle: Oracle }> = findOracles().map((v) => ({
  ...v,
  oracle: v.python === null ? { ok: false, problem: `no CPython ${v.version} found (looked for ${v.lookedFor})` } : probeOracle(v.python, v.version),
}));
// 3.14 comes from the pyodide package, which npm ci installs on every machine (pyodide-oracle.ts
// says where it is faithful, and which programs it cannot check). It is probed when its first
// test runs, since loading it takes seconds. `CONFORMANCE_VERSIONS` without 3.14 leaves it out.
const wanted = process.env.CONFORMANCE_VERSIONS?.split(',').map((v) => v.trim());
if (!wanted || wanted.includes('3.14')) {
  versions.push({ version: '3.14', python: PYODIDE, lookedFor: 'the pyodide npm package', required: true, oracle: { ok: true, version: '3.14', cpuCount: 2 } });
}
let pyodideProbe: ReturnType<typeof probePyodide> | null = null;
/**
 * Settles once every CPython run queued at the start has. Pyodide runs in this process, a program
 * at a time, without yielding: alongside the CPython processes it held up their timers and their
 * exit events (runs "did not finish within 30 s") and made the timing programs print late.
 */
let cpythonQueued: Promise<unknown> = Promise.resolve();

/** Pyodide, loaded and probed once, after the CPython runs queued at the start are done. */
function loadPyodide(): ReturnType<typeof probePyodide> {
  pyodideProbe ??= cpythonQueued.then(() => probePyodide());
  return pyodideProbe;
}

/** The oracle's run of one program: CPython in a process, or pyodide's 3.14 in this one. */
function runOracle(python: string, p: Program): Promise<CPythonRun> {
  if (python === PYODIDE) {
    return loadPyodide().then((probe) => {
      if (!probe.ok) throw new Error(`No CPython 3.14 oracle: ${probe.problem}`);
      return runPyodide(p.file, p.dir);
    });
  }
  return runCPython(p.file, p.dir, CPYTHON_TIMEOUT_MS, python);
}

/** Why a program is not checked under a version's oracle, or null. */
function unfit(p: Program, python: string): string | null {
  return python === PYODIDE ? pyodideUnfit(p.file, p.source) : null;
}
const checked = versions.filter((v) => v.required || v.oracle.ok);
const skipped = versions.filter((v) => !v.required && !v.oracle.ok);
for (const v of skipped) {
  console.warn(`conformance: Python ${v.version} rules are NOT checked on this machine: ${(v.oracle as { problem: string }).problem}`);
}

// Starting CPython costs about 0.2 s of CPU, so one process more than there are CPUs keeps the
// suite fast without stretching the timing-sensitive programs (they print elapsed time rounded
// to 0.1 s, which tolerates up to about 90 ms of lateness).
const pool = createPool(Math.max(2, Math.min(8, cpus().length + 1)));
const cpythonRuns = new Map<string, Promise<CPythonRun[]>>();

/** A run's key: the version and the program, so a rerun filtered with -t can hurry it. */
const key = (v: PythonVersion, p: Program) => `${v}:${p.file}`;

/** CPython's runs of a program under one version, started once per test run and shared. */
function cpython(p: Program, python: string, version: PythonVersion): Promise<CPythonRun[]> {
  let runs = cpythonRuns.get(key(version, p));
  if (!runs) {
    const n = p.header?.racyRuns ?? 1;
    runs = Promise.all(
      // pyodide runs one program at a time in this process, so it takes no process slot.
      Array.from({ length: n }, () => (python === PYODIDE ? runOracle(python, p) : pool(() => runOracle(python, p), key(version, p)))),
    );
    cpythonRuns.set(key(version, p), runs);
  }
  return runs;
}

function requireOracle(oracle: Oracle): number {
  if (!oracle.ok) throw new Error(`No CPython oracle: ${oracle.problem}`);
  return oracle.cpuCount;
}

function simulateProgram(p: Program, cpuCount: number, python: PythonVersion): SimResult {
  try {
    return simulate(p.source, { filename: join(p.dir, p.file), cpuCount, python });
  } catch (err) {
    throw new Error(`simulate() threw instead of returning a result for ${p.file}: ${String(err)}`, { cause: err });
  }
}

/** Exit status and, for a failing one, the last line of stderr, or the problems found. */
function exitProblems(py: CPythonRun, sim: SimResult): string[] {
  const problems: string[] = [];
  if (sim.exitCode !== py.exitCode) {
    problems.push(
      `exit status: CPython ${py.exitCode}, simulator ${sim.exitCode}` +
        (sim.exitCode !== 0 && sim.stderr ? `\nsimulator stderr:\n${sim.stderr.trimEnd()}` : '') +
        (py.exitCode !== 0 ? `\nCPython stderr ends with: ${lastLine(py.stderr)}` : ''),
    );
  } else if (py.exitCode !== 0 && lastLine(sim.stderr) !== lastLine(py.stderr)) {
    problems.push(
      `last line of stderr:\n  CPython:   ${JSON.stringify(lastLine(py.stderr))}\n  simulator: ${JSON.stringify(lastLine(sim.stderr))}`,
    );
  }
  const [want, got] = [deprecations(py.stderr), deprecations(sim.stderr)];
  if (want.join('\n') !== got.join('\n')) {
    problems.push(`DeprecationWarnings on stderr:\n  CPython:   ${JSON.stringify(want)}\n  simulator: ${JSON.stringify(got)}`);
  }
  const [logged, simLogged] = [loggedErrors(py.stderr), loggedErrors(sim.stderr)];
  if (logged.join('\n') !== simLogged.join('\n')) {
    problems.push(`errors the loop logged on stderr:\n  CPython:   ${JSON.stringify(logged)}\n  simulator: ${JSON.stringify(simLogged)}`);
  }
  return problems;
}

function showLines(lines: readonly OutputLine[]): string {
  return lines.map((l, i) => `  ${String(i + 1).padStart(4)}${l.race === null ? '   ' : ` r${l.race}`}  ${JSON.stringify(l.text)}`).join('\n');
}

beforeAll(() => {
  // Start every CPython run at once (the pool bounds them), so no test waits on another's turn.
  // Pyodide's runs wait for these (cpythonQueued).
  const queued: Promise<unknown>[] = [];
  for (const v of checked) {
    if (!v.oracle.ok || v.python === null || v.python === PYODIDE) continue;
    for (const p of programs) {
      if (runsUnder(p.header, v.version) && !unfit(p, v.python)) queued.push(cpython(p, v.python, v.version).catch(() => undefined));
    }
  }
  cpythonQueued = Promise.all(queued);
});

describe('the CPython oracles', () => {
  for (const v of versions) {
    if (v.required || v.oracle.ok) {
      test(`${v.python ?? v.lookedFor} is CPython ${v.version}`, async () => {
        if (v.python === PYODIDE) {
          const probe = await loadPyodide();
          expect(probe.ok ? 'usable' : probe.problem).toBe('usable');
          return;
        }
        expect(v.oracle.ok ? 'usable' : (v.oracle as { problem: string }).problem).toBe('usable');
      }, 900_000);
    } else {
      test.skip(`Python ${v.version} rules unchecked: no CPython ${v.version} here (looked for ${v.lookedFor})`, () => {});
    }
  }

  test('every program the pyodide oracle is unfit for by name exists', () => {
    const names = new Set(programs.map((p) => p.file));

    expect(Object.keys(ORACLE_DIFFERS).filter((f) => !names.has(f))).toEqual([]);
  });

  test(`the suite has programs to run (${programs.length} found)`, () => {
    expect(programs.length).toBeGreaterThanOrEqual(60);
  });
});

describe('every program stays inside the simulator subset and names its rule', () => {
  test.each(programs.map((p) => [p.file, p] as const))('%s', (_file, p) => {
    const problems = [...(p.headerError ? [p.headerError] : []), ...subsetViolations(p.source)];

    expect(problems).toEqual([]);
  });
});

for (const v of checked) {
  const version = v.version;
  const python = v.python ?? v.lookedFor;
  describe.concurrent(`under Python ${version} rules, the simulator prints what CPython ${version} prints`, () => {
    // One skipped line per reason, with how many programs it keeps out.
    const reasons = new Map<string, number>();
    for (const p of programs) {
      const why = runsUnder(p.header, version) ? unfit(p, python) : null;
      if (why !== null) reasons.set(why, (reasons.get(why) ?? 0) + 1);
    }
    for (const [why, n] of reasons) test.skip(`${n} program${n === 1 ? ' is' : 's are'} not checked under ${version}: ${why}`, () => {});
    for (const p of programs) {
      if (!runsUnder(p.header, version) || unfit(p, python)) continue;
      const racy = p.header?.racyRuns ?? null;
      const title = racy ? `${p.file} (racy, ${racy} CPython runs)` : p.file;

      test(title, async () => {
        const cpuCount = requireOracle(v.oracle);
        // Every run was queued in beforeAll; this test's own go first, so a run filtered with -t
        // does not wait behind the whole corpus.
        pool.hurry(key(version, p));
        const runs = await cpython(p, python, version);

        const sim = simulateProgram(p, cpuCount, version);

        // A run the simulator disagrees with is run again, alone, up to RERUNS times: on a loaded
        // machine CPython itself can be 100 ms late and round an elapsed time differently. The
        // program passes only if CPython, given the chance, prints what the simulator allows.
        const accepted = (py: CPythonRun) =>
          exitProblems(py, sim).length === 0 && (racy === null ? py.stdout === sim.stdout : allowsOrder(sim.lines, py.stdout));
        const settled: CPythonRun[] = [];
        for (const first of runs) {
          let py = first;
          for (let k = 0; k < RERUNS && !accepted(py); k++) py = await runOracle(python, p);
          settled.push(py);
        }

        const problems: string[] = [];
        if (racy === null) {
          const py = settled[0];
          problems.push(...exitProblems(py, sim));
          const diff = describeDifference(py.stdout, sim.stdout, { expected: `CPython ${version}`, got: 'simulator' });
          if (diff) problems.push(diff);
        } else {
          settled.forEach((py, k) => {
            const where = `CPython ${version} run ${k + 1} of ${settled.length}`;
            for (const x of exitProblems(py, sim)) problems.push(`${where}: ${x}`);
            if (!allowsOrder(sim.lines, py.stdout)) {
              problems.push(
                `${where} printed an order the simulator does not allow.\n` +
                  `${describeDifference(py.stdout, sim.stdout) ?? 'stdout is identical, but the simulator lines disagree with its own stdout'}\n` +
                  `simulator lines (rN = race group N, any order within a group):\n${showLines(sim.lines)}`,
              );
            }
          });
        }
        if (problems.length > 0) throw new Error(`${p.file} under Python ${version}: ${p.header?.rule ?? ''}\n\n${problems.join('\n\n')}`);
        // The timeout counts the wait for a pool slot too (a concurrent suite starts every test at
        // once), so it is wide; each CPython run is bounded by CPYTHON_TIMEOUT_MS on its own.
      }, 900_000);
    }
  });
}
