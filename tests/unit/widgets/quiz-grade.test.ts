import { describe, expect, it } from 'vitest';

import { grade, inlineMarkup, shortId } from '../../../src/widgets/quiz-grade';

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
