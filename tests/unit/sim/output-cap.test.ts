import { describe, expect, it } from 'vitest';

import { simulate } from '../../../src/sim/run';

describe('the output cap', () => {
  it('stops a program that prints past it, keeping what fits and saying where it stopped', () => {
    const result = simulate('for i in range(10**6):\n    print(i)\n', { filename: 'loud.py', outputLimit: 1_000 });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toHaveLength(1_000);
    expect(result.stdout.startsWith('0\n1\n2\n')).toBe(true);
    expect(result.stderr).toMatch(/^loud\.py:2:5: stopped: the program printed more than 1,000 characters/);
  });

  it('stops one huge print at the cap rather than as a runaway loop', () => {
    const result = simulate("print('x' * 10**7)\n", { filename: 'huge.py' });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('x'.repeat(200_000));
    expect(result.stderr).toMatch(/^huge\.py:1:1: stopped: the program printed more than 200,000 characters/);
  });

  it('lets a program print right up to the cap', () => {
    const result = simulate("print('x' * 999)\n", { outputLimit: 1_000 });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('x'.repeat(999) + '\n');
  });
});
