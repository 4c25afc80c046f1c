/** Program number `index` of a campaign, reproducible from (kind, seed, index) alone. */
import fc from 'fast-check';
import { generated } from './grammar';
import { mutated } from './mutate';

export type Kind = 'generated' | 'mutated';

export function programSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) | 0;
}

export function programFor(kind: Kind, seed: number, index: number): string {
  const arb = kind === 'generated' ? generated : mutated;
  return fc.sample(arb, { seed: programSeed(seed, index), numRuns: 1 })[0];
}
