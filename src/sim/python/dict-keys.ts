/**
 * The layout of a dict's entries, as Objects/dictobject.c keeps it in a `PyDictKeysObject`, so
 * that a dict iterator can walk it as `dictiter_iternextkey` does.
 *
 * CPython appends each new key to `dk_entries`; deleting a key leaves a hole where it was, and
 * the holes stay until an insertion finds no room (`dk_usable` is 0) and `insertion_resize`
 * builds a new table holding only the live entries, in order. An iterator keeps an index into
 * `dk_entries` (`di_pos`), so after such a resize the same index names a later entry: a loop
 * that swaps keys at the same size may skip entries, or end early without an error.
 *
 * The Map this extends still does every lookup; on top of it each key's index in `dk_entries`
 * is tracked, and `layout` counts the resizes, so an iterator can tell its index changed meaning.
 */
import type { PyValue } from './objects';

export type DictEntry = [PyValue, PyValue];

/** PyDict_MINSIZE */
const MINSIZE = 8;

/** `USABLE_FRACTION(n)`: how many entries a table of `n` slots holds before it is resized. */
function usableFraction(size: number): number {
  return Math.floor((size * 2) / 3);
}

/**
 * `calculate_log2_keysize` as 3.11–3.13 compute it on 64-bit builds:
 * `_Py_bit_length(((minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1))`. (For a small
 * `minsize` this gives 16, not 8: a dict of 2 keys that resizes gets 16 slots, as
 * `sys.getsizeof` shows.)
 */
function keysizeFor(minsize: number): number {
  const m = ((minsize | MINSIZE) - 1) | (MINSIZE - 1);
  return 2 ** (32 - Math.clz32(m));
}

export class DictKeys extends Map<string, DictEntry> {
  /** `DK_SIZE`: 0 for the shared empty keys a new dict starts with (`Py_EMPTY_KEYS`). */
  private slots = 0;
  /** `dk_usable`: entries that can still be appended before a resize. */
  private usable = 0;
  /** `dk_nentries`: entries appended since the last resize, the deleted ones included. */
  private nentries = 0;
  /** Each live key's index in `dk_entries`. */
  private readonly at = new Map<string, number>();
  /** How many times the entries were rebuilt (a resize or `clear()`). */
  layout = 0;

  set(key: string, entry: DictEntry): this {
    const n = this.size;
    super.set(key, entry);
    // Assigning to a key the dict has keeps its entry (insertdict): only a new key appends.
    if (this.size !== n) this.append(key);
    return this;
  }

  delete(key: string): boolean {
    // delitem_common: the entry becomes a hole; dk_usable and dk_nentries stay as they are.
    if (!super.delete(key)) return false;
    this.at.delete(key);
    return true;
  }

  clear(): void {
    // PyDict_Clear: the dict goes back to the empty keys.
    super.clear();
    this.at.clear();
    this.slots = 0;
    this.usable = 0;
    this.nentries = 0;
    this.layout++;
  }

  /** The index in `dk_entries` of a live key. */
  indexOf(key: string): number {
    return this.at.get(key) as number;
  }

  /**
   * The layout `dict.copy()` gives (PyDict_Copy): the same table, holes and all, when at most a
   * third of its entries are holes (`clone_combined_dict_keys`); otherwise what merging into a
   * new dict gives (`mergeLayout`), and the live entries appended in order.
   */
  copyInto(target: DictKeys): void {
    if (this.size > 0 && this.size >= Math.floor((this.nentries * 2) / 3)) target.cloneFrom(this);
    else if (!target.mergeLayout(this)) for (const [k, e] of this) target.set(k, e);
  }

  /**
   * What `dict_merge` does to this dict's layout before it inserts `other`'s entries; true when
   * that is all there is to do. An empty dict takes a copy of a clean, freshly made table whole;
   * otherwise, if `other` has more entries than this table can ever hold, the table is resized
   * once for both (`estimate_log2_keysize(used + other.used)`).
   */
  mergeLayout(other: DictKeys): boolean {
    if (other === this || other.size === 0) return true;
    if (
      this.size === 0 &&
      other.size === other.nentries &&
      (other.slots === MINSIZE || usableFraction(other.slots / 2) < other.size)
    ) {
      this.cloneFrom(other);
      return true;
    }
    // Py_EMPTY_KEYS has one slot, which holds nothing: usableFraction(1) is 0, as is ours of 0.
    if (usableFraction(this.slots) < other.size) {
      this.rebuild(keysizeFor(Math.floor(((this.size + other.size) * 3 + 1) / 2)), this.size);
    }
    return false;
  }

  /** `clone_combined_dict_keys`: this (empty) dict takes `other`'s table as it is. */
  private cloneFrom(other: DictKeys): void {
    for (const [k, e] of other) super.set(k, e);
    for (const [k, i] of other.at) this.at.set(k, i);
    this.slots = other.slots;
    this.usable = other.usable;
    this.nentries = other.nentries;
    this.layout++;
  }

  /** `insertdict` appending a new key, after `insertion_resize` when the entries are full. */
  private append(key: string): void {
    // insertion_resize: dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp))), GROWTH_RATE
    // being used * 3; the first key of an empty dict gets a table of PyDict_MINSIZE.
    if (this.usable <= 0) {
      const used = this.size - 1;
      this.rebuild(this.slots === 0 ? MINSIZE : keysizeFor(used * 3), used);
    }
    this.at.set(key, this.nentries++);
    this.usable--;
  }

  /**
   * `dictresize`: a table of `slots` slots holding the first `used` live entries, in order, at
   * the front, and no holes. (When a key is being appended it is already last in the Map, and
   * left for `append` to number.)
   */
  private rebuild(slots: number, used: number): void {
    this.slots = slots;
    this.usable = usableFraction(slots) - used;
    this.nentries = used;
    let i = 0;
    for (const k of this.keys()) {
      if (i === used) break;
      this.at.set(k, i++);
    }
    this.layout++;
  }
}
