/**
 * The builtins module: functions (`print`, `len`, `sorted`, …), types (`int`, `list`, …) and
 * exceptions. `print` writes through the host so that the runtime can tag each line with its
 * thread and virtual time.
 */
import {
  OverflowError,
  RuntimeError,
  StopIteration,
  TypeError,
  ValueError,
  builtinExceptions,
  pyErr,
  PyBaseException,
} from './exceptions';
import { charge, unsupportedHere } from './budget';
import { floatRepr, roundFloat, roundToInt } from './floats';
import { format } from './format';
import type { Host } from './host';
import { PyGenerator } from './genobject';
import { DictIterator, ListIterator, ListReverseIterator, SetIterator } from './iterators';
import { since } from './dialect';
import type { PythonVersion } from '../versions';
import { PyDictView, dictSet, dictUpdate, getMethod, installFieldAttr, setAdd, sortValues } from './methods';
import {
  type Kwargs,
  PyBuiltin,
  PyCallable,
  PyDict,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  type PyValue,
  objectId,
} from './objects';
import { binop, compare, intToFloat, ternaryPow, iterate, lessThan, toArray, truthy, typeName } from './ops';
import { PyType, objectType, registerType, typeOf } from './pytype';
import { rangeLen, rangeSize } from './ranges';
import { INT_MAX_STR_DIGITS, repr, str } from './repr';
import { asciiRepr } from './percent-format';
import { pyHash } from './hash';
import {
  Ellipsis,
  NotImplemented,
  PyClassMethod,
  PyInstance,
  PyProperty,
  PyStaticMethod,
  PySuper,
  callSpecial,
  specialMethod,
  userHash,
  userType,
} from './objectmodel';

function kw(k: Kwargs | null, name: string): PyValue | undefined {
  return k?.get(name);
}

export function len(v: PyValue): number {
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyRange) return Number(rangeLen(v));
  if (v instanceof PyDictView) return v.length;
  if (v instanceof PyObject && 'pyLen' in v) return (v as unknown as { pyLen(): number }).pyLen();
  if (userType(v) !== null) {
    const r = callSpecial(v, '__len__', []);
    if (r !== undefined) {
      if (typeof r !== 'bigint' && typeof r !== 'boolean') throw pyErr(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
      const n = typeof r === 'boolean' ? (r ? 1 : 0) : Number(r);
      if (n < 0) throw pyErr(ValueError, '__len__() should return >= 0');
      return n;
    }
  }
  throw pyErr(TypeError, `object of type '${typeName(v)}' has no len()`);
}

/** The name of the type of `iter(v)`, which its repr shows (`<list_iterator object at …>`). */
function iteratorTypeName(v: PyValue, src: Iterable<PyValue>): string {
  if (src instanceof ListIterator || src instanceof DictIterator || src instanceof SetIterator) return src.pyTypeName;
  if (v instanceof PyTuple) return 'tuple_iterator';
  // Objects/unicodeobject.c: an all-ASCII string gets the faster str_ascii_iterator (3.11+).
  if (typeof v === 'string') return /^[\x00-\x7f]*$/.test(v) ? 'str_ascii_iterator' : 'str_iterator';
  return 'iterator';
}

/** A lazy iterator object: what `iter()`, `enumerate`, `zip`, `map` and generator expressions give. */
export class PyIterator extends PyObject {
  private readonly it: Iterator<PyValue>;
  constructor(
    source: Iterable<PyValue>,
    private readonly kind = 'iterator',
  ) {
    super();
    this.it = source[Symbol.iterator]();
  }
  get typeName(): string {
    return this.kind;
  }
  next(): IteratorResult<PyValue> {
    return this.it.next();
  }
  *pyIter(): Generator<PyValue> {
    for (;;) {
      const r = this.it.next();
      if (r.done) return;
      yield r.value;
    }
  }
}

/**
 * int(text, base) as Objects/longobject.c PyLong_FromString: digits 0-9 then a-z, underscores
 * between digits, a 0x/0o/0b prefix matching the base; base 0 takes the base from the prefix and,
 * like a literal, refuses leading zeros. Past 4,300 digits in a base that is not a power of two,
 * the int/str conversion limit (sys.get_int_max_str_digits) applies.
 */
function intFromString(s: string, base: number): bigint {
  const bad = () => pyErr(ValueError, `invalid literal for int() with base ${base}: ${repr(s)}`);
  // Python accepts any Unicode decimal digit (Arabic-Indic, full-width …) as 0-9.
  let t = s.trim().replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const prefix = /^0[xob]/i.exec(t)?.[0]?.toLowerCase();
  const prefixBase = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 0;
  if (prefixBase !== 0 && (b === 0 || b === prefixBase)) {
    b = prefixBase;
    t = t.slice(2).replace(/^_/, '');
  } else if (b === 0) {
    b = 10;
    // A literal like 010 is a SyntaxError; int('010', 0) refuses it the same way (zeros only).
    if (/^0/.test(t) && !/^0+(_0+)*$/.test(t)) throw bad();
  }
  if (t === '' || !/^[0-9a-z]+(_[0-9a-z]+)*$/i.test(t)) throw bad();
  const digits = t.replace(/_/g, '').toLowerCase();
  let n = 0n;
  const big = BigInt(b);
  for (const c of digits) {
    const d = c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 87;
    if (d >= b) throw bad();
    n = n * big + BigInt(d);
  }
  if (digits.length > INT_MAX_STR_DIGITS && (b & (b - 1)) !== 0) {
    throw pyErr(
      ValueError,
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return neg ? -n : n;
}

/** The value of any Unicode decimal digit: its distance from the run of ten it belongs to. */
function digitValue(d: string): number {
  const code = d.codePointAt(0) as number;
  let zero = code;
  while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return code - zero;
}

function toInt(v: PyValue, base: PyValue | undefined): bigint {
  if (base !== undefined) {
    if (typeof v !== 'string') throw pyErr(TypeError, "int() can't convert non-string with explicit base");
    if (typeof base !== 'bigint' && typeof base !== 'boolean') {
      throw pyErr(TypeError, `'${typeName(base)}' object cannot be interpreted as an integer`);
    }
    const b = Number(base);
    if (b !== 0 && (b < 2 || b > 36)) throw pyErr(ValueError, 'int() base must be >= 2 and <= 36, or 0');
    return intFromString(v, b);
  }
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw pyErr(ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string') return intFromString(v, 10);
  throw pyErr(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

function toFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return intToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    // float() reads any Unicode decimal digit as its ASCII digit (_PyUnicode_TransformDecimalAndSpaceToASCII).
    const t = v.replace(/\p{Nd}/gu, (d) => String(digitValue(d))).trim().toLowerCase().replace(/_/g, '');
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(t);
    throw pyErr(ValueError, `could not convert string to float: ${repr(v)}`);
  }
  throw pyErr(TypeError, `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

function minmax(name: 'min' | 'max', args: PyValue[], k: Kwargs | null): PyValue {
  const key = kw(k, 'key') ?? null;
  const items = args.length === 1 ? toArray(args[0]) : args;
  if (items.length === 0) {
    const d = kw(k, 'default');
    if (d !== undefined) return d;
    throw pyErr(ValueError, `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key ? (key as PyCallable).call([best], null) : best;
  for (let i = 1; i < items.length; i++) {
    const kv = key ? (key as PyCallable).call([items[i]], null) : items[i];
    // bltinmodule.c min_max asks `item < best` for min and `item > best` for max.
    if (compare(name === 'min' ? '<' : '>', kv, bestKey)) {
      best = items[i];
      bestKey = kv;
    }
  }
  return best;
}

function isinstance(v: PyValue, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isinstance(v, x));
  if (!(t instanceof PyType)) throw pyErr(TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return typeOf(v).isSubtypeOf(t);
}

function builtinType(name: string, ctor: (args: PyValue[], k: Kwargs | null) => PyValue, bases: PyType[] = [objectType]): PyType {
  const checked = (given: PyValue[], keywords: Kwargs | null): PyValue => {
    // int() counts its keywords with its arguments before it looks at their names.
    const nk = keywords?.size ?? 0;
    const early = name === 'int' ? typeArityError(name, given.length + nk, nk > 0) : null;
    if (early !== null) throw pyErr(TypeError, early);
    const [args, k] = checkKeywords(name, given, keywords);
    const bad = typeArityError(name, args.length);
    if (bad !== null) throw pyErr(TypeError, bad);
    return ctor(args, k);
  };
  return registerType(new PyType(name, bases, checked));
}

/** The most positional arguments a builtin type's constructor takes, and how it says so. */
const TYPE_ARITY: Record<string, number> = { float: 1, bool: 1, list: 1, tuple: 1, set: 1, frozenset: 1, dict: 1, range: 3, int: 2, str: 3 };

function typeArityError(name: string, n: number, withKeywords = false): string | null {
  const most = Object.hasOwn(TYPE_ARITY, name) ? TYPE_ARITY[name] : undefined;
  if (most === undefined || n <= most) return null;
  // int and str parse with PyArg_ParseTupleAndKeywords until 3.13; Argument Clinic since, whose
  // fast path without keywords words it as _PyArg_CheckPositional does.
  if ((name === 'int' || name === 'str') && (withKeywords || !since('3.13'))) return `${name}() takes at most ${most} arguments (${n} given)`;
  return `${name} expected at most ${most} argument${most === 1 ? '' : 's'}, got ${n}`;
}

/**
 * zip and map: one item from each iterable per step, until the shortest runs out. The iterators
 * are made at once, as zip() does, so a non-iterable argument fails at the call.
 */
/**
 * The rows of zip() and map(): one item from each iterable until the first runs out. With
 * `strict` (`owner` names the builtin) iterables of unequal length raise as
 * Python/bltinmodule.c `zip_next` does: the one found short, or the first that still had items.
 */
function rows(iterables: PyValue[], make: (row: PyValue[]) => PyValue, strict: string | null = null): Generator<PyValue> {
  return rowsOf(
    iterables.map((a) => iterate(a)[Symbol.iterator]()),
    make,
    strict,
  );
}

function* rowsOf(its: Iterator<PyValue>[], make: (row: PyValue[]) => PyValue, strict: string | null): Generator<PyValue> {
  if (its.length === 0) return;
  const others = (i: number) => (i === 1 ? 'argument 1' : `arguments 1-${i}`);
  for (;;) {
    const row: PyValue[] = [];
    for (const [i, it] of its.entries()) {
      const r = it.next();
      if (!r.done) {
        row.push(r.value);
        continue;
      }
      if (strict === null) return;
      if (i > 0) throw pyErr(ValueError, `${strict}() argument ${i + 1} is shorter than ${others(i)}`);
      for (let j = 1; j < its.length; j++) {
        if (!its[j].next().done) throw pyErr(ValueError, `${strict}() argument ${j + 1} is longer than ${others(j)}`);
      }
      return;
    }
    yield make(row);
  }
}

function callable(v: PyValue): PyCallable {
  if (v instanceof PyCallable) return v;
  throw pyErr(TypeError, `'${typeName(v)}' object is not callable`);
}

/** Builtins CPython declares METH_O: exactly one argument. */
const ONE_ARGUMENT = new Set(['bin', 'oct', 'hex', 'len', 'repr', 'ascii', 'abs', 'any', 'all', 'callable', 'id', 'hash', 'chr', 'ord']);
/** Builtins that parse with `_PyArg_CheckPositional`: [least, most] positional arguments. */
const POSITIONAL: Record<string, [number, number]> = {
  min: [1, Infinity], max: [1, Infinity], sorted: [1, 1], reversed: [1, 1], filter: [2, 2], iter: [1, 2],
  next: [1, 2], isinstance: [2, 2], issubclass: [2, 2], divmod: [2, 2], format: [1, 2], getattr: [2, 3],
  hasattr: [2, 2], setattr: [3, 3], delattr: [2, 2], vars: [0, 1],
};

/** CPython's TypeError for a builtin called with the wrong number of arguments, or null. */
export function arityError(name: string, n: number): string | null {
  if (ONE_ARGUMENT.has(name)) return n === 1 ? null : `${name}() takes exactly one argument (${n} given)`;
  const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  const range = Object.hasOwn(POSITIONAL, name) ? POSITIONAL[name] : undefined;
  if (range) {
    const [lo, hi] = range;
    if (n >= lo && n <= hi) return null;
    if (lo === hi) return `${name} expected ${plural(lo)}, got ${n}`;
    return n < lo ? `${name} expected at least ${plural(lo)}, got ${n}` : `${name} expected at most ${plural(hi)}, got ${n}`;
  }
  switch (name) {
    case 'round':
      return n === 0 ? "round() missing required argument 'number' (pos 1)" : n > 2 ? `round() takes at most 2 arguments (${n} given)` : null;
    case 'sum':
      return n === 0 ? 'sum() takes at least 1 positional argument (0 given)' : n > 2 ? `sum() takes at most 2 arguments (${n} given)` : null;
    case 'enumerate':
      return n === 0 ? "enumerate() missing required argument 'iterable'" : n > 2 ? `enumerate() takes at most 2 arguments (${n} given)` : null;
    case 'pow':
      if (n === 0) return "pow() missing required argument 'base' (pos 1)";
      if (n === 1) return "pow() missing required argument 'exp' (pos 2)";
      return n > 3 ? `pow() takes at most 3 arguments (${n} given)` : null;
    case 'map':
      return n < 2 ? 'map() must have at least two arguments.' : null;
  }
  return null;
}

/**
 * Builtins that take no keyword arguments at all (METH_O, METH_VARARGS and fast calls without
 * names), except where a version listed in KEYWORD_ONLY gives them one.
 */
const NO_KEYWORDS = new Set([
  'len', 'repr', 'ascii', 'abs', 'reversed', 'any', 'all', 'map', 'filter', 'iter', 'next', 'isinstance', 'issubclass',
  'callable', 'id', 'hash', 'vars', 'delattr', 'divmod', 'chr', 'ord', 'format', 'getattr', 'hasattr', 'setattr',
  'bin', 'oct', 'hex', 'float', 'bool', 'list', 'tuple', 'set', 'frozenset', 'range',
]);

interface KeywordOnly {
  names: readonly string[];
  /** Whose name the errors give: `sorted` hands its keywords to list.sort, `sort()`. */
  owner?: string;
  /**
   * Parsed by `PyArg_ParseTupleAndKeywords` on an empty tuple before anything else is checked
   * (zip_new, map_new), which first counts the keywords: `takes at most 1 keyword argument`.
   */
  parsedFirst?: boolean;
  /** The first version that takes them. */
  since?: PythonVersion;
}

/** Keyword-only names a builtin accepts. */
const KEYWORD_ONLY: Record<string, KeywordOnly> = {
  print: { names: ['sep', 'end', 'file', 'flush'] },
  min: { names: ['key', 'default'] },
  max: { names: ['key', 'default'] },
  sorted: { names: ['key', 'reverse'], owner: 'sort' },
  zip: { names: ['strict'], parsedFirst: true },
  // map(strict=) is new in 3.14 (gh-119793), parsed as zip's.
  map: { names: ['strict'], parsedFirst: true, since: '3.14' },
  int: { names: ['base'] },
};

function keywordOnly(name: string): KeywordOnly | undefined {
  const only = Object.hasOwn(KEYWORD_ONLY, name) ? KEYWORD_ONLY[name] : undefined;
  return only && since(only.since ?? '3.11') ? only : undefined;
}

/** Whether a builtin's keywords are checked before its positional arguments are counted. */
function keywordsFirst(name: string): boolean {
  const only = keywordOnly(name);
  return only ? only.parsedFirst === true : NO_KEYWORDS.has(name);
}

/**
 * Argument Clinic signatures with parameters that may be named (`_PyArg_UnpackKeywords`):
 * their names in order, how many are positional-only, how many are required.
 */
const CLINIC: Record<string, { params: readonly string[]; posOnly: number; required: number }> = {
  pow: { params: ['base', 'exp', 'mod'], posOnly: 0, required: 2 },
  round: { params: ['number', 'ndigits'], posOnly: 0, required: 1 },
  sum: { params: ['iterable', 'start'], posOnly: 1, required: 1 },
  enumerate: { params: ['iterable', 'start'], posOnly: 0, required: 1 },
  str: { params: ['object', 'encoding', 'errors'], posOnly: 0, required: 0 },
};

/** Stands for an optional parameter left out before one given by name. */
const ARG_MISSING: PyValue = new PyTuple([]);

/** An unknown keyword: Python/getargs.c's words until 3.13 gave every function one message. */
function invalidKeyword(fname: string, key: string): PyBaseException {
  return pyErr(
    TypeError,
    since('3.13') ? `${fname}() got an unexpected keyword argument '${key}'` : `'${key}' is an invalid keyword argument for ${fname}()`,
  );
}

/**
 * The keyword checks CPython makes before a builtin runs. Returns the positional arguments with
 * named Argument Clinic parameters moved into place, and the keywords left for the builtin.
 */
export function checkKeywords(name: string, args: PyValue[], k: Kwargs | null): [PyValue[], Kwargs | null] {
  if (k === null || k.size === 0) return [args, k];
  const only = keywordOnly(name);
  if (!only && NO_KEYWORDS.has(name)) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
  if (only) {
    const most = only.names.length;
    if (only.parsedFirst && k.size > most) {
      throw pyErr(TypeError, `${name}() takes at most ${most} keyword argument${most === 1 ? '' : 's'} (${k.size} given)`);
    }
    for (const key of k.keys()) if (!only.names.includes(key)) throw invalidKeyword(only.owner ?? name, key);
    return [args, k];
  }
  const clinic = Object.hasOwn(CLINIC, name) ? CLINIC[name] : undefined;
  if (!clinic) return [args, k];
  const { params, posOnly, required } = clinic;
  const total = args.length + k.size;
  if (total > params.length) throw pyErr(TypeError, `${name}() takes at most ${params.length} arguments (${total} given)`);
  const out = args.slice();
  const rest = new Map(k);
  for (let i = args.length; i < params.length; i++) {
    const named = i >= posOnly ? rest.get(params[i]) : undefined;
    if (named === undefined && i >= required && [...rest.keys()].some((key) => params.indexOf(key) > i)) {
      // An optional parameter skipped before a later named one (str(encoding='x')).
      out.push(ARG_MISSING);
      continue;
    }
    if (named === undefined) {
      if (i < posOnly) {
        throw pyErr(TypeError, `${name}() takes at least ${posOnly} positional argument${posOnly === 1 ? '' : 's'} (${args.length} given)`);
      }
      if (i < required) {
        throw pyErr(TypeError, `${name}() missing required argument '${params[i]}'${name === 'enumerate' ? '' : ` (pos ${i + 1})`}`);
      }
      break;
    }
    out.push(named);
    rest.delete(params[i]);
  }
  for (const key of rest.keys()) {
    const at = params.indexOf(key);
    // enumerate parses with PyArg_ParseTupleAndKeywords (Objects/enumobject.c enum_new): no
    // "given by name and position" check, and the old wording in every version.
    if (name === 'enumerate') throw pyErr(TypeError, `'${key}' is an invalid keyword argument for enumerate()`);
    if (at >= posOnly && at < args.length) {
      throw pyErr(TypeError, `argument for ${name}() given by name ('${key}') and position (${at + 1})`);
    }
    throw invalidKeyword(name, key);
  }
  return [out, null];
}

export function makeBuiltins(host: Host): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  const fn = (name: string, f: (args: PyValue[], k: Kwargs | null) => PyValue) =>
    b.set(
      name,
      new PyBuiltin(name, (given, keywords) => {
        // Keywords of METH_O and METH_VARARGS builtins are refused before their count is checked,
        // and zip's and map's parsed.
        if (keywords !== null && keywords.size > 0 && keywordsFirst(name)) checkKeywords(name, given, keywords);
        const bad = arityError(name, given.length);
        if (bad !== null && !Object.hasOwn(CLINIC, name)) throw pyErr(TypeError, bad);
        const [args, k] = checkKeywords(name, given, keywords);
        const stillBad = arityError(name, args.length);
        if (stillBad !== null) throw pyErr(TypeError, stillBad);
        return f(args, k);
      }),
    );

  fn('print', (args, k) => {
    const file = kw(k, 'file') ?? null;
    if (file !== null) throw unsupportedHere('print(file=...): only standard output is modelled');
    const sep = kw(k, 'sep') ?? ' ';
    const end = kw(k, 'end') ?? '\n';
    if (sep !== null && typeof sep !== 'string') throw pyErr(TypeError, `sep must be None or a string, not ${typeName(sep)}`);
    if (end !== null && typeof end !== 'string') throw pyErr(TypeError, `end must be None or a string, not ${typeName(end)}`);
    const text = args.map(str).join(sep ?? ' ') + (end ?? '\n');
    // Formatting costs by the character (a set's repr replays CPython's hash table), even when
    // the output is past its limit and dropped.
    charge(text.length);
    host.write(text);
    return null;
  });
  fn('len', (args) => {
    if (args.length !== 1) throw pyErr(TypeError, `len() takes exactly one argument (${args.length} given)`);
    // A range's length is exact up to a C ssize_t, past a double's 2**53.
    return args[0] instanceof PyRange ? rangeLen(args[0]) : BigInt(len(args[0]));
  });
  fn('repr', (args) => repr(args[0]));
  fn('ascii', (args) => asciiRepr(args[0]));
  fn('abs', (args) => {
    const v = args[0];
    if (typeof v === 'bigint') return v < 0n ? -v : v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (typeof v === 'number') return Math.abs(v);
    const r = callSpecial(v, '__abs__', []);
    if (r !== undefined) return r;
    throw pyErr(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
  });
  fn('round', (args) => {
    const [v, nd] = args;
    if (nd !== undefined && nd !== null && typeof nd !== 'bigint' && typeof nd !== 'boolean') {
      throw pyErr(TypeError, `'${typeName(nd)}' object cannot be interpreted as an integer`);
    }
    if (typeof v === 'number') {
      if (nd === undefined || nd === null) {
        if (!Number.isFinite(v)) throw pyErr(ValueError, `cannot convert float ${floatRepr(v)} to integer`);
        return roundToInt(v);
      }
      // Past ±400 digits every double rounds to itself or to zero; clamping keeps 10**n finite.
      return roundFloat(v, Math.max(-400, Math.min(400, Number(nd))));
    }
    if (typeof v === 'bigint' || typeof v === 'boolean') {
      const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
      if (nd === undefined || nd === null || Number(nd) >= 0) return n;
      // More digits rounded away than n has: the result is 0 (10**-nd would not fit).
      if (-Number(nd) > String(n < 0n ? -n : n).length + 1) return 0n;
      const p = 10n ** BigInt(-Number(nd));
      const q = n / p;
      const r = n - q * p;
      const twice = 2n * (r < 0n ? -r : r);
      let res = q;
      if (twice > p || (twice === p && q % 2n !== 0n)) res += n < 0n ? -1n : 1n;
      return res * p;
    }
    throw pyErr(TypeError, `type ${typeName(v)} doesn't define __round__ method`);
  });
  fn('sum', (args, k) => {
    let total: PyValue = args[1] ?? kw(k, 'start') ?? 0n;
    if (since('3.12')) return compensatedSum(total, iterate(args[0]));
    for (const v of iterate(args[0])) total = binop('+', total, v);
    return total;
  });
  fn('min', (args, k) => minmax('min', args, k));
  fn('max', (args, k) => minmax('max', args, k));
  fn('sorted', (args, k) => new PyList(sortValues(toArray(args[0]), kw(k, 'key') ?? null, truthy(kw(k, 'reverse') ?? false))));
  fn('reversed', (args) => {
    const r = args[0];
    // range_reverse: a range runs backwards lazily, however long it is.
    if (r instanceof PyRange) {
      const n = rangeSize(r);
      return new PyIterator(iterate(new PyRange(r.start + (n - 1n) * r.step, r.start - r.step, -r.step)), 'range_iterator');
    }
    if (r instanceof PyList) return new PyIterator(new ListReverseIterator(r), 'list_reverseiterator');
    return new PyIterator(toArray(r).reverse(), 'list_reverseiterator');
  });
  fn('any', (args) => {
    for (const v of iterate(args[0])) if (truthy(v)) return true;
    return false;
  });
  fn('all', (args) => {
    for (const v of iterate(args[0])) if (!truthy(v)) return false;
    return true;
  });
  fn('enumerate', (args, k) => {
    const start = (args[1] ?? kw(k, 'start') ?? 0n) as bigint;
    const src = iterate(args[0]);
    return new PyIterator(
      (function* () {
        let i = start;
        for (const v of src) yield new PyTuple([i++, v]);
      })(),
      'enumerate',
    );
  });
  const strict = (name: string, k: Kwargs | null) => (truthy(kw(k, 'strict') ?? false) ? name : null);
  fn('zip', (args, k) => new PyIterator(rows(args, (row) => new PyTuple(row), strict('zip', k)), 'zip'));
  fn('map', (args, k) => {
    const f = callable(args[0]);
    return new PyIterator(rows(args.slice(1), (row) => f.call(row, null), strict('map', k)), 'map');
  });
  fn('filter', (args) => {
    const f = args[0];
    const src = iterate(args[1]);
    return new PyIterator(
      (function* () {
        for (const v of src) if (truthy(f === null ? v : callable(f).call([v], null))) yield v;
      })(),
      'filter',
    );
  });
  fn('iter', (args) => {
    const v = args[0];
    if (v instanceof PyIterator || v instanceof PyGenerator) return v;
    if (userType(v) !== null) {
      const it = callSpecial(v, '__iter__', []);
      if (it !== undefined) return it;
    }
    const src = iterate(v);
    return new PyIterator(src, iteratorTypeName(v, src));
  });
  fn('next', (args) => {
    const it = args[0];
    if (userType(it) !== null) {
      const nx = specialMethod(it, '__next__');
      if (nx === undefined) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
      try {
        return nx.call([], null);
      } catch (e) {
        if (args.length > 1 && e instanceof PyBaseException && e.isInstance(StopIteration)) return args[1];
        throw e;
      }
    }
    if (it instanceof PyGenerator) {
      // gen_iternext: the generator's return value rides on the StopIteration.
      if (args.length === 1) return it.send(null);
      const r = it.resume(false, null);
      return r.done ? args[1] : r.value;
    }
    if (!(it instanceof PyIterator)) throw pyErr(TypeError, `'${typeName(it)}' object is not an iterator`);
    const r = it.next();
    if (r.done) {
      if (args.length > 1) return args[1];
      throw pyErr(StopIteration);
    }
    return r.value;
  });
  fn('isinstance', (args) => isinstance(args[0], args[1]));
  fn('issubclass', (args) => args[0] instanceof PyType && args[1] instanceof PyType && args[0].isSubtypeOf(args[1]));
  fn('callable', (args) => {
    const v = args[0];
    if (v instanceof PyInstance) return v.pyType.lookup('__call__') !== undefined;
    return v instanceof PyCallable;
  });
  fn('id', (args) => {
    const v = args[0];
    return BigInt(typeof v === 'object' && v !== null ? 140000000000000 + objectId(v) * 64 : 9000000 + [...String(v)].length);
  });
  fn('hash', (args) =>
    pyHash(args[0], (v) => {
      const ut = userType(v);
      return ut === null ? undefined : userHash(v as PyObject, ut);
    }),
  );
  for (const [name, prefix, radix] of [['bin', '0b', 2], ['oct', '0o', 8], ['hex', '0x', 16]] as const) {
    fn(name, (args) => {
      const v = args[0];
      if (typeof v !== 'bigint' && typeof v !== 'boolean') throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
      const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
      return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(radix);
    });
  }
  fn('vars', (args) => {
    const d = args.length ? getAttribute(args[0], '__dict__') : undefined;
    if (d === undefined) throw pyErr(TypeError, 'vars() argument must have __dict__ attribute');
    return d;
  });
  fn('delattr', (args) => {
    const [o, name] = args;
    if (o instanceof PyInstance && typeof name === 'string' && o.dict.delete(name)) return null;
    throw attributeError(o, String(name));
  });
  fn('divmod', (args) => new PyTuple([binop('//', args[0], args[1]), binop('%', args[0], args[1])]));
  fn('pow', (args) => ternaryPow(args[0], args[1], args.length > 2 ? args[2] : null));
  fn('chr', (args) => {
    const i = args[0];
    if (typeof i !== 'bigint' && typeof i !== 'boolean') throw pyErr(TypeError, `'${typeName(i)}' object cannot be interpreted as an integer`);
    const n = Number(i);
    if (n < 0 || n > 0x10ffff) throw pyErr(ValueError, 'chr() arg not in range(0x110000)');
    // Two lone surrogates would join into one character in a JavaScript string.
    if (n >= 0xd800 && n <= 0xdfff) throw unsupportedHere('surrogate code points (chr(0xd800) to chr(0xdfff))');
    return String.fromCodePoint(n);
  });
  fn('ord', (args) => {
    const s = args[0];
    if (typeof s !== 'string' || [...s].length !== 1) {
      throw pyErr(TypeError, `ord() expected a character, but string of length ${typeof s === 'string' ? [...s].length : 0} found`);
    }
    return BigInt(s.codePointAt(0) as number);
  });
  fn('format', (args) => format(args[0], (args[1] as string | undefined) ?? ''));
  const attrName = (v: PyValue): string => {
    if (typeof v !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeName(v)}'`);
    return v;
  };
  fn('getattr', (args) => {
    attrName(args[1]);
    const v = getAttribute(args[0], args[1] as string);
    if (v !== undefined) return v;
    if (args.length > 2) return args[2];
    throw attributeError(args[0], args[1] as string);
  });
  fn('hasattr', (args) => getAttribute(args[0], attrName(args[1])) !== undefined);
  fn('setattr', (args) => {
    const o = args[0];
    if (!(o instanceof PyObject) || !o.setAttr(attrName(args[1]), args[2])) throw attributeError(o, args[1] as string);
    return null;
  });

  b.set(
    'int',
    builtinType('int', (args, k) => {
      if (args.length === 0 && kw(k, 'base') !== undefined) throw pyErr(TypeError, 'int() missing string argument');
      return args.length === 0 ? 0n : toInt(args[0], args[1] ?? kw(k, 'base'));
    }),
  );
  b.set('float', builtinType('float', (args) => (args.length === 0 ? 0 : toFloat(args[0]))));
  b.set(
    'str',
    builtinType('str', (args) => {
      if (args.length === 0 || args[0] === ARG_MISSING) return '';
      if (args.length === 1) return str(args[0]);
      // Objects/unicodeobject.c unicode_new_impl decodes with an encoding: only bytes can be,
      // and the simulator has none.
      const o = args[0];
      if (typeof o === 'string') throw pyErr(TypeError, 'decoding str is not supported');
      throw pyErr(TypeError, `decoding to str: need a bytes-like object, ${typeName(o)} found`);
    }),
  );
  b.set('bool', builtinType('bool', (args) => (args.length === 0 ? false : truthy(args[0])), [typeByName('int')]));
  b.set('list', builtinType('list', (args) => new PyList(args.length ? toArray(args[0]) : [])));
  b.set('tuple', builtinType('tuple', (args) => new PyTuple(args.length ? toArray(args[0]) : [])));
  b.set(
    'set',
    builtinType('set', (args) => {
      const s = new PySet();
      if (args.length) for (const v of iterate(args[0])) setAdd(s, v);
      return s;
    }),
  );
  b.set(
    'frozenset',
    builtinType('frozenset', (args) => {
      const s = new PySet(true);
      if (args.length) for (const v of iterate(args[0])) setAdd(s, v);
      return s;
    }),
  );
  b.set(
    'dict',
    builtinType('dict', (args, k) => {
      const d = new PyDict();
      if (args.length) dictUpdate(d, args[0]);
      if (k) for (const [key, v] of k) dictSet(d, key, v);
      return d;
    }),
  );
  b.set(
    'range',
    builtinType('range', (args) => {
      const ints = args.map((a) => {
        if (typeof a === 'bigint') return a;
        if (typeof a === 'boolean') return a ? 1n : 0n;
        throw pyErr(TypeError, `'${typeName(a)}' object cannot be interpreted as an integer`);
      });
      if (ints.length === 0) throw pyErr(TypeError, 'range expected at least 1 argument, got 0');
      if (ints.length === 1) return new PyRange(0n, ints[0], 1n);
      const step = ints[2] ?? 1n;
      if (step === 0n) throw pyErr(ValueError, 'range() arg 3 must not be zero');
      return new PyRange(ints[0], ints[1], step);
    }),
  );
  b.set(
    'type',
    builtinType('type', (args) => {
      if (args.length !== 1) throw pyErr(TypeError, 'type() takes 1 argument in the simulator');
      return typeOf(args[0]);
    }),
  );
  b.set('object', objectType);
  b.set(
    'super',
    builtinType('super', (args) => {
      const [cls, obj] = args;
      if (!(cls instanceof PyType)) throw pyErr(TypeError, `super() argument 1 must be a type, not ${typeName(cls ?? null)}`);
      if (obj === undefined) throw pyErr(RuntimeError, 'super(): unbound super objects are not supported by the simulator');
      const ot = obj instanceof PyType ? obj : typeOf(obj);
      if (!ot.isSubtypeOf(cls)) throw pyErr(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
      return new PySuper(cls, obj);
    }),
  );
  b.set(
    'property',
    builtinType('property', (args, k) => new PyProperty(args[0] ?? kw(k, 'fget') ?? null, args[1] ?? kw(k, 'fset') ?? null, args[2] ?? null)),
  );
  b.set('staticmethod', builtinType('staticmethod', (args) => new PyStaticMethod(args[0] ?? null)));
  b.set('classmethod', builtinType('classmethod', (args) => new PyClassMethod(args[0] ?? null)));
  b.set('NotImplemented', NotImplemented);
  b.set('Ellipsis', Ellipsis);
  typeByName('NoneType');
  for (const t of builtinExceptions) b.set(t.name, t);
  b.set('EnvironmentError', builtinExceptions.find((t) => t.name === 'OSError') as PyType);
  b.set('IOError', builtinExceptions.find((t) => t.name === 'OSError') as PyType);
  b.set('__debug__', true);
  b.set('None', null);
  b.set('True', true);
  b.set('False', false);
  return b;
}

function typeByName(name: string): PyType {
  return typeOf(name === 'int' ? 0n : name === 'NoneType' ? null : 0n);
}

/** `getattr` for every kind of value; undefined when it has no such attribute. */
export function getAttribute(v: PyValue, name: string): PyValue | undefined {
  if (name === '__class__') return typeOf(v);
  if (v instanceof PyObject) {
    const a = v.getAttr(name);
    if (a !== undefined) return a;
  }
  return getMethod(v, name);
}

installFieldAttr((v, name) => {
  const a = getAttribute(v, name);
  if (a === undefined) throw attributeError(v, name);
  return a;
});

export function attributeError(v: PyValue, name: string): PyBaseException {
  const AttributeError = builtinExceptions.find((t) => t.name === 'AttributeError') as PyType;
  if (v instanceof PyType) return pyErr(AttributeError, `type object '${v.name}' has no attribute '${name}'`);
  if (v instanceof PyObject && v.typeName === 'module') {
    return pyErr(AttributeError, `module '${String((v as PyObject).getAttr('__name__'))}' has no attribute '${name}'`);
  }
  return pyErr(AttributeError, `'${typeName(v)}' object has no attribute '${name}'`);
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * sum() from 3.12 (gh-100425, Python/bltinmodule.c builtin_sum_impl): once the running total is
 * a float, float items are added with Neumaier's compensation, so `sum([0.1] * 10)` is 1.0
 * where 3.11 gives 0.9999999999999999. Ints that fit a C long are added plainly on that path;
 * the first item of any other kind leaves it for ordinary `+` to the end.
 */
function compensatedSum(start: PyValue, items: Iterable<PyValue>): PyValue {
  let total = start;
  let c = 0;
  let fast = true;
  const settle = (t: number) => (c !== 0 && Number.isFinite(c) ? t + c : t);
  for (const v of items) {
    if (fast && typeof total === 'number') {
      if (typeof v === 'number') {
        const t = total + v;
        c += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
        total = t;
        continue;
      }
      if (typeof v === 'boolean' || (typeof v === 'bigint' && v >= LONG_MIN && v <= LONG_MAX)) {
        total += Number(v);
        continue;
      }
      total = settle(total);
      fast = false;
    }
    total = binop('+', total, v);
  }
  return fast && typeof total === 'number' ? settle(total) : total;
}
