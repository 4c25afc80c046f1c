import type { Loc } from './ast';
import { SimError, syntaxError } from './errors';
import type { LineMap } from './parse-lines';

/**
 * A tokenizer that follows CPython 3.11's `Parser/tokenizer.c` (`tok_get`) closely enough to
 * raise its errors with its words and at its positions: unterminated strings, unmatched and
 * unclosed brackets, indentation and tab errors, malformed numbers, invalid characters.
 *
 * Lezer builds the syntax tree; this token stream is what CPython's parser would have seen, and
 * the error diagnosis (parse-diagnose.ts) reads it to word its messages.
 */

export type TokType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER';

export interface Token {
  type: TokType;
  /** The token's text; for an operator, the operator. Empty for INDENT/DEDENT/ENDMARKER. */
  text: string;
  start: number;
  end: number;
  /** Bracket depth after this token, as CPython's `token->level`. */
  level: number;
}

/**
 * How a tokenizer error competes with a parser error found earlier in the file (CPython's
 * `_PyPegen_set_syntax_error` and `_PyPegen_tokenize_full_source_to_check_for_errors`):
 *
 * - `hard`: the tokenizer raised it (unterminated string, bad number, stray bracket, invalid
 *   character). CPython tokenizes the whole file after a parser error, and such an error
 *   replaces the parser's, unless that was "unexpected indent".
 * - `soft`: indentation, tab and line-continuation errors. CPython reports them only when
 *   its parser gets that far.
 * - `unclosed`: end of input inside brackets. It replaces a parser error only when the
 *   parser had read past the line of the opening bracket.
 */
export interface TokenizerError {
  error: SimError;
  kind: 'hard' | 'soft' | 'unclosed';
  /** Offset of the token (or line) where it happened: parser errors before it come first. */
  at: number;
  /**
   * The innermost bracket still open there, as CPython's "'(' was never closed" error, with
   * its line: CPython reports it instead when its parser had read past that line.
   */
  unclosed: { error: SimError; line: number } | null;
}

export interface Tokens {
  /** The tokens up to the first tokenizer error (then without ENDMARKER). */
  list: Token[];
  error: TokenizerError | null;
}

class Stop {
  constructor(
    readonly error: SimError,
    readonly kind: 'hard' | 'soft',
  ) {}
}

const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

const TWO_CHAR = new Set([
  '!=',
  '%=',
  '&=',
  '**',
  '*=',
  '+=',
  '-=',
  '->',
  '//',
  '/=',
  ':=',
  '<<',
  '<=',
  '<>',
  '==',
  '>=',
  '>>',
  '@=',
  '^=',
  '|=',
]);
const THREE_CHAR = new Set(['**=', '...', '//=', '<<=', '>>=']);

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isAsciiIdentChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c === '_';
const isIdentStart = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c.charCodeAt(0) >= 128;
const isIdentChar = (c: string): boolean => isAsciiIdentChar(c) || c.charCodeAt(0) >= 128;

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's `str.isprintable` for one character. */
export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NOT_PRINTABLE.test(ch);
}

export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

export function invalidCharMessage(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return isPrintable(ch)
    ? `invalid character '${ch}' (U+${hex4(cp)})`
    : `invalid non-printable character U+${hex4(cp)}`;
}

/** Tokenize `text`, which must end with a newline, up to the first tokenizer error. */
export function tokenize(text: string, lines: LineMap): Tokens {
  const end = text.length;
  // Start of the token being read (or of the line, for indentation): where an error is met.
  let at = 0;
  const list: Token[] = [];
  const indstack = [0];
  const altindstack = [0];
  const parens: { ch: string; pos: number }[] = [];
  let pos = 0;
  let atbol = true;
  let pendin = 0;

  // A position just past the last character read, as CPython's `tok->cur` when it reports.
  const fail = (message: string, cur: number): Stop => {
    const line = lines.lineOf(Math.max(0, cur - 1));
    const col = Math.max(0, lines.colOf(cur, line) - 1);
    return new Stop(syntaxError(message, lines.at(line, col)), 'hard');
  };
  const soft = (message: string, loc: Loc): Stop => new Stop(syntaxError(message, loc), 'soft');
  const unclosed = (): TokenizerError['unclosed'] => {
    const open = parens[parens.length - 1];
    if (!open) return null;
    return {
      error: syntaxError(`'${open.ch}' was never closed`, lines.loc(open.pos)),
      line: lines.lineOf(open.pos),
    };
  };

  try {
    return run();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { list, error: { error: e.error, kind: e.kind, at, unclosed: unclosed() } };
  }

  function run(): Tokens {
    // The end of input: CPython reports it on the last line, one past its last character.
    const eofLoc = () => {
      const line = lines.lineOf(end - 1);
      return lines.at(line, lines.colOf(end - 1, line));
    };
    const push = (type: TokType, start: number, stop: number): void => {
      list.push({ type, text: text.slice(start, stop), start, end: stop, level: parens.length });
    };

    for (;;) {
      let blankline = false;
      if (atbol) {
        atbol = false;
        let col = 0;
        let altcol = 0;
        const lineBegin = pos;
        // A backslash in the indentation continues it on the next line; the column where the
        // first one stands is the line's indentation (3.11.7's `tok_get`, `cont_line_col`).
        let contLineCol = 0;
        for (; pos < end; pos++) {
          const c = text[pos];
          if (c === ' ') {
            col++;
            altcol++;
          } else if (c === '\t') {
            col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
            altcol++;
          } else if (c === '\f') {
            col = altcol = 0;
          } else if (c === '\\') {
            contLineCol = contLineCol || col;
            at = pos;
            if (text[pos + 1] !== '\n') {
              const line = lines.lineOf(pos);
              throw soft(
                'unexpected character after line continuation character',
                lines.at(line, lines.colOf(pos + 1, line)),
              );
            }
            pos++;
            if (pos + 1 >= end) {
              const error = syntaxError('unexpected EOF while parsing', eofLoc());
              return { list, error: { error, kind: 'soft', at: end, unclosed: null } };
            }
          } else break;
        }
        const c = pos < end ? text[pos] : '';
        if (c === '#' || c === '\n') blankline = true;
        if (contLineCol) col = altcol = contLineCol;
        if (!blankline && parens.length === 0) {
          const line = lines.lineOf(lineBegin);
          at = lineBegin;
          const tabError = (): Stop =>
            soft('inconsistent use of tabs and spaces in indentation', lines.at(line, 0));
          const top = indstack.length - 1;
          if (col === indstack[top]) {
            if (altcol !== altindstack[top]) throw tabError();
          } else if (col > indstack[top]) {
            if (indstack.length >= MAXINDENT) {
              throw soft('too many levels of indentation', lines.at(line, 0));
            }
            if (altcol <= altindstack[top]) throw tabError();
            pendin++;
            indstack.push(col);
            altindstack.push(altcol);
          } else {
            while (indstack.length > 1 && col < indstack[indstack.length - 1]) {
              pendin--;
              indstack.pop();
              altindstack.pop();
            }
            if (col !== indstack[indstack.length - 1]) {
              const text = lines.lineText(line);
              throw soft(
                'unindent does not match any outer indentation level',
                lines.at(line, lines.colOf(lines.lineStart(line) + text.length, line)),
              );
            }
            if (altcol !== altindstack[altindstack.length - 1]) throw tabError();
          }
        }
        if (pendin !== 0) {
          while (pendin < 0) {
            pendin++;
            push('DEDENT', pos, pos);
          }
          while (pendin > 0) {
            pendin--;
            push('INDENT', lineBegin, pos);
          }
        }
      }

      // again: skip spaces (a backslash continuation jumps back here)
      while (pos < end && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\f')) pos++;
      let start = pos;
      at = pos;
      if (pos < end && text[pos] === '#') {
        while (pos < end && text[pos] !== '\n') pos++;
      }

      if (pos >= end) {
        if (parens.length > 0) {
          const open = unclosed() as NonNullable<TokenizerError['unclosed']>;
          return { list, error: { error: open.error, kind: 'unclosed', at: end, unclosed: open } };
        }
        // Dedent everything still open, then end; CPython places both at the end of input.
        while (indstack.length > 1) {
          indstack.pop();
          push('DEDENT', end, end);
        }
        push('ENDMARKER', end, end);
        return { list, error: null };
      }

      const c = text[pos];

      if (c === '\n') {
        pos++;
        atbol = true;
        if (blankline || parens.length > 0) continue;
        push('NEWLINE', start, pos);
        continue;
      }

      if (isIdentStart(c)) {
        // String prefixes: b, r, u, f in the combinations CPython allows.
        let sawB = false;
        let sawR = false;
        let sawU = false;
        let sawF = false;
        let q = pos;
        for (;;) {
          const ch = text[q];
          if (!(sawB || sawU || sawF) && (ch === 'b' || ch === 'B')) sawB = true;
          else if (!(sawB || sawU || sawR || sawF) && (ch === 'u' || ch === 'U')) sawU = true;
          else if (!(sawR || sawU) && (ch === 'r' || ch === 'R')) sawR = true;
          else if (!(sawF || sawB || sawU) && (ch === 'f' || ch === 'F')) sawF = true;
          else break;
          q++;
          if (text[q] === '"' || text[q] === "'") break;
        }
        if (q > pos && (text[q] === '"' || text[q] === "'")) {
          pos = scanString(q, start);
          push('STRING', start, pos);
          continue;
        }
        let nonascii = false;
        while (pos < end && isIdentChar(text[pos])) {
          if (text.charCodeAt(pos) >= 128) nonascii = true;
          pos++;
        }
        if (nonascii) verifyIdentifier(start, pos);
        push('NAME', start, pos);
        continue;
      }

      if (c === '.') {
        if (isDigit(text[pos + 1] ?? '')) {
          pos = scanNumber(pos);
          push('NUMBER', start, pos);
          continue;
        }
        if (text[pos + 1] === '.' && text[pos + 2] === '.') {
          pos += 3;
          push('OP', start, pos);
          continue;
        }
        pos++;
        push('OP', start, pos);
        continue;
      }

      if (isDigit(c)) {
        pos = scanNumber(pos);
        push('NUMBER', start, pos);
        continue;
      }

      if (c === '"' || c === "'") {
        pos = scanString(pos, start);
        push('STRING', start, pos);
        continue;
      }

      if (c === '\\') {
        if (text[pos + 1] !== '\n') {
          const line = lines.lineOf(pos);
          throw soft(
            'unexpected character after line continuation character',
            lines.at(line, lines.colOf(pos + 1, line)),
          );
        }
        pos += 2;
        if (pos >= end) {
          const error = syntaxError('unexpected EOF while parsing', eofLoc());
          return { list, error: { error, kind: 'soft', at: end, unclosed: null } };
        }
        continue; // goto again (no indentation processing: atbol stays false)
      }

      const two = text.slice(pos, pos + 2);
      if (TWO_CHAR.has(two)) {
        const three = text.slice(pos, pos + 3);
        pos += THREE_CHAR.has(three) ? 3 : 2;
        push('OP', start, pos);
        continue;
      }

      if (c === '(' || c === '[' || c === '{') {
        if (parens.length >= MAXLEVEL) throw fail('too many nested parentheses', pos + 1);
        parens.push({ ch: c, pos });
      } else if (c === ')' || c === ']' || c === '}') {
        if (parens.length === 0) throw fail(`unmatched '${c}'`, pos + 1);
        const open = parens.pop() as { ch: string; pos: number };
        const match =
          (open.ch === '(' && c === ')') || (open.ch === '[' && c === ']') || (open.ch === '{' && c === '}');
        if (!match) {
          const openLine = lines.lineOf(open.pos);
          const hereLine = lines.lineOf(pos);
          const where = openLine !== hereLine ? ` on line ${openLine}` : '';
          throw fail(
            `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${where}`,
            pos + 1,
          );
        }
      }
      const cp = text.codePointAt(pos) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (!isPrintable(ch)) {
        throw fail(`invalid non-printable character U+${hex4(cp)}`, pos + ch.length);
      }
      pos += ch.length;
      push('OP', start, pos);
    }
  }

  /** PEP 3131 check of a non-ASCII name (CPython's `verify_identifier`). */
  function verifyIdentifier(from: number, to: number): void {
    let first = true;
    for (let i = from; i < to;) {
      const cp = text.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) throw fail(invalidCharMessage(ch), i + ch.length);
      first = false;
      i += ch.length;
    }
  }

  /** Scan a string literal whose opening quote is at `q`; `tokStart` includes any prefix. */
  function scanString(q: number, tokStart: number): number {
    const quote = text[q];
    let p = q + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (text[p] === quote) {
      if (text[p + 1] === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        return p + 1; // the empty string
      }
    }
    while (endQuoteSize !== quoteSize) {
      const ch = p < end ? text[p] : '';
      p++;
      if (ch === '' || (quoteSize === 1 && ch === '\n')) {
        // CPython reports from the start of the literal, naming the line it reached.
        const startLine = lines.lineOf(tokStart);
        const detected = ch === '' ? lines.lineOf(end - 1) : lines.lineOf(p - 1);
        const what =
          quoteSize === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        const loc = lines.at(startLine, lines.colOf(tokStart, startLine));
        throw new Stop(syntaxError(`${what} (detected at line ${detected})`, loc), 'hard');
      }
      if (ch === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (ch === '\\' && p < end) p++;
      }
    }
    return p;
  }

  /** Scan a number at `p` (a digit, or a '.' before a digit), as CPython's tokenizer does. */
  function scanNumber(p: number): number {
    const at = (i: number): string => (i < end ? text[i] : '');
    const tokStart = p;
    // `cur` mirrors CPython's `tok->cur`: errors point one before it.
    let c: string;
    const decimalTail = (): string => {
      for (;;) {
        do c = at(p++);
        while (isDigit(c));
        if (c !== '_') break;
        c = at(p++);
        if (!isDigit(c)) {
          p--;
          throw fail('invalid decimal literal', p);
        }
      }
      return c;
    };
    const verifyEnd = (ch: string, kind: string): void => {
      // `1if x else y` is accepted with a warning; any other letter right after is an error.
      const rest = text.slice(p - 1, p + 4);
      const kw =
        /^and(?![\w])/.test(rest) ||
        /^else(?![\w])/.test(text.slice(p - 1, p + 5)) ||
        /^for(?![\w])/.test(rest) ||
        /^i[fns]/.test(rest) ||
        /^or(?![\w])/.test(rest) ||
        /^not(?![\w])/.test(rest);
      if (!kw && ch !== '' && ch.charCodeAt(0) < 128 && isAsciiIdentChar(ch)) {
        p--;
        throw fail(`invalid ${kind} literal`, p);
      }
    };
    if (at(p) === '.') {
      p++;
      c = at(p++);
      return fraction();
    }
    c = at(p++);
    if (c === '0') {
      c = at(p++);
      if (c === 'x' || c === 'X') {
        c = at(p++);
        do {
          if (c === '_') c = at(p++);
          if (!isHex(c)) {
            p--;
            throw fail('invalid hexadecimal literal', p);
          }
          do c = at(p++);
          while (isHex(c));
        } while (c === '_');
        verifyEnd(c, 'hexadecimal');
        return p - 1;
      }
      if (c === 'o' || c === 'O') {
        c = at(p++);
        do {
          if (c === '_') c = at(p++);
          if (c < '0' || c >= '8' || c === '') {
            if (isDigit(c)) throw fail(`invalid digit '${c}' in octal literal`, p);
            p--;
            throw fail('invalid octal literal', p);
          }
          do c = at(p++);
          while (c >= '0' && c < '8' && c !== '');
        } while (c === '_');
        if (isDigit(c)) throw fail(`invalid digit '${c}' in octal literal`, p);
        verifyEnd(c, 'octal');
        return p - 1;
      }
      if (c === 'b' || c === 'B') {
        c = at(p++);
        do {
          if (c === '_') c = at(p++);
          if (c !== '0' && c !== '1') {
            if (isDigit(c)) throw fail(`invalid digit '${c}' in binary literal`, p);
            p--;
            throw fail('invalid binary literal', p);
          }
          do c = at(p++);
          while (c === '0' || c === '1');
        } while (c === '_');
        if (isDigit(c)) throw fail(`invalid digit '${c}' in binary literal`, p);
        verifyEnd(c, 'binary');
        return p - 1;
      }
      let nonzero = false;
      for (;;) {
        if (c === '_') {
          c = at(p++);
          if (!isDigit(c)) {
            p--;
            throw fail('invalid decimal literal', p);
          }
        }
        if (c !== '0') break;
        c = at(p++);
      }
      const zerosEnd = p;
      if (isDigit(c)) {
        nonzero = true;
        c = decimalTail();
      }
      if (c === '.') {
        c = at(p++);
        return fraction();
      }
      if (c === 'e' || c === 'E') return exponent();
      if (c === 'j' || c === 'J') return imaginary();
      if (nonzero) {
        const line = lines.lineOf(tokStart);
        const loc = lines.at(line, lines.colOf(tokStart, line), line, lines.colOf(zerosEnd - 1, line));
        throw new Stop(
          syntaxError(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            loc,
          ),
          'hard',
        );
      }
      verifyEnd(c, 'decimal');
      return p - 1;
    }
    p--;
    c = decimalTail();
    if (c === '.') {
      c = at(p++);
      return fraction();
    }
    return afterFraction();

    function fraction(): number {
      if (isDigit(c)) c = decimalTail();
      return afterFraction();
    }
    function afterFraction(): number {
      if (c === 'e' || c === 'E') return exponent();
      if (c === 'j' || c === 'J') return imaginary();
      verifyEnd(c, 'decimal');
      return p - 1;
    }
    function exponent(): number {
      const e = c;
      c = at(p++);
      if (c === '+' || c === '-') {
        c = at(p++);
        if (!isDigit(c)) {
          p--;
          throw fail('invalid decimal literal', p);
        }
      } else if (!isDigit(c)) {
        // `1else`: the 'e' starts a keyword, not an exponent.
        p--;
        verifyEnd(e, 'decimal');
        return p - 1;
      }
      c = decimalTail();
      if (c === 'j' || c === 'J') return imaginary();
      verifyEnd(c, 'decimal');
      return p - 1;
    }
    function imaginary(): number {
      c = at(p++);
      verifyEnd(c, 'imaginary');
      return p - 1;
    }
  }
}

/** The index of the first token that ends after `offset` or starts at it (`length` if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end > offset || t.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Is a Lezer `String`/`FormatString` node at `from` a real literal (one CPython's tokenizer
 * also sees)? Errors inside real ones are Lezer's 3.12 reading of f-strings and are left to
 * the CPython-style f-string parser; Lezer's error recovery can also invent a string around
 * junk, and errors there count.
 */
export function isRealString(name: string, from: number, tokens: Token[]): boolean {
  if (name !== 'String' && name !== 'FormatString') return false;
  const t = tokens[tokenAt(tokens, from)];
  return !!t && t.type === 'STRING' && t.start === from;
}

/**
 * The first INDENT that does not open a block (one not right after `:` NEWLINE): CPython's
 * parser stops there with "unexpected indent". Lezer's grammar absorbs some of them.
 */
export function strayIndent(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'INDENT') continue;
    const nl = tokens[i - 1];
    const colon = tokens[i - 2];
    if (!nl || nl.type !== 'NEWLINE' || !colon || colon.type !== 'OP' || colon.text !== ':') return i;
  }
  return -1;
}
