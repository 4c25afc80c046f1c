/**
 * A program file's bytes → its text, as CPython's tokenizer decodes a source file
 * (Parser/tokenizer.c, `check_bom` and `check_coding_spec`; PEP 263): UTF-8 unless a coding
 * cookie on the first or second line names another encoding, a UTF-8 byte-order mark allowed
 * only with UTF-8. Bytes the encoding cannot decode are a SyntaxError, as in CPython, never
 * U+FFFD.
 *
 * Files come in through run.ts `simulateFile` (the CLI, the test suites); the browser hands the
 * simulator text.
 */
import type { Loc } from './ast';
import { syntaxError } from './errors';

/** PEP 263's cookie: `# -*- coding: latin-1 -*-`, `# vim: set fileencoding=cp1252 :`. */
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** A line that lets the cookie stand on line 2 instead: blank, or only a comment. */
const BLANK_OR_COMMENT = /^[ \t\f]*(#.*)?$/;

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'u8', 'utf', 'cp65001']);
const LATIN1_NAMES = new Set(['latin-1', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', '8859', 'cp819', 'iso-latin-1', 'latin']);
const ASCII_NAMES = new Set(['ascii', 'us-ascii', '646', 'us']);
const CP1252_NAMES = new Set(['cp1252', 'windows-1252']);
/**
 * cp1252's bytes 80–9F (the rest are Latin-1), -1 where Python's codec defines none. Decoded
 * here because the platform's `windows-1252` decoder differs: some read it as Latin-1.
 */
const CP1252_HIGH = [0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1, -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178];

/** Python's spelling of a codec name, as `get_normal_name` and the codec registry see it. */
function normalName(declared: string): string {
  const name = declared.toLowerCase().replace(/_/g, '-');
  if (UTF8_NAMES.has(name) || name.startsWith('utf-8-')) return 'utf-8';
  if (LATIN1_NAMES.has(name) || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(name)) return 'iso-8859-1';
  if (ASCII_NAMES.has(name)) return 'ascii';
  if (CP1252_NAMES.has(name)) return 'cp1252';
  return name;
}

function at(line: number): Loc {
  return { line, col: 0, endLine: line, endCol: 0 };
}

/** The 1-based line that byte `offset` is on. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Where the first byte that does not start a well-formed UTF-8 sequence is, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes follow, and the range the first of them must be in: narrower
    // after E0, ED, F0 and F4, so that overlong forms, surrogates and code points past U+10FFFF
    // are refused, as CPython's decoder refuses them.
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Bytes as the code points of the same numbers (Latin-1), in chunks a call can take. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** The first two lines, read byte for byte (a cookie is ASCII whatever the encoding). */
function firstTwoLines(bytes: Uint8Array): [string, string] {
  const head = latin1(bytes.subarray(0, 2048));
  const [one = '', two = ''] = head.split('\n');
  return [one.replace(/\r$/, ''), two.replace(/\r$/, '')];
}

function decodeAs(name: string, bytes: Uint8Array): string | null {
  if (name === 'iso-8859-1') return latin1(bytes);
  if (name === 'ascii') return bytes.every((b) => b < 0x80) ? latin1(bytes) : null;
  if (name === 'cp1252') {
    const codes = Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b));
    if (codes.includes(-1)) return null;
    let text = '';
    for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
    return text;
  }
  try {
    // Decoders the platform has by this name (euc-kr, shift_jis, cp1252, …); fatal, as CPython's
    // strict error handler.
    return new TextDecoder(name, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file's text, or a located SyntaxError worded as CPython 3.11 words it. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const [one, two] = firstTwoLines(body);
  const cookie = COOKIE.exec(one) ?? (BLANK_OR_COMMENT.test(one) ? COOKIE.exec(two) : null);
  const declared = cookie?.[1] ?? null;
  const cookieLine = cookie ? (COOKIE.test(one) ? 1 : 2) : 1;
  const name = declared === null ? 'utf-8' : normalName(declared);

  if (name !== 'utf-8') {
    if (bom) throw syntaxError(`encoding problem: ${name} with BOM`, at(1));
    const text = decodeAs(name, body);
    if (text === null) throw syntaxError(`encoding problem: ${declared}`, at(cookieLine));
    return text;
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const line = lineOf(body, bad);
    const hex = body[bad].toString(16).padStart(2, '0');
    if (declared !== null) throw syntaxError(`(unicode error) 'utf-8' codec can't decode byte 0x${hex}`, at(line));
    throw syntaxError(
      `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, ` +
        'but no encoding declared; see https://peps.python.org/pep-0263/ for details',
      at(line),
    );
  }
  return new TextDecoder('utf-8').decode(body);
}
