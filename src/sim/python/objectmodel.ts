/**
 * The generic half of the object model, after CPython's Objects/object.c and typeobject.c:
 * instances of classes a program defines, the descriptor protocol (functions bind, `property`,
 * `staticmethod`, `classmethod`), `super`, instance creation (`type_call`: `__new__` then
 * `__init__`), and special-method dispatch through the type (`_PyType_Lookup`), never through
 * the instance. Builtin values keep their JavaScript representation (ops.ts, methods.ts); a
 * value reaches this file only when its type is a class the program made.
 */
import { AttributeError, BaseException, IndexError, PyBaseException, StopIteration, TypeError, pyErr } from './exceptions';
import { PyBoundMethod, PyFunction } from './functions';
import { unhashable } from './hash';
import {
  type Kwargs,
  PyBuiltin,
  PyCallable,
  PyDict,
  PyObject,
  PyTuple,
  type PyValue,
  fakeAddress,
  installUserHash,
  objectId,
} from './objects';
import { PyType, hooks, objectType, typeOf } from './pytype';

// ---------------------------------------------------------------- singletons

/** A singleton such as `NotImplemented` or `Ellipsis`: a named object of its own type. */
export class PySingleton extends PyObject {
  constructor(
    private readonly shown: string,
    private readonly type: string,
  ) {
    super();
  }
  get typeName(): string {
    return this.type;
  }
  repr(): string {
    return this.shown;
  }
}

export const NotImplemented = new PySingleton('NotImplemented', 'NotImplementedType');
export const Ellipsis = new PySingleton('Ellipsis', 'ellipsis');

// ---------------------------------------------------------------- instances

/** An instance of a class the program defined: its type and its `__dict__`. */
export class PyInstance extends PyCallable {
  readonly dict = new Map<string, PyValue>();
  constructor(public readonly pyType: PyType) {
    super();
  }
  get typeName(): string {
    return this.pyType.name;
  }
  getAttr(name: string): PyValue | undefined {
    return genericGetAttr(this, this.pyType, this.dict, name);
  }
  setAttr(name: string, value: PyValue): boolean {
    return genericSetAttr(this, this.pyType, this.dict, name, value);
  }
  repr(): string {
    return defaultRepr(this);
  }
  /** `obj(...)`: `__call__` looked up on the type. */
  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    const f = specialMethod(this, '__call__');
    if (f === undefined) throw pyErr(TypeError, `'${this.pyType.name}' object is not callable`);
    return f.call(args, kwargs);
  }
}

/** `<__main__.Point object at 0x…>`: object.__repr__. */
export function defaultRepr(o: PyObject): string {
  return `<${typeOf(o).qualifiedName} object at ${fakeAddress(o)}>`;
}

/** The class a program defined that `v` is an instance of, or null for every builtin value. */
export function userType(v: PyValue): PyType | null {
  if (v instanceof PyInstance) return v.pyType;
  if (v instanceof PyBaseException && v.pyType.isUserClass) return v.pyType;
  return null;
}

/**
 * `PyObject_GenericGetAttr`: a data descriptor on the type wins, then the instance's own
 * namespace, then whatever the type has (functions bind), then `__getattr__`.
 */
export function genericGetAttr(self: PyObject, t: PyType, dict: Map<string, PyValue>, name: string): PyValue | undefined {
  const d = t.lookup(name);
  if (d instanceof PyProperty) return d.get(self);
  const own = dict.get(name);
  if (own !== undefined) return own;
  if (d !== undefined) return descrGet(d, self, t);
  if (name === '__class__') return t;
  if (name === '__dict__') {
    const d = new PyDict();
    for (const [k, v] of dict) d.map.set('s' + k, [k, v]);
    return d;
  }
  const ga = t.lookup('__getattr__');
  if (ga !== undefined) {
    try {
      return (descrGet(ga, self, t) as PyCallable).call([name], null);
    } catch (e) {
      if (e instanceof PyBaseException && e.isInstance(AttributeError)) return undefined;
      throw e;
    }
  }
  return undefined;
}

export function genericSetAttr(self: PyObject, t: PyType, dict: Map<string, PyValue>, name: string, value: PyValue): boolean {
  const d = t.lookup(name);
  if (d instanceof PyProperty) {
    d.set(self, value, t);
    return true;
  }
  const sa = t.lookup('__setattr__');
  if (sa !== undefined && sa !== objectSetattr) {
    (descrGet(sa, self, t) as PyCallable).call([name, value], null);
    return true;
  }
  dict.set(name, value);
  return true;
}

// ---------------------------------------------------------------- descriptors

/** A builtin method stored in a type's namespace: it takes `self` first, as a method descriptor. */
export class PyMethodDescriptor extends PyCallable {
  constructor(
    public readonly name: string,
    public readonly owner: string,
    private readonly fn: (self: PyValue, args: PyValue[], kwargs: Kwargs | null) => PyValue,
  ) {
    super();
  }
  get typeName(): string {
    return 'method_descriptor';
  }
  repr(): string {
    return `<method '${this.name}' of '${this.owner}' objects>`;
  }
  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    if (args.length === 0) throw pyErr(TypeError, `unbound method ${this.owner}.${this.name}() needs an argument`);
    return this.fn(args[0], args.slice(1), kwargs);
  }
  bindTo(self: PyValue): PyBuiltin {
    return new PyBuiltin(this.name, (args, kwargs) => this.fn(self, args, kwargs), this.owner);
  }
}

export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue = null,
    readonly fdel: PyValue = null,
  ) {
    super();
  }
  get typeName(): string {
    return 'property';
  }
  get(self: PyValue): PyValue {
    if (this.fget === null) throw pyErr(AttributeError, `property '${this.name}' of '${typeOf(self).name}' object has no getter`);
    return (this.fget as PyCallable).call([self], null);
  }
  set(self: PyValue, value: PyValue, t: PyType): void {
    if (this.fset === null) throw pyErr(AttributeError, `property '${this.name}' of '${t.name}' object has no setter`);
    (this.fset as PyCallable).call([self, value], null);
  }
  private get name(): string {
    return this.fget instanceof PyFunction ? this.fget.name : '?';
  }
  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'fget':
        return this.fget;
      case 'fset':
        return this.fset;
      case 'setter':
        return new PyBuiltin('setter', (a) => new PyProperty(this.fget, a[0] ?? null, this.fdel));
      case 'getter':
        return new PyBuiltin('getter', (a) => new PyProperty(a[0] ?? null, this.fset, this.fdel));
      case 'deleter':
        return new PyBuiltin('deleter', (a) => new PyProperty(this.fget, this.fset, a[0] ?? null));
    }
    return undefined;
  }
}

export class PyStaticMethod extends PyObject {
  constructor(readonly fn: PyValue) {
    super();
  }
  get typeName(): string {
    return 'staticmethod';
  }
  getAttr(name: string): PyValue | undefined {
    return name === '__func__' ? this.fn : undefined;
  }
}

export class PyClassMethod extends PyObject {
  constructor(readonly fn: PyValue) {
    super();
  }
  get typeName(): string {
    return 'classmethod';
  }
  getAttr(name: string): PyValue | undefined {
    return name === '__func__' ? this.fn : undefined;
  }
}

/** `tp_descr_get`: what an attribute found on a type becomes when read through `instance`. */
export function descrGet(v: PyValue, instance: PyValue | null, owner: PyType): PyValue {
  if (v instanceof PyFunction) return instance === null ? v : new PyBoundMethod(instance, v);
  if (v instanceof PyMethodDescriptor) return instance === null ? v : v.bindTo(instance);
  if (v instanceof PyClassMethod) return new PyBoundMethod(instance === null ? owner : typeOf(instance), v.fn as PyCallable);
  if (v instanceof PyStaticMethod) return v.fn;
  if (v instanceof PyProperty) return instance === null ? v : v.get(instance);
  return v;
}

/** A special method, looked up on the type and bound (as CPython's `_PyObject_LookupSpecial`). */
export function specialMethod(self: PyValue, name: string): PyCallable | undefined {
  const t = userType(self);
  if (t === null) return undefined;
  const m = t.lookup(name);
  if (m === undefined || m === null) return undefined;
  const b = descrGet(m, self, t);
  if (!(b instanceof PyCallable)) throw pyErr(TypeError, `'${typeOf(b).name}' object is not callable`);
  return b;
}

/** Calls `self.<name>(*args)` through the type; `undefined` when the type has no such method. */
export function callSpecial(self: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const f = specialMethod(self, name);
  return f === undefined ? undefined : f.call(args, null);
}

/** Whether a class the program made defines `name` itself (somewhere before `object`). */
export function overrides(t: PyType, name: string): boolean {
  for (const c of t.mro) {
    if (c === objectType || c === BaseException) return false;
    if (c.dict.has(name)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- super

/** `super(cls, obj)`: attribute lookup that starts after `cls` on `type(obj).__mro__`. */
export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyType,
    readonly obj: PyValue,
  ) {
    super();
  }
  get typeName(): string {
    return 'super';
  }
  repr(): string {
    return `<super: <class '${this.thisClass.name}'>, <${typeOf(this.obj).name} object>>`;
  }
  getAttr(name: string): PyValue | undefined {
    const objType = this.obj instanceof PyType ? this.obj : typeOf(this.obj);
    const mro = objType.mro;
    let i = mro.indexOf(this.thisClass);
    for (i++; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v === undefined) continue;
      if (this.obj instanceof PyType) return descrGet(v, v instanceof PyClassMethod ? this.obj : null, this.obj);
      return descrGet(v, this.obj, objType);
    }
    if (name === '__class__') return typeOf(this);
    return undefined;
  }
}

// ---------------------------------------------------------------- classes and instances

/**
 * `type(name, bases, ns)` for a `class` statement: the class object, with `__eq__` without
 * `__hash__` making instances unhashable, as `type_new` does.
 */
export function makeClass(name: string, qualname: string, bases: PyType[], ns: Map<string, PyValue>): PyType {
  for (const b of bases) {
    if (!b.isUserClass && b !== objectType && !b.isSubtypeOf(BaseException)) {
      throw new UnsupportedBase(b);
    }
  }
  const t = new PyType(name, bases.length ? bases : [objectType], null, '__main__');
  t.isUserClass = true;
  t.qualname = qualname;
  for (const [k, v] of ns) t.dict.set(k, v);
  if (ns.has('__eq__') && !ns.has('__hash__')) t.dict.set('__hash__', null);
  for (const v of ns.values()) if (v instanceof PyFunction) v.classCell = t;
  for (const v of ns.values()) {
    if ((v instanceof PyClassMethod || v instanceof PyStaticMethod || v instanceof PyProperty) && v instanceof PyObject) {
      for (const f of [(v as PyClassMethod).fn, (v as PyProperty).fget, (v as PyProperty).fset]) {
        if (f instanceof PyFunction) f.classCell = t;
      }
    }
  }
  return t;
}

/** A builtin base the simulator cannot subclass yet (only `object` and exceptions can be). */
export class UnsupportedBase extends Error {
  constructor(readonly base: PyType) {
    super(`subclassing the builtin type '${base.name}'`);
  }
}

/** `type_call`: `__new__`, then `__init__` when `__new__` returned an instance of the class. */
function instantiate(t: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue {
  const newFn = t.lookup('__new__');
  let obj: PyValue;
  if (newFn !== undefined && newFn !== objectNew) {
    obj = (descrGet(newFn, null, t) as PyCallable).call([t, ...args], kwargs);
    if (!typeOf(obj).isSubtypeOf(t)) return obj;
  } else obj = allocate(t, args);
  const init = t.lookup('__init__');
  if (init === objectInit) {
    if (args.length || (kwargs && kwargs.size)) throw pyErr(TypeError, `${t.name}() takes no arguments`);
    return obj;
  }
  if (init !== undefined) {
    const r = (descrGet(init, obj, t) as PyCallable).call(args, kwargs);
    if (r !== null) throw pyErr(TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

/** `object.__new__(cls)` / `BaseException.__new__`: an empty instance of the right layout. */
function allocate(t: PyType, args: PyValue[]): PyValue {
  if (t.isSubtypeOf(BaseException)) return new PyBaseException(t, args);
  return new PyInstance(t);
}

const objectInit = new PyMethodDescriptor('__init__', 'object', (_self, args) => {
  if (args.length) throw pyErr(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
  return null;
});
const objectNew = new PyStaticMethod(
  new PyBuiltin('__new__', (args) => {
    const t = args[0];
    if (!(t instanceof PyType)) throw pyErr(TypeError, 'object.__new__(X): X is not a type object');
    if (!t.isUserClass) throw pyErr(TypeError, `object.__new__(${t.name}) is not safe, use ${t.name}.__new__()`);
    return allocate(t, args.slice(1));
  }),
);
const objectSetattr = new PyMethodDescriptor('__setattr__', 'object', (self, args) => {
  const [name, value] = args;
  if (typeof name !== 'string') throw pyErr(TypeError, 'attribute name must be string');
  if (self instanceof PyInstance) {
    const d = self.pyType.lookup(name);
    if (d instanceof PyProperty) d.set(self, value, self.pyType);
    else self.dict.set(name, value);
  } else if (!(self instanceof PyObject) || !self.setAttr(name, value)) {
    throw pyErr(AttributeError, `'${typeOf(self).name}' object has no attribute '${name}'`);
  }
  return null;
});

/** What `repr`, `str` and `==` of `object` do; installed by repr.ts and ops.ts. */
export const protocolHooks = {
  repr: (v: PyValue): string => defaultRepr(v as PyObject),
  str: (v: PyValue): string => defaultRepr(v as PyObject),
  exceptionInit: (self: PyValue, args: PyValue[]): PyValue => {
    if (self instanceof PyBaseException) self.args = args;
    return null;
  },
};

objectType.dict.set('__init__', objectInit);
objectType.dict.set('__new__', objectNew);
objectType.dict.set('__setattr__', objectSetattr);
objectType.dict.set('__repr__', new PyMethodDescriptor('__repr__', 'object', (self) => defaultRepr(self as PyObject)));
objectType.dict.set('__str__', new PyMethodDescriptor('__str__', 'object', (self) => protocolHooks.repr(self)));
objectType.dict.set('__eq__', new PyMethodDescriptor('__eq__', 'object', (self, a) => (self === a[0] ? true : NotImplemented)));
objectType.dict.set(
  '__ne__',
  new PyMethodDescriptor('__ne__', 'object', (self, a) => (self === a[0] ? false : NotImplemented)),
);
objectType.dict.set('__hash__', new PyMethodDescriptor('__hash__', 'object', (self) => BigInt(objectId(self as object))));
BaseException.dict.set('__init__', new PyMethodDescriptor('__init__', 'BaseException', (self, args) => protocolHooks.exceptionInit(self, args)));
BaseException.dict.set('__new__', objectNew);
BaseException.dict.set('__str__', new PyMethodDescriptor('__str__', 'BaseException', (self) => protocolHooks.str(self)));
BaseException.dict.set('__repr__', new PyMethodDescriptor('__repr__', 'BaseException', (self) => protocolHooks.repr(self)));

// ---------------------------------------------------------------- hashing

/**
 * Equal-hash classes of user objects, so `__eq__` decides which dict slot an object shares:
 * a dict or set keyed by `hN#i` finds an object equal to the one stored, as CPython's
 * lookdict compares entries of equal hash with `==`.
 */
let hashClasses = new Map<string, PyValue[]>();

/** Forgets the classes between runs (they hold the previous program's objects). */
export function resetObjectModel(): void {
  hashClasses = new Map();
}

/** `hash(obj)` for a user object: its `__hash__`, or identity when the class keeps object's. */
export function userHash(v: PyObject, t: PyType): bigint {
  const h = t.lookup('__hash__');
  if (h === null) throw unhashable(v);
  const r = (descrGet(h as PyValue, v, t) as PyCallable).call([], null);
  if (typeof r === 'boolean') return r ? 1n : 0n;
  if (typeof r !== 'bigint') throw pyErr(TypeError, '__hash__ method should return an integer');
  return r === -1n ? -2n : r;
}

installUserHash((v) => {
  const t = userType(v);
  if (t === null) return undefined;
  const h = t.lookup('__hash__');
  if (h === null) return null;
  if (h instanceof PyMethodDescriptor && h.owner === 'object') return 'o' + objectId(v);
  const hv = String(userHash(v as PyObject, t));
  let reps = hashClasses.get(hv);
  if (!reps) hashClasses.set(hv, (reps = []));
  for (let i = 0; i < reps.length; i++) if (reps[i] === v || equalHook(reps[i], v)) return `h${hv}#${i}`;
  reps.push(v);
  return `h${hv}#${reps.length - 1}`;
});

/** `==` as ops.ts computes it (installed there: this file may not import ops.ts). */
let equalHook: (a: PyValue, b: PyValue) => boolean = (a, b) => a === b;
export function installEqual(f: (a: PyValue, b: PyValue) => boolean): void {
  equalHook = f;
}

// ---------------------------------------------------------------- iteration

/** `iter(obj)` then `next()` until StopIteration, for a class that defines `__iter__`. */
export function* userIter(v: PyValue, iterate: (x: PyValue) => Iterable<PyValue>): Generator<PyValue> {
  const it = callSpecial(v, '__iter__', []);
  if (it === undefined) {
    // The old sequence protocol (PySeqIter): __getitem__ from 0 until IndexError.
    const gi = specialMethod(v, '__getitem__');
    if (gi === undefined) throw pyErr(TypeError, `'${typeOf(v).name}' object is not iterable`);
    for (let i = 0n; ; i++) {
      let x: PyValue;
      try {
        x = gi.call([i], null);
      } catch (e) {
        if (e instanceof PyBaseException && (e.isInstance(IndexError) || e.isInstance(StopIteration))) return;
        throw e;
      }
      yield x;
    }
  }
  if (userType(it) === null) {
    yield* iterate(it);
    return;
  }
  const next = specialMethod(it, '__next__');
  if (next === undefined) throw pyErr(TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`);
  for (;;) {
    let x: PyValue;
    try {
      x = next.call([], null);
    } catch (e) {
      if (e instanceof PyBaseException && e.isInstance(StopIteration)) return;
      throw e;
    }
    yield x;
  }
}

hooks.descrGet = descrGet;
hooks.getAttr = genericGetAttr;
hooks.setAttr = genericSetAttr;
hooks.instantiate = instantiate;
hooks.tuple = (items) => new PyTuple(items);
hooks.error = (typeName, message) => pyErr(typeName === 'TypeError' ? TypeError : AttributeError, message);
