/**
 * `format(value, spec)`: the format-specification mini-language used by f-strings and
 * `str.format` (Python/formatter_unicode.c).
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 */
import { charge, checkSize } from './budget';
import { OverflowError, TypeError, ValueError, pyErr } from './exceptions';
import { floatRepr, toExponential, toFixed, toGeneral } from './floats';
import type { PyValue } from './objects';
import { installPercentFormat, typeName } from './ops';
import { percentFormat } from './percent-format';
import { intDecimal, str } from './repr';

interface Spec {
  fill: string;
  align: '<' | '>' | '^' | '=' | null;
  sign: '+' | '-' | ' ' | null;
  alternate: boolean;
  zero: boolean;
  width: number | null;
  grouping: ',' | '_' | null;
  precision: number | null;
  type: string | null;
}

const SPEC_RE = /^(?:(.)?([<>^=]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function parseSpec(spec: string, v: PyValue): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) throw pyErr(ValueError, `Invalid format specifier '${spec}' for object of type '${typeName(v)}'`);
  // f"{x:999999999}" asks for a string of a billion characters; it is refused before it is built.
  if (m[7] !== undefined) checkSize(Number(m[7]), 'characters');
  if (m[9] !== undefined) checkSize(Number(m[9]), 'digits');
  if (m[7] !== undefined || m[9] !== undefined) charge((Number(m[7] ?? 0) + Number(m[9] ?? 0)) / 16);
  return {
    // The `0` flag means fill with zeros (unless a fill is given), after the sign for numbers.
    fill: m[1] ?? (m[6] ? '0' : ' '),
    align: (m[2] as Spec['align']) ?? null,
    sign: (m[3] as Spec['sign']) ?? null,
    alternate: !!m[5],
    zero: !!m[6],
    width: m[7] !== undefined ? Number(m[7]) : null,
    grouping: (m[8] as Spec['grouping']) ?? null,
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type: m[10] ?? null,
  };
}

function group(intDigits: string, sep: string, every: number): string {
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % every === 0) out += sep;
    out += intDigits[i];
  }
  return out;
}

/** Puts sign, digits and padding together, honouring align/fill/width like CPython. */
function pad(sign: string, body: string, s: Spec, defaultAlign: '<' | '>' | '='): string {
  const width = s.width ?? 0;
  const len = [...sign].length + [...body].length;
  if (len >= width) return sign + body;
  const fillN = width - len;
  const fill = s.fill;
  switch (s.align ?? defaultAlign) {
    case '<':
      return sign + body + fill.repeat(fillN);
    case '>':
      return fill.repeat(fillN) + sign + body;
    case '^': {
      const left = Math.floor(fillN / 2);
      return fill.repeat(left) + sign + body + fill.repeat(fillN - left);
    }
    case '=':
      return sign + fill.repeat(fillN) + body;
  }
}

function signOf(negative: boolean, s: Spec): string {
  if (negative) return '-';
  if (s.sign === '+') return '+';
  if (s.sign === ' ') return ' ';
  return '';
}

function formatInt(n: bigint, s: Spec, v: PyValue): string {
  const t = s.type ?? 'd';
  if ('eEfFgG%'.includes(t)) return formatFloat(Number(n), s);
  if (s.precision !== null) throw pyErr(ValueError, 'Precision not allowed in integer format specifier');
  const neg = n < 0n;
  const a = neg ? -n : n;
  let digits: string;
  let prefix = '';
  switch (t) {
    case 'd':
    case 'n':
      digits = intDecimal(a);
      break;
    case 'x':
      digits = a.toString(16);
      prefix = s.alternate ? '0x' : '';
      break;
    case 'X':
      digits = a.toString(16).toUpperCase();
      prefix = s.alternate ? '0X' : '';
      break;
    case 'o':
      digits = a.toString(8);
      prefix = s.alternate ? '0o' : '';
      break;
    case 'b':
      digits = a.toString(2);
      prefix = s.alternate ? '0b' : '';
      break;
    case 'c':
      if (n < 0n || n > 0x10ffffn) throw pyErr(OverflowError, '%c arg not in range(0x110000)');
      return pad('', String.fromCodePoint(Number(n)), s, '<');
    default:
      throw pyErr(ValueError, `Unknown format code '${t}' for object of type '${typeName(v)}'`);
  }
  if (s.grouping) digits = group(digits, s.grouping, t === 'd' || t === 'n' ? 3 : 4);
  return pad(signOf(neg, s) + prefix, digits, s, s.zero ? '=' : '>');
}

function formatFloat(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let t = s.type;
  let body: string;
  if (!Number.isFinite(a)) {
    body = Number.isNaN(a) ? 'nan' : 'inf';
    if (t && 'EFG'.includes(t)) body = body.toUpperCase();
    return pad(signOf(neg && !Number.isNaN(x), s), body, { ...s, fill: s.zero && s.align === '=' ? ' ' : s.fill }, '>');
  }
  let suffix = '';
  if (t === '%') {
    body = toFixed(a * 100, s.precision ?? 6);
    suffix = '%';
  } else if (t === 'f' || t === 'F') body = toFixed(a, s.precision ?? 6);
  else if (t === 'e' || t === 'E') body = toExponential(a, s.precision ?? 6, t === 'E');
  else if (t === 'g' || t === 'G' || t === 'n') body = toGeneral(a, s.precision ?? 6, t === 'G', s.alternate);
  else if (s.precision !== null) {
    // No type but a precision: like 'g', except that fixed notation keeps at least one digit
    // after the point and the switch to exponent comes one digit earlier (Python/pystrtod.c,
    // Py_DTSF_ADD_DOT_0: decpt > precision - 1).
    const p = s.precision === 0 ? 1 : s.precision;
    const e10 = a === 0 ? 0 : Number(toExponential(a, p - 1).split('e')[1]);
    if (e10 < -4 || e10 >= p - 1) body = toExponential(a, p - 1).replace(/\.?0+(?=e)/, '');
    else {
      body = toFixed(a, p - 1 - e10);
      if (body.includes('.')) body = body.replace(/\.?0+$/, '');
      if (!body.includes('.')) body += '.0';
    }
    t = 'g';
  } else body = floatRepr(a);
  if (s.alternate && !body.includes('.') && (t === 'f' || t === 'F' || t === '%')) body += '.';
  if (s.grouping) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) body = group(m[1], s.grouping, 3) + m[2];
  }
  return pad(signOf(neg, s), body + suffix, s, s.zero ? '=' : '>');
}

export function format(v: PyValue, spec: string): string {
  if (spec === '') return str(v);
  // bool.__format__ is int.__format__: with a spec, True formats as 1.
  if (typeof v === 'boolean') return formatInt(v ? 1n : 0n, parseSpec(spec, v), v);
  if (typeof v === 'bigint') return formatInt(v, parseSpec(spec, v), v);
  if (typeof v === 'number') {
    const s = parseSpec(spec, v);
    if (s.type && !'eEfFgGn%'.includes(s.type)) {
      throw pyErr(ValueError, `Unknown format code '${s.type}' for object of type 'float'`);
    }
    return formatFloat(v, s);
  }
  if (typeof v === 'string') return formatStr(v, parseSpec(spec, v), v);
  // object.__format__: only the empty spec is allowed; other types format their str().
  if (v === null || typeof v === 'object') {
    throw pyErr(TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
  }
  return str(v);
}

function formatStr(text: string, s: Spec, v: PyValue): string {
  if (s.type !== null && s.type !== 's') {
    throw pyErr(ValueError, `Unknown format code '${s.type}' for object of type '${typeName(v)}'`);
  }
  if (s.sign) throw pyErr(ValueError, 'Sign not allowed in string format specifier');
  if (s.grouping) throw pyErr(ValueError, `Cannot specify '${s.grouping}' with 's'.`);
  if (s.align === '=') throw pyErr(ValueError, "'=' alignment not allowed in string format specifier");
  const body = s.precision !== null ? [...text].slice(0, s.precision).join('') : text;
  return pad('', body, s, '<');
}

installPercentFormat((fmt, arg) => percentFormat(fmt, arg, format));
