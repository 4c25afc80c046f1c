/**
 * Whether a value the program asks for can be allocated, decided before any of it is built, as
 * CPython decides it. CPython computes the size first and asks for the memory in one piece, so
 * `[0] * 10**12` is a MemoryError the program can catch, raised before an item is written
 * (Objects/listobject.c `list_repeat` and `list_new_prealloc`; Objects/unicodeobject.c
 * `unicode_repeat` and `PyUnicode_New`).
 *
 * Whether the memory is there depends on the machine, so the simulator takes
 * MAX_ALLOCATION_BYTES as the most any machine gives one object. Below that, a value past the
 * simulator's own size limit (budget.ts `checkSize`) stops the run instead: CPython would build
 * it, the simulator cannot.
 */
import { MAX_VALUE_SIZE, checkSize } from './budget';
import { MemoryError, OverflowError, pyErr } from './exceptions';

/** The largest Py_ssize_t on a 64-bit build. */
export const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * 64 GiB. A request past a machine's memory and swap fails at once (Linux's default overcommit
 * refuses it, other systems likewise), so CPython raises MemoryError; no learner's machine has
 * this much to give one list or string, and every size CPython itself refuses is far above it.
 */
export const MAX_ALLOCATION_BYTES = 2n ** 36n;

/**
 * Throws unless `count` items of `itemBytes` bytes each can be allocated and then built here:
 * MemoryError past what a machine can give (CPython's own `PY_SSIZE_T_MAX / size` overflow
 * checks raise MemoryError too, and lie above the cap), else the simulator's stop past its size
 * limit.
 */
export function checkAllocation(count: bigint, itemBytes: number, kind: string): void {
  if (count * BigInt(itemBytes) > MAX_ALLOCATION_BYTES) throw pyErr(MemoryError);
  if (count > BigInt(MAX_VALUE_SIZE)) checkSize(Number(count), kind);
}

/**
 * A repeat count as the C `Py_ssize_t` a sequence's repeat slot takes: Objects/abstract.c
 * `sequence_repeat` converts it with `PyNumber_AsSsize_t(n, PyExc_OverflowError)`, so a count
 * past it either way is an OverflowError, even for an empty sequence.
 */
export function repeatCount(n: bigint): bigint {
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** Bytes per character of a CPython str (PEP 393): 1 up to U+00FF, 2 up to U+FFFF, else 4. */
export function charWidth(s: string): number {
  let width = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return 4;
    if (c > 0xff) width = 2;
  }
  return width;
}
