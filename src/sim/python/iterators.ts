/**
 * The iterators of the mutable builtin containers. They are live, as CPython's are: each step
 * reads the container as it is now, so a loop sees what its body appends, removes or sorts, and
 * a dict or set that changes size under its iterator raises RuntimeError at the next step.
 *
 * - list: Objects/listobject.c `listiter_next`, `listreviter_next`
 * - dict: Objects/dictobject.c `dictiter_iternextkey` (and `…value`, `…item`)
 * - set:  Objects/setobject.c `setiter_iternext`
 *
 * They are JavaScript iterators, so `iterate()` (ops.ts) hands them to every consumer: the
 * for loop, `iter()`, `enumerate`, `zip`, comprehensions and the builtins that take iterables.
 * Each names its CPython type, which `iter()` gives the iterator object it returns.
 */
import { RuntimeError, pyErr } from './exceptions';
import { type PyDict, type PyList, type PySet, PyTuple, type PyValue } from './objects';
import { setOrder } from './set-order';

const DONE: IteratorResult<PyValue> = Object.freeze({ done: true, value: undefined });

/**
 * `listiter_next`: an index into the list, checked against its length at every step. Once past
 * the end the iterator drops the list (`it_seq = NULL`), so items appended later are not seen.
 */
export class ListIterator implements IterableIterator<PyValue> {
  readonly pyTypeName = 'list_iterator';
  private index = 0;
  constructor(private list: PyList | null) {}

  next(): IteratorResult<PyValue> {
    const list = this.list;
    if (list !== null) {
      // Read `items` afresh: sort and clear replace the array, slice assignment splices it.
      const items = list.items;
      if (this.index < items.length) return { done: false, value: items[this.index++] };
      this.list = null;
    }
    return DONE;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** `listreviter_next`: from the last index down, stopping at an index the list no longer has. */
export class ListReverseIterator implements IterableIterator<PyValue> {
  readonly pyTypeName = 'list_reverseiterator';
  private index: number;
  constructor(private list: PyList | null) {
    this.index = list === null ? -1 : list.items.length - 1;
  }

  next(): IteratorResult<PyValue> {
    const list = this.list;
    if (list !== null) {
      const items = list.items;
      if (this.index >= 0 && this.index < items.length) return { done: false, value: items[this.index--] };
      this.index = -1;
      this.list = null;
    }
    return DONE;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/**
 * `dictiter_iternextkey` and its value and item twins. The dict's size when the iterator was
 * made (`di_used`) must still be its size at every step; and `len` counts the entries still
 * expected, so one found after that count ran out means the keys changed at the same size
 * (a key popped and another added): "dictionary keys changed during iteration".
 *
 * The position is CPython's index into `dk_entries` (`di_pos`, dict-keys.ts). Between resizes
 * a JavaScript Map iterator walks the entries exactly as that index does: holes are skipped,
 * new keys come at the end, and assigning to a key keeps its place. After a resize the index
 * names another entry, so the walk starts again at the first live entry at or past it.
 */
export class DictIterator implements IterableIterator<PyValue> {
  private dict: PyDict | null;
  /** `di_used`: the size the dict must keep; -1 once it changed, so the error repeats. */
  private used: number;
  /** `len`: entries still expected. */
  private len: number;
  /** `di_pos`: the index in `dk_entries` after the last entry given. */
  private pos = 0;
  /** The dict's `layout` that `entries` walks. */
  private layout: number;
  private entries: Iterator<[string, [PyValue, PyValue]]>;
  readonly pyTypeName: string;

  constructor(
    dict: PyDict,
    private readonly which: 'keys' | 'values' | 'items',
  ) {
    this.dict = dict;
    this.used = dict.map.size;
    this.len = this.used;
    this.layout = dict.map.layout;
    this.entries = dict.map.entries();
    this.pyTypeName = which === 'keys' ? 'dict_keyiterator' : which === 'values' ? 'dict_valueiterator' : 'dict_itemiterator';
  }

  next(): IteratorResult<PyValue> {
    const dict = this.dict;
    if (dict === null) return DONE;
    const table = dict.map;
    if (this.used !== table.size) {
      this.used = -1;
      throw pyErr(RuntimeError, 'dictionary changed size during iteration');
    }
    let r: IteratorResult<[string, [PyValue, PyValue]]>;
    if (this.layout === table.layout) r = this.entries.next();
    else {
      // The entries were rebuilt: find the first live one whose index is `di_pos` or more.
      this.layout = table.layout;
      this.entries = table.entries();
      do r = this.entries.next();
      while (!r.done && table.indexOf(r.value[0]) < this.pos);
    }
    if (r.done) {
      this.dict = null;
      return DONE;
    }
    if (this.len === 0) {
      this.dict = null;
      throw pyErr(RuntimeError, 'dictionary keys changed during iteration');
    }
    this.len--;
    const entry = r.value[1];
    this.pos = table.indexOf(r.value[0]) + 1;
    const which = this.which;
    return { done: false, value: which === 'keys' ? entry[0] : which === 'values' ? entry[1] : new PyTuple([entry[0], entry[1]]) };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/**
 * `setiter_iternext`: the set's size must stay what it was (`si_used`). The position walks the
 * table order the set had when the iterator was made (set-order.ts); once a member has been
 * removed (and another added, or the size check would have failed), members no longer in the
 * set are skipped. Unlike CPython's walk over the live table, a member added in exchange for a
 * removed one is not visited.
 */
export class SetIterator implements IterableIterator<PyValue> {
  readonly pyTypeName = 'set_iterator';
  private set: PySet | null;
  private used: number;
  private index = 0;
  private readonly order: PyValue[];
  /** The set's removal count that `live` (or, while null, `order`) reflects. */
  private removals: number;
  /** The members now, once some were removed since the order was taken. */
  private live: Set<PyValue> | null = null;

  constructor(set: PySet) {
    this.set = set;
    this.used = set.map.size;
    this.removals = set.map.removals;
    this.order = setOrder(set);
  }

  next(): IteratorResult<PyValue> {
    const set = this.set;
    if (set === null) return DONE;
    const table = set.map;
    if (this.used !== table.size) {
      this.used = -1;
      throw pyErr(RuntimeError, 'Set changed size during iteration');
    }
    if (table.removals !== this.removals) {
      this.removals = table.removals;
      this.live = new Set(table.values());
    }
    const order = this.order;
    const live = this.live;
    while (this.index < order.length) {
      const v = order[this.index++];
      if (live === null || live.has(v)) return { done: false, value: v };
    }
    this.set = null;
    return DONE;
  }

  [Symbol.iterator](): this {
    return this;
  }
}
