import { describe, expect, it } from 'vitest';

import { EventLoopError } from '../../../src/components/event-loop-source';
import { runEveryVersion, tracesOf, versionRuns } from '../../../src/components/version-runs';
import { OFFERED_VERSIONS, printedBy, type VersionRuns } from '../../../src/widgets/python-version';

const WAIT_FOR_TASK = `import asyncio

async def work():
    print(f"work runs in {asyncio.current_task().get_name()}")

async def main():
    await asyncio.wait_for(work(), timeout=1)

asyncio.run(main())
`;

describe('versionRuns', () => {
  it("keeps another version's trace only where it differs from the default's", () => {
    const results = runEveryVersion(WAIT_FOR_TASK, 'wait.py');
    const traces = tracesOf('wait.py', results);

    const runs: VersionRuns<string> = versionRuns(results, traces, (v) => `trace of ${v}`);

    expect(runs['3.13'].run).toBeNull();
    expect(runs['3.12'].run).toBeNull();
    expect(runs['3.11'].run).toBe('trace of 3.11');
    expect(printedBy(runs)['3.11'].stdout).toBe('work runs in Task-2\n');
    expect(printedBy(runs)['3.13'].stdout).toBe('work runs in Task-1\n');
  });

  it('ships no second trace for a program every version runs alike', () => {
    const results = runEveryVersion('print("same")\n', 'same.py');

    const runs = versionRuns(results, tracesOf('same.py', results), () => 'extra');

    expect(OFFERED_VERSIONS.map((v) => runs[v].run)).toEqual([null, null, null]);
  });
});

describe('tracesOf', () => {
  it('stops the build, naming the file, when the simulator refuses the program', () => {
    const results = runEveryVersion('def broken(:\n', 'broken.py');

    expect(() => tracesOf('broken.py', results)).toThrow(EventLoopError);
    expect(() => tracesOf('broken.py', results)).toThrow(/broken\.py/);
  });
});

