/**
 * Sizes decided before a value is built: what no machine could allocate is CPython's
 * MemoryError (or its OverflowError), what CPython could build but the simulator cannot stops
 * the run. Each case's expectation is what python3 3.11 prints for the same program.
 */
import { describe, expect, it } from 'vitest';
import { charWidth } from '../../../src/sim/python/allocation';
import { simulate } from '../../../src/sim/run';

function run(source: string) {
  const r = simulate(source, { filename: 'p.py' });
  return { exit: r.exitCode, stdout: r.stdout, first: r.stderr.split('\n')[0], last: r.stderr.trim().split('\n').at(-1) };
}

/** Prints the name and message of what `expr` raises, as the probe programs do. */
function raised(expr: string) {
  return run(`try:\n    x = ${expr}\n    print('built', len(x))\nexcept Exception as e:\n    print(type(e).__name__, str(e))\n`);
}

describe('checkAllocation', () => {
  it('raises a MemoryError the program catches for [0] * 10**12', () => {
    const r = raised('[0] * 10**12');

    expect(r.exit).toBe(0);
    expect(r.stdout).toBe('MemoryError \n');
  });

  it("raises MemoryError for 'x' * 10**13, a tuple, the count first, and *=", () => {
    expect(raised("'x' * 10**13").stdout).toBe('MemoryError \n');
    expect(raised('(0,) * 10**12').stdout).toBe('MemoryError \n');
    expect(raised('10**12 * [0]').stdout).toBe('MemoryError \n');
    expect(run('l = [0]\ntry:\n    l *= 10**12\nexcept MemoryError:\n    print("caught")\n').stdout).toBe('caught\n');
  });

  it('ends an uncaught one with a bare MemoryError line and exit 1', () => {
    const r = run('x = [0] * 10**12\n');

    expect(r.exit).toBe(1);
    expect(r.last).toBe('MemoryError');
  });

  it('raises MemoryError where CPython overflows its own size, not the count', () => {
    expect(raised('[0, 0] * (2**62)').stdout).toBe('MemoryError \n');
    expect(raised("'x' * (2**63 - 1)").stdout).toBe('MemoryError \n');
  });

  it('still stops, located, at a list CPython could build but the simulator cannot', () => {
    const r = run('x = 1\ny = [0] * 10**9\n');

    expect(r.exit).toBe(3);
    expect(r.first).toBe('p.py:2:1: stopped: the program built a value too large for the simulator (more than 10,000,000 items)');
  });

  it('builds what fits', () => {
    expect(run("print(len([0] * 10**6), len('ab' * 10**6), 'ab' * 1)").stdout).toBe('1000000 2000000 ab\n');
  });
});

describe('repeatCount', () => {
  it('raises OverflowError for a count past a Py_ssize_t, either way, even for an empty list', () => {
    const message = "OverflowError cannot fit 'int' into an index-sized integer\n";

    expect(raised('[0] * 2**63').stdout).toBe(message);
    expect(raised('[] * 2**63').stdout).toBe(message);
    expect(raised("'' * -(2**63 + 1)").stdout).toBe(message);
  });

  it('lets a count of exactly the largest Py_ssize_t through to the size check', () => {
    expect(raised('[0] * (2**63 - 1)').stdout).toBe('MemoryError \n');
  });
});

describe('repeating a string', () => {
  it("says 'repeated string is too long' when the length overflows, as unicode_repeat does", () => {
    expect(raised("'xy' * (2**62)").stdout).toBe('OverflowError repeated string is too long\n');
  });
});

describe('padding a string', () => {
  it('raises MemoryError for a width no machine could allocate', () => {
    expect(raised("'x'.ljust(10**12)").stdout).toBe('MemoryError \n');
    expect(raised("'x'.zfill(10**12)").stdout).toBe('MemoryError \n');
  });

  it('converts the width, then the fill character, then asks for the memory, as CPython does', () => {
    expect(raised("'x'.ljust(2**63, 'ab')").stdout).toBe('OverflowError Python int too large to convert to C ssize_t\n');
    expect(raised("'x'.center(10**12, 'ab')").stdout).toBe('TypeError The fill character must be exactly one character long\n');
  });

  it('still stops at a width CPython could build but the simulator cannot', () => {
    const r = run("s = 'x'.rjust(10**9)\n");

    expect(r.exit).toBe(3);
    expect(r.first).toMatch(/^p\.py:1:\d+: stopped: the program built a value too large for the simulator/);
  });
});

describe('charWidth', () => {
  it('counts the bytes CPython stores per character', () => {
    expect([charWidth('abc\xe9'), charWidth('a\u20ac'), charWidth('a\u{1f600}'), charWidth('\ud800')]).toEqual([1, 2, 4, 2]);
  });
});
