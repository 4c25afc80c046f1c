/**
 * `hash()` for builtin values, as CPython computes it where the result is fixed (Python/pyhash.c
 * `_Py_HashDouble`, Objects/longobject.c `long_hash`, Objects/tupleobject.c `tuplehash`), so
 * that a class whose `__hash__` returns `hash((self.x, self.y))` gets one hash for equal
 * points. `str` hashes are randomised per process in CPython; any fixed value will do for them.
 */
import { type PyBaseException, TypeError, pyErr } from './exceptions';
import { type PyValue, PyRange, PyTuple, PySet, hashKey, objectId } from './objects';
import { typeOf } from './pytype';

const BITS = 61n;
/** The Mersenne prime 2**61 - 1 that numeric hashes reduce by. */
const MODULUS = (1n << BITS) - 1n;
const MASK64 = (1n << 64n) - 1n;

function intHash(n: bigint): bigint {
  const neg = n < 0n;
  let h = (neg ? -n : n) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

function floatHash(v: number): bigint {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0n : v > 0 ? 314159n : -314159n;
  if (Number.isInteger(v)) return intHash(BigInt(v));
  // frexp: v = m * 2**e with 0.5 <= |m| < 1
  let m = Math.abs(v);
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const ee = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << ee) & MODULUS) | (x >> (BITS - ee));
  if (v < 0) x = -x;
  return x === -1n ? -2n : x;
}

/** A fixed 61-bit hash of a string (CPython's SipHash is keyed at random per process). */
function strHash(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & MASK64;
  const r = (h & MODULUS) - (1n << 60n);
  return r === -1n ? -2n : r;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function tupleHash(items: readonly PyValue[], hashOf: (v: PyValue) => bigint): bigint {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = hashOf(item) & MASK64;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return acc >= 1n << 63n ? acc - (1n << 64n) : acc;
}

/**
 * The TypeError of hashing what has no hash (Objects/object.c `PyObject_HashNotImplemented`).
 * A tuple hashes its items in turn (Objects/tupleobject.c `tuplehash`), so the error names the
 * first item that has none: `hash((1, []))` says `unhashable type: 'list'`.
 */
export function unhashable(v: PyValue): PyBaseException {
  let culprit = v;
  while (culprit instanceof PyTuple) {
    const item = culprit.items.find((x) => hashKey(x) === null);
    if (item === undefined) break;
    culprit = item;
  }
  return pyErr(TypeError, `unhashable type: '${typeOf(culprit).name}'`);
}

/** `hash(v)`; `userHash` answers for instances of classes the program made. */
export function pyHash(v: PyValue, userHash: (v: PyValue) => bigint | undefined): bigint {
  const self = (x: PyValue): bigint => pyHash(x, userHash);
  switch (typeof v) {
    case 'bigint':
      return intHash(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return floatHash(v);
    case 'string':
      return strHash(v);
  }
  if (v === null) return 0x7f3a5c1e0n >> 4n;
  const u = userHash(v);
  if (u !== undefined) return u;
  if (v instanceof PyTuple) return tupleHash(v.items, self);
  if (v instanceof PyRange) return tupleHash(v.identity.items, self);
  if (v instanceof PySet && v.frozen) return strHash(String(hashKey(v) ?? [...v.map.keys()].sort().join('|')));
  if (hashKey(v) === null) throw unhashable(v);
  return BigInt(objectId(v)) * 16n + 0x7f3a5c1en;
}
