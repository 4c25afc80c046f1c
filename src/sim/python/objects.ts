/**
 * The Python value model.
 *
 * Primitives map onto JavaScript primitives so that the common case costs nothing:
 *   None → null, bool → boolean, int → bigint (arbitrary precision, like Python), float →
 *   number, str → string.
 * Everything else is a `PyObject` subclass that names its Python type.
 */
import { charge } from './budget';
import { DictKeys } from './dict-keys';
import type { Loc } from './ast';

export type PyValue = null | boolean | bigint | number | string | PyObject;

/** A keyword-argument map, in call order. */
export type Kwargs = Map<string, PyValue>;

/** Anything with attributes: lists, functions, exceptions, tasks, the event loop. */
export abstract class PyObject {
  abstract get typeName(): string;

  /** Attribute lookup; `undefined` means AttributeError. */
  getAttr(_name: string): PyValue | undefined {
    return undefined;
  }

  /** Attribute assignment; false means AttributeError. */
  setAttr(_name: string, _value: PyValue): boolean {
    return false;
  }

  /** `repr(obj)` for objects the generic printer does not know. */
  repr(): string {
    return `<${this.typeName} object at ${fakeAddress(this)}>`;
  }
}

/**
 * A stable, plausible address for reprs like `<function f at 0x7f3a5c1e0040>`. CPython's real
 * addresses differ on every run, so no learner can rely on them; ours are at least stable.
 */
export function fakeAddress(o: object): string {
  return '0x7f' + (0x3a5c1e0000 + objectId(o) * 0x40).toString(16);
}

/** An object that can be called: functions, builtins, bound methods, types. */
export abstract class PyCallable extends PyObject {
  abstract call(args: PyValue[], kwargs: Kwargs | null): PyValue;
}

// ---------------------------------------------------------------- containers

export class PyList extends PyObject {
  constructor(public items: PyValue[]) {
    super();
  }
  get typeName(): string {
    return 'list';
  }
}

export class PyTuple extends PyObject {
  constructor(public readonly items: readonly PyValue[]) {
    super();
  }
  get typeName(): string {
    return 'tuple';
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export class PyRange extends PyObject {
  constructor(
    public readonly start: bigint,
    public readonly stop: bigint,
    public readonly step: bigint,
  ) {
    super();
  }
  get typeName(): string {
    return 'range';
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0n ? start >= stop : start <= stop) return 0;
    const span = step > 0n ? stop - start : start - stop;
    const st = step > 0n ? step : -step;
    return Number((span + st - 1n) / st);
  }
  at(i: number): bigint {
    return this.start + BigInt(i) * this.step;
  }
  /**
   * What a range hashes and compares as (Objects/rangeobject.c range_hash): its length, then
   * its first item and step only where they matter.
   */
  get identity(): PyTuple {
    const { start, stop, step } = this;
    const empty = step > 0n ? start >= stop : start <= stop;
    const n = empty ? 0n : ((step > 0n ? stop - start : start - stop) - 1n) / (step > 0n ? step : -step) + 1n;
    return new PyTuple([n, n === 0n ? null : start, n === 0n ? null : n === 1n ? null : step]);
  }
}

/** Identity for objects used as dict keys or set members. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
export function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/**
 * The key under which a value is stored in a dict or set. Values that compare equal in Python
 * (1, 1.0, True) share a key, as they share a hash there.
 */
export function hashKey(v: PyValue): string | null {
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'bigint':
      return 'i' + v.toString();
    case 'boolean':
      return v ? 'i1' : 'i0';
    case 'number':
      return Number.isInteger(v) ? 'i' + BigInt(v).toString() : 'f' + String(v);
    case 'object':
      if (v === null) return 'N';
      if (v instanceof PyTuple) {
        let k = 't(';
        for (const item of v.items) {
          const ik = hashKey(item);
          if (ik === null) return null;
          k += ik.length + ':' + ik;
        }
        return k + ')';
      }
      if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) return null;
      if (v instanceof PyRange) return 'r' + hashKey(v.identity);
      if ('pyType' in v) {
        // An instance of a class the program made: its `__hash__` and `__eq__` decide.
        const k = userHashKey(v);
        if (k !== undefined) return k;
      }
      return 'o' + objectId(v);
  }
  return null;
}

/** The dict key of a user object, from objectmodel.ts (which imports this file). */
let userHashKey: (v: PyObject) => string | null | undefined = () => undefined;
export function installUserHash(f: (v: PyObject) => string | null | undefined): void {
  userHashKey = f;
}

export class PyDict extends PyObject {
  /** The entries by hash key; a Map that also keeps CPython's entry layout (dict-keys.ts). */
  readonly map = new DictKeys();
  get typeName(): string {
    return 'dict';
  }
  get size(): number {
    return this.map.size;
  }
  keys(): PyValue[] {
    return [...this.map.values()].map((e) => e[0]);
  }
  values(): PyValue[] {
    return [...this.map.values()].map((e) => e[1]);
  }
  entries(): [PyValue, PyValue][] {
    return [...this.map.values()];
  }
}

/**
 * A set's members by hash key. It counts removals, so an iterator whose set kept its size can
 * tell, with one comparison, that no member was swapped for another (iterators.ts).
 */
export class SetTable extends Map<string, PyValue> {
  removals = 0;
  delete(key: string): boolean {
    if (!super.delete(key)) return false;
    this.removals++;
    return true;
  }
  clear(): void {
    if (this.size > 0) this.removals++;
    super.clear();
  }
}

export class PySet extends PyObject {
  readonly map: SetTable = new SetTable();
  constructor(public readonly frozen = false) {
    super();
  }
  get typeName(): string {
    return this.frozen ? 'frozenset' : 'set';
  }
  get size(): number {
    return this.map.size;
  }
}

// ---------------------------------------------------------------- functions

/** A builtin function or method implemented in JavaScript. */
export class PyBuiltin extends PyCallable {
  constructor(
    public readonly name: string,
    public readonly fn: (args: PyValue[], kwargs: Kwargs | null) => PyValue,
    /** For methods: the type they belong to, for `repr`. */
    public readonly owner: string | null = null,
  ) {
    super();
  }
  get typeName(): string {
    return this.owner ? 'builtin_function_or_method' : 'builtin_function_or_method';
  }
  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    // A call costs about what a statement does: `while True: for _ in range(0): ...` runs no
    // statement inside, but calls range() every time round.
    charge(1);
    return this.fn(args, kwargs);
  }
  getAttr(name: string): PyValue | undefined {
    if (name === '__name__' || name === '__qualname__') return this.name;
    return undefined;
  }
}

/** A module: `asyncio`, `time`, `concurrent.futures`. */
export class PyModule extends PyObject {
  constructor(
    public readonly name: string,
    public readonly attrs: Map<string, PyValue>,
  ) {
    super();
  }
  get typeName(): string {
    return 'module';
  }
  getAttr(name: string): PyValue | undefined {
    if (name === '__name__') return this.name;
    return this.attrs.get(name);
  }
}

/**
 * A native object whose methods are JavaScript functions taking `self`. Runtime classes
 * (Future, Task, the event loop) extend this and list their methods in a table.
 */
export type Method<T> = (self: T, args: PyValue[], kwargs: Kwargs | null) => PyValue;

export abstract class NativeObject extends PyObject {
  /** Python-visible methods, by name. Subclasses override with their own table. */
  protected get methods(): Record<string, Method<never>> {
    return {};
  }
  /** Python-visible read-only data attributes. */
  protected property(_name: string): PyValue | undefined {
    return undefined;
  }
  getAttr(name: string): PyValue | undefined {
    // Own properties only: a Python name must never reach Object.prototype (`toString`).
    const table = this.methods as Record<string, Method<this>>;
    const m = Object.hasOwn(table, name) ? table[name] : undefined;
    if (m) return new PyBuiltin(name, (args, kwargs) => m(this, args, kwargs), this.typeName);
    return this.property(name);
  }
}

/** Where a Python frame is, for tracebacks. */
export interface FrameInfo {
  file: string;
  line: number;
  name: string;
}

export type { Loc };
