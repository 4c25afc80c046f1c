/**
 * Grading a quiz question, and the little markup quiz text may use. Pure, so unit-tested; the
 * page script (quiz-client.ts) only reads inputs and shows what these return.
 */

/** How one option reads after a check. */
export type Verdict = 'chosen-right' | 'chosen-wrong' | 'missed' | 'other';

export interface Grade {
  /** The learner chose exactly the correct options. */
  right: boolean;
  /** One per option, in order. */
  verdicts: Verdict[];
}

/** Grades the options `chosen` (indices) against `correct` (one flag per option). */
export function grade(correct: readonly boolean[], chosen: readonly number[]): Grade {
  const picked = new Set(chosen);
  const verdicts = correct.map((ok, i): Verdict =>
    picked.has(i) ? (ok ? 'chosen-right' : 'chosen-wrong') : ok ? 'missed' : 'other',
  );
  return { right: verdicts.every((v) => v === 'chosen-right' || v === 'other'), verdicts };
}

/** What a question shows after a check. */
export interface Feedback extends Grade {
  /** One per option: its explanation is shown. */
  open: boolean[];
  /** How many right options the learner has not chosen (said only as a number, never which). */
  missing: number;
}

/**
 * What a check of `chosen` shows. A wrong answer explains only the options the learner chose, so
 * one wrong pick does not give the others away; a right answer, or `gaveUp` (the learner asked
 * for the answer), opens every explanation.
 */
export function feedback(correct: readonly boolean[], chosen: readonly number[], gaveUp = false): Feedback {
  const g = grade(correct, chosen);
  const all = g.right || gaveUp;
  return {
    ...g,
    open: g.verdicts.map((v) => all || v === 'chosen-right' || v === 'chosen-wrong'),
    missing: g.verdicts.filter((v) => v === 'missed').length,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Quiz text as HTML: escaped, with `backticks` as inline code, the one piece of Markdown a prompt
 * or an explanation needs (props are plain strings, not MDX).
 */
export function inlineMarkup(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

/** A short stable id from text (FNV-1a, base 36), for a quiz or a question's radio group. */
export function shortId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
