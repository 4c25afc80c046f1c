import type { Expr, FormattedValue, JoinedStr, Loc } from './ast';

/**
 * String literals as CPython 3.11 reads them (Parser/string_parser.c): prefixes, escape
 * sequences, and f-strings split into literal text and `{...}` fields.
 */

/** An error CPython raises while decoding a literal; the caller decides where it points. */
export class LiteralError extends Error {}

export interface LiteralParts {
  raw: boolean;
  bytes: boolean;
  format: boolean;
  /** The text between the quotes. */
  body: string;
  /** Offset of `body` within the literal's source text. */
  bodyOffset: number;
}

/** Split `rb'...'`, `f"""..."""` and friends into prefix flags and body. */
export function splitLiteral(source: string): LiteralParts {
  let i = 0;
  while (i < source.length && source[i] !== '"' && source[i] !== "'") i++;
  const prefix = source.slice(0, i).toLowerCase();
  const quote = source[i];
  const long = source.startsWith(quote.repeat(3), i);
  const q = long ? 3 : 1;
  return {
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    format: prefix.includes('f'),
    body: source.slice(i + q, source.length - q),
    bodyOffset: i + q,
  };
}

/** What decoding needs from the converter: a place to refuse what the simulator lacks. */
export interface LiteralContext {
  /** Record an unsupported construct found at `[from, to)` (offsets into the file). */
  refuse(construct: string, from: number, to: number): void;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Decode the escapes of a (non-raw) str literal body. `bodyStart` is the body's file offset.
 *
 * Error positions mimic CPython's `decode_unicode_with_escapes`, which first rewrites every
 * non-ASCII character as a ten-byte `\Uxxxxxxxx` before decoding.
 */
export function decodeEscapes(body: string, bodyStart: number, ctx: LiteralContext): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let pos = 0; // CPython's byte position in the rewritten text
  const width = (ch: string): number => (ch.charCodeAt(0) < 128 ? 1 : 10);
  const fail = (start: number, stop: number, what: string): LiteralError =>
    new LiteralError(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${stop - 1}: ${what}`,
    );
  for (let i = 0; i < body.length;) {
    const ch = body[i];
    if (ch !== '\\') {
      const cp = body.codePointAt(i) ?? 0;
      const s = String.fromCodePoint(cp);
      out += s;
      pos += width(s);
      i += s.length;
      continue;
    }
    const start = pos;
    const c = body[i + 1];
    if (c === undefined) {
      // A lone trailing backslash (only reachable in an f-string literal piece before `{`).
      out += '\\';
      pos++;
      i++;
      continue;
    }
    if (c in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[c];
      i += 2;
      pos += 2;
      continue;
    }
    if (c >= '0' && c <= '7') {
      let j = i + 1;
      let n = 0;
      while (j < body.length && j < i + 4 && body[j] >= '0' && body[j] <= '7') n = n * 8 + Number(body[j++]);
      out += String.fromCodePoint(n);
      pos += j - i;
      i = j;
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      const digits = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + digits && isHex(body[j])) j++;
      if (j < i + 2 + digits) {
        const what =
          c === 'x'
            ? 'truncated \\xXX escape'
            : c === 'u'
              ? 'truncated \\uXXXX escape'
              : 'truncated \\UXXXXXXXX escape';
        throw fail(start, start + (j - i), what);
      }
      const cp = parseInt(body.slice(i + 2, j), 16);
      if (cp > 0x10ffff) throw fail(start, start + (j - i), 'illegal Unicode character');
      // A JavaScript string cannot hold a lone surrogate apart from a pair: '\ud83d\ude00' would
      // become one character where CPython has two.
      if (cp >= 0xd800 && cp <= 0xdfff) ctx.refuse('surrogate code points (\\ud800 to \\udfff)', bodyStart + i, bodyStart + j);
      out += String.fromCodePoint(cp);
      pos += j - i;
      i = j;
      continue;
    }
    if (c === 'N') {
      let j = i + 2;
      if (body[j] === '{') {
        const close = body.indexOf('}', j);
        j = close < 0 ? body.length : close + 1;
      }
      ctx.refuse('named Unicode escapes (\\N{...})', bodyStart + i, bodyStart + j);
      out += '\ufffd';
      pos += j - i;
      i = j;
      continue;
    }
    // An unknown escape keeps its backslash (CPython only warns).
    out += '\\';
    pos++;
    i++;
  }
  return out;
}

/** What f-string parsing needs from the converter. */
export interface FStringContext extends LiteralContext {
  /** Parse and convert the expression `text` found at file offsets `[from, to)`. */
  compile(text: string, from: number, to: number): Expr;
  loc(from: number, to: number): Loc;
}

/**
 * Parse an f-string body into JoinedStr values, after CPython 3.11's `fstring_find_literal`
 * and `fstring_find_expr`. Expressions are compiled as soon as they are found, so an error in
 * the first field wins over a malformed second one, as in CPython.
 */
export function parseFString(
  body: string,
  bodyStart: number,
  raw: boolean,
  ctx: FStringContext,
): (string | FormattedValue)[] {
  let i = 0;
  const end = body.length;

  const decode = (from: number, to: number): string =>
    raw ? body.slice(from, to) : decodeEscapes(body.slice(from, to), bodyStart + from, ctx);

  function parse(level: number): (string | FormattedValue)[] {
    const values: (string | FormattedValue)[] = [];
    const pushLiteral = (s: string): void => {
      if (s === '') return;
      const last = values[values.length - 1];
      if (typeof last === 'string') values[values.length - 1] = last + s;
      else values.push(s);
    };
    for (;;) {
      // The literal part: up to an undoubled brace.
      const litStart = i;
      let doubled = false;
      while (i < end) {
        let ch = body[i++];
        if (!raw && ch === '\\' && i < end) {
          ch = body[i++];
          if (ch === 'N') {
            if (i < end && body[i++] === '{') {
              while (i < end && body[i++] !== '}');
            }
            continue;
          }
        }
        if (ch === '{' || ch === '}') {
          if (level === 0) {
            if (i < end && body[i] === ch) {
              doubled = true;
              break;
            }
            if (ch === '}') {
              throw new LiteralError("f-string: single '}' is not allowed");
            }
          }
          i--;
          break;
        }
      }
      pushLiteral(decode(litStart, i));
      if (doubled) {
        i++;
        continue;
      }
      if (i >= end || body[i] === '}') return values;
      values.push(field(level));
    }
  }

  function field(level: number): FormattedValue {
    if (level >= 2) throw new LiteralError('f-string: expressions nested too deeply');
    const open = i;
    i++; // the '{'
    const exprStart = i;
    let quote = '';
    let quoteLen = 0;
    const stack: string[] = [];
    for (; i < end; i++) {
      const ch = body[i];
      if (ch === '\\') throw new LiteralError('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (quoteLen === 3) {
            if (i + 2 < end && body[i + 1] === ch && body[i + 2] === ch) {
              i += 2;
              quote = '';
            }
          } else {
            quote = '';
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (i + 2 < end && body[i + 1] === ch && body[i + 2] === ch) {
          quoteLen = 3;
          i += 2;
        } else {
          quoteLen = 1;
        }
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (stack.length >= 200) throw new LiteralError('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === '#') {
        throw new LiteralError("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && '!:}=<>'.includes(ch)) {
        const next = body[i + 1];
        if (i + 1 < end && next === '=' && ch !== ':' && ch !== '}') {
          i++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const opening = stack.pop();
        if (opening === undefined) throw new LiteralError(`f-string: unmatched '${ch}'`);
        if (!(
          (opening === '(' && ch === ')') ||
          (opening === '[' && ch === ']') ||
          (opening === '{' && ch === '}')
        )) {
          throw new LiteralError(
            `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`,
          );
        }
      }
    }
    const exprEnd = i;
    if (quote) throw new LiteralError('f-string: unterminated string');
    if (stack.length > 0) throw new LiteralError(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (i >= end) throw new LiteralError("f-string: expecting '}'");

    const text = body.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(text)) {
      const stop = body[exprEnd];
      if (stop === '!' || stop === ':' || stop === '=') {
        throw new LiteralError(`f-string: expression required before '${stop}'`);
      }
      throw new LiteralError('f-string: empty expression not allowed');
    }
    const value = ctx.compile(text, bodyStart + exprStart, bodyStart + exprEnd);

    let selfDocumenting: string | null = null;
    if (body[i] === '=') {
      i++;
      while (i < end && /[ \t\n\r\f\v]/.test(body[i])) i++;
      if (i >= end) throw new LiteralError("f-string: expecting '}'");
      selfDocumenting = body.slice(exprStart, i);
    }
    let conversion: FormattedValue['conversion'] = null;
    if (body[i] === '!') {
      i++;
      if (i >= end) throw new LiteralError("f-string: expecting '}'");
      const c = body[i++];
      if (c !== 's' && c !== 'r' && c !== 'a') {
        throw new LiteralError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c;
    }
    let formatSpec: JoinedStr | null = null;
    if (body[i] === ':') {
      i++;
      if (i >= end) throw new LiteralError("f-string: expecting '}'");
      const specStart = i;
      const values = parse(level + 1);
      formatSpec = { kind: 'JoinedStr', values, loc: ctx.loc(bodyStart + specStart, bodyStart + i) };
    }
    if (i >= end || body[i] !== '}') throw new LiteralError("f-string: expecting '}'");
    i++;
    // CPython: `f"{x=}"` with neither a conversion nor a spec shows the repr.
    if (selfDocumenting !== null && formatSpec === null && conversion === null) conversion = 'r';
    return {
      kind: 'FormattedValue',
      value,
      conversion,
      formatSpec,
      selfDocumenting,
      loc: ctx.loc(bodyStart + open, bodyStart + i),
    };
  }

  return parse(0);
}
