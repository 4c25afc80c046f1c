/**
 * Pure helpers of the conformance suite: reading a program's header, running CPython, and
 * describing where two outputs part ways. The suite itself is `conformance.test.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { STDLIB_MODULES } from '../../src/sim/stdlib/names';
import { PYTHON_VERSIONS, atLeast, isPythonVersion, type PythonVersion } from '../../src/sim/versions';

/** What a program declares in its leading comment lines. */
export interface ProgramHeader {
  /** The first line's comment: which rule or feature the program exercises. */
  rule: string;
  /** CPython runs to observe for a racy program; null for a deterministic one. */
  racyRuns: number | null;
  /** The oldest Python the program runs on (it uses something added then); null for 3.11. */
  minPython?: PythonVersion | null;
}

const RACY = /^#\s*conformance:\s*racy\s+runs=(\d+)\s*$/;
const MIN_PYTHON = /^#\s*conformance:\s*python>=(\S+)\s*$/;

/**
 * Reads the leading comment block. The first line must be a comment naming the rule; a racy
 * program says so with `# conformance: racy runs=N` among its leading comment lines.
 */
export function parseHeader(source: string): ProgramHeader {
  const lines = source.split(/\r?\n/);
  const first = lines[0] ?? '';
  if (!/^#\s*\S/.test(first)) {
    throw new Error('the first line must be a comment saying which rule the program exercises');
  }
  let racyRuns: number | null = null;
  let minPython: PythonVersion | null = null;
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const m = RACY.exec(line);
    const min = MIN_PYTHON.exec(line);
    if (min) {
      if (!isPythonVersion(min[1])) {
        throw new Error(`python>=${min[1]}: the simulator models ${PYTHON_VERSIONS.join(', ')}`);
      }
      minPython = min[1];
    } else if (m) {
      racyRuns = Number(m[1]);
      if (racyRuns < 2 || racyRuns > 50) {
        throw new Error(`racy runs=${m[1]}: use between 2 and 50 CPython runs`);
      }
    } else if (/conformance:/.test(line)) {
      throw new Error(
        `malformed marker ${JSON.stringify(line)}; write "# conformance: racy runs=8" or "# conformance: python>=3.12"`,
      );
    }
  }
  return { rule: first.replace(/^#\s*/, ''), racyRuns, ...(minPython ? { minPython } : {}) };
}

/**
 * Reads `content/programs/conformance.json`: what the suite needs to know about a lesson program
 * beyond its source (whether it is racy, the oldest Python it needs). Lesson programs are shown to
 * learners as they are, so this lives beside them instead of in their leading comments. `files`
 * are the programs that exist; an entry for any other file, or a field the suite does not know,
 * is an error rather than something silently ignored.
 */
export function parseLessonManifest(json: unknown, files: readonly string[]): Map<string, ProgramHeader> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('conformance.json must be an object keyed by program file name');
  }
  const headers = new Map<string, ProgramHeader>();
  for (const [file, entry] of Object.entries(json as Record<string, unknown>)) {
    if (!files.includes(file)) throw new Error(`conformance.json names ${file}, which is not a lesson program`);
    if (typeof entry !== 'object' || entry === null) throw new Error(`conformance.json: ${file} must map to an object`);
    const { rule, racyRuns = null, minPython = null, ...rest } = entry as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) {
      throw new Error(`conformance.json: ${file} has unknown fields ${unknown.join(', ')}; use rule, racyRuns, minPython`);
    }
    if (typeof rule !== 'string' || rule.trim() === '') {
      throw new Error(`conformance.json: ${file} needs a "rule" saying what CPython leaves open`);
    }
    if (racyRuns !== null && (typeof racyRuns !== 'number' || !Number.isInteger(racyRuns) || racyRuns < 2 || racyRuns > 50)) {
      throw new Error(`conformance.json: ${file} racyRuns=${JSON.stringify(racyRuns)}: use between 2 and 50 CPython runs`);
    }
    if (minPython !== null && !(typeof minPython === 'string' && isPythonVersion(minPython))) {
      throw new Error(`conformance.json: ${file} minPython=${JSON.stringify(minPython)}: the simulator models ${PYTHON_VERSIONS.join(', ')}`);
    }
    headers.set(file, { rule, racyRuns, ...(minPython ? { minPython: minPython as PythonVersion } : {}) });
  }
  return headers;
}

/** The first line of a lesson program that carries test metadata, which learners must not see. */
export function metadataLine(source: string): string | null {
  return source.split(/\r?\n/).find((line) => /^#\s*(conformance:|Rule:)/.test(line)) ?? null;
}

/** Whether a program with this header runs under `version` (it may need a newer Python). */
export function runsUnder(header: ProgramHeader | null, version: PythonVersion): boolean {
  return !header?.minPython || atLeast(version, header.minPython);
}

/** The source with comments and the contents of string literals blanked out. */
function codeOnly(source: string): string {
  return source.replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*/g, (m) =>
    m.startsWith('#') ? '' : '""',
  );
}

const ALLOWED_IMPORTS = new Set([
  'import asyncio',
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
]);

/** `import random`, `from collections import deque`, …: the modules src/sim/stdlib provides. */
const STDLIB_IMPORT = new RegExp(`^(import|from)\\s+(${STDLIB_MODULES.join('|')})(\\s|$)`);

/** Constructs kept outside the simulator's subset, as a regex over code only. */
const OUTSIDE_SUBSET: Array<[RegExp, string]> = [
  [/^\s*class\s+\w+\s*\([^)]*=/m, 'class keyword arguments (metaclass=...)'],
  [/\bmatch\s+\S.*:\s*$/m, 'match statements'],
];

/** Reasons a program leaves the simulator's subset; empty when it stays inside. */
export function subsetViolations(source: string): string[] {
  const problems: string[] = [];
  const code = codeOnly(source);
  code.split('\n').forEach((line, i) => {
    const text = line.trim();
    if (/^(import|from)\s/.test(text) && !ALLOWED_IMPORTS.has(text) && !STDLIB_IMPORT.test(text)) {
      problems.push(`line ${i + 1}: "${text}" (only asyncio, time and ThreadPoolExecutor may be imported)`);
    }
  });
  for (const [re, what] of OUTSIDE_SUBSET) {
    if (re.test(code)) problems.push(`uses ${what}`);
  }
  return problems;
}

/**
 * The DeprecationWarnings on stderr, as `FILE:LINE: DeprecationWarning: message` with the file
 * reduced to its name: asyncio's deprecations (get_event_loop with no loop, 3.12+) are part of
 * what a version prints, while the path differs between CPython (run in the program's folder)
 * and the simulator (given the full path).
 */
export function deprecations(stderr: string): string[] {
  return stderr
    .split(/\r?\n/)
    .filter((l) => /^\S.*:\d+: DeprecationWarning: /.test(l))
    .map((l) => l.replace(/^.*?([^/\\]+:\d+: DeprecationWarning: )/, '$1'));
}

/**
 * What the loop's exception handler logged, in order: each headline (`Task exception was never
 * retrieved`, `Exception in callback …`) with the line after it (`future: <Task …>`), paths
 * reduced to file names as in `deprecations`. Finalisers log these when an object is freed, so
 * their order also checks when the simulator frees it.
 */
export function loggedErrors(stderr: string): string[] {
  const lines = stderr.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (!/^((Task|Future) exception was never retrieved|Task was destroyed but it is pending!|Exception in callback )/.test(l)) return;
    // CPython's callback headline ends with the callback's source (`at FILE:LINE`), which the
    // simulator leaves out; the order of the headlines is what is compared.
    if (l.startsWith('Exception in callback ')) out.push(l.replace(/ at \S+:\d+$/, ''));
    else out.push(l, (lines[i + 1] ?? '').replace(/(at |File ")[^"<>]*?([^/\\"]+\.py)/g, '$1$2'));
  });
  return out;
}

/** Splits stdout into printed lines (a final newline ends the last line). */
export function outputLines(stdout: string): string[] {
  if (stdout === '') return [];
  const parts = stdout.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** The last non-blank line of stderr: for an uncaught exception, `ValueError: boom`. */
export function lastLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

/**
 * Where `got` first departs from `expected`, as a message a person can act on: the 1-based line
 * number, both lines quoted (so trailing spaces show), and the lines just before it for context.
 * null when the two are equal.
 */
export function describeDifference(
  expected: string,
  got: string,
  names: { expected: string; got: string } = { expected: 'CPython', got: 'simulator' },
): string | null {
  if (expected === got) return null;
  const want = outputLines(expected);
  const have = outputLines(got);
  let i = 0;
  while (i < want.length && i < have.length && want[i] === have[i]) i++;
  const width = Math.max(names.expected.length, names.got.length) + 1;
  const show = (line: string | undefined) => (line === undefined ? '(no more output)' : JSON.stringify(line));
  const out = [`stdout differs at line ${i + 1}:`];
  for (let k = Math.max(0, i - 2); k < i; k++) out.push(`  ${String(k + 1).padStart(4)}  ${JSON.stringify(want[k])}`);
  out.push(`  ${`${names.expected}:`.padEnd(width)} ${show(want[i])}`);
  out.push(`  ${`${names.got}:`.padEnd(width)} ${show(have[i])}`);
  if (i >= want.length && i >= have.length) {
    out[0] = 'stdout differs only in its final newline:';
  }
  out.push(`(${names.expected} printed ${want.length} lines, ${names.got} ${have.length})`);
  return out.join('\n');
}

/** One CPython run of one program. */
export interface CPythonRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The 3.11 oracle, which the suite cannot do without (the other versions are optional). */
export const PYTHON = process.env.CONFORMANCE_PYTHON ?? 'python3';

/** What the oracle reports about itself, or why it cannot be used. */
export type Oracle = { ok: true; version: string; cpuCount: number } | { ok: false; problem: string };

/** One Python version the suite checks, with the interpreter that is its oracle. */
export interface VersionOracle {
  version: PythonVersion;
  /** The interpreter's path, or null when none was found. */
  python: string | null;
  /** Where the suite looked, for the message when nothing was found. */
  lookedFor: string;
  /** 3.11 is required; a newer version without an oracle is skipped with one line. */
  required: boolean;
}

/** `CONFORMANCE_PYTHON_3_12` and so on: an interpreter given by hand for one version. */
function envName(version: PythonVersion): string {
  return `CONFORMANCE_PYTHON_${version.replace('.', '_')}`;
}

/** pyenv's root: PYENV_ROOT, else what `pyenv root` says, else ~/.pyenv. */
function pyenvRoot(): string {
  if (process.env.PYENV_ROOT) return process.env.PYENV_ROOT;
  const r = spawnSync('pyenv', ['root'], { encoding: 'utf8', timeout: 10_000 });
  if (!r.error && r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  return join(homedir(), '.pyenv');
}

/** The newest pyenv-installed X.Y.Z of `version`, e.g. versions/3.12.1/bin/python. */
function pyenvPython(root: string, version: PythonVersion): string | null {
  const dir = join(root, 'versions');
  if (!existsSync(dir)) return null;
  const patch = (name: string) => Number(name.slice(version.length + 1));
  const found = readdirSync(dir)
    .filter((name) => name.startsWith(`${version}.`) && /^\d+$/.test(name.slice(version.length + 1)))
    .sort((a, b) => patch(b) - patch(a))
    .map((name) => join(dir, name, 'bin', 'python'))
    .filter((path) => existsSync(path));
  return found[0] ?? null;
}

/**
 * The oracle of every version the suite can check here: 3.11 is `CONFORMANCE_PYTHON` or
 * `python3`; 3.12 and 3.13 are `CONFORMANCE_PYTHON_3_12`/`_3_13` or pyenv's newest 3.12.x/3.13.x.
 * `CONFORMANCE_VERSIONS=3.12,3.13` narrows the run to those versions. 3.14's oracle is pyodide,
 * added by the suite itself (README.md, "Versions").
 */
export function findOracles(only: string | undefined = process.env.CONFORMANCE_VERSIONS): VersionOracle[] {
  const wanted = only ? only.split(',').map((v) => v.trim()) : null;
  const root = pyenvRoot();
  const out: VersionOracle[] = [];
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    if (wanted && !wanted.includes(version)) continue;
    const given = version === '3.11' ? PYTHON : process.env[envName(version)];
    if (given) {
      out.push({ version, python: given, lookedFor: given, required: version === '3.11' });
      continue;
    }
    out.push({
      version,
      python: pyenvPython(root, version),
      lookedFor: `${envName(version)} or ${join(root, 'versions', `${version}.*`, 'bin', 'python')}`,
      required: false,
    });
  }
  return out;
}

/**
 * Checks, once, that an oracle exists and is CPython of the version it stands for: the
 * simulator follows that version's rules (src/sim/versions.ts), which differ (§15 of
 * src/sim/runtime/README.md).
 */
export function probeOracle(python: string = PYTHON, version: PythonVersion = '3.11'): Oracle {
  const r = spawnSync(
    python,
    // The CPU count that sizes the default executor: os.process_cpu_count() from 3.13 (gh-109649).
    ['-c', 'import os, platform, sys; print(platform.python_implementation(), "%d.%d.%d" % sys.version_info[:3], getattr(os, "process_cpu_count", os.cpu_count)() or 1)'],
    { encoding: 'utf8', timeout: 30_000 },
  );
  if (r.error) {
    return {
      ok: false,
      problem:
        `cannot run "${python}" (${r.error.message}). The conformance suite compares the simulator ` +
        `with real CPython ${version} and cannot check that version without it: install python${version} or point ` +
        `${version === '3.11' ? 'CONFORMANCE_PYTHON' : envName(version)} at one.`,
    };
  }
  const [impl, found, cpus] = r.stdout.trim().split(/\s+/);
  if (r.status !== 0 || impl !== 'CPython' || !(found ?? '').startsWith(`${version}.`)) {
    return {
      ok: false,
      problem:
        `"${python}" is ${impl ?? '?'} ${found ?? '?'} (exit ${r.status}${r.stderr ? `: ${r.stderr.trim()}` : ''}); ` +
        `the oracle for Python ${version} rules must be CPython ${version}.x. ` +
        `Set ${version === '3.11' ? 'CONFORMANCE_PYTHON' : envName(version)} to a python${version}.`,
    };
  }
  return { ok: true, version: found, cpuCount: Number(cpus) };
}

/** Runs `fn`s at most `limit` at a time, in the order they were submitted. */
export interface Pool {
  /** Runs `fn` when fewer than `limit` jobs are running; `key` names the job for `hurry`. */
  <T>(fn: () => Promise<T>, key?: string): Promise<T>;
  /** Moves the waiting jobs named `key` ahead of every job not hurried, behind those hurried before. */
  hurry(key: string): void;
}

export function createPool(limit: number): Pool {
  let active = 0;
  let waiting: Array<{ key: string | undefined; start: () => void }> = [];
  /** How many jobs at the front of `waiting` were hurried; they keep the order they were hurried in. */
  let hurried = 0;
  const release = () => {
    active--;
    const next = waiting.shift();
    if (hurried > 0) hurried--;
    if (next) next.start();
  };
  const pool = <T>(fn: () => Promise<T>, key?: string) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        active++;
        fn().then(resolve, reject).finally(release);
      };
      if (active < limit) start();
      else waiting.push({ key, start });
    });
  return Object.assign(pool, {
    hurry(key: string) {
      // Jobs hurried earlier stay ahead: when every test of a concurrent suite hurries its own
      // run at once, the first test's run must not end up behind all the others.
      const front = waiting.slice(0, hurried);
      const rest = waiting.slice(hurried);
      const mine = rest.filter((w) => w.key === key);
      waiting = [...front, ...mine, ...rest.filter((w) => w.key !== key)];
      hurried += mine.length;
    },
  });
}

/** The most a CPython run may print, in characters, before it counts as running on. */
export const MAX_ORACLE_OUTPUT = 64 * 1024 * 1024;

/**
 * Runs one program under CPython. `-I` keeps the user's environment (PYTHONASYNCIODEBUG,
 * PYTHONWARNINGS, site packages) from changing what asyncio does; `-X utf8` fixes the encoding.
 */
export function runCPython(file: string, cwd: string, timeoutMs: number, python: string = PYTHON): Promise<CPythonRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-I', '-X', 'utf8', file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // A program that floods its output (a fuzzed one can print gigabytes in its seconds) is
    // stopped before the text outgrows what a string can hold, and reported as running on.
    const flood = (): void => {
      if (stdout.length + stderr.length <= MAX_ORACLE_OUTPUT || child.killed) return;
      child.kill('SIGKILL');
      reject(Object.assign(new Error(`CPython printed more than ${MAX_ORACLE_OUTPUT} characters running ${file}`), { floods: true }));
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => ((stdout += d), flood()));
    child.stderr.setEncoding('utf8').on('data', (d: string) => ((stderr += d), flood()));
    // The deadline is looked at twice, a grace period apart: a test process that was busy for a
    // while (pyodide's oracle runs in it without yielding) fires the first timer before it has
    // read the exit of a child that finished in time.
    let grace: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      grace = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`CPython did not finish ${file} within ${timeoutMs} ms; programs must stay short`));
      }, 2_000);
    }, timeoutMs);
    const settle = (): void => {
      clearTimeout(timer);
      clearTimeout(grace);
    };
    child.on('error', (err) => {
      settle();
      reject(new Error(`cannot run ${python} ${file}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      settle();
      // An uncaught KeyboardInterrupt ends python3 by SIGINT after its traceback (Modules/main.c
      // `exit_sigint`): the status a shell reports, 128 + 2, is the one the simulator gives.
      if (code === null && signal === 'SIGINT') resolve({ stdout, stderr, exitCode: 130 });
      else if (code === null) reject(new Error(`CPython was killed by ${signal} while running ${file}`));
      else resolve({ stdout, stderr, exitCode: code });
    });
  });
}
