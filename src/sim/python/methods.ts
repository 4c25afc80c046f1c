/**
 * Methods of the builtin types (str, list, dict, set, tuple, int, float), found by `getattr`.
 */
import { SSIZE_MAX, charWidth, checkAllocation } from './allocation';
import { MAX_VALUE_SIZE, charge, checkSize, unsupportedHere } from './budget';
import { IndexError, KeyError, OverflowError, PyBaseException, TypeError, ValueError, pyErr } from './exceptions';
import { since } from './dialect';
import { format } from './format';
import {
  type Kwargs,
  PyBuiltin,
  PyCallable,
  PyDict,
  PyList,
  PySet,
  PyTuple,
  type PyValue,
  PyObject,
  PyRange,
} from './objects';
import { contains, itemEq, iterate, lessThan, normIndex, requireHash, toArray, truthy, typeName } from './ops';
import { DictIterator } from './iterators';
import { rangeAttr, rangeItem } from './ranges';
import { caseFold, isAlpha, isCased, lowerAt, titleCase, isDecimal, isDigit, isIdContinue, isIdStart, isLower, isNumeric, isPrintable, isSpace, isTitle, isUpper } from './unicode';
import { callSpecial, userType } from './objectmodel';
import { repr, str } from './repr';
import { asciiRepr } from './percent-format';

type Impl<T> = (self: T, args: PyValue[], kw: Kwargs | null) => PyValue;

function argCount(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) {
      throw pyErr(TypeError, `${name}() takes exactly ${min === 0 ? 'no arguments' : `one argument`} (${args.length} given)`);
    }
    if (args.length < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

function needStr(v: PyValue, what: string): string {
  if (typeof v !== 'string') throw pyErr(TypeError, `${what} must be str, not ${typeName(v)}`);
  return v;
}

function toInt(v: PyValue): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** An int argument as the C Py_ssize_t CPython's argument clinic converts it to. */
function toSsize(v: PyValue): bigint {
  const n = typeof v === 'bigint' ? v : BigInt(toInt(v));
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

/**
 * A padding width (`ljust`, `center`, `zfill`), its arguments already converted: the padded
 * string must be one a machine can allocate and the simulator can build (allocation.ts),
 * decided before it is built, as Objects/unicodeobject.c `pad` asks `PyUnicode_New` for all
 * of it at once.
 */
function toWidth(w: bigint, s: string, fill: string): number {
  if (w > BigInt(MAX_VALUE_SIZE)) checkAllocation(w, Math.max(charWidth(s), charWidth(fill)), 'characters');
  charge(Number(w) / 16);
  return Number(w);
}

/** `list.extend` and `+=`: appends one by one (a spread of millions overflows the stack). */
export function extendItems(items: PyValue[], more: PyValue): void {
  const add = more instanceof PyList || more instanceof PyTuple ? more.items : toArray(more);
  checkSize(items.length + add.length);
  charge(add.length);
  for (let i = 0, n = add.length; i < n; i++) items.push(add[i]);
}

/** `sorted`/`list.sort`: stable, comparing with `<` only, like CPython's timsort. */
export function sortValues(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  charge(items.length * Math.log2(items.length + 1));
  const keyed = items.map((v) => ({ v, k: key === null ? v : (key as PyCallable).call([v], null) }));
  const cmp = (a: { k: PyValue }, b: { k: PyValue }): number => (lessThan(a.k, b.k) ? -1 : lessThan(b.k, a.k) ? 1 : 0);
  if (reverse) {
    // CPython reverses, sorts, and reverses again, so equal items keep their original order.
    keyed.reverse();
    keyed.sort(cmp);
    keyed.reverse();
  } else keyed.sort(cmp);
  return keyed.map((x) => x.v);
}

function kwarg(kw: Kwargs | null, name: string, fallback: PyValue): PyValue {
  return kw?.has(name) ? (kw.get(name) as PyValue) : fallback;
}

// ---------------------------------------------------------------- str.format

/** How `{0.name}` reads an attribute: the interpreter's getattr, installed by builtins.ts. */
let fieldAttr: (v: PyValue, name: string) => PyValue = (v, name) => {
  throw pyErr(TypeError, `'${typeName(v)}' object has no attribute '${name}'`);
};
export function installFieldAttr(f: (v: PyValue, name: string) => PyValue): void {
  fieldAttr = f;
}

/** Objects/stringlib/unicode_format.h AutoNumber: `{}` and `{0}` may not be mixed. */
interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

/**
 * `str.format`, as Objects/stringlib/unicode_format.h build_string: literal text with doubled
 * braces, fields `{name!conv:spec}` whose spec may hold nested fields (two levels deep), names
 * looked up in args or kwargs and then by `.attr` and `[key]` through Python's own getattr and
 * subscription, never through a JavaScript object.
 */
export function strFormat(fmt: string, args: PyValue[], kw: Kwargs | null): string {
  return buildString(fmt, args, kw, 2, { state: 'init', next: 0 });
}

function buildString(fmt: string, args: PyValue[], kw: Kwargs | null, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw pyErr(ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    // MarkupIterator_next: literal text up to a brace.
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(i, j);
    if (j >= n) break;
    const c = fmt[j];
    if (fmt[j + 1] === c) {
      out += c;
      i = j + 2;
      continue;
    }
    if (c === '}') throw pyErr(ValueError, "Single '}' encountered in format string");
    if (j + 1 >= n) throw pyErr(ValueError, "Single '{' encountered in format string");
    const field = parseField(fmt, j + 1);
    i = field.end;
    let value = fieldObject(field.name, args, kw, auto);
    if (field.conversion !== null) {
      const conv = field.conversion;
      if (conv === 'r') value = repr(value);
      else if (conv === 's') value = str(value);
      else if (conv === 'a') value = asciiRepr(value);
      else {
        const code = conv.codePointAt(0) as number;
        throw pyErr(ValueError, code > 32 && code < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${code.toString(16)}`);
      }
    }
    const spec = field.expand ? buildString(field.spec, args, kw, depth - 1, auto) : field.spec;
    out += format(value, spec);
  }
  return out;
}

/** parse_field: the field name, conversion and spec after a `{`, and where the field ends. */
function parseField(fmt: string, start: number): { name: string; conversion: string | null; spec: string; expand: boolean; end: number } {
  const n = fmt.length;
  let i = start;
  let c = '';
  while (i < n) {
    c = fmt[i++];
    if (c === '{') throw pyErr(ValueError, "unexpected '{' in field name");
    if (c === '[') {
      while (i < n && fmt[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = fmt.slice(start, i - 1);
  if (c !== '!' && c !== ':') {
    if (c !== '}') throw pyErr(ValueError, "expected '}' before end of string");
    return { name, conversion: null, spec: '', expand: false, end: i };
  }
  let conversion: string | null = null;
  if (c === '!') {
    if (i >= n) throw pyErr(ValueError, 'end of string while looking for conversion specifier');
    conversion = String.fromCodePoint(fmt.codePointAt(i) as number);
    i += conversion.length;
    if (i < n) {
      const d = fmt[i++];
      if (d === '}') return { name, conversion, spec: '', expand: false, end: i };
      if (d !== ':') throw pyErr(ValueError, "expected ':' after conversion specifier");
    }
  }
  const specStart = i;
  let count = 1;
  let expand = false;
  while (i < n) {
    const d = fmt[i++];
    if (d === '{') {
      expand = true;
      count++;
    } else if (d === '}' && --count === 0) return { name, conversion, spec: fmt.slice(specStart, i - 1), expand, end: i };
  }
  throw pyErr(ValueError, "unmatched '{' in format spec");
}

/** get_integer: a field part made only of decimal digits is an index, else -1. */
function fieldInteger(part: string): number {
  if (part === '' || !/^\p{Nd}+$/u.test(part)) return -1;
  let acc = 0;
  for (const ch of part) {
    acc = acc * 10 + Number(ch.replace(/\p{Nd}/u, (d) => String(unicodeDigit(d))));
    if (acc > Number.MAX_SAFE_INTEGER) throw pyErr(ValueError, 'Too many decimal digits in format string');
  }
  return acc;
}

/** The value of a Unicode decimal digit (its distance from the zero of its run of ten). */
function unicodeDigit(d: string): number {
  const code = d.codePointAt(0) as number;
  let zero = code;
  while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return code - zero;
}

/** get_field_object: the first part from args or kwargs, then each `.attr` and `[key]`. */
function fieldObject(name: string, args: PyValue[], kw: Kwargs | null, auto: AutoNumber): PyValue {
  const firstEnd = /^[^.[]*/.exec(name)?.[0].length ?? 0;
  const first = name.slice(0, firstEnd);
  let index = fieldInteger(first);
  const empty = first === '';
  if (empty || index !== -1) {
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 'auto' && !empty) throw pyErr(ValueError, 'cannot switch from automatic field numbering to manual field specification');
    if (empty) index = auto.next++;
  }
  let obj: PyValue;
  if (index === -1) {
    if (kw === null || !kw.has(first)) throw pyErr(KeyError, first);
    obj = kw.get(first) as PyValue;
  } else {
    if (index >= args.length) throw pyErr(IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = args[index];
  }
  let i = firstEnd;
  while (i < name.length) {
    const c = name[i++];
    let part: string;
    if (c === '.') {
      const m = /^[^.[]*/.exec(name.slice(i))?.[0] ?? '';
      part = m;
      i += m.length;
      if (part === '') throw pyErr(ValueError, 'Empty attribute in format string');
      obj = fieldAttr(obj, part);
    } else if (c === '[') {
      const close = name.indexOf(']', i);
      if (close < 0) throw pyErr(ValueError, "Missing ']' in format string");
      part = name.slice(i, close);
      i = close + 1;
      if (part === '') throw pyErr(ValueError, 'Empty attribute in format string');
      const k = fieldInteger(part);
      obj = fieldItem(obj, k === -1 ? part : BigInt(k));
    } else {
      throw pyErr(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

/** `obj[key]` for a format field (PyObject_GetItem), for the types the simulator has. */
function fieldItem(o: PyValue, key: PyValue): PyValue {
  if (o instanceof PyList || o instanceof PyTuple) return o.items[normIndex(key, o.items.length, o instanceof PyList ? 'list' : 'tuple')];
  if (typeof o === 'string') {
    const chars = [...o];
    return chars[normIndex(key, chars.length, 'string')];
  }
  if (o instanceof PyRange) return rangeItem(o, key);
  if (o instanceof PyDict) {
    const e = o.map.get(requireHash(key, 'dict key'));
    if (e) return e[1];
    if ('pyMissing' in o) return (o as unknown as { pyMissing(k: PyValue): PyValue }).pyMissing(key);
    throw pyErr(KeyError, key);
  }
  if (userType(o) !== null) {
    const r = callSpecial(o, '__getitem__', [key]);
    if (r !== undefined) return r;
  } else if (o instanceof PyObject && 'pyGetItem' in o) {
    return (o as unknown as { pyGetItem(k: PyValue): PyValue }).pyGetItem(key);
  }
  throw pyErr(TypeError, `'${typeName(o)}' object is not subscriptable`);
}

// ---------------------------------------------------------------- str

/** Python's whitespace (Py_UNICODE_ISSPACE), which is not JavaScript's \s (no U+FEFF; U+001C-U+001F, U+0085). */
const PY_SPACE = '[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const LEADING_SPACE = new RegExp(`^${PY_SPACE}+`);
const SPACE_RUN = new RegExp(`${PY_SPACE}+`);

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let rest = s.replace(LEADING_SPACE, '');
  while (rest !== '') {
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(rest);
      return out;
    }
    const m = SPACE_RUN.exec(rest);
    if (!m) {
      out.push(rest);
      return out;
    }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

function strip(s: string, chars: PyValue, left: boolean, right: boolean): string {
  const set = chars === null || chars === undefined ? null : needStr(chars, 'strip arg');
  if (set !== null && (hasAstral(s) || hasAstral(set))) {
    // By code point, so that half of a surrogate pair never matches.
    const chars = [...s];
    const drop = new Set(set);
    let a = 0;
    let b = chars.length;
    if (left) while (a < b && drop.has(chars[a])) a++;
    if (right) while (b > a && drop.has(chars[b - 1])) b--;
    return chars.slice(a, b).join('');
  }
  const isStrip = (c: string) => (set === null ? isSpace(c.charCodeAt(0)) : set.includes(c));
  let a = 0;
  let b = s.length;
  if (left) while (a < b && isStrip(s[a])) a++;
  if (right) while (b > a && isStrip(s[b - 1])) b--;
  return s.slice(a, b);
}

function count(s: string, sub: string): number {
  if (sub === '') return [...s].length + 1;
  let n = 0;
  let i = s.indexOf(sub);
  while (i >= 0) {
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

/** `s[start:end]` for the optional start/end arguments of find, count, startswith, … */
/** Whether a string holds an astral character, so that UTF-16 offsets and code points differ. */
function hasAstral(s: string): boolean {
  return /[\ud800-\udfff]/.test(s);
}

/** len() of a str: its code points. */
function cpLength(s: string): number {
  return hasAstral(s) ? [...s].length : s.length;
}

/** The UTF-16 offset of code point `i` (0 <= i <= its code point length). */
function unitOffset(s: string, i: number): number {
  if (!hasAstral(s)) return i;
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) u += (s.codePointAt(u) as number) > 0xffff ? 2 : 1;
  return u;
}

/** The code point index of UTF-16 offset `u`. */
function cpIndex(s: string, u: number): number {
  return hasAstral(s) ? cpLength(s.slice(0, u)) : u;
}

/**
 * s[start:end] for find/count/startswith (ADJUST_INDICES in Objects/stringlib), in code points;
 * `inside` is false when start is past the end, where even '' is not found.
 */
function window(s: string, a: PyValue[], from: number): { text: string; offset: number; inside: boolean } {
  const len = cpLength(s);
  const norm = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    let n = toInt(v);
    if (n < 0) n = Math.max(0, n + len);
    return Math.min(n, len);
  };
  const rawStart = a[from] === undefined || a[from] === null ? 0 : toInt(a[from] as PyValue);
  const start = norm(a[from], 0);
  const end = norm(a[from + 1], len);
  const inside = (rawStart < 0 ? 0 : rawStart) <= len && start <= end;
  const text = end >= start ? s.slice(unitOffset(s, start), unitOffset(s, end)) : '';
  return { text, offset: start, inside };
}

/** Pads to `width` code points with a one-character fill, `left` of it going before. */
function padTo(s: string, width: number, fill: string, left: (n: number) => number): string {
  const n = width - cpLength(s);
  if (n <= 0) return s;
  const l = left(n);
  return fill.repeat(l) + s + fill.repeat(n - l);
}

/** The fill character of ljust/rjust/center: exactly one character. */
function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  if (typeof v !== 'string') throw pyErr(TypeError, `The fill character must be a unicode character, not ${typeName(v)}`);
  if (cpLength(v) !== 1) throw pyErr(TypeError, 'The fill character must be exactly one character long');
  return v;
}

/** Applies a code point predicate to every character: false for '' (str.isdigit and friends). */
function every(s: string, test: (cp: number) => boolean): boolean {
  if (s === '') return false;
  for (const c of s) if (!test(c.codePointAt(0) as number)) return false;
  return true;
}

/** str.find and friends in code points: the first (or last) index of the argument, or -1. */
function search(s: string, a: PyValue[], name: string, last: boolean): number {
  const sub = needStr(a[0], `${name} arg`);
  const { text, offset, inside } = window(s, a, 1);
  if (!inside) return -1;
  const u = last ? text.lastIndexOf(sub) : text.indexOf(sub);
  return u < 0 ? -1 : offset + cpIndex(text, u);
}

/** True when some character is cased the `yes` way and none is cased the `no` way. */
function casedAll(s: string, yes: (cp: number) => boolean, no: (cp: number) => boolean): boolean {
  let cased = false;
  for (const c of s) {
    const cp = c.codePointAt(0) as number;
    if (no(cp)) return false;
    if (yes(cp)) cased = true;
  }
  return cased;
}

/** Objects/unicodeobject.c unicode_expandtabs_impl: columns restart after \n and \r. */
function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        checkSize(out.length + n, 'characters');
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

const strMethods: Record<string, Impl<string>> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  // Objects/unicodeobject.c do_title, do_capitalize and do_swapcase, character by character.
  title: (s) => {
    const chars = [...s];
    let previousCased = false;
    return chars
      .map((c, i) => {
        const mapped = previousCased ? lowerAt(chars, i) : titleCase(c);
        previousCased = isCased(c.codePointAt(0) as number);
        return mapped;
      })
      .join('');
  },
  capitalize: (s) => {
    const chars = [...s];
    return chars.map((c, i) => (i === 0 ? titleCase(c) : lowerAt(chars, i))).join('');
  },
  swapcase: (s) => {
    const chars = [...s];
    return chars
      .map((c, i) => {
        const cp = c.codePointAt(0) as number;
        return isUpper(cp) ? lowerAt(chars, i) : isLower(cp) ? c.toUpperCase() : c;
      })
      .join('');
  },
  strip: (s, a) => strip(s, a[0] ?? null, true, true),
  lstrip: (s, a) => strip(s, a[0] ?? null, true, false),
  rstrip: (s, a) => strip(s, a[0] ?? null, false, true),
  split: (s, a, kw) => {
    const sep = a[0] ?? kwarg(kw, 'sep', null);
    const maxsplit = toInt(a[1] ?? kwarg(kw, 'maxsplit', -1n));
    if (sep === null) return new PyList(splitWhitespace(s, maxsplit));
    const d = needStr(sep, 'sep');
    if (d === '') throw pyErr(ValueError, 'empty separator');
    const parts = s.split(d);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      return new PyList([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(d)]);
    }
    return new PyList(parts);
  },
  rsplit: (s, a, kw) => {
    const sep = a[0] ?? kwarg(kw, 'sep', null);
    const maxsplit = toInt(a[1] ?? kwarg(kw, 'maxsplit', -1n));
    if (sep === null) {
      if (maxsplit < 0) return new PyList(splitWhitespace(s, -1));
      const rev = splitWhitespace([...s].reverse().join(''), maxsplit);
      return new PyList(rev.map((p) => [...p].reverse().join('')).reverse());
    }
    const d = needStr(sep, 'sep');
    const parts = s.split(d);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) {
      const cut = parts.length - maxsplit;
      return new PyList([parts.slice(0, cut).join(d), ...parts.slice(cut)]);
    }
    return new PyList(parts);
  },
  splitlines: (s, a, kw) => {
    // Py_UNICODE_ISLINEBREAK: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
    const keep = truthy(a[0] ?? kwarg(kw, 'keepends', false));
    const out: string[] = [];
    const re = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/g;
    let from = 0;
    for (const m of s.matchAll(re)) {
      const end = (m.index as number) + m[0].length;
      out.push(s.slice(from, keep ? end : m.index));
      from = end;
    }
    if (from < s.length) out.push(s.slice(from));
    return new PyList(out);
  },
  join: (s, a) => {
    argCount('join', a, 1, 1);
    const parts = toArray(a[0]).map((p, i) => {
      if (typeof p !== 'string') throw pyErr(TypeError, `sequence item ${i}: expected str instance, ${typeName(p)} found`);
      return p;
    });
    return parts.join(s);
  },
  startswith: (s, a) => {
    const p = a[0];
    const { text, inside } = window(s, a, 1);
    if (!inside) return false;
    if (p instanceof PyTuple) return p.items.some((x) => text.startsWith(needStr(x, 'startswith arg')));
    return text.startsWith(needStr(p, 'startswith first arg'));
  },
  endswith: (s, a) => {
    const p = a[0];
    const { text, inside } = window(s, a, 1);
    if (!inside) return false;
    if (p instanceof PyTuple) return p.items.some((x) => text.endsWith(needStr(x, 'endswith arg')));
    return text.endsWith(needStr(p, 'endswith first arg'));
  },
  replace: (s, a) => {
    const old = needStr(a[0], 'replace() argument 1');
    const rep = needStr(a[1], 'replace() argument 2');
    const n = a[2] === undefined ? -1 : toInt(a[2]);
    if (old === '') {
      // An empty pattern matches before every code point and at the end (stringlib replace_interleave).
      const cps = [...s];
      const k = n < 0 ? cps.length + 1 : Math.min(n, cps.length + 1);
      if (k === 0) return s;
      checkSize(s.length + k * rep.length, 'characters');
      return cps.slice(0, k).map((c) => rep + c).join('') + (k > cps.length ? rep : cps.slice(k).join(''));
    }
    if (n < 0) return s.split(old).join(rep);
    let out = s;
    let from = 0;
    for (let k = 0; k < n; k++) {
      const i = out.indexOf(old, from);
      if (i < 0) break;
      out = out.slice(0, i) + rep + out.slice(i + old.length);
      from = i + rep.length;
    }
    return out;
  },
  find: (s, a) => BigInt(search(s, a, 'find', false)),
  rfind: (s, a) => BigInt(search(s, a, 'rfind', true)),
  index: (s, a) => {
    const i = search(s, a, 'index', false);
    if (i < 0) throw pyErr(ValueError, 'substring not found');
    return BigInt(i);
  },
  rindex: (s, a) => {
    const i = search(s, a, 'rindex', true);
    if (i < 0) throw pyErr(ValueError, 'substring not found');
    return BigInt(i);
  },
  count: (s, a) => {
    const sub = needStr(a[0], 'count arg');
    const w = window(s, a, 1);
    return BigInt(w.inside ? count(w.text, sub) : 0);
  },
  format: (s, a, kw) => strFormat(s, a, kw),
  // Each converts the width, then the fill character, then asks for the memory, in CPython's order.
  center: (s, a) => {
    const width = toSsize(a[0]);
    const fill = fillChar(a[1]);
    const w = toWidth(width, s, fill);
    // Objects/unicodeobject.c unicode_center_impl: the odd character goes left when the width
    // and the padding are both odd.
    return padTo(s, w, fill, (n) => Math.floor(n / 2) + (n & w & 1));
  },
  ljust: (s, a) => {
    const width = toSsize(a[0]);
    const fill = fillChar(a[1]);
    return padTo(s, toWidth(width, s, fill), fill, () => 0);
  },
  rjust: (s, a) => {
    const width = toSsize(a[0]);
    const fill = fillChar(a[1]);
    return padTo(s, toWidth(width, s, fill), fill, (n) => n);
  },
  zfill: (s, a) => {
    const w = toWidth(toSsize(a[0]), s, '0');
    const padded = padTo(s, w, '0', (n) => n);
    if (padded === s) return s;
    // A sign moves in front of the zeros it was pushed behind.
    const n = padded.length - s.length;
    return s[0] === '-' || s[0] === '+' ? s[0] + '0'.repeat(n) + s.slice(1) : padded;
  },
  isdigit: (s) => every(s, isDigit),
  isnumeric: (s) => every(s, isNumeric),
  isdecimal: (s) => every(s, isDecimal),
  isalpha: (s) => every(s, isAlpha),
  isalnum: (s) => every(s, (cp) => isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp)),
  isspace: (s) => every(s, isSpace),
  isprintable: (s) => s === '' || every(s, isPrintable),
  isidentifier: (s) => {
    const cps = [...s].map((c) => c.codePointAt(0) as number);
    return cps.length > 0 && isIdStart(cps[0]) && cps.slice(1).every(isIdContinue);
  },
  // Objects/unicodeobject.c unicode_isupper_impl, unicode_islower_impl, unicode_istitle_impl.
  isupper: (s) => casedAll(s, isUpper, (cp) => isLower(cp) || isTitle(cp)),
  islower: (s) => casedAll(s, isLower, (cp) => isUpper(cp) || isTitle(cp)),
  istitle: (s) => {
    let cased = false;
    let previousCased = false;
    for (const c of s) {
      const cp = c.codePointAt(0) as number;
      if (isUpper(cp) || isTitle(cp)) {
        if (previousCased) return false;
        previousCased = cased = true;
      } else if (isLower(cp)) {
        if (!previousCased) return false;
        previousCased = cased = true;
      } else previousCased = false;
    }
    return cased;
  },
  casefold: (s) => caseFold(s),
  expandtabs: (s, a, kw) => expandTabs(s, toInt(a[0] ?? kwarg(kw, 'tabsize', 8n))),
  partition: (s, a) => {
    const sep = needStr(a[0], 'sep');
    const i = s.indexOf(sep);
    return i < 0 ? new PyTuple([s, '', '']) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition: (s, a) => {
    const sep = needStr(a[0], 'sep');
    const i = s.lastIndexOf(sep);
    return i < 0 ? new PyTuple(['', '', s]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  removeprefix: (s, a) => {
    const p = needStr(a[0], 'prefix');
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (s, a) => {
    const p = needStr(a[0], 'suffix');
    return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  encode: () => {
    throw unsupportedHere('str.encode (bytes are not modelled)');
  },
};

// ---------------------------------------------------------------- list / tuple

const listMethods: Record<string, Impl<PyList>> = {
  append: (l, a) => {
    argCount('list.append', a, 1, 1);
    l.items.push(a[0]);
    return null;
  },
  extend: (l, a) => {
    extendItems(l.items, a[0]);
    return null;
  },
  insert: (l, a) => {
    let i = toInt(a[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    l.items.splice(Math.min(i, n), 0, a[1]);
    return null;
  },
  pop: (l, a) => {
    if (l.items.length === 0) throw pyErr(IndexError, 'pop from empty list');
    let i = a.length ? toInt(a[0]) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyErr(IndexError, 'pop index out of range');
    return l.items.splice(i, 1)[0];
  },
  remove: (l, a) => {
    const i = l.items.findIndex((x) => itemEq(x, a[0]));
    if (i < 0) throw pyErr(ValueError, 'list.remove(x): x not in list');
    l.items.splice(i, 1);
    return null;
  },
  index: (l, a) => {
    const i = l.items.findIndex((x) => itemEq(x, a[0]));
    if (i < 0) throw pyErr(ValueError, `${repr(a[0])} is not in list`);
    return BigInt(i);
  },
  count: (l, a) => BigInt(l.items.filter((x) => itemEq(x, a[0])).length),
  sort: (l, _a, kw) => {
    // Objects/listobject.c list_sort_impl: the list is empty while it sorts, so a key function
    // or __lt__ that looks at it sees [], and one that grows it makes the sort fail once done
    // (CPython tells by `allocated` no longer being -1; here, by the stand-in having grown).
    const saved = l.items;
    const during: PyValue[] = [];
    l.items = during;
    let sorted: PyValue[];
    try {
      sorted = sortValues(saved, kwarg(kw, 'key', null), truthyKw(kw, 'reverse'));
    } catch (e) {
      l.items = saved;
      throw e;
    }
    const modified = during.length !== 0 || l.items.length !== 0;
    l.items = sorted;
    if (modified) throw pyErr(ValueError, 'list modified during sort');
    return null;
  },
  reverse: (l) => {
    l.items.reverse();
    return null;
  },
  clear: (l) => {
    l.items = [];
    return null;
  },
  copy: (l) => new PyList(l.items.slice()),
};

function truthyKw(kw: Kwargs | null, name: string): boolean {
  const v = kwarg(kw, name, false);
  return v === true || (typeof v === 'bigint' && v !== 0n);
}

const tupleMethods: Record<string, Impl<PyTuple>> = {
  index: (t, a) => {
    const i = t.items.findIndex((x) => itemEq(x, a[0]));
    if (i < 0) throw pyErr(ValueError, 'tuple.index(x): x not in tuple');
    return BigInt(i);
  },
  count: (t, a) => BigInt(t.items.filter((x) => itemEq(x, a[0])).length),
};

// ---------------------------------------------------------------- dict

/** `dict.keys()`/`values()`/`items()`: live views that iterate the dict's current entries. */
export class PyDictView extends PyObject {
  constructor(
    public readonly dict: PyDict,
    public readonly which: 'keys' | 'values' | 'items',
  ) {
    super();
  }
  get typeName(): string {
    return `dict_${this.which}`;
  }
  pyIter(): DictIterator {
    return new DictIterator(this.dict, this.which);
  }
  get length(): number {
    return this.dict.size;
  }
  repr(): string {
    return `${this.typeName}([${[...this.pyIter()].map(repr).join(', ')}])`;
  }
}

export function dictSet(d: PyDict, k: PyValue, v: PyValue): void {
  const h = requireHash(k, 'dict key');
  const old = d.map.get(h);
  // Assigning to an existing key keeps the original key object and position, like CPython.
  d.map.set(h, [old ? old[0] : k, v]);
}

/** Whether `iter(v)` would succeed, without starting an iteration. */
function isIterable(v: PyValue): boolean {
  try {
    iterate(v);
    return true;
  } catch {
    return false;
  }
}

/** `dict_merge` from a dict: the layout first (dict-keys.ts), then each entry in order. */
export function dictMerge(d: PyDict, src: PyDict): void {
  if (d.map.mergeLayout(src.map)) return;
  for (const [k, v] of src.entries()) dictSet(d, k, v);
}

export function dictUpdate(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    dictMerge(d, src);
    return;
  }
  // Objects/dictobject.c PyDict_MergeFromSeq2 names the element by its position: in the
  // message until 3.14, which says `object is not iterable` and names it in a note instead.
  let i = 0;
  for (const item of iterate(src)) {
    let pair: PyValue[];
    try {
      pair = toArray(item);
    } catch (e) {
      if (e instanceof PyBaseException && e.pyType.name === 'TypeError' && !isIterable(item)) {
        if (!since('3.14')) throw pyErr(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
        const err = pyErr(TypeError, 'object is not iterable');
        err.extra.set('__notes__', new PyList([`Cannot convert dictionary update sequence element #${i} to a sequence`]));
        throw err;
      }
      throw e;
    }
    if (pair.length !== 2) {
      throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    dictSet(d, pair[0], pair[1]);
    i++;
  }
}

const dictMethods: Record<string, Impl<PyDict>> = {
  get: (d, a) => d.map.get(requireHash(a[0], 'dict key'))?.[1] ?? a[1] ?? null,
  keys: (d) => new PyDictView(d, 'keys'),
  values: (d) => new PyDictView(d, 'values'),
  items: (d) => new PyDictView(d, 'items'),
  pop: (d, a) => {
    const h = requireHash(a[0], 'dict key');
    const e = d.map.get(h);
    if (!e) {
      if (a.length > 1) return a[1];
      throw pyErr(KeyError, a[0]);
    }
    d.map.delete(h);
    return e[1];
  },
  setdefault: (d, a) => {
    const h = requireHash(a[0], 'dict key');
    const e = d.map.get(h);
    if (e) return e[1];
    const v = a[1] ?? null;
    d.map.set(h, [a[0], v]);
    return v;
  },
  update: (d, a, kw) => {
    if (a.length) dictUpdate(d, a[0]);
    if (kw) for (const [k, v] of kw) dictSet(d, k, v);
    return null;
  },
  clear: (d) => {
    d.map.clear();
    return null;
  },
  copy: (d) => {
    const c = new PyDict();
    d.map.copyInto(c.map);
    return c;
  },
};

// ---------------------------------------------------------------- set

export function setAdd(s: PySet, v: PyValue): void {
  const h = requireHash(v, 'set element');
  if (!s.map.has(h)) s.map.set(h, v);
}

const setMethods: Record<string, Impl<PySet>> = {
  add: (s, a) => {
    setAdd(s, a[0]);
    return null;
  },
  discard: (s, a) => {
    s.map.delete(requireHash(a[0], 'set element'));
    return null;
  },
  remove: (s, a) => {
    if (!s.map.delete(requireHash(a[0], 'set element'))) throw pyErr(KeyError, a[0]);
    return null;
  },
  pop: (s) => {
    const first = s.map.entries().next();
    if (first.done) throw pyErr(KeyError, 'pop from an empty set');
    s.map.delete(first.value[0]);
    return first.value[1];
  },
  clear: (s) => {
    s.map.clear();
    return null;
  },
  copy: (s) => {
    const c = new PySet();
    for (const [k, v] of s.map) c.map.set(k, v);
    return c;
  },
  update: (s, a) => {
    for (const src of a) for (const v of iterate(src)) setAdd(s, v);
    return null;
  },
  union: (s, a) => {
    const c = new PySet();
    for (const [k, v] of s.map) c.map.set(k, v);
    for (const src of a) for (const v of iterate(src)) setAdd(c, v);
    return c;
  },
  intersection: (s, a) => {
    const c = new PySet();
    const other = a.map((src) => toArray(src));
    // set_intersection hashes an iterable's items with PyObject_Hash alone (Objects/setobject.c).
    for (const [k, v] of s.map) if (other.every((o) => o.some((x) => requireHash(x, null) === k))) c.map.set(k, v);
    return c;
  },
  difference: (s, a) => {
    const c = new PySet();
    const other = new Set(a.flatMap((src) => toArray(src).map((x) => requireHash(x, 'set element'))));
    for (const [k, v] of s.map) if (!other.has(k)) c.map.set(k, v);
    return c;
  },
  issubset: (s, a) => {
    // From 3.14 set_issubset intersects with an iterable that is not a set, hashing as above.
    const other = new Set(toArray(a[0]).map((x) => requireHash(x, null)));
    return [...s.map.keys()].every((k) => other.has(k));
  },
};

// ---------------------------------------------------------------- numbers

const intMethods: Record<string, Impl<bigint>> = {
  bit_length: (n) => BigInt(n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length),
  to_bytes: () => {
    throw pyErr(TypeError, 'bytes are not supported by the simulator');
  },
};

const floatMethods: Record<string, Impl<number>> = {
  is_integer: (x) => Number.isInteger(x),
};

/**
 * How many positional arguments each method takes, [min, max]: a wrong count is a TypeError
 * (with CPython's wording for the common shapes), never a silently wrong answer.
 */
const ARITY: Record<string, [number, number]> = {
  upper: [0, 0], lower: [0, 0], title: [0, 0], capitalize: [0, 0], swapcase: [0, 0], isdigit: [0, 0],
  isnumeric: [0, 0], isdecimal: [0, 0], isalpha: [0, 0], isalnum: [0, 0], isspace: [0, 0], isupper: [0, 0],
  islower: [0, 0], istitle: [0, 0], isprintable: [0, 0], isidentifier: [0, 0], casefold: [0, 0], expandtabs: [0, 1],
  splitlines: [0, 1], strip: [0, 1], lstrip: [0, 1], rstrip: [0, 1], split: [0, 2], rsplit: [0, 2],
  join: [1, 1], startswith: [1, 3], endswith: [1, 3], replace: [2, 3], find: [1, 3], rfind: [1, 3], index: [1, 3],
  rindex: [1, 3], count: [1, 3], center: [1, 2], ljust: [1, 2], rjust: [1, 2], zfill: [1, 1], partition: [1, 1],
  rpartition: [1, 1], removeprefix: [1, 1], removesuffix: [1, 1], append: [1, 1], extend: [1, 1], insert: [2, 2],
  pop: [0, 1], remove: [1, 1], sort: [0, 0], reverse: [0, 0], clear: [0, 0], copy: [0, 0], get: [1, 2],
  keys: [0, 0], values: [0, 0], items: [0, 0], setdefault: [1, 2], update: [0, 1], add: [1, 1], discard: [1, 1],
  bit_length: [0, 0], is_integer: [0, 0],
};

function checkArity(owner: string, name: string, n: number): void {
  const arity = Object.hasOwn(ARITY, name) ? ARITY[name] : undefined;
  if (!arity) return;
  const [min, max] = arity;
  if (owner === 'dict' && name === 'pop') return;
  if (n >= min && n <= max) return;
  if (max === 0) throw pyErr(TypeError, `${owner}.${name}() takes no arguments (${n} given)`);
  if (min === 1 && max === 1) throw pyErr(TypeError, `${owner}.${name}() takes exactly one argument (${n} given)`);
  if (n > max) throw pyErr(TypeError, `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
  throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
}

function bind<T>(self: T, name: string, table: Record<string, Impl<T>>, owner: string): PyValue | undefined {
  // Own properties only: `getattr(1, 'toString')` must not find Object.prototype's.
  const m = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!m) return undefined;
  return new PyBuiltin(
    name,
    (args, kw) => {
      checkArity(owner, name, args.length);
      if (typeof self !== 'string') return m(self, args, kw);
      // A str method reads the whole string at least once; its result may be larger still.
      charge(self.length / 16);
      const r = m(self, args, kw);
      if (typeof r === 'string' && r.length > MAX_VALUE_SIZE) checkSize(r.length, 'characters');
      return r;
    },
    owner,
  );
}

/** `getattr(value, name)` for builtin types; undefined when the attribute doesn't exist. */
export function getMethod(v: PyValue, name: string): PyValue | undefined {
  switch (typeof v) {
    case 'string':
      return bind(v, name, strMethods, 'str');
    case 'bigint':
      if (name === 'real' || name === 'numerator') return v;
      if (name === 'imag') return 0n;
      if (name === 'denominator') return 1n;
      return bind(v, name, intMethods, 'int');
    case 'boolean':
      return bind(v ? 1n : 0n, name, intMethods, 'int');
    case 'number':
      if (name === 'real') return v;
      if (name === 'imag') return 0;
      return bind(v, name, floatMethods, 'float');
  }
  if (v instanceof PyList) return bind(v, name, listMethods, 'list');
  if (v instanceof PyTuple) return bind(v, name, tupleMethods, 'tuple');
  if (v instanceof PyDict) return bind(v, name, dictMethods, 'dict');
  if (v instanceof PySet) return bind(v, name, setMethods, 'set');
  if (v instanceof PyRange) return rangeAttr(v, name);
  return undefined;
}

export { contains, PyCallable };
