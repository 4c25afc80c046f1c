import type { Loc } from './ast';

/** Line starts of the file's text, shared by every view of it. */
class LineTable {
  /** Offset at which each line starts; `starts[0]` is line 1. */
  readonly starts: number[] = [0];
  /** Lines holding a surrogate pair, where code points and UTF-16 units differ. */
  readonly astral = new Set<number>();

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c >= 0xd800 && c <= 0xdbff) this.astral.add(this.starts.length);
    }
  }
}

/**
 * Offsets → 1-based lines and 0-based columns, for the newline-normalized source.
 *
 * Columns count Unicode code points, as CPython's `SyntaxError.offset` does, so a caret lands
 * under the same character CPython points at even after an emoji on the line.
 *
 * An f-string field is parsed on its own (as CPython 3.11 does); `shifted` gives a view whose
 * offset 0 is a given file offset, so positions inside the field come out as file positions.
 */
export class LineMap {
  private readonly table: LineTable;
  private readonly base: number;

  constructor(text: string | LineTable, base = 0) {
    this.table = typeof text === 'string' ? new LineTable(text) : text;
    this.base = base;
  }

  /** A view in which offset `o` means file offset `o + base`. */
  shifted(base: number): LineMap {
    return new LineMap(this.table, this.base + base);
  }

  lineStart(line: number): number {
    const starts = this.table.starts;
    return starts[Math.min(Math.max(line, 1), starts.length) - 1] - this.base;
  }

  /** The text of a line, without its newline. */
  lineText(line: number): string {
    const text = this.table.text;
    const start = this.lineStart(line) + this.base;
    const nl = text.indexOf('\n', start);
    return text.slice(start, nl < 0 ? text.length : nl);
  }

  lineOf(offset: number): number {
    const starts = this.table.starts;
    const o = offset + this.base;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The column of `offset` on `line` (which must contain it). */
  colOf(offset: number, line = this.lineOf(offset)): number {
    const start = this.table.starts[line - 1];
    const o = offset + this.base;
    if (!this.table.astral.has(line)) return o - start;
    const text = this.table.text;
    let col = 0;
    for (let i = start; i < o; i++) {
      const c = text.charCodeAt(i);
      const low = c >= 0xdc00 && c <= 0xdfff;
      const prev = i > start ? text.charCodeAt(i - 1) : 0;
      if (!(low && prev >= 0xd800 && prev <= 0xdbff)) col++;
    }
    return col;
  }

  loc(from: number, to: number = from): Loc {
    const line = this.lineOf(from);
    const endLine = to === from ? line : this.lineOf(to);
    return { line, col: this.colOf(from, line), endLine, endCol: this.colOf(to, endLine) };
  }

  /** A location given by line and column directly (for CPython's odd error positions). */
  at(line: number, col: number, endLine = line, endCol = col): Loc {
    return { line, col: Math.max(0, col), endLine, endCol: Math.max(0, endCol) };
  }
}
