/**
 * A rehype plugin that keeps the headings of the course's recurring widget sections out of the
 * search index. Every lesson ends with the same "Check yourself" section; indexed, a search for
 * "check" or "yourself" lists that heading once per lesson, each pointing at a quiz rather than
 * at the idea the learner was looking for. The heading stays on the page and in the table of
 * contents; Pagefind skips any element marked `data-pagefind-ignore`.
 */

/** The titles of the sections every lesson repeats, in each language the course speaks. */
export const WIDGET_SECTION_TITLES: readonly string[] = ['Check yourself', '스스로 점검하기'];

/** The little of hast this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function mark(node: HastNode): void {
  if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') && WIDGET_SECTION_TITLES.includes(textOf(node).trim())) {
    node.properties = { ...node.properties, dataPagefindIgnore: '' };
    return;
  }
  for (const child of node.children ?? []) mark(child);
}

export default function rehypeUnindexedHeadings() {
  return (tree: HastNode) => mark(tree);
}
