import { describe, expect, test } from 'vitest';

import rehypeUnindexedHeadings from '../../../src/markdown/rehype-unindexed-headings';

const heading = (tagName: string, text: string) => ({
  type: 'element',
  tagName,
  properties: { id: 'x' } as Record<string, unknown>,
  children: [{ type: 'text', value: text }],
});

describe('rehype-unindexed-headings', () => {
  test('marks the lesson quiz heading in both languages, and no other heading, for Pagefind to skip', () => {
    const tree = {
      type: 'root',
      children: [heading('h2', 'Check yourself'), heading('h2', '스스로 점검하기'), heading('h2', 'Check the order'), heading('p', 'Check yourself')],
    };

    rehypeUnindexedHeadings()(tree);

    expect(tree.children.map((n) => 'dataPagefindIgnore' in n.properties)).toEqual([true, true, false, false]);
    expect(tree.children[0].properties.id).toBe('x');
  });
});
