/**
 * The "What Python runs here" page is worked out from the simulator (python-support.ts); these
 * tests keep its examples honest and make a new refusal in the parser show up on the page.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { CONSTRUCTS, builtinSupport, moduleSupport, statusOf } from '../../../src/components/python-support';

const pythonDir = fileURLToPath(new URL('../../../src/sim/python/', import.meta.url));

/** Refusals that are limits of size, listed under "Limits" on the page rather than as constructs. */
const LIMITS = ['an expression with hundreds of operators in a row', 'code nested more than ', 'code nested this deeply', 'this program (internal parser error: '];

/**
 * The interpreter's safety nets: a module the parser let through (the parser's `import of …`
 * refusal, which the page shows, comes first), and starred base classes, which the parser
 * rejects before the interpreter sees them (wrongly, as a syntax error: CPython runs them).
 */
const SAFETY_NETS = ["import of module '", 'starred base classes'];

/** The fixed start of every message the parser and interpreter refuse a program with. */
function refusalsInSource(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(pythonDir)) {
    // ops.ts has a function of the same name that builds TypeErrors, not refusals.
    if (!file.endsWith('.ts') || file === 'ops.ts') continue;
    const text = readFileSync(pythonDir + file, 'utf8');
    for (const m of text.matchAll(/\b(?:refuse|unsupported)\(\s*(['`])((?:(?!\1).)*)\1/g)) {
      const fixed = m[2].split('${')[0].replace(/\\\\/g, '\\');
      if (fixed !== '') found.add(fixed);
    }
  }
  return [...found].sort();
}

describe('CONSTRUCTS', () => {
  it.each(CONSTRUCTS.map((c) => [c.en, c.example]))('runs to the end under CPython: %s', (_, example) => {
    const run = spawnSync('python3', ['-c', example], { encoding: 'utf8' });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('has no example the simulator fails on: each either runs or is refused', () => {
    const failing = CONSTRUCTS.filter((c) => statusOf(c.example).kind === 'fails').map((c) => c.en);

    expect(failing).toEqual([]);
  });

  it('shows every construct the simulator refuses, so the page lists each', () => {
    const shown = CONSTRUCTS.flatMap((c) => {
      const s = statusOf(c.example);
      return s.kind === 'refused' ? [s.message] : [];
    });

    const missing = refusalsInSource().filter((r) => !LIMITS.includes(r) && !SAFETY_NETS.includes(r) && !shown.some((m) => m.startsWith(r) || m.startsWith(`'${r}`)));

    expect(missing).toEqual([]);
  });

  it('finds the refusals in the source, so the check above can fail', () => {
    expect(refusalsInSource()).toEqual(expect.arrayContaining(['match statements', 'complex numbers', 'import of ']));
  });
});

describe('statusOf', () => {
  it('says a refused construct is refused, in the simulator\'s words', () => {
    expect(statusOf('x = 1j\n')).toEqual({ kind: 'refused', message: 'complex numbers' });
  });

  it('says a program that runs, runs', () => {
    expect(statusOf('print(1)\n')).toEqual({ kind: 'runs' });
  });

  it('says a program that raises fails, with the exception', () => {
    expect(statusOf('raise ValueError("no")\n')).toEqual({ kind: 'fails', message: 'ValueError: no' });
  });
});

describe('moduleSupport', () => {
  it('lists what asyncio models and what of CPython\'s asyncio it refuses', () => {
    const asyncio = moduleSupport().find((m) => m.name === 'asyncio');

    expect(asyncio?.modelled).toEqual(expect.arrayContaining(['gather', 'sleep', 'create_task', 'run']));
    expect(asyncio?.modelled).toEqual(expect.arrayContaining(['Runner', 'Condition', 'Barrier', 'shield', 'run_coroutine_threadsafe']));
    expect(asyncio?.refused).toContain('StreamReader');
    expect(asyncio?.modelled).not.toContain('StreamReader');
  });
});

describe('builtinSupport', () => {
  it('puts exceptions apart from functions', () => {
    const b = builtinSupport();

    expect(b.functions).toContain('print');
    expect(b.functions).not.toContain('ValueError');
    expect(b.exceptions).toContain('ValueError');
  });
});
