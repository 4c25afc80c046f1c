/**
 * The order in which CPython iterates a set.
 *
 * A set iterates in hash-table order. For ints that order is fixed by their hashes, so we
 * replay CPython's insertion algorithm (Objects/setobject.c: set_add_entry with
 * LINEAR_PROBES = 9 and PERTURB_SHIFT = 5, set_table_resize, set_insert_clean) to get it
 * exactly: `{10, 5}` prints `{10, 5}` and `{3, 1, 2}` prints `{1, 2, 3}`, as in CPython.
 *
 * Strings hash differently on every run (PYTHONHASHSEED), and None or objects hash by address,
 * so for those CPython's order is not reproducible at all; we keep insertion order. The replay
 * assumes no member was removed (removals leave dummies that can shift later insertions).
 */
import type { PySet, PyValue } from './objects';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MODULUS = (1n << 61n) - 1n; // _PyHASH_MODULUS on 64-bit builds
const U64 = (1n << 64n) - 1n;

/** hash(n) for an int, as a 64-bit unsigned value (Python/pyhash.c, long_hash). */
function intHash(n: bigint): bigint {
  const neg = n < 0n;
  let h = (neg ? -n : n) % MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h & U64;
}

function hashOf(v: PyValue): bigint | null {
  if (typeof v === 'bigint') return intHash(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' && Number.isInteger(v)) return intHash(BigInt(v));
  return null;
}

interface Entry {
  hash: bigint;
  value: PyValue;
}

function insertClean(table: (Entry | null)[], mask: number, e: Entry): void {
  let perturb = e.hash;
  let i = Number(e.hash & BigInt(mask));
  for (;;) {
    if (table[i] === null) {
      table[i] = e;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        i++;
        if (table[i] === null) {
          table[i] = e;
          return;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

function replay(values: PyValue[], hashes: bigint[]): PyValue[] {
  let mask = 7;
  let table: (Entry | null)[] = new Array(8).fill(null);
  let used = 0;
  for (let k = 0; k < values.length; k++) {
    insertClean(table, mask, { hash: hashes[k], value: values[k] });
    used++;
    // set_add_entry: fill*5 >= mask*3 triggers set_table_resize(used > 50000 ? used*2 : used*4)
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      table = new Array(size).fill(null);
      mask = size - 1;
      for (const e of old) if (e) insertClean(table, mask, e);
    }
  }
  return table.filter((e): e is Entry => e !== null).map((e) => e.value);
}

export function setOrder(s: PySet): PyValue[] {
  const values = [...s.map.values()];
  const hashes: bigint[] = [];
  for (const v of values) {
    const h = hashOf(v);
    if (h === null) return values;
    hashes.push(h);
  }
  return replay(values, hashes);
}
