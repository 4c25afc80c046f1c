/**
 * Hints in tiers for the predict exercise. A wrong answer earns the least help that could get the
 * learner moving again, and each further wrong Check (or a press of "Give me a hint") one tier
 * more, so the answer comes last and only when asked for:
 *
 * - order:    1. which line is the first in the wrong place; 2. the misconception that most likely
 *             put it there (and the visualizer at that step); 3. "Show the answer".
 * - duration: 1. too long or too short; 2. why (waits that overlap, or waits that cannot);
 *             3. "Show the answer".
 *
 * Pure, so unit-tested; PredictOutput.tsx only shows what these return.
 */
import { firstDifference, misconception, type Misconception, type PredictLine, type ProgramFeatures } from './predict-check';

/** The last tier: the learner may now see the answer. */
export const ANSWER_TIER = 3;

/** The tier after one more wrong Check or one more request for help (never past the answer). */
export function nextTier(tier: number): number {
  return Math.min(ANSWER_TIER, Math.max(0, Math.floor(tier)) + 1);
}

/** What a wrong order earns at `tier`. */
export interface OrderHint {
  /** 1-based position of the first line in the wrong place. */
  position: number;
  /** The text of the line the learner put there. */
  got: string;
  /** From tier 2: the misconception that most likely produced it. */
  misconception: Misconception | null;
  /** From tier 2: the visualizer's step at which CPython prints the line that belongs there. */
  step: number | null;
  /** From tier 3: the learner may reveal the answer. */
  offerAnswer: boolean;
}

/** The hint for a wrong `order` at `tier`, or null when the order is one CPython allows. */
export function orderHint(lines: readonly PredictLine[], order: readonly number[], features: ProgramFeatures, tier: number): OrderHint | null {
  const diff = firstDifference(lines, order);
  if (!diff) return null;
  const named = tier >= 2;
  return {
    position: diff.position + 1,
    got: lines[diff.got]?.text ?? '',
    misconception: named ? misconception(lines, diff, features) : null,
    step: named ? (lines[diff.expected]?.step ?? null) : null,
    offerAnswer: tier >= ANSWER_TIER,
  };
}

/**
 * Why a duration is off, in the two ways it can be: waits that overlap were added up
 * (`overlap`: the answer is too long), or waits that run one after another were overlapped
 * (`sequence`: too short).
 */
export type DurationReason = 'overlap' | 'sequence';

/** What a wrong duration earns at `tier`. */
export interface DurationHint {
  direction: 'too-long' | 'too-short';
  /** From tier 2. */
  reason: DurationReason | null;
  /** From tier 3. */
  offerAnswer: boolean;
}

/** The hint for a wrong duration `answer` (the run takes `actual` seconds) at `tier`. */
export function durationHint(answer: number, actual: number, tier: number): DurationHint {
  const tooLong = answer > actual;
  return {
    direction: tooLong ? 'too-long' : 'too-short',
    reason: tier >= 2 ? (tooLong ? 'overlap' : 'sequence') : null,
    offerAnswer: tier >= ANSWER_TIER,
  };
}
