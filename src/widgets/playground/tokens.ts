/**
 * Tokens for a program the learner edited, in the form the visualizer draws (`CompactProgram`),
 * coloured from Lezer's Python tree. It runs in the playground's worker, next to the simulator,
 * which already carries the same parser.
 */
import { highlightTree } from '@lezer/highlight';
import { parser } from '@lezer/python';
import type { CompactProgram } from '../event-loop-view';
import { highlighter } from './highlight';
import { PALETTE, type SyntaxClass } from './palette';

const NAMES = Object.keys(PALETTE) as SyntaxClass[];

/** The program's lines, as the visualizer numbers them (a final newline adds no line). */
export function editedLines(source: string): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

export function tokenizeEdited(source: string): CompactProgram {
  const text = editedLines(source).join('\n');
  // One class per character; the default is plain text.
  const classOf = new Uint8Array(text.length);
  highlightTree(parser.parse(text), highlighter, (from, to, classes) => {
    const name = classes.split(' ')[0]?.replace(/^pg-/, '') as SyntaxClass;
    const index = NAMES.indexOf(name);
    if (index > 0) classOf.fill(index, from, to);
  });
  const styles: CompactProgram['styles'] = NAMES.map((n) => {
    const [light, dark] = PALETTE[n];
    return [light, dark, n === 'comment' ? 1 : 0];
  });
  const lines: CompactProgram['lines'] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const tokens: [string, number][] = [];
    let start = 0;
    for (let i = 1; i <= line.length; i++) {
      if (i === line.length || classOf[offset + i] !== classOf[offset + start]) {
        tokens.push([line.slice(start, i), classOf[offset + start] ?? 0]);
        start = i;
      }
    }
    lines.push(tokens);
    offset += line.length + 1;
  }
  return { styles, lines };
}
