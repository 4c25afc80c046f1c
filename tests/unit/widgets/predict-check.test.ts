import { describe, expect, it } from 'vitest';

import { simulate } from '../../../src/sim';
import {
  durationOf,
  durationRight,
  firstDifference,
  isAllowed,
  misconception,
  parseSeconds,
  programFeatures,
  shuffleOrder,
  type PredictLine,
} from '../../../src/widgets/predict-check';
import { finalClock, lineFacts } from '../../../src/widgets/predict-facts';

/** The exercise's lines for a program, as PredictOutput.astro builds them. */
function linesOf(source: string): PredictLine[] {
  const result = simulate(source, { trace: true, filename: 'test.py' });
  expect(result.exitCode).toBe(0);
  return lineFacts(result.lines, result.trace ?? []);
}

/** The learner's order: the simulator's lines, by text, in the given order. */
function orderOf(lines: readonly PredictLine[], texts: readonly string[]): number[] {
  const used = new Set<number>();
  return texts.map((text) => {
    const i = lines.findIndex((l, k) => l.text === text && !used.has(k));
    expect(i, `no line ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
    used.add(i);
    return i;
  });
}

const threads = `import asyncio
import time


def work(n):
    time.sleep(0.1)
    print(f"thread {n} done")


async def main():
    print("start")
    loop = asyncio.get_running_loop()
    await asyncio.gather(loop.run_in_executor(None, work, 1), loop.run_in_executor(None, work, 2))
    print("all done")


asyncio.run(main())
`;

const createTask = `import asyncio


async def child():
    print("child: start")
    await asyncio.sleep(0.1)
    print("child: done")


async def main():
    task = asyncio.create_task(child())
    print("main: created the task")
    await asyncio.sleep(0)
    print("main: after sleep(0)")
    await task


asyncio.run(main())
`;

const gather = `import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    results = await asyncio.gather(work("slow", 0.2), work("fast", 0.1))
    for r in results:
        print("result", r)


asyncio.run(main())
`;

const blocking = `import asyncio
import time


def callback():
    print("callback ran")


async def main():
    asyncio.get_running_loop().call_soon(callback)
    print("before time.sleep")
    time.sleep(0.2)
    print("after time.sleep")
    print("before asyncio.sleep")
    await asyncio.sleep(0.2)
    print("after asyncio.sleep")


asyncio.run(main())
`;

describe('isAllowed', () => {
  it('accepts the order the simulator printed', () => {
    const lines = linesOf(createTask);

    expect(isAllowed(lines, [0, 1, 2, 3])).toBe(true);
  });

  it('accepts either order of two threads that finish together, but nothing else', () => {
    const lines = linesOf(threads);

    expect(isAllowed(lines, orderOf(lines, ['start', 'thread 1 done', 'thread 2 done', 'all done']))).toBe(true);
    expect(isAllowed(lines, orderOf(lines, ['start', 'thread 2 done', 'thread 1 done', 'all done']))).toBe(true);
    expect(isAllowed(lines, orderOf(lines, ['start', 'thread 1 done', 'all done', 'thread 2 done']))).toBe(false);
  });

  it('refuses an order with a line missing', () => {
    const lines = linesOf(createTask);

    expect(isAllowed(lines, [0, 1, 2])).toBe(false);
  });
});

describe('shuffleOrder', () => {
  it('shuffles the same way for the same seed, and never into an allowed order', () => {
    for (const source of [createTask, gather, blocking, threads]) {
      const lines = linesOf(source);

      const first = shuffleOrder(lines, 'a.py');

      expect(shuffleOrder(lines, 'a.py')).toEqual(first);
      expect([...first].sort()).toEqual([...lines.keys()]);
      expect(isAllowed(lines, first)).toBe(false);
    }
  });

  it('gives two lines in a fixed order the one wrong order, whatever the seed', () => {
    const lines = linesOf('print("a")\nprint("b")\n');

    for (const seed of ['x.py', 'y.py', 'z.py', '']) expect(shuffleOrder(lines, seed)).toEqual([1, 0]);
  });

  it('leaves lines alone when every order is allowed', () => {
    const lines: PredictLine[] = ['x', 'y'].map((text) => ({
      text, race: 7, actor: 'MainThread', creator: null, first: true, blocked: false, suspended: false, step: null,
    }));

    expect(isAllowed(lines, shuffleOrder(lines, 'r.py'))).toBe(true);
  });
});

describe('firstDifference', () => {
  it('returns null for a right order', () => {
    const lines = linesOf(threads);

    expect(firstDifference(lines, orderOf(lines, ['start', 'thread 2 done', 'thread 1 done', 'all done']))).toBeNull();
  });

  it('names the position, the line CPython prints there and the line the learner put there', () => {
    const lines = linesOf(createTask);
    const order = orderOf(lines, ['child: start', 'main: created the task', 'main: after sleep(0)', 'child: done']);

    const diff = firstDifference(lines, order);

    expect(diff && { ...diff, want: lines[diff.expected].text, put: lines[diff.got].text }).toEqual({
      position: 0,
      expected: 0,
      got: 1,
      want: 'main: created the task',
      put: 'child: start',
    });
  });

  it('treats any line of a race group as right at any of its positions', () => {
    const lines = linesOf(threads);
    const order = orderOf(lines, ['start', 'thread 2 done', 'all done', 'thread 1 done']);

    expect(firstDifference(lines, order)).toMatchObject({ position: 2 });
  });
});

describe('misconception', () => {
  const named = (source: string, learner: string[]): string => {
    const lines = linesOf(source);
    const diff = firstDifference(lines, orderOf(lines, learner));
    expect(diff).not.toBeNull();
    return diff ? misconception(lines, diff, programFeatures(source)) : '';
  };

  it('says create_task when the task’s first line comes before its creator’s next line', () => {
    expect(named(createTask, ['child: start', 'main: created the task', 'main: after sleep(0)', 'child: done'])).toBe('create_task');
  });

  it('says gather when the results are put in finishing order', () => {
    expect(named(gather, ['fast finished', 'slow finished', 'result fast', 'result slow'])).toBe('gather');
  });

  it('says time.sleep when another callback runs during a blocking sleep', () => {
    expect(
      named(blocking, ['before time.sleep', 'callback ran', 'after time.sleep', 'before asyncio.sleep', 'after asyncio.sleep']),
    ).toBe('time.sleep');
  });

  it('says await when other work runs before the task reaches an await that suspends', () => {
    expect(
      named(blocking, ['before time.sleep', 'after time.sleep', 'callback ran', 'before asyncio.sleep', 'after asyncio.sleep']),
    ).toBe('await');
  });

  it('falls back to a neutral message for a swap with no telling pattern', () => {
    expect(named('print("a")\nprint("b")\n', ['b', 'a'])).toBe('neutral');
  });
});

describe('lineFacts', () => {
  it('records who printed each line, the task that created it, and the step that printed it', () => {
    const lines = linesOf(createTask);

    expect(lines.map((l) => [l.text, l.actor, l.creator, l.first])).toEqual([
      ['main: created the task', 'Task-1', null, true],
      ['child: start', 'Task-2', 'Task-1', true],
      ['main: after sleep(0)', 'Task-1', null, false],
      ['child: done', 'Task-2', 'Task-1', false],
    ]);
    const steps = lines.map((l) => l.step ?? 0);
    expect(steps.every((s, i) => s > 0 && (i === 0 || s > (steps[i - 1] ?? 0)))).toBe(true);
  });

  it('marks a line printed after a blocking call, and one printed after a suspension', () => {
    const lines = linesOf(blocking);

    expect(lines.find((l) => l.text === 'after time.sleep')).toMatchObject({ blocked: true, suspended: false });
    expect(lines.find((l) => l.text === 'after asyncio.sleep')).toMatchObject({ blocked: false, suspended: true });
  });
});

describe('durationOf and durationRight', () => {
  it('reads the run’s length from the virtual clock and accepts answers within 0.05 s', () => {
    const result = simulate(blocking, { trace: true, filename: 'b.py' });

    const seconds = durationOf(finalClock(result.trace ?? []), result.lines);

    expect(seconds).toBeCloseTo(0.4, 2);
    expect(durationRight(0.4, seconds)).toBe(true);
    expect(durationRight(0.44, seconds)).toBe(true);
    expect(durationRight(0.2, seconds)).toBe(false);
    expect(durationRight(0.5, seconds)).toBe(false);
  });
});

describe('parseSeconds', () => {
  it('reads plain numbers, a decimal comma and a unit', () => {
    expect(['0.4', ' .4 ', '0,4', '0.4 s', '0.4초', '2'].map(parseSeconds)).toEqual([0.4, 0.4, 0.4, 0.4, 0.4, 2]);
  });

  it('returns null for anything that is not a number of seconds', () => {
    expect(['', 'abc', '-1', '1e3', '0.4.1'].map(parseSeconds)).toEqual([null, null, null, null, null]);
  });
});
