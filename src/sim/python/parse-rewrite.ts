import type { Token } from './parse-tokens';

/**
 * Same-length rewrites of the source that let Lezer's Python grammar accept Python 3.11 it
 * lacks. Offsets do not move, so Lezer's node positions stay valid for the original text, which
 * the converter reads for names, numbers and strings.
 *
 * - A float with nothing after its point (`2.`, `1.e5`) gets a `0` there: Lezer's number
 *   token needs a digit after the point.
 * - A bare `yield` (no operand) becomes `(...)`; the converter recognises it by the original
 *   text. Lezer requires an operand.
 * - `with (a as b, c as d):` loses its parentheses (and the line breaks and comments inside
 *   them), which Lezer's `with` rule does not allow.
 * - A `with ... as` target other than a plain name (`as self.f`, `as (a, b)`) becomes one
 *   identifier; the converter parses the original target text on its own.
 * - A blank line holding a form feed (a page break) becomes spaces.
 */
export function rewriteForLezer(text: string, tokens: Token[]): string {
  let out: string[] | null = null;
  const put = (from: number, to: number, fill: (i: number) => string): void => {
    out ??= text.split('');
    for (let i = from; i < to; i++) out[i] = fill(i);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'NUMBER') {
      const dot = t.text.indexOf('.');
      if (dot >= 0 && !/[0-9]/.test(t.text[dot + 1] ?? '') && !/^0[xXoObB]/.test(t.text)) {
        put(t.start + dot, t.start + dot + 1, () => '0');
      }
      continue;
    }
    if (t.type !== 'NAME') continue;
    if (t.text === 'yield' && isBareYield(tokens, i)) {
      put(t.start, t.end, (k) => '(...)'[k - t.start]);
      continue;
    }
    if (t.text === 'with' && startsStatement(tokens, i, true)) rewriteWith(i);
  }
  // A line of nothing but whitespace with a form feed in it (a page break) is a blank line to
  // CPython's tokenizer; Lezer's indentation tracker trips on the form feed. As spaces the line
  // is blank to both, and a string it may sit in reads its text from the original source.
  if (text.includes('\f')) {
    for (const m of text.matchAll(/^[ \t\f]*\f[ \t\f]*$/gm)) put(m.index, m.index + m[0].length, () => ' ');
  }
  return out ? (out as string[]).join('') : text;

  function rewriteWith(w: number): void {
    let i = w + 1;
    const base = tokens[w].level;
    // `with (items):` — a parenthesized group followed directly by ':'.
    if (tokens[i]?.text === '(' && tokens[i].type === 'OP') {
      const close = matching(i);
      const after = tokens[close + 1];
      if (close > i && after?.type === 'OP' && after.text === ':' && hasAs(i + 1, close)) {
        const from = tokens[i].start;
        const to = tokens[close].end;
        const strings = tokens.slice(i, close).filter((s) => s.type === 'STRING');
        const inString = (k: number): boolean => strings.some((s) => s.start <= k && k < s.end);
        let comment = false;
        put(from, to, (k) => {
          const ch = text[k];
          if (inString(k)) return ch;
          if (ch === '#') comment = true;
          if (ch === '\n') {
            comment = false;
            return ' ';
          }
          if (comment || k === from || k === to - 1) return ' ';
          return ch;
        });
      }
    }
    // Targets after `as`, up to ',' or ':' (or ')') at their own bracket depth.
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type === 'NEWLINE') return;
      if (t.type === 'OP' && t.text === ':' && t.level === base) return;
      if (t.type !== 'NAME' || t.text !== 'as') continue;
      const depth = t.level;
      let j = i + 1;
      while (j < tokens.length) {
        const u = tokens[j];
        if (u.type === 'NEWLINE') break;
        if (u.level < depth) break;
        if (u.level === depth && u.type === 'OP' && (u.text === ',' || u.text === ':')) break;
        j++;
      }
      const first = tokens[i + 1];
      const last = tokens[j - 1];
      if (!first || j <= i + 1) continue;
      if (j === i + 2 && first.type === 'NAME') continue;
      put(first.start, last.end, () => '_');
      i = j - 1;
    }
  }

  function hasAs(from: number, to: number): boolean {
    const level = tokens[from].level;
    for (let k = from; k < to; k++)
      if (tokens[k].type === 'NAME' && tokens[k].text === 'as' && tokens[k].level === level) return true;
    return false;
  }

  function matching(open: number): number {
    const level = tokens[open].level;
    for (let k = open + 1; k < tokens.length; k++) {
      if (tokens[k].level < level) return k;
    }
    return -1;
  }
}

function startsStatement(tokens: Token[], i: number, allowAsync: boolean): boolean {
  const prev = tokens[i - 1];
  if (allowAsync && prev?.type === 'NAME' && prev.text === 'async')
    return startsStatement(tokens, i - 1, false);
  if (!prev) return true;
  if (prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT') return true;
  return prev.type === 'OP' && (prev.text === ';' || prev.text === ':') && prev.level === 0;
}

const ENDS = new Set([')', ']', '}', ';', ',', '=', ':']);

/** `yield` with no operand, where Python allows it: a statement, an assignment value, `(yield)`. */
function isBareYield(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const nextEnds =
    !next ||
    next.type === 'NEWLINE' ||
    next.type === 'ENDMARKER' ||
    (next.type === 'OP' && ENDS.has(next.text));
  if (!nextEnds) return false;
  if (startsStatement(tokens, i, false)) return true;
  if (
    prev?.type === 'OP' &&
    (prev.text === '=' ||
      (prev.text.endsWith('=') && prev.text.length > 1 && !['==', '!=', '<=', '>='].includes(prev.text)))
  ) {
    return true;
  }
  return prev?.type === 'OP' && prev.text === '(' && next?.type === 'OP' && next.text === ')';
}
