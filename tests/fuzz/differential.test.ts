/**
 * The differential mode's sample mixes the campaign's two kinds as `npm run fuzz` does: three
 * generated programs in every five, each kind numbered from 0 without gaps or repeats.
 */
import { expect, test } from 'vitest';
import { pick } from './differential';

test('a differential sample takes three generated programs in every five, each index once', () => {
  const sample = Array.from({ length: 500 }, (_, i) => pick(i));
  const indices = (kind: string) => sample.filter((p) => p.kind === kind).map((p) => p.index);
  expect(indices('generated')).toEqual(Array.from({ length: 300 }, (_, i) => i));
  expect(indices('mutated')).toEqual(Array.from({ length: 200 }, (_, i) => i));
  expect(sample.slice(0, 5).map((p) => p.kind)).toEqual(['generated', 'generated', 'generated', 'mutated', 'mutated']);
});
