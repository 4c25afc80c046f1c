/**
 * Generators whose clean-up CPython runs when their last reference goes: the simulator models
 * the cases it can place exactly and refuses the rest, after printing what ran before, with the
 * line where the generator waits. (What the programs print up to there is python3's output.)
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/run';

const CLEANUP = 'def gen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print("cleanup")\n';

describe('finalising generators', () => {
  it('closes a generator a for loop made for itself when the loop breaks', () => {
    const r = simulate(`${CLEANUP}for x in gen():\n    print(x)\n    break\nprint("after")\n`, { filename: 'g.py' });

    expect(r.stdout).toBe('1\ncleanup\nafter\n');
    expect(r.exitCode).toBe(0);
  });

  it('refuses a generator left suspended inside try, naming it and the line it waits at', () => {
    const r = simulate(`${CLEANUP}g = gen()\nprint(next(g))\n`, { filename: 'g.py' });

    expect(r.stdout).toBe('1\n');
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'g.py:3:1: not supported by the simulator: a generator (gen) left suspended inside try/with: CPython runs its clean-up when garbage collection frees it',
    );
  });

  it('lets a suspended generator without try or with go unremarked', () => {
    const r = simulate('def gen():\n    yield 1\n    yield 2\ng = gen()\nprint(next(g))\n', { filename: 'g.py' });

    expect(r.stdout).toBe('1\n');
    expect(r.exitCode).toBe(0);
  });

  it('refuses leaving async for early over an async generator with clean-up when no loop runs', () => {
    const source =
      `async ${CLEANUP}async def main():\n    async for x in gen():\n        break\ntry:\n    main().send(None)\nexcept StopIteration:\n    pass\n`;
    const r = simulate(source, { filename: 'g.py' });

    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      "g.py:8:5: not supported by the simulator: leaving 'async for' early while the async generator (gen) is suspended inside try/with, with no event loop to close it",
    );
  });

  it('refuses an unfinished async generator with clean-up that only a finished coroutine held at shutdown', () => {
    const source = `import asyncio\nasync ${CLEANUP}async def main():\n    g = gen()\n    print(await anext(g))\nasyncio.run(main())\n`;
    const r = simulate(source, { filename: 'g.py' });

    expect(r.stdout).toBe('1\n');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('an unfinished async generator (gen) suspended inside try/with that no module-level name holds');
  });
});

describe('generator attributes', () => {
  it('refuses gi_frame rather than raising AttributeError', () => {
    const r = simulate('def gen():\n    yield 1\nprint(gen().gi_frame)\n', { filename: 'g.py' });

    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('g.py:3:7: not supported by the simulator: the generator attribute gi_frame');
  });
});
