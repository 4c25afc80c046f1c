import { describe, expect, it } from 'vitest';

import { EventLoopError } from '../../../src/components/event-loop-source';
import { printedOf, runEveryVersion, tracesOf, versionRuns } from '../../../src/components/version-runs';
import { OFFERED_VERSIONS, type VersionRuns } from '../../../src/widgets/python-version';
import { versionStrings } from '../../../src/widgets/version-strings';

const en = versionStrings('en');

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

    const runs: VersionRuns<string> = versionRuns(results, traces, (v) => `trace of ${v}`, en);

    expect(runs['3.13'].run).toBeNull();
    expect(runs['3.12'].run).toBeNull();
    expect(runs['3.11'].run).toBe('trace of 3.11');
    expect(printedOf(results)['3.11'].stdout).toBe('work runs in Task-2\n');
    expect(printedOf(results)['3.13'].stdout).toBe('work runs in Task-1\n');
  });

  it('renders, for each version, the note on what the others print, and the same note without their output', () => {
    const results = runEveryVersion(WAIT_FOR_TASK, 'wait.py');

    const runs = versionRuns(results, tracesOf('wait.py', results), () => null, en);

    expect(runs['3.13'].note).toContain('On 3.11, this program prints something else:');
    expect(runs['3.13'].note).toContain('work runs in Task-2');
    expect(runs['3.11'].note).toContain('On 3.13 and 3.12, this program prints something else:');
    expect(runs['3.13'].hidden).toContain('On 3.11, this program prints something else.');
    expect(runs['3.13'].hidden).not.toContain('Task-2');
  });

  it('ships no second trace for a program every version runs alike', () => {
    const results = runEveryVersion('print("same")\n', 'same.py');

    const runs = versionRuns(results, tracesOf('same.py', results), () => 'extra', en);

    expect(OFFERED_VERSIONS.map((v) => runs[v].run)).toEqual([null, null, null]);
    expect(OFFERED_VERSIONS.map((v) => runs[v].note + runs[v].hidden)).toEqual(['', '', '']);
  });
});

describe('tracesOf', () => {
  it('stops the build, naming the file, when the simulator refuses the program', () => {
    const results = runEveryVersion('def broken(:\n', 'broken.py');

    expect(() => tracesOf('broken.py', results)).toThrow(EventLoopError);
    expect(() => tracesOf('broken.py', results)).toThrow(/broken\.py/);
  });
});

