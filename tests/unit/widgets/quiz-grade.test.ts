import { describe, expect, it } from 'vitest';

import { feedback, grade, inlineMarkup, shortId } from '../../../src/widgets/quiz-grade';

describe('grade', () => {
  it('is right when exactly the correct option is chosen', () => {
    expect(grade([false, true, false], [1])).toEqual({ right: true, verdicts: ['other', 'chosen-right', 'other'] });
  });

  it('is wrong when a wrong option is chosen, and shows the one that was right', () => {
    expect(grade([false, true, false], [2])).toEqual({ right: false, verdicts: ['other', 'missed', 'chosen-wrong'] });
  });

  it('needs every correct option of a several-answer question, and no wrong one', () => {
    const correct = [true, true, false, false];

    expect(grade(correct, [0, 1]).right).toBe(true);
    expect(grade(correct, [0]).right).toBe(false);
    expect(grade(correct, [0, 1, 2]).right).toBe(false);
    expect(grade(correct, []).right).toBe(false);
  });
});

describe('inlineMarkup', () => {
  it('turns backticks into inline code and escapes everything else', () => {
    expect(inlineMarkup('Does `await x<1>` run <b>now</b> & later?')).toBe(
      'Does <code>await x&lt;1&gt;</code> run &lt;b&gt;now&lt;/b&gt; &amp; later?',
    );
  });
});

describe('shortId', () => {
  it('is stable for the same text and differs for different text', () => {
    expect(shortId('a question')).toBe(shortId('a question'));
    expect(shortId('a question')).not.toBe(shortId('another question'));
  });
});

describe('feedback', () => {
  // One right answer (the second) among three options.
  const one = [false, true, false];

  it('explains only the chosen option after a wrong pick, and never marks the right one', () => {
    const f = feedback(one, [0]);

    expect(f.right).toBe(false);
    expect(f.open).toEqual([true, false, false]);
  });

  it('opens every explanation once the answer is right', () => {
    expect(feedback(one, [1]).open).toEqual([true, true, true]);
  });

  it('opens every explanation when the learner gives up, with the right option marked', () => {
    const f = feedback(one, [0], true);

    expect(f.right).toBe(false);
    expect(f.open).toEqual([true, true, true]);
    expect(f.verdicts).toEqual(['chosen-wrong', 'missed', 'other']);
  });

  it('counts right options still missing without saying which', () => {
    const f = feedback([true, true, false], [0]);

    expect(f.missing).toBe(1);
    expect(f.open).toEqual([true, false, false]);
  });
});
