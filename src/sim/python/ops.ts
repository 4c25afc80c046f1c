/**
 * Python's operators on the value model: truth, equality, ordering, arithmetic, containers.
 * Error messages are CPython's own wording, because learners read them.
 */
import type { BinOperator, CmpOperator } from './ast';
import { SSIZE_MAX, charWidth, checkAllocation, repeatCount } from './allocation';
import { MAX_INT_BITS, MAX_VALUE_SIZE, bitLength, charge, checkBits, checkSize, unsupportedHere } from './budget';
import {
  IndexError,
  KeyError,
  OverflowError,
  PyBaseException,
  TypeError,
  ValueError,
  ZeroDivisionError,
  pyErr,
} from './exceptions';
import { PyDict, PyList, PyObject, PyRange, PySet, PyTuple, type PyValue, hashKey } from './objects';
import { rangeContains, rangeLen, rangeSize } from './ranges';
import { typeOf } from './pytype';
import { NotImplemented, PyInstance, callSpecial, installEqual, overrides, protocolHooks, userIter, userType } from './objectmodel';
import { DictIterator, ListIterator, SetIterator } from './iterators';
import { unhashable } from './hash';
import { since } from './dialect';

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyInstance) return userTruth(v);
  if (v instanceof PyObject && 'pyLen' in v) return (v as unknown as { pyLen(): number }).pyLen() > 0;
  return true;
}

/** `bool(obj)` for a class the program made: `__bool__`, else `__len__`, else True. */
function userTruth(v: PyInstance): boolean {
  const b = callSpecial(v, '__bool__', []);
  if (b !== undefined) {
    if (typeof b !== 'boolean') throw pyErr(TypeError, `__bool__ should return bool, returned ${typeName(b)}`);
    return b;
  }
  const n = callSpecial(v, '__len__', []);
  if (n !== undefined) {
    if (typeof n !== 'bigint' && typeof n !== 'boolean') throw pyErr(TypeError, `'${typeName(n)}' object cannot be interpreted as an integer`);
    if (typeof n === 'bigint' && n < 0n) throw pyErr(ValueError, '__len__() should return >= 0');
    return n !== 0n && n !== false;
  }
  return true;
}

/** Whether special methods of `v` come from a class the program made. */
function isUser(v: PyValue): boolean {
  return userType(v) !== null;
}

/**
 * `a == b` when either side is an instance of a user class (object.c `do_richcompare`): the
 * left operand's `__eq__`, then the right's, then identity.
 */
function richEq(a: PyValue, b: PyValue, op: '__eq__' | '__ne__'): boolean {
  if (isUser(a)) {
    const r = callSpecial(a, op, [b]);
    if (r !== undefined && r !== NotImplemented) return truthy(r);
  }
  if (isUser(b)) {
    const r = callSpecial(b, op, [a]);
    if (r !== undefined && r !== NotImplemented) return truthy(r);
  }
  return op === '__eq__' ? a === b : a !== b;
}

const ORDER_METHODS: Record<string, [string, string]> = {
  '<': ['__lt__', '__gt__'],
  '<=': ['__le__', '__ge__'],
  '>': ['__gt__', '__lt__'],
  '>=': ['__ge__', '__le__'],
};

/** `a < b` and friends with a user class on either side: the method, then its reflection. */
function richOrder(op: string, a: PyValue, b: PyValue): boolean {
  const [name, reflected] = ORDER_METHODS[op];
  if (isUser(a)) {
    const r = callSpecial(a, name, [b]);
    if (r !== undefined && r !== NotImplemented) return truthy(r);
  }
  if (isUser(b)) {
    const r = callSpecial(b, reflected, [a]);
    if (r !== undefined && r !== NotImplemented) return truthy(r);
  }
  throw pyErr(TypeError, `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

const BINARY_METHODS: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow', '@': 'matmul',
  '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor',
};

/** `a + b` with a user class on either side (`binary_op1`): `a.__add__(b)`, then `b.__radd__(a)`. */
function userBinop(op: BinOperator, a: PyValue, b: PyValue): PyValue | undefined {
  const name = BINARY_METHODS[op];
  if (isUser(a)) {
    const r = callSpecial(a, `__${name}__`, [b]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  if (isUser(b)) {
    const r = callSpecial(b, `__r${name}__`, [a]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  return undefined;
}

/** `a += b` with a user class on the left: `__iadd__`, else what `a + b` does. */
export function inplaceUser(op: BinOperator, a: PyValue, b: PyValue): PyValue | undefined {
  if (!isUser(a)) return undefined;
  const r = callSpecial(a, `__i${BINARY_METHODS[op]}__`, [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  return undefined;
}

/**
 * int against float, exactly (floatobject.c `float_richcompare`): no conversion of the int, so
 * `10**400 == float('inf')` is False rather than an OverflowError. NaN for a NaN float.
 */
function intFloatOrder(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const n = BigInt(fl);
  if (i < n) return -1;
  if (i > n) return 1;
  return fl === f ? 0 : -1;
}

/** An int view of int-like values (bool is an int in Python), or null. */
function asInt(v: PyValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

function isNumber(v: PyValue): v is bigint | number | boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

function toFloat(v: bigint | number | boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return intToFloat(v);
}

/** float(n) for an int: OverflowError past the largest double, as CPython. */
export function intToFloat(n: bigint): number {
  const f = Number(n);
  if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
  return f;
}

export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  if (isNumber(a) && isNumber(b)) {
    const ia = asInt(a);
    const ib = asInt(b);
    if (ia !== null && ib !== null) return ia === ib;
    if (ia !== null) return intFloatOrder(ia, b as number) === 0;
    if (ib !== null) return intFloatOrder(ib, a as number) === 0;
    return a === b;
  }
  if (a instanceof PyObject || b instanceof PyObject) {
    if (isUser(a) || isUser(b)) return richEq(a, b, '__eq__');
  }
  if (typeof a === 'string' || typeof b === 'string') return false;
  const lib = libraryOrder(a, b);
  if (lib !== undefined) return lib === 0;
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.size !== b.size) return false;
    for (const [k, [, v]] of a.map) {
      const other = b.map.get(k);
      if (!other || !pyEq(v, other[1])) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.size !== b.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    // Objects/rangeobject.c range_equals: equal lengths, then first item, then step.
    const n = rangeSize(a);
    return n === rangeSize(b) && (n === 0n || (a.start === b.start && (n === 1n || a.step === b.step)));
  }
  return false;
}

function seqEq(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!itemEq(a[i], b[i])) return false;
  return true;
}

/**
 * `==` as containers ask it (list_richcompare, PySequence_Contains, list.index/count/remove):
 * identity first (`PyObject_RichCompareBool`'s Py_Is shortcut), so a nan finds itself.
 */
export function itemEq(a: PyValue, b: PyValue): boolean {
  return isSame(a, b) || pyEq(a, b);
}

/** How a library object (datetime, timedelta, deque) orders against b; undefined if it does not. */
function libraryOrder(a: PyValue, b: PyValue): number | undefined {
  if (a instanceof PyObject && 'pyOrder' in a) return (a as unknown as { pyOrder(b: PyValue): number | undefined }).pyOrder(b);
  return undefined;
}

/** -1, 0 or 1 for `<`-style comparisons; throws TypeError like CPython when unorderable. */
function order(a: PyValue, b: PyValue, op: string): number {
  const lib = libraryOrder(a, b);
  if (lib !== undefined) return lib;
  if (isNumber(a) && isNumber(b)) {
    const ia = asInt(a);
    const ib = asInt(b);
    if (ia !== null && ib !== null) return ia < ib ? -1 : ia > ib ? 1 : 0;
    if (ia !== null) return intFloatOrder(ia, b as number);
    if (ib !== null) return -intFloatOrder(ib, a as number);
    const fa = toFloat(a);
    const fb = toFloat(b);
    if (Number.isNaN(fa) || Number.isNaN(fb)) return NaN;
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // Compare by code point, as Python does (JS compares UTF-16 units).
    if (a === b) return 0;
    const ca = [...a];
    const cb = [...b];
    const n = Math.min(ca.length, cb.length);
    for (let i = 0; i < n; i++) {
      const x = ca[i].codePointAt(0) as number;
      const y = cb[i].codePointAt(0) as number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return ca.length < cb.length ? -1 : ca.length > cb.length ? 1 : 0;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x = a.items;
    const y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (!itemEq(x[i], y[i])) return order(x[i], y[i], op);
    }
    return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
  }
  if (isUser(a) || isUser(b)) {
    if (richOrder('<', a, b)) return -1;
    return richOrder('>', a, b) ? 1 : 0;
  }
  throw pyErr(TypeError, `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function lessThan(a: PyValue, b: PyValue): boolean {
  if (isUser(a) || isUser(b)) return richOrder('<', a, b);
  return order(a, b, '<') < 0;
}

export function compare(op: CmpOperator, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case '==':
      return pyEq(a, b);
    case '!=':
      if (isUser(a) || isUser(b)) return userNotEqual(a, b);
      return !pyEq(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (isUser(a) || isUser(b)) return richOrder(op, a, b);
      break;
    case 'is':
      return isSame(a, b);
    case 'is not':
      return !isSame(a, b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
  }
  switch (op) {
    case '<':
      return order(a, b, op) < 0;
    case '<=':
      return order(a, b, op) <= 0;
    case '>':
      return order(a, b, op) > 0;
    case '>=':
      return order(a, b, op) >= 0;
  }
  return false;
}

/** `a != b` for user classes: a `__ne__` the class defines, else the inverse of `==`. */
function userNotEqual(a: PyValue, b: PyValue): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const t = userType(x);
    if (t !== null && overrides(t, '__ne__')) {
      const r = callSpecial(x, '__ne__', [y]);
      if (r !== undefined && r !== NotImplemented) return truthy(r);
    }
  }
  return !richEq(a, b, '__eq__');
}

/**
 * `is`: identity. Small ints and interned strings are identical in CPython, so equal primitives
 * are. Floats are JavaScript numbers with no identity of their own: a nan is taken to be the
 * object it is compared with (`n is n`, `n in [n]`, `math.nan in [math.nan]`).
 */
function isSame(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  if (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) return true;
  return typeof a === typeof b && a === b;
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeName(item)}`);
    }
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => itemEq(x, item));
  if (container instanceof PyDict) return container.map.has(requireHash(item, 'dict key'));
  if (container instanceof PySet) return container.map.has(requireHash(item, 'set element'));
  if (container instanceof PyRange) return rangeContains(container, item);
  if (isUser(container)) {
    const r = callSpecial(container, '__contains__', [item]);
    if (r !== undefined) return truthy(r);
    for (const x of userIter(container, iterate)) if (itemEq(x, item)) return true;
    return false;
  }
  if (container instanceof PyObject && 'pyIter' in container) {
    // dict views and iterators: membership by iteration, as object.__contains__ falls back to.
    for (const x of iterate(container)) if (itemEq(x, item)) return true;
    return false;
  }
  throw pyErr(TypeError, `argument of type '${typeName(container)}' is not iterable`);
}

/**
 * The TypeError of `await` on what is not awaitable. 3.14 rewords it (Objects/genobject.c,
 * `_PyCoro_GetAwaitableIter`): `'int' object can't be awaited`.
 */
export function notAwaitable(v: PyValue): PyBaseException {
  return pyErr(TypeError, since('3.14') ? `'${typeName(v)}' object can't be awaited` : `object ${typeName(v)} can't be used in 'await' expression`);
}

/**
 * A ZeroDivisionError's message: each operation named its own until 3.14, which says
 * `division by zero` for every int and float division, floor division and modulo (gh-119057,
 * Objects/longobject.c and floatobject.c).
 */
function zeroDivision(before314: string): string {
  return since('3.14') ? 'division by zero' : before314;
}

/**
 * What a hash is asked for, which 3.14 names in the TypeError when there is none (gh-132825):
 * `cannot use 'list' as a dict key (unhashable type: 'list')`, and `as a set element`
 * (Objects/dictobject.c `dict_unhashable_type`, Objects/setobject.c `set_unhashable_type`).
 * `null` where CPython hashes with `PyObject_Hash` alone and says only `unhashable type:
 * 'list'`: `hash()`, `set.intersection` of an iterable, Counter counting one
 * (Modules/_collectionsmodule.c `_count_elements`).
 */
export type HashUse = 'dict key' | 'set element' | null;

/** The dict key of `v`, or the TypeError CPython raises for a value with no hash. */
export function requireHash(v: PyValue, use: HashUse): string {
  try {
    const k = hashKey(v);
    if (k === null) throw unhashable(v);
    return k;
  } catch (e) {
    // Only an exact TypeError is reworded, a `__hash__` returning a str's included; a ValueError
    // raised by a `__hash__` passes unchanged, as dict_unhashable_type checks Py_IS_TYPE.
    if (use === null || !since('3.14') || !(e instanceof PyBaseException) || e.pyType !== TypeError) throw e;
    throw pyErr(TypeError, `cannot use '${typeOf(v).fullyQualifiedName}' as a ${use} (${protocolHooks.str(e)})`);
  }
}

// ---------------------------------------------------------------- arithmetic

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

function floatMod(a: number, b: number): number {
  const r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) return r + b;
  if (r === 0) return b < 0 ? -0 : 0;
  return r;
}

function unsupported(op: string, a: PyValue, b: PyValue): never {
  const shown = op === '**' ? '** or pow()' : op;
  throw pyErr(TypeError, `unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * seq * n, its size decided before anything is built (allocation.ts): Objects/abstract.c
 * `sequence_repeat`, then Objects/listobject.c `list_repeat` (tuples alike) and
 * Objects/unicodeobject.c `unicode_repeat`.
 */
function repeat(seq: PyValue, n: PyValue): PyValue {
  const count = repeatCount(asInt(n) as bigint);
  const k = count > 0n ? count : 0n;
  const len = typeof seq === 'string' ? seq.length : (seq as PyList | PyTuple).items.length;
  if (len === 0 || k === 0n) return typeof seq === 'string' ? '' : seq instanceof PyList ? new PyList([]) : new PyTuple([]);
  if (typeof seq === 'string') {
    // unicode_repeat hands back the string itself for a count of 1.
    if (k === 1n) return seq;
    // Only a size past the simulator's limit needs CPython's count of code points and its width.
    if (BigInt(len) * k > BigInt(MAX_VALUE_SIZE)) {
      const chars = BigInt([...seq].length);
      if (chars > SSIZE_MAX / k) throw pyErr(OverflowError, 'repeated string is too long');
      checkAllocation(chars * k, charWidth(seq), 'characters');
    }
  } else {
    // list_repeat's `Py_SIZE(a) > PY_SSIZE_T_MAX / n` is a MemoryError, like the allocation of
    // one 8-byte pointer per item that follows it.
    checkAllocation(BigInt(len) * k, 8, 'items');
  }
  const total = len * Number(k);
  // A string repeats by copying whole blocks (V8 doubles it, as CPython's memcpy does): a
  // character costs what a 64-bit word of a big int does, not what a list item does.
  charge(typeof seq === 'string' ? total / 64 : total);
  if (typeof seq === 'string') return seq.repeat(Number(k));
  const items = (seq as PyList | PyTuple).items;
  const out: PyValue[] = new Array(total);
  for (let i = 0; i < total; i++) out[i] = items[i % len];
  return seq instanceof PyList ? new PyList(out) : new PyTuple(out);
}

/** a + b for sequences: checked against the size limit, charged by what is copied. */
function concat(a: readonly PyValue[], b: readonly PyValue[]): PyValue[] {
  checkSize(a.length + b.length);
  charge(a.length + b.length);
  return a.concat(b);
}

function isSeq(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

export function binop(op: BinOperator, a: PyValue, b: PyValue): PyValue {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== null && ib !== null) return intOp(op, ia, ib, a, b);
  if (isNumber(a) && isNumber(b)) return floatOp(op, toFloat(a), toFloat(b), a, b);
  if (isUser(a) || isUser(b)) {
    const r = userBinop(op, a, b);
    if (r !== undefined) return r;
  }
  if (a instanceof PyObject && 'pyBinop' in a) {
    // Operators of the library's types (Counter + Counter); undefined is NotImplemented.
    const r = (a as unknown as { pyBinop(op: BinOperator, b: PyValue): PyValue | undefined }).pyBinop(op, b);
    if (r !== undefined) return r;
  }
  switch (op) {
    case '+':
      if (typeof a === 'string' && typeof b === 'string') {
        // V8 joins strings as ropes, in constant time: only the size needs a check.
        if (a.length + b.length > MAX_VALUE_SIZE) checkSize(a.length + b.length, 'characters');
        return a + b;
      }
      if (a instanceof PyList && b instanceof PyList) return new PyList(concat(a.items, b.items));
      if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(concat(a.items, b.items));
      if (typeof a === 'string' && typeof b !== 'string') {
        throw pyErr(TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
      }
      if (a instanceof PyList) throw pyErr(TypeError, `can only concatenate list (not "${typeName(b)}") to list`);
      if (a instanceof PyTuple) throw pyErr(TypeError, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
      return unsupported('+', a, b);
    case '*':
      if (isSeq(a) && ib !== null) return repeat(a, b);
      if (isSeq(b) && ia !== null) return repeat(b, a);
      if (isSeq(a) || isSeq(b)) {
        throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeName(isSeq(a) ? b : a)}'`);
      }
      return unsupported('*', a, b);
    case '%':
      if (typeof a === 'string') return percentHook(a, b);
      return unsupported('%', a, b);
    case '|':
      if (a instanceof PySet && b instanceof PySet) return setUnion(a, b);
      if (a instanceof PyDict && b instanceof PyDict) {
        const d = new PyDict();
        for (const [k, e] of a.map) d.map.set(k, e);
        for (const [k, e] of b.map) d.map.set(k, a.map.has(k) ? [a.map.get(k)![0], e[1]] : e);
        return d;
      }
      return unsupported('|', a, b);
    case '&':
      if (a instanceof PySet && b instanceof PySet) {
        const s = new PySet();
        for (const [k, v] of a.map) if (b.map.has(k)) s.map.set(k, v);
        return s;
      }
      return unsupported('&', a, b);
    case '-':
      if (a instanceof PySet && b instanceof PySet) {
        const s = new PySet();
        for (const [k, v] of a.map) if (!b.map.has(k)) s.map.set(k, v);
        return s;
      }
      return unsupported('-', a, b);
    case '^':
      if (a instanceof PySet && b instanceof PySet) {
        const s = new PySet();
        for (const [k, v] of a.map) if (!b.map.has(k)) s.map.set(k, v);
        for (const [k, v] of b.map) if (!a.map.has(k)) s.map.set(k, v);
        return s;
      }
      return unsupported('^', a, b);
  }
  return unsupported(op, a, b);
}

function setUnion(a: PySet, b: PySet): PySet {
  const s = new PySet();
  for (const [k, v] of a.map) s.map.set(k, v);
  for (const [k, v] of b.map) if (!s.map.has(k)) s.map.set(k, v);
  return s;
}

function intOp(op: BinOperator, a: bigint, b: bigint, ra: PyValue, rb: PyValue): PyValue {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      if (isBig(a) || isBig(b)) {
        const bits = bitLength(a) + bitLength(b);
        checkBits(bits);
        charge(bits / 64);
      }
      return a * b;
    case '/':
      if (b === 0n) throw pyErr(ZeroDivisionError, 'division by zero');
      return intTrueDiv(a, b);
    case '//':
      if (b === 0n) throw pyErr(ZeroDivisionError, zeroDivision('integer division or modulo by zero'));
      return floorDiv(a, b);
    case '%':
      if (b === 0n) throw pyErr(ZeroDivisionError, zeroDivision('integer modulo by zero'));
      return floorMod(a, b);
    case '**':
      if (b < 0n) {
        // long_pow hands a negative exponent to float_pow, which converts both ints first.
        return floatOp('**', intToFloat(a), intToFloat(b), ra, rb);
      }
      if (a !== 0n && a !== 1n && a !== -1n) {
        if (b > BigInt(MAX_INT_BITS)) checkBits(MAX_INT_BITS + 1);
        const lg = isBig(a) ? bitLength(a) : Math.log2(Math.abs(Number(a)));
        const bits = Math.ceil(lg * Number(b));
        checkBits(bits);
        if (bits > 64) charge(bits / 64);
      }
      return a ** b;
    case '<<':
      if (b < 0n) throw pyErr(ValueError, 'negative shift count');
      if (a !== 0n && b > 64n) {
        if (b > BigInt(MAX_INT_BITS)) checkBits(MAX_INT_BITS + 1);
        const bits = bitLength(a) + Number(b);
        checkBits(bits);
        charge(bits / 64);
      }
      return a << b;
    case '>>':
      if (b < 0n) throw pyErr(ValueError, 'negative shift count');
      return a >> b;
    case '&':
      return typeof ra === 'boolean' && typeof rb === 'boolean' ? ra && rb : a & b;
    case '|':
      return typeof ra === 'boolean' && typeof rb === 'boolean' ? ra || rb : a | b;
    case '^':
      return typeof ra === 'boolean' && typeof rb === 'boolean' ? ra !== rb : a ^ b;
    case '@':
      return unsupported('@', ra, rb);
  }
}

/**
 * int / int, correctly rounded, as Objects/longobject.c long_true_divide: ints that are exact
 * as doubles divide as doubles; others are scaled so that the quotient has 55 bits (fewer when
 * the result is subnormal), divided exactly, then rounded half to even with the remainder as
 * the sticky bit. Too large a result is an OverflowError, never inf.
 */
function intTrueDiv(a: bigint, b: bigint): number {
  const EXACT = 2n ** 53n;
  if (a <= EXACT && a >= -EXACT && b <= EXACT && b >= -EXACT) return Number(a) / Number(b);
  const negate = (a < 0n) !== (b < 0n);
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  const signed = (v: number) => (negate ? -v : v);
  if (x === 0n) return signed(0);
  const DBL_MANT_DIG = 53;
  const DBL_MAX_EXP = 1024;
  const DBL_MIN_EXP = -1021;
  const diff = bitLength(x) - bitLength(y);
  if (diff > DBL_MAX_EXP) throw pyErr(OverflowError, 'integer division result too large for a float');
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return signed(0);
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  let q: bigint;
  let inexact: boolean;
  if (shift >= 0) {
    const d = y << BigInt(shift);
    q = x / d;
    inexact = x % d !== 0n;
  } else {
    const n = x << BigInt(-shift);
    q = n / y;
    inexact = n % y !== 0n;
  }
  const qBits = bitLength(q);
  const extra = Math.max(qBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const mask = 1n << BigInt(extra - 1);
  const low = q | (inexact ? 1n : 0n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) q += mask;
  q &= ~(2n * mask - 1n);
  // q now has at most 53 significant bits, so Number(q) is exact and so is scaling it by 2**shift
  // (in two steps, so that neither factor underflows).
  const dq = Number(q);
  const r = shift < -1000 ? dq * 2 ** -100 * 2 ** (shift + 100) : dq * 2 ** shift;
  if (!Number.isFinite(r)) throw pyErr(OverflowError, 'integer division result too large for a float');
  return signed(r);
}

/**
 * `pow(a, b, m)` (bltinmodule.c builtin_pow → ternary_op): ints take Objects/longobject.c
 * long_pow's modular path; a float among the numbers is float_pow's TypeError; anything else is
 * unsupported, naming all three types.
 */
export function ternaryPow(a: PyValue, b: PyValue, m: PyValue): PyValue {
  if (m === null) return binop('**', a, b);
  if (isUser(a)) {
    const r = callSpecial(a, '__pow__', [b, m]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const ia = asInt(a);
  const ib = asInt(b);
  const im = asInt(m);
  if (ia !== null && ib !== null && im !== null) return intPowMod(ia, ib, im);
  if (isNumber(a) && isNumber(b) && (isNumber(m) || typeof a === 'number' || typeof b === 'number')) {
    throw pyErr(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  throw pyErr(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}

/** long_pow with a modulus: the result takes the modulus's sign; a negative exponent inverts. */
function intPowMod(a: bigint, b: bigint, c: bigint): bigint {
  if (c === 0n) throw pyErr(ValueError, 'pow() 3rd argument cannot be 0');
  const negativeOutput = c < 0n;
  if (negativeOutput) c = -c;
  if (c === 1n) return 0n;
  if (b < 0n) {
    a = invMod(floorMod(a, c), c);
    b = -b;
  }
  a = floorMod(a, c);
  charge(bitLength(b) * Math.max(1, bitLength(c) / 64));
  let result = 1n;
  while (b > 0n) {
    if (b & 1n) result = (result * a) % c;
    a = (a * a) % c;
    b >>= 1n;
  }
  return negativeOutput && result !== 0n ? result - c : result;
}

/** long_invmod: the inverse of a modulo n (n > 1), by the extended Euclidean algorithm. */
function invMod(a: bigint, n: bigint): bigint {
  let [r0, r1] = [n, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) throw pyErr(ValueError, 'base is not invertible for the given modulus');
  return floorMod(t0, n);
}

function floatOp(op: BinOperator, a: number, b: number, ra: PyValue, rb: PyValue): PyValue {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw pyErr(ZeroDivisionError, zeroDivision('float division by zero'));
      return a / b;
    case '//':
      if (b === 0) throw pyErr(ZeroDivisionError, zeroDivision('float floor division by zero'));
      return Math.floor(a / b);
    case '%':
      // 3.13's Objects/floatobject.c names the zero in float_rem (checked against CPython 3.13.0).
      if (b === 0) throw pyErr(ZeroDivisionError, zeroDivision(since('3.13') ? 'float modulo by zero' : 'float modulo'));
      return floatMod(a, b);
    case '**': {
      // 3.14 words float_pow's error like the others (gh-119057).
      if (a === 0 && b < 0) throw pyErr(ZeroDivisionError, since('3.14') ? 'zero to a negative power' : '0.0 cannot be raised to a negative power');
      const r = a ** b;
      // CPython's float_pow hands a negative base with a fractional exponent to complex.
      if (Number.isNaN(r) && a < 0) throw unsupportedHere('complex numbers (a negative number raised to a fractional power)');
      if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
        throw pyErr(OverflowError, '(34, \'Numerical result out of range\')');
      }
      return r;
    }
  }
  return unsupported(op, ra, rb);
}

export function unaryop(op: '-' | '+' | '~', v: PyValue): PyValue {
  const i = asInt(v);
  if (isUser(v)) {
    const r = callSpecial(v, op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__', []);
    if (r !== undefined) return r;
  }
  if (op === '-') {
    if (i !== null) return -i;
    if (typeof v === 'number') return -v;
    throw pyErr(TypeError, `bad operand type for unary -: '${typeName(v)}'`);
  }
  if (op === '+') {
    if (i !== null) return i;
    if (typeof v === 'number') return v;
    throw pyErr(TypeError, `bad operand type for unary +: '${typeName(v)}'`);
  }
  if (i !== null) return ~i;
  throw pyErr(TypeError, `bad operand type for unary ~: '${typeName(v)}'`);
}

// ---------------------------------------------------------------- printf-style formatting

/** `str % args`, installed by format.ts (which imports this module) to break the import cycle. */
let percentHook: (fmt: string, arg: PyValue) => string = () => '';
export function installPercentFormat(f: (fmt: string, arg: PyValue) => string): void {
  percentHook = f;
}

// ---------------------------------------------------------------- containers

/** Python-style index normalisation; throws IndexError with CPython's message. */
export function normIndex(i: PyValue, len: number, what: string): number {
  const n = asInt(i);
  if (n === null) throw pyErr(TypeError, `${what} indices must be integers or slices, not ${typeName(i)}`);
  let k = Number(n);
  if (k < 0) k += len;
  if (k < 0 || k >= len) throw pyErr(IndexError, `${what} index out of range`);
  return k;
}

export function keyError(key: PyValue): never {
  throw pyErr(KeyError, key);
}

/** Materialises any iterable into an array (lists, tuples, strings, dicts, sets, ranges, iterators). */
export function iterate(v: PyValue): Iterable<PyValue> {
  if (v instanceof PyList) {
    // Charged up front, as the copy this once made was: a builtin that walks a long list
    // (`any(big)`) does that much work in one call.
    charge(v.items.length);
    return new ListIterator(v);
  }
  if (v instanceof PyTuple) return v.items;
  if (typeof v === 'string') {
    charge(v.length);
    return [...v];
  }
  if (v instanceof PyDict) return new DictIterator(v, 'keys');
  if (v instanceof PySet) return new SetIterator(v);
  if (v instanceof PyRange) return rangeIter(v);
  if (v instanceof PyObject && 'pyIter' in v && typeof (v as { pyIter: unknown }).pyIter === 'function') {
    return (v as unknown as { pyIter(): Iterable<PyValue> }).pyIter();
  }
  if (isUser(v)) return userIter(v, iterate);
  throw pyErr(TypeError, `'${typeName(v)}' object is not iterable`);
}

function* rangeIter(r: PyRange): Generator<PyValue> {
  const { start, step } = r;
  const n = r.length;
  for (let i = 0; i < n; i++) {
    // Charged by the thousand: `sum(range(10**12))` stops at the budget, not after hours.
    if ((i & 1023) === 1023) charge(1024);
    yield start + BigInt(i) * step;
  }
}

export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    charge(v.items.length);
    return v.items.slice();
  }
  if (v instanceof PyRange) {
    // list(range(10**30)) asks for the length first, which fails past a C ssize_t.
    checkSize(Number(rangeLen(v)));
    charge(v.length);
  }
  const out: PyValue[] = [];
  for (const x of iterate(v)) {
    // A generator that never ends fills memory before it reaches any other limit.
    if (out.push(x) > MAX_VALUE_SIZE) checkSize(out.length);
  }
  return out;
}

/** Whether a multiplication with this operand needs its size checked (past 2**64). */
function isBig(n: bigint): boolean {
  return n > 0xffffffffffffffffn || n < -0xffffffffffffffffn;
}

installEqual(pyEq);
