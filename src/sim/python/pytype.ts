/**
 * Type objects: what `type(x)` returns, what `isinstance` checks and what `except` matches.
 */
import { PyCallable, type Kwargs, type PyValue, PyObject } from './objects';

/** `object`, once made: the last entry of every MRO. */
let root: PyType | undefined;

export class PyType extends PyCallable {
  /** The type's namespace: `__dict__`, what `_PyType_Lookup` searches along the MRO. */
  readonly dict = new Map<string, PyValue>();
  /** Method resolution order, C3-linearised as typeobject.c's `mro_internal` does. */
  readonly mro: readonly PyType[];
  /** Set for classes a `class` statement made (their instances are `PyInstance`s). */
  isUserClass = false;
  /** The dotted name after the module, for reprs: `Outer.Inner`. */
  qualname: string;

  constructor(
    public readonly name: string,
    public readonly bases: readonly PyType[],
    /** Calling the type (`int('3')`, `ValueError('x')`); null when it can't be called. */
    private readonly ctor: ((args: PyValue[], kwargs: Kwargs | null) => PyValue) | null = null,
    /** The module it lives in, for `repr` (`<class 'asyncio.exceptions.CancelledError'>`). */
    public readonly module: string = 'builtins',
  ) {
    super();
    this.qualname = name;
    this.mro = c3(this);
  }

  get typeName(): string {
    return 'type';
  }

  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    if (this.isUserClass) return hooks.instantiate(this, args, kwargs);
    if (!this.ctor) throw pyErrHook('TypeError', `cannot create '${this.qualifiedName}' instances`);
    return this.ctor(args, kwargs);
  }

  /** `issubclass(self, other)`: other is on self's MRO. */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** `_PyType_Lookup`: the first namespace along the MRO that binds `name`. */
  lookup(name: string): PyValue | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** `type_getattro`: metatype attributes, then the MRO, descriptors bound to the class. */
  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case '__name__':
        return this.name;
      case '__qualname__':
        return this.qualname;
      case '__module__':
        return this.module;
      case '__mro__':
        return hooks.tuple(this.mro.slice());
      case '__bases__':
        return hooks.tuple(this.bases.length ? this.bases.slice() : this === root ? [] : [root as PyType]);
      case '__base__':
        return this.bases[0] ?? (this === root ? null : (root as PyType));
      case '__class__':
        return typeNamed('type');
    }
    const v = this.lookup(name);
    if (v === undefined) return undefined;
    return hooks.descrGet(v, null, this);
  }

  setAttr(name: string, value: PyValue): boolean {
    if (!this.isUserClass) return false;
    this.dict.set(name, value);
    return true;
  }

  get qualifiedName(): string {
    return this.module === 'builtins' ? this.qualname : `${this.module}.${this.qualname}`;
  }

  /**
   * The name error messages give a type: without the module for builtins and `__main__`
   * (Objects/typeobject.c `PyType_GetFullyQualifiedName`, the `%T` of `PyErr_Format`).
   */
  get fullyQualifiedName(): string {
    return this.module === 'builtins' || this.module === '__main__' ? this.qualname : this.qualifiedName;
  }
}

/**
 * C3 linearisation (typeobject.c `mro_implementation`): the class, then a merge of its bases'
 * MROs and the list of bases, taking each time the first head that is in no other list's tail.
 */
function c3(t: PyType): PyType[] {
  if (t.bases.length === 0) return root !== undefined ? [t, root] : [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs: PyType[][] = [...t.bases.map((b) => b.mro.slice()), t.bases.slice()];
  const out: PyType[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    const head = live.map((s) => s[0]).find((c) => !live.some((s) => s.indexOf(c) > 0));
    if (!head) {
      const names = [...new Set(live.map((s) => s[0].name))].join(', ');
      throw pyErrHook('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

/**
 * What the type machinery needs from modules that import this one (tuples, exceptions, the
 * descriptor protocol, instance creation): installed by `objectmodel.ts`, which breaks the cycle.
 */
export interface TypeHooks {
  tuple(items: PyValue[]): PyValue;
  error(typeName: string, message: string): unknown;
  descrGet(v: PyValue, instance: PyValue | null, owner: PyType): PyValue;
  instantiate(t: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue;
  getAttr(self: PyObject, t: PyType, dict: Map<string, PyValue>, name: string): PyValue | undefined;
  setAttr(self: PyObject, t: PyType, dict: Map<string, PyValue>, name: string, value: PyValue): boolean;
}

export const hooks: TypeHooks = {
  tuple: () => null,
  error: (_t, m) => new Error(m),
  descrGet: (v) => v,
  instantiate: () => null,
  getAttr: (_s, _t, dict, name) => dict.get(name),
  setAttr: (_s, _t, dict, name, value) => {
    dict.set(name, value);
    return true;
  },
};

function pyErrHook(typeName: string, message: string): unknown {
  return hooks.error(typeName, message);
}

const registry = new Map<string, PyType>();

/** Registers a type under the `typeName` its instances report. */
export function registerType(t: PyType, typeName: string = t.name): PyType {
  registry.set(typeName, t);
  return t;
}

/** The type object for an instance's `typeName`; unknown names get a plain type on first use. */
export function typeNamed(typeName: string): PyType {
  let t = registry.get(typeName);
  if (!t) {
    t = new PyType(typeName, [objectType]);
    registry.set(typeName, t);
  }
  return t;
}

export const objectType: PyType = new PyType('object', []);
registry.set('object', objectType);
root = objectType;

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'boolean':
      return typeNamed('bool');
    case 'bigint':
      return typeNamed('int');
    case 'number':
      return typeNamed('float');
    case 'string':
      return typeNamed('str');
    case 'object':
      if (v === null) return typeNamed('NoneType');
      if ('pyType' in v && v.pyType instanceof PyType) return v.pyType;
      return typeNamed((v as PyObject).typeName);
  }
  return objectType;
}
