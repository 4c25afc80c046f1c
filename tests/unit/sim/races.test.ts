import { describe, expect, it } from 'vitest';

import { allOrders, allowsOrder, describeCount, orderCount, type RaceLine } from '../../../src/sim/races';

/** Lines as the simulator reports them: `race` ids from a string like "..AA.BBB". */
function lines(texts: string[], races: string): RaceLine[] {
  return texts.map((text, i) => ({ text, race: races[i] === '.' ? null : races.charCodeAt(i) }));
}

describe('orderCount', () => {
  it('multiplies the orders of each race run', () => {
    expect(orderCount(lines(['a', 'b', 'c', 'd', 'e'], 'AA.BB'))).toBe(4n);
  });

  it('counts orders that differ only by swapping equal lines once', () => {
    expect(orderCount(lines(['x', 'x', 'y'], 'AAA'))).toBe(3n);
  });

  it('stays exact for a run far larger than a float can count', () => {
    const n = 200;
    const count = orderCount(lines(Array.from({ length: n }, (_, i) => `line ${i}`), 'A'.repeat(n)));

    expect(count.toString()).toHaveLength(375);
    expect(Number.isFinite(Number(count))).toBe(false);
  });
});

describe('describeCount', () => {
  it('gives small counts exactly and large ones in scientific form, never Infinity', () => {
    expect(describeCount(24n)).toBe('24');
    expect(describeCount(10n ** 400n * 26n)).toBe('about 2.60e+401');
  });
});

describe('allOrders', () => {
  it('lists the simulator’s own order first, then every other, each once', () => {
    const orders = allOrders(lines(['b', 'a', 'a'], 'AAA'));

    expect(orders).toEqual(['b\na\na\n', 'a\na\nb\n', 'a\nb\na\n']);
  });

  it('varies each run independently, the last run fastest', () => {
    const orders = allOrders(lines(['1', '2', '-', '3', '4'], 'AA.BB'));

    expect(orders).toEqual(['1\n2\n-\n3\n4\n', '1\n2\n-\n4\n3\n', '2\n1\n-\n3\n4\n', '2\n1\n-\n4\n3\n']);
  });

  it('gives only the orders asked for from a run of thousands of lines, each one allowed', () => {
    const big = lines(Array.from({ length: 8000 }, (_, i) => `task ${i} done`), 'A'.repeat(8000));

    const orders = allOrders(big, 5);

    expect(orders).toHaveLength(5);
    expect(new Set(orders).size).toBe(5);
    for (const o of orders) expect(allowsOrder(big, o)).toBe(true);
  });

  it('copes with thousands of separate race runs', () => {
    const texts: string[] = [];
    let races = '';
    for (let i = 0; i < 3000; i++) {
      texts.push(`a${i}`, `b${i}`, `-${i}`);
      races += String.fromCharCode(0x100 + i).repeat(2) + '.';
    }

    const orders = allOrders(lines(texts, races), 3);

    expect(orders).toHaveLength(3);
    expect(orders[0]).toBe(texts.map((t) => `${t}\n`).join(''));
  });
});
