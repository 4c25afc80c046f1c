/**
 * The predict-the-output exercise's pure logic: shuffling the lines, checking an order against
 * every order CPython allows (race groups, src/sim/races.ts), finding the first line that differs,
 * and naming the misconception a wrong order most likely comes from. No DOM, so it is unit-tested.
 */
import { allowsOrder, raceRuns } from '../sim/races';

/** One output line as the exercise knows it; built from the trace by `predict-facts.ts`. */
export interface PredictLine {
  text: string;
  /** Lines sharing a race id may come in any order among themselves (see OutputLine.race). */
  race: number | null;
  /** Who printed it: a task's name (`Task-2`), a callback's label, or a worker thread's name. */
  actor: string;
  /** The task whose `create_task` made `actor`, when `actor` is a task some other task created. */
  creator: string | null;
  /** This is the first line `actor` printed. */
  first: boolean;
  /** Since `actor`'s previous line, the clock moved while it kept running (a blocking call such as `time.sleep`). */
  blocked: boolean;
  /** Since `actor`'s previous line (or its start), it suspended and gave the loop a turn. */
  suspended: boolean;
  /** The visualizer's step at which the line has just been printed (SEEK there), or null. */
  step: number | null;
}

/** What the program uses, as far as the misconception matcher cares. */
export interface ProgramFeatures {
  gather: boolean;
  createTask: boolean;
  timeSleep: boolean;
}

export type Misconception = 'create_task' | 'gather' | 'time.sleep' | 'await' | 'neutral';

/** The features the matcher looks for, read from the program's text. */
export function programFeatures(source: string): ProgramFeatures {
  return {
    gather: /\bgather\s*\(/.test(source),
    createTask: /\bcreate_task\s*\(/.test(source),
    timeSleep: /\btime\.sleep\s*\(/.test(source),
  };
}

/** True when `order` (indices into `lines`) is one of the orders CPython may print. */
export function isAllowed(lines: readonly PredictLine[], order: readonly number[]): boolean {
  if (order.length !== lines.length) return false;
  return allowsOrder(lines, order.map((i) => `${lines[i]?.text ?? ''}\n`).join(''));
}

/** A 32-bit seed from a string (FNV-1a), so a page shuffles the same way on every build. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and good enough to deal cards. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic shuffle of `lines` (indices), seeded by `seed`, that is never already an order
 * CPython allows, unless every order is allowed (one line, or a single race group).
 */
export function shuffleOrder(lines: readonly PredictLine[], seed: string): number[] {
  const n = lines.length;
  const next = random(seedOf(seed));
  for (let attempt = 0; attempt < 20; attempt++) {
    const order = [...Array(n).keys()];
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    if (!isAllowed(lines, order)) return order;
  }
  // Twenty shuffles all right (a tiny program): move each line one place down, if that is wrong.
  const rotated = [...Array(n).keys()].map((i) => (i + 1) % n);
  return isAllowed(lines, rotated) ? [...Array(n).keys()] : rotated;
}

/** Where a learner's order first goes wrong: the position, and the line CPython prints there. */
export interface Difference {
  position: number;
  /** Index into `lines` of the line that belongs at `position`. */
  expected: number;
  /** Index into `lines` of the line the learner put there. */
  got: number;
}

/**
 * The first position at which `order` cannot match any allowed order, or null when it matches.
 * Inside a race group any line of the group is right at any of the group's positions.
 */
export function firstDifference(lines: readonly PredictLine[], order: readonly number[]): Difference | null {
  const runOf = new Map<number, [number, number]>();
  for (const run of raceRuns(lines)) for (let i = run[0]; i < run[1]; i++) runOf.set(i, run);
  const used = new Set<number>();
  for (let p = 0; p < lines.length; p++) {
    const got = order[p];
    const run = runOf.get(p);
    const candidates = run ? range(run[0], run[1]).filter((i) => !used.has(i)) : [p];
    const match = candidates.find((i) => lines[i].text === lines[got]?.text);
    if (match === undefined) return { position: p, expected: candidates[0] ?? p, got };
    used.add(match);
  }
  return null;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/**
 * The misconception that most likely produced the learner's first wrong line: they put line
 * `got` (which CPython prints later) in place of line `expected`, jumping over the lines between.
 */
export function misconception(
  lines: readonly PredictLine[],
  diff: Difference,
  features: ProgramFeatures,
): Misconception {
  const moved = lines[diff.got];
  const here = lines[diff.expected];
  if (!moved || !here) return 'neutral';
  // Lines the learner's line jumped over (it belongs after all of them).
  const skipped = diff.got > diff.expected ? lines.slice(diff.expected, diff.got) : [];
  if (
    features.createTask &&
    moved.first &&
    moved.creator !== null &&
    skipped.some((l) => l.actor === moved.creator)
  ) {
    return 'create_task';
  }
  if (skipped.some((l) => l.actor !== moved.actor && l.blocked)) return 'time.sleep';
  if (features.gather && moved.actor === here.actor && skipped.every((l) => l.actor === here.actor)) {
    return 'gather';
  }
  if (skipped.some((l) => l.actor !== moved.actor && !l.suspended && !l.first)) return 'await';
  return 'neutral';
}

/** How long the run took, on the virtual clock: its final time, or its last line's. */
export function durationOf(finalClock: number, lines: readonly { time: number }[]): number {
  return Math.max(finalClock, ...lines.map((l) => l.time), 0);
}

/** The answer's tolerance, in seconds: the simulator's clock also counts each loop turn's tiny cost. */
export const DURATION_TOLERANCE = 0.05;

/**
 * Reads a learner's duration (`0.4`, `0,4`, `.4 s`) as seconds, or null when it is not a number.
 */
export function parseSeconds(text: string): number | null {
  const cleaned = text.trim().replace(',', '.').replace(/\s*(s|sec|secs|seconds?|초)$/i, '');
  if (!/^\d*\.?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** True when `answer` is within the tolerance of `actual`. */
export function durationRight(answer: number, actual: number): boolean {
  return Math.abs(answer - actual) <= DURATION_TOLERANCE + 1e-9;
}
