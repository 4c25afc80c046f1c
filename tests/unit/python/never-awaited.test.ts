/**
 * A coroutine made by an expression statement and dropped unawaited: CPython 3.11 writes its
 * RuntimeWarning to stderr at once, with the statement's line and the tracemalloc hint, and
 * the program goes on. (Expected text as `python3 -I` prints it for the same programs.)
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/run';

describe('coroutine never awaited', () => {
  it('warns at the statement that dropped it, and keeps running', () => {
    const source = 'import asyncio\nasync def job():\n    return 1\nasync def main():\n    job()\n    print("after")\nasyncio.run(main())\n';
    const r = simulate(source, { filename: 'w.py' });

    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toBe(
      "w.py:5: RuntimeWarning: coroutine 'job' was never awaited\n  job()\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
    );
  });

  it("names a method's coroutine by its qualified name", () => {
    const source =
      'import asyncio\n\n\nclass Job:\n    async def run(self):\n        return 1\n\n\nasync def main():\n    Job().run()\n    print("done")\n\nasyncio.run(main())\n';
    const r = simulate(source, { filename: 'w.py' });

    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe(
      "w.py:10: RuntimeWarning: coroutine 'Job.run' was never awaited\n  Job().run()\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
    );
  });

  it('says nothing for a coroutine that is kept and awaited later', () => {
    const source = 'import asyncio\nasync def job():\n    return 1\nasync def main():\n    c = job()\n    print(await c)\nasyncio.run(main())\n';

    expect(simulate(source, { filename: 'w.py' }).stderr).toBe('');
  });
});
