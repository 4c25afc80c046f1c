import { describe, expect, it } from 'vitest';

import { simulate } from '../../../src/sim/run';
import type { TraceEvent } from '../../../src/sim/trace';

const PROGRAM = `import asyncio

async def tick(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0.1)

async def main():
    await asyncio.gather(tick("a"), tick("b"))

asyncio.run(main())
`;

describe('simulate with onTraceEvent', () => {
  it('hands over every event the kept trace would hold, in order, and keeps none', () => {
    const kept = simulate(PROGRAM, { trace: true });
    const streamed: TraceEvent[] = [];

    const result = simulate(PROGRAM, { onTraceEvent: (ev) => streamed.push(ev) });

    expect(streamed).toEqual(kept.trace);
    expect(streamed.length).toBeGreaterThan(50);
    expect(result.trace).toBeUndefined();
    expect(result.stdout).toBe(kept.stdout);
  });
});
