/**
 * What a learner notices of `random` beyond the numbers themselves (those are compared with
 * CPython by tests/conformance/programs/30x_random_*.py): an unseeded run is marked as one of
 * many, and what the simulator cannot reproduce exactly is refused at its line.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/index';

const dice = 'import random\n\nrolls = [random.randint(1, 6) for _ in range(20)]\nprint(rolls)\n';

describe('random without a seed', () => {
  it('marks the run as one of many, at the first draw', () => {
    const result = simulate(dice, { filename: 'dice.py' });

    expect(result.exitCode).toBe(0);
    expect(result.varying).toEqual([
      {
        kind: 'random',
        line: 3,
        col: 9,
        message: 'random.randint() without random.seed(): CPython draws different numbers on every run, so this output is one of many it can print',
      },
    ]);
  });

  it('draws different numbers on different runs, as CPython does', () => {
    const outputs = new Set([1, 2, 3].map(() => simulate(dice).stdout));

    expect(outputs.size).toBeGreaterThan(1);
  });

  it('is not marked once the program seeds before drawing', () => {
    const result = simulate(`import random\nrandom.seed(3)\n${dice.slice('import random\n'.length)}`);

    expect(result.varying).toBeUndefined();
    expect(result.stdout).toBe(simulate(`import random\nrandom.seed(3)\n${dice.slice('import random\n'.length)}`).stdout);
  });

  it('stays marked when a state saved from an unseeded generator is restored', () => {
    const source = 'import random\nsaved = random.getstate()\nrandom.seed(1)\nrandom.setstate(saved)\nprint(random.random() < 1)\n';

    const result = simulate(source);

    expect(result.varying?.map((n) => [n.line, n.message.slice(0, 16)])).toEqual([[5, 'random.random() ']]);
  });

  it('marks an unseeded Random() instance too', () => {
    const result = simulate('import random\nrng = random.Random()\nprint(rng.choice("abc") in "abc")\n');

    expect(result.stdout).toBe('True\n');
    expect(result.varying?.[0].message).toMatch(/^random\.choice\(\) without random\.seed\(\)/);
  });
});

describe('random functions the simulator cannot reproduce exactly', () => {
  it('refuses random.gauss at its line rather than print digits CPython might not', () => {
    const result = simulate('import random\nrandom.seed(1)\nx = random.gauss(0, 1)\n', { filename: 'g.py' });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^g\.py:3:5: not supported by the simulator: random\.gauss/);
  });

  it('refuses importing one by name too', () => {
    const result = simulate('from random import expovariate\n', { filename: 'e.py' });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('not supported by the simulator');
    expect(result.stderr).toContain('expovariate');
  });
});
