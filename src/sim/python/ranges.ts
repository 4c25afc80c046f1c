/**
 * range objects with exact big-int arithmetic, as CPython's Objects/rangeobject.c computes
 * them: length, indexing, slicing, membership, `index` and `count` never iterate an int range
 * and never round, so `range(10**30)[-1]` and `10**29 in range(10**30)` are exact.
 */
import { SSIZE_MAX } from './allocation';
import { charge } from './budget';
import { IndexError, OverflowError, TypeError, ValueError, pyErr } from './exceptions';
import { type Kwargs, PyBuiltin, PyRange, type PyValue } from './objects';
import { iterate, pyEq, typeName } from './ops';

/** Objects/rangeobject.c compute_range_length, exactly. */
export function rangeSize(r: PyRange): bigint {
  const { start, stop, step } = r;
  if (step > 0n ? start >= stop : start <= stop) return 0n;
  const span = step > 0n ? stop - start : start - stop;
  const st = step > 0n ? step : -step;
  return (span - 1n) / st + 1n;
}

/** `len(range)`: range_length's PyLong_AsSsize_t fails past a C ssize_t. */
export function rangeLen(r: PyRange): bigint {
  const n = rangeSize(r);
  if (n > SSIZE_MAX) throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

function asIndex(v: PyValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

/** `r[i]` (range_item via compute_range_item), with the index taken as an exact int. */
export function rangeItem(r: PyRange, k: PyValue): bigint {
  const i0 = asIndex(k);
  if (i0 === null) throw pyErr(TypeError, `range indices must be integers or slices, not ${typeName(k)}`);
  const n = rangeSize(r);
  const i = i0 < 0n ? i0 + n : i0;
  if (i < 0n || i >= n) throw pyErr(IndexError, 'range object index out of range');
  return r.start + i * r.step;
}

function sliceIndex(v: PyValue): bigint | null {
  if (v === null) return null;
  const i = asIndex(v);
  if (i === null) throw pyErr(TypeError, 'slice indices must be integers or None or have an __index__ method');
  return i;
}

/** `r[a:b:c]` is a range (rangeobject.c compute_slice with _PySlice_GetLongIndices). */
export function rangeSlice(r: PyRange, start: PyValue, stop: PyValue, step: PyValue): PyRange {
  const st = sliceIndex(step) ?? 1n;
  if (st === 0n) throw pyErr(ValueError, 'slice step cannot be zero');
  const n = rangeSize(r);
  const lower = st < 0n ? -1n : 0n;
  const upper = st < 0n ? n - 1n : n;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += n;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  const a = clamp(sliceIndex(start), st < 0n ? upper : lower);
  const b = clamp(sliceIndex(stop), st < 0n ? lower : upper);
  return new PyRange(r.start + a * r.step, r.start + b * r.step, r.step * st);
}

/** Whether the exact int `i` is one of the range's items (range_contains_long). */
function containsInt(r: PyRange, i: bigint): boolean {
  const { start, stop, step } = r;
  const inBounds = step > 0n ? start <= i && i < stop : stop < i && i <= start;
  return inBounds && (i - start) % step === 0n;
}

/**
 * `x in r`: ints (and bools) by arithmetic; anything else by iterating and comparing with `==`,
 * as range_contains falls back to _PySequence_IterSearch. An integral float equals exactly one
 * int, so it is looked up by arithmetic too: the answer is the same, without iterating.
 */
export function rangeContains(r: PyRange, x: PyValue): boolean {
  return rangeSearch(r, x) !== null;
}

/** The position of `x` in the range, or null; iterating only for values that are not numbers. */
function rangeSearch(r: PyRange, x: PyValue): bigint | null {
  const i = asIndex(x) ?? (typeof x === 'number' && Number.isInteger(x) ? BigInt(x) : null);
  if (i !== null) return containsInt(r, i) ? (i - r.start) / r.step : null;
  if (typeof x === 'number') return null;
  let k = 0n;
  for (const item of iterate(r)) {
    if (pyEq(item, x)) return k;
    k++;
  }
  return null;
}

function exactlyOne(name: string, args: PyValue[], kw: Kwargs | null): PyValue {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `range.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw pyErr(TypeError, `range.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** `r.start`, `r.stop`, `r.step`, `r.index(x)`, `r.count(x)`; undefined for anything else. */
export function rangeAttr(r: PyRange, name: string): PyValue | undefined {
  switch (name) {
    case 'start':
      return r.start;
    case 'stop':
      return r.stop;
    case 'step':
      return r.step;
    case 'index':
      return new PyBuiltin(
        'index',
        (args, kw) => {
          const x = exactlyOne('index', args, kw);
          const k = rangeSearch(r, x);
          if (k !== null) return k;
          // range_index: an int names itself; anything else gets _PySequence_IterSearch's words.
          if (asIndex(x) !== null) throw pyErr(ValueError, `${typeof x === 'boolean' ? (x ? 'True' : 'False') : String(x)} is not in range`);
          throw pyErr(ValueError, 'sequence.index(x): x not in sequence');
        },
        'range',
      );
    case 'count':
      return new PyBuiltin(
        'count',
        (args, kw) => {
          const x = exactlyOne('count', args, kw);
          if (asIndex(x) !== null || typeof x === 'number') return rangeSearch(r, x) === null ? 0n : 1n;
          let n = 0n;
          for (const item of iterate(r)) {
            charge(1);
            if (pyEq(item, x)) n++;
          }
          return n;
        },
        'range',
      );
  }
  return undefined;
}
