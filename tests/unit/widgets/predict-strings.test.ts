import { describe, expect, it } from 'vitest';

import { fill, predictStrings } from '../../../src/widgets/predict-strings';
import { quizStrings } from '../../../src/widgets/quiz-strings';

describe('predictStrings', () => {
  it('names the check button Check in English and 확인 in Korean', () => {
    expect(predictStrings('en').check).toBe('Check');
    expect(predictStrings('ko').check).toBe('확인');
    expect(quizStrings('ko').check).toBe('확인');
  });

  it('has the same placeholders in every language, so no message loses a value', () => {
    const en = predictStrings('en');
    const ko = predictStrings('ko');
    const holes = (t: string): string[] => (t.match(/\{\w+\}/g) ?? []).sort();

    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const a = en[key];
      const b = ko[key];
      if (typeof a === 'string' && typeof b === 'string') expect(holes(b), key).toEqual(holes(a));
    }
    expect(Object.keys(ko.misconceptions).sort()).toEqual(Object.keys(en.misconceptions).sort());
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('{line}: now line {position} of {total}. {x}', { line: 'a', position: 2, total: 5 })).toBe(
      'a: now line 2 of 5. {x}',
    );
  });
});
