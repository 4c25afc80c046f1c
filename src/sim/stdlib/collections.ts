/**
 * The `collections` module's containers learners use: deque (Modules/_collectionsmodule.c),
 * defaultdict (the same file) and Counter (Lib/collections/__init__.py), with CPython's reprs,
 * errors and orders. defaultdict and Counter are dicts (isinstance(c, dict) holds, and every
 * dict method works on them); what they add goes through `pyMissing` (dict.__missing__).
 */
import { since } from '../python/dialect';
import { IndexError, RuntimeError, TypeError, ValueError, pyErr } from '../python/exceptions';
import { PyIterator } from '../python/builtins';
import { charge } from '../python/budget';
import { dictSet, sortValues } from '../python/methods';
import { type Kwargs, NativeObject, type Method, PyBuiltin, PyCallable, PyDict, PyList, PyModule, PyTuple, type PyValue } from '../python/objects';
import { binop, compare, iterate, keyError, pyEq, requireHash, toArray, typeName } from '../python/ops';
import { PyType, objectType, typeNamed } from '../python/pytype';
import { repr } from '../python/repr';
import type { BinOperator } from '../python/ast';
import { bindArgs } from './args';

/** Lib/collections/__init__.py's __all__, so a name it has but the simulator lacks is refused. */
export const COLLECTIONS_NAMES: ReadonlySet<string> = new Set([
  'ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple', 'abc',
]);

/**
 * A dict subclass's type. The builtin dict type is made with each run's builtins, after this
 * module loads, so the base is looked up by name when isinstance asks, not held from import.
 */
class DictSubtype extends PyType {
  constructor(name: string, ctor: (args: PyValue[], kw: Kwargs | null) => PyValue) {
    super(name, [], ctor, 'collections');
  }
  isSubtypeOf(other: PyType): boolean {
    return other === this || typeNamed('dict').isSubtypeOf(other);
  }
}

function plainDictRepr(d: PyDict): string {
  const plain = new PyDict();
  for (const [k, e] of d.map) plain.map.set(k, e);
  return repr(plain);
}

function index(v: PyValue, what: string): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(TypeError, `${what} must be integer, not '${typeName(v)}'`);
}

// ---------------------------------------------------------------- deque

export class PyDeque extends NativeObject {
  items: PyValue[] = [];
  constructor(readonly maxlen: number | null) {
    super();
  }
  get typeName(): string {
    return 'deque';
  }
  get pyType(): PyType {
    return dequeType;
  }
  repr(): string {
    const body = `[${this.items.map(repr).join(', ')}]`;
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
  pyLen(): number {
    return this.items.length;
  }
  *pyIter(): Generator<PyValue> {
    const size = this.items.length;
    for (let i = 0; i < this.items.length; i++) {
      if (this.items.length !== size) throw pyErr(RuntimeError, 'deque mutated during iteration');
      yield this.items[i];
    }
  }
  private at(k: PyValue): number {
    let i = index(k, 'sequence index');
    if (i < 0) i += this.items.length;
    if (i < 0 || i >= this.items.length) throw pyErr(IndexError, 'deque index out of range');
    return i;
  }
  pyGetItem(k: PyValue): PyValue {
    return this.items[this.at(k)];
  }
  pySetItem(k: PyValue, v: PyValue): void {
    this.items[this.at(k)] = v;
  }
  /** deque == deque and deque < deque compare item by item, like lists; other types are not theirs. */
  pyOrder(b: PyValue): number | undefined {
    if (!(b instanceof PyDeque)) return undefined;
    const n = Math.min(this.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      if (!pyEq(this.items[i], b.items[i])) return compare('<', this.items[i], b.items[i]) ? -1 : 1;
    }
    return this.items.length - b.items.length;
  }
  /** For random.choice and friends (sequence.ts): deque is a collections.abc.Sequence. */
  pySeqItem(i: number): PyValue {
    return this.items[i];
  }
  append(v: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.items.length >= this.maxlen) this.items.shift();
    this.items.push(v);
  }
  appendleft(v: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.items.length >= this.maxlen) this.items.pop();
    this.items.unshift(v);
  }
  protected get methods(): Record<string, Method<never>> {
    return DEQUE_METHODS as Record<string, Method<never>>;
  }
  protected property(name: string): PyValue | undefined {
    if (name === 'maxlen') return this.maxlen === null ? null : BigInt(this.maxlen);
    return undefined;
  }
}

const one = (name: string, args: PyValue[]): PyValue => {
  if (args.length !== 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
};

/** deque.index and deque.remove on a missing value; 3.14's _collectionsmodule.c names the method. */
function notInDeque(method: string, x: PyValue) {
  return pyErr(ValueError, since('3.14') ? `deque.${method}(x): x not in deque` : `${repr(x)} is not in deque`);
}

const DEQUE_METHODS: Record<string, Method<PyDeque>> = {
  append: (d, a) => (d.append(one('deque.append', a)), null),
  appendleft: (d, a) => (d.appendleft(one('deque.appendleft', a)), null),
  pop: (d) => {
    if (!d.items.length) throw pyErr(IndexError, 'pop from an empty deque');
    return d.items.pop() as PyValue;
  },
  popleft: (d) => {
    if (!d.items.length) throw pyErr(IndexError, 'pop from an empty deque');
    return d.items.shift() as PyValue;
  },
  extend: (d, a) => {
    for (const v of toArray(one('deque.extend', a))) d.append(v);
    return null;
  },
  extendleft: (d, a) => {
    for (const v of toArray(one('deque.extendleft', a))) d.appendleft(v);
    return null;
  },
  rotate: (d, a) => {
    const n = d.items.length;
    let k = a.length ? index(a[0], "'" + typeName(a[0]) + "' object cannot be interpreted as an integer; rotate") : 1;
    if (n > 1 && (k %= n) !== 0) {
      if (k < 0) k += n;
      charge(n);
      d.items = [...d.items.slice(n - k), ...d.items.slice(0, n - k)];
    }
    return null;
  },
  clear: (d) => ((d.items = []), null),
  count: (d, a) => {
    const x = one('deque.count', a);
    return BigInt(d.items.filter((v) => pyEq(v, x)).length);
  },
  index: (d, a) => {
    const x = a[0] ?? null;
    const i = d.items.findIndex((v) => pyEq(v, x));
    if (i < 0) throw notInDeque('index', x);
    return BigInt(i);
  },
  remove: (d, a) => {
    const x = one('deque.remove', a);
    const i = d.items.findIndex((v) => pyEq(v, x));
    if (i < 0) throw notInDeque('remove', x);
    d.items.splice(i, 1);
    return null;
  },
  reverse: (d) => (d.items.reverse(), null),
  insert: (d, a) => {
    if (d.maxlen !== null && d.items.length >= d.maxlen) throw pyErr(IndexError, 'deque already at its maximum size');
    let i = index(a[0] ?? null, 'insert index');
    const n = d.items.length;
    if (i < 0) i = Math.max(0, i + n);
    d.items.splice(Math.min(i, n), 0, a[1] ?? null);
    return null;
  },
  copy: (d) => {
    const c = new PyDeque(d.maxlen);
    c.items = d.items.slice();
    return c;
  },
};

export const dequeType: PyType = new PyType(
  'deque',
  [objectType],
  (args, kw) => {
    const b = bindArgs({ name: 'deque', params: ['iterable', 'maxlen'], required: 0 }, args, kw);
    const ml = b.get('maxlen') ?? null;
    let maxlen: number | null = null;
    if (ml !== null) {
      maxlen = index(ml, 'an integer is required; maxlen');
      if (maxlen < 0) throw pyErr(ValueError, 'maxlen must be non-negative');
    }
    const d = new PyDeque(maxlen);
    const it = b.get('iterable');
    if (it !== undefined) for (const v of toArray(it)) d.append(v);
    return d;
  },
  'collections',
);

// ---------------------------------------------------------------- defaultdict

export class PyDefaultDict extends PyDict {
  constructor(public factory: PyValue) {
    super();
  }
  get typeName(): string {
    return 'defaultdict';
  }
  get pyType(): PyType {
    return defaultdictType;
  }
  /** defaultdict.__missing__: the factory's value, stored under the key. */
  pyMissing(k: PyValue): PyValue {
    if (this.factory === null) return keyError(k);
    requireHash(k, 'dict key');
    const v = (this.factory as PyCallable).call([], null);
    dictSet(this, k, v);
    return v;
  }
  repr(): string {
    return `defaultdict(${repr(this.factory)}, ${plainDictRepr(this)})`;
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'default_factory') return this.factory;
    if (name === 'copy') {
      return new PyBuiltin('copy', () => {
        const c = new PyDefaultDict(this.factory);
        for (const [k, e] of this.map) c.map.set(k, e);
        return c;
      }, 'defaultdict');
    }
    return undefined;
  }
  setAttr(name: string, value: PyValue): boolean {
    if (name !== 'default_factory') return false;
    this.factory = value;
    return true;
  }
}

export const defaultdictType: PyType = new DictSubtype(
  'defaultdict',
  (args, kw) => {
    const factory = args[0] ?? null;
    if (factory !== null && !(factory instanceof PyCallable)) throw pyErr(TypeError, 'first argument must be callable or None');
    const d = new PyDefaultDict(factory);
    if (args.length > 1) fillDict(d, args[1]);
    for (const [k, v] of kw ?? []) dictSet(d, k, v);
    return d;
  },
);

function fillDict(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.entries()) dictSet(d, k, v);
    return;
  }
  for (const pair of toArray(src)) {
    const kv = toArray(pair);
    if (kv.length !== 2) throw pyErr(ValueError, `dictionary update sequence element #0 has length ${kv.length}; 2 is required`);
    dictSet(d, kv[0], kv[1]);
  }
}

// ---------------------------------------------------------------- Counter

const get = (d: PyDict, k: PyValue): PyValue => d.map.get(requireHash(k, 'dict key'))?.[1] ?? 0n;

export class PyCounter extends PyDict {
  get typeName(): string {
    return 'Counter';
  }
  get pyType(): PyType {
    return counterType;
  }
  /** Counter.__missing__: a missing element counts zero, and is not stored. */
  pyMissing(k: PyValue): PyValue {
    requireHash(k, 'dict key');
    return 0n;
  }
  repr(): string {
    if (this.size === 0) return 'Counter()';
    let ordered: PyDict = this;
    try {
      ordered = new PyDict();
      for (const item of this.mostCommon(null)) {
        const [k, v] = (item as PyTuple).items;
        dictSet(ordered, k, v);
      }
    } catch {
      ordered = this; // values that do not order: dict(self), in insertion order
    }
    return `Counter(${plainDictRepr(ordered)})`;
  }
  /** Lib/collections/__init__.py Counter.most_common: sorted by count, ties in insertion order. */
  mostCommon(n: number | null): PyValue[] {
    const items = this.entries().map(([k, v]) => new PyTuple([k, v]));
    const byCount = new PyBuiltin('<lambda>', (a) => (a[0] as PyTuple).items[1]);
    const sorted = sortValues(items, byCount, true);
    return n === null ? sorted : sorted.slice(0, Math.max(0, n));
  }
  /** Counter.update: counts add up, unlike dict.update. */
  update(src: PyValue, sign: 1 | -1): void {
    if (src instanceof PyDict) {
      if (sign === 1 && this.size === 0) {
        for (const [k, v] of src.entries()) dictSet(this, k, v);
        return;
      }
      for (const [k, v] of src.entries()) dictSet(this, k, sign === 1 ? binop('+', v, get(this, k)) : binop('-', get(this, k), v));
      return;
    }
    for (const k of iterate(src)) {
      // update counts with _count_elements, which hashes with PyObject_Hash alone
      // (Modules/_collectionsmodule.c); subtract goes through dict.get.
      if (sign === 1) requireHash(k, null);
      dictSet(this, k, binop(sign === 1 ? '+' : '-', get(this, k), 1n));
    }
  }
  /** Counter.__add__, __sub__, __or__, __and__ against another Counter; anything else is not theirs. */
  pyBinop(op: BinOperator, other: PyValue): PyValue | undefined {
    if (!(other instanceof PyCounter) || !['+', '-', '|', '&'].includes(op)) return undefined;
    const result = new PyCounter();
    const positive = (v: PyValue) => compare('>', v, 0n);
    for (const [k, count] of this.entries()) {
      const o = get(other, k);
      let v: PyValue;
      if (op === '+') v = binop('+', count, o);
      else if (op === '-') v = binop('-', count, o);
      else if (op === '|') v = compare('<', count, o) ? o : count;
      else v = compare('<', count, o) ? count : o;
      if (positive(v)) dictSet(result, k, v);
    }
    if (op === '&') return result;
    for (const [k, count] of other.entries()) {
      if (this.map.has(requireHash(k, 'dict key'))) continue;
      if (op === '-') {
        if (compare('<', count, 0n)) dictSet(result, k, binop('-', 0n, count));
      } else if (positive(count)) dictSet(result, k, count);
    }
    return result;
  }
  getAttr(name: string): PyValue | undefined {
    // Own properties only: `Counter().constructor` must not reach Object.prototype.
    const m = Object.hasOwn(COUNTER_METHODS, name) ? COUNTER_METHODS[name] : undefined;
    return m ? new PyBuiltin(name, (a, kw) => m(this, a, kw), 'Counter') : undefined;
  }
}

const COUNTER_METHODS: Record<string, Method<PyCounter>> = {
  most_common: (c, a, kw) => {
    const n = bindArgs({ name: 'Counter.most_common', params: ['n'], required: 0, method: true }, a, kw).get('n') ?? null;
    return new PyList(c.mostCommon(n === null ? null : index(n, "'" + typeName(n) + "' object cannot be interpreted as an integer; n")));
  },
  elements: (c) => {
    const out: PyValue[] = [];
    for (const [k, v] of c.entries()) {
      if (typeof v !== 'bigint' && typeof v !== 'boolean') throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
      for (let i = 0n; i < BigInt(v); i++) out.push(k);
    }
    return new PyIterator(out, 'chain');
  },
  update: (c, a, kw) => {
    if (a.length > 1) throw pyErr(TypeError, `expected at most 1 argument, got ${a.length}`);
    if (a.length && a[0] !== null) c.update(a[0], 1);
    if (kw && kw.size) c.update(kwDict(kw), 1);
    return null;
  },
  subtract: (c, a, kw) => {
    if (a.length > 1) throw pyErr(TypeError, `expected at most 1 argument, got ${a.length}`);
    if (a.length && a[0] !== null) c.update(a[0], -1);
    if (kw && kw.size) c.update(kwDict(kw), -1);
    return null;
  },
  total: (c) => c.values().reduce<PyValue>((s, v) => binop('+', s, v), 0n),
  copy: (c) => {
    const d = new PyCounter();
    for (const [k, e] of c.map) d.map.set(k, e);
    return d;
  },
};

function kwDict(kw: Kwargs): PyDict {
  const d = new PyDict();
  for (const [k, v] of kw) dictSet(d, k, v);
  return d;
}

export const counterType: PyType = new DictSubtype(
  'Counter',
  (args, kw) => {
    if (args.length > 1) throw pyErr(TypeError, `expected at most 1 argument, got ${args.length}`);
    const c = new PyCounter();
    if (args.length && args[0] !== null) c.update(args[0], 1);
    if (kw && kw.size) c.update(kwDict(kw), 1);
    return c;
  },
);

class CollectionsModule extends PyModule {
  unsupportedAttr(name: string): string | null {
    return COLLECTIONS_NAMES.has(name) ? `collections.${name}` : null;
  }
}

export function makeCollectionsModule(): PyModule {
  return new CollectionsModule(
    'collections',
    new Map<string, PyValue>([
      ['deque', dequeType],
      ['defaultdict', defaultdictType],
      ['Counter', counterType],
    ]),
  );
}

