/**
 * Pure helpers of the conformance suite: reading a program's header, running CPython, and
 * describing where two outputs part ways. The suite itself is `conformance.test.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { STDLIB_MODULES } from '../../src/sim/stdlib/names';

/** What a program declares in its leading comment lines. */
export interface ProgramHeader {
  /** The first line's comment: which rule or feature the program exercises. */
  rule: string;
  /** CPython runs to observe for a racy program; null for a deterministic one. */
  racyRuns: number | null;
}

const RACY = /^#\s*conformance:\s*racy\s+runs=(\d+)\s*$/;

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
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const m = RACY.exec(line);
    if (m) {
      racyRuns = Number(m[1]);
      if (racyRuns < 2 || racyRuns > 50) {
        throw new Error(`racy runs=${m[1]}: use between 2 and 50 CPython runs`);
      }
    } else if (/conformance:/.test(line)) {
      throw new Error(`malformed marker ${JSON.stringify(line)}; write "# conformance: racy runs=8"`);
    }
  }
  return { rule: first.replace(/^#\s*/, ''), racyRuns };
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

/** Constructs DESIGN.md keeps outside the simulator's subset, as a regex over code only. */
const OUTSIDE_SUBSET: Array<[RegExp, string]> = [
  [/^\s*class\s+\w+\s*\([^)]*=/m, 'class keyword arguments (metaclass=...)'],
  [/\basync\s+for\b/, 'async for'],
  [/\byield\b/, 'yield'],
  [/\bmatch\s+\S.*:\s*$/m, 'match statements'],
];

/** Reasons a program leaves the DESIGN.md subset; empty when it stays inside. */
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

/** The interpreter the suite uses as its oracle. */
export const PYTHON = process.env.CONFORMANCE_PYTHON ?? 'python3';

/** What the oracle reports about itself, or why it cannot be used. */
export type Oracle = { ok: true; version: string; cpuCount: number } | { ok: false; problem: string };

/**
 * Checks, once, that the oracle exists and is CPython 3.11: the simulator models 3.11's asyncio
 * (asyncio-semantics.md §17), and 3.12+ orders some things differently (§15).
 */
export function probeOracle(python: string = PYTHON): Oracle {
  const r = spawnSync(
    python,
    ['-c', 'import os, platform, sys; print(platform.python_implementation(), "%d.%d.%d" % sys.version_info[:3], os.cpu_count() or 1)'],
    { encoding: 'utf8', timeout: 30_000 },
  );
  if (r.error) {
    return {
      ok: false,
      problem:
        `cannot run "${python}" (${r.error.message}). The conformance suite compares the simulator ` +
        'with real CPython 3.11 and cannot pass without it: install python3.11 or point ' +
        'CONFORMANCE_PYTHON at one.',
    };
  }
  const [impl, version, cpus] = r.stdout.trim().split(/\s+/);
  if (r.status !== 0 || impl !== 'CPython' || !/^3\.11\./.test(version ?? '')) {
    return {
      ok: false,
      problem:
        `"${python}" is ${impl ?? '?'} ${version ?? '?'} (exit ${r.status}${r.stderr ? `: ${r.stderr.trim()}` : ''}); ` +
        'the simulator models CPython 3.11, so the oracle must be CPython 3.11.x. ' +
        'Set CONFORMANCE_PYTHON to a python3.11.',
    };
  }
  return { ok: true, version, cpuCount: Number(cpus) };
}

/** Runs `fn`s at most `limit` at a time, in the order they were submitted. */
export interface Pool {
  /** Runs `fn` when fewer than `limit` jobs are running; `key` names the job for `hurry`. */
  <T>(fn: () => Promise<T>, key?: string): Promise<T>;
  /** Moves the waiting jobs named `key` to the front of the queue. */
  hurry(key: string): void;
}

export function createPool(limit: number): Pool {
  let active = 0;
  let waiting: Array<{ key: string | undefined; start: () => void }> = [];
  const release = () => {
    active--;
    const next = waiting.shift();
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
      waiting = [...waiting.filter((w) => w.key === key), ...waiting.filter((w) => w.key !== key)];
    },
  });
}

/**
 * Runs one program under CPython. `-I` keeps the user's environment (PYTHONASYNCIODEBUG,
 * PYTHONWARNINGS, site packages) from changing what asyncio does; `-X utf8` fixes the encoding.
 */
export function runCPython(file: string, cwd: string, timeoutMs: number, python: string = PYTHON): Promise<CPythonRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-I', '-X', 'utf8', file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CPython did not finish ${file} within ${timeoutMs} ms; programs must stay short`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${python} ${file}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === null) reject(new Error(`CPython was killed by ${signal} while running ${file}`));
      else resolve({ stdout, stderr, exitCode: code });
    });
  });
}
