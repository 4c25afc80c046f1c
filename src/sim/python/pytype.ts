/**
 * Type objects: what `type(x)` returns, what `isinstance` checks and what `except` matches.
 */
import { PyCallable, type Kwargs, type PyValue, PyObject } from './objects';

export class PyType extends PyCallable {
  constructor(
    public readonly name: string,
    public readonly bases: readonly PyType[],
    /** Calling the type (`int('3')`, `ValueError('x')`); null when it can't be called. */
    private readonly ctor: ((args: PyValue[], kwargs: Kwargs | null) => PyValue) | null = null,
    /** The module it lives in, for `repr` (`<class 'asyncio.exceptions.CancelledError'>`). */
    public readonly module: string = 'builtins',
  ) {
    super();
  }

  get typeName(): string {
    return 'type';
  }

  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    if (!this.ctor) throw new Error(`cannot create '${this.name}' instances`);
    return this.ctor(args, kwargs);
  }

  /** Method resolution order, depth-first; enough for the single-inheritance tree we model. */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    return this.bases.some((b) => b.isSubtypeOf(other));
  }

  getAttr(name: string): PyValue | undefined {
    if (name === '__name__' || name === '__qualname__') return this.name;
    if (name === '__module__') return this.module;
    return undefined;
  }

  get qualifiedName(): string {
    return this.module === 'builtins' ? this.name : `${this.module}.${this.name}`;
  }
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

export const objectType = new PyType('object', []);
registry.set('object', objectType);

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
