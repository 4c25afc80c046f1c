import { describe, expect, it } from 'vitest';

import { simulate } from '../../../src/sim';
import { programFeatures, type PredictLine } from '../../../src/widgets/predict-check';
import { finalClock, lineFacts } from '../../../src/widgets/predict-facts';
import { ANSWER_TIER, durationHint, nextTier, orderHint } from '../../../src/widgets/predict-hints';

// The first lesson's blocking program (content/programs/coroutines-blocking.py), shortened.
const blocking = `import asyncio
import time


def callback():
    print("callback")


async def main():
    asyncio.get_running_loop().call_soon(callback)
    print("time.sleep")
    time.sleep(0.2)
    print("back")
    await asyncio.sleep(0.2)
    print("done")


asyncio.run(main())
`;

function linesOf(source: string): PredictLine[] {
  const result = simulate(source, { trace: true, filename: 'test.py' });
  return lineFacts(result.lines, result.trace ?? []);
}

const lines = linesOf(blocking);
const features = programFeatures(blocking);
const textOf = (i: number): string => lines[i]?.text ?? '';
/** The callback moved up to second place, as if time.sleep let the loop run it. */
const wrong = [0, 2, 1, 3];

describe('nextTier', () => {
  it('climbs one tier at a time and stops at the answer', () => {
    expect([0, 1, 2, 3, 7].map(nextTier)).toEqual([1, 2, 3, 3, 3]);
    expect(ANSWER_TIER).toBe(3);
  });
});

describe('orderHint', () => {
  it('says CPython prints the lines in the simulator order', () => {
    expect(lines.map((l) => l.text)).toEqual(['time.sleep', 'back', 'callback', 'done']);
  });

  it('at tier 1 names only the first line in the wrong place', () => {
    const hint = orderHint(lines, wrong, features, 1);

    expect(hint).toEqual({ position: 2, got: 'callback', misconception: null, step: null, offerAnswer: false });
  });

  it('at tier 2 adds the misconception and the step where the right line is printed', () => {
    const hint = orderHint(lines, wrong, features, 2);

    expect(hint?.misconception).toBe('time.sleep');
    expect(hint?.step).toBe(lines[1]?.step);
    expect(hint?.offerAnswer).toBe(false);
  });

  it('at tier 3 offers the answer', () => {
    expect(orderHint(lines, wrong, features, 3)?.offerAnswer).toBe(true);
  });

  it('gives no hint for a right order', () => {
    expect(orderHint(lines, [0, 1, 2, 3], features, 3)).toBeNull();
    expect(textOf(0)).toBe('time.sleep');
  });
});

describe('durationHint', () => {
  const actual = finalClock(simulate(blocking, { trace: true }).trace ?? []);

  it('at tier 1 says only too long or too short', () => {
    expect(durationHint(actual + 1, actual, 1)).toEqual({ direction: 'too-long', reason: null, offerAnswer: false });
    expect(durationHint(actual / 2, actual, 1)).toEqual({ direction: 'too-short', reason: null, offerAnswer: false });
  });

  it('at tier 2 gives the reason: overlapping waits for too long, sequential ones for too short', () => {
    expect(durationHint(actual + 1, actual, 2).reason).toBe('overlap');
    expect(durationHint(0.2, actual, 2).reason).toBe('sequence');
  });

  it('at tier 3 offers the answer', () => {
    expect(durationHint(0.2, actual, 3).offerAnswer).toBe(true);
    expect(actual).toBeCloseTo(0.4, 2);
  });
});
