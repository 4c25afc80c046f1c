/**
 * The `functools` module: partial (Modules/_functoolsmodule.c), reduce and wraps
 * (Lib/functools.py). The caching decorators and the class helpers are refused by name.
 */
import { PyFunction } from '../python/functions';
import { TypeError, pyErr } from '../python/exceptions';
import { type Kwargs, PyBuiltin, PyCallable, PyDict, PyModule, PyTuple, type PyValue, fakeAddress } from '../python/objects';
import { iterate, typeName } from '../python/ops';
import { PyType, objectType } from '../python/pytype';
import { repr } from '../python/repr';
import { dictSet } from '../python/methods';

/** functools' public names in 3.11, so one the simulator lacks is refused rather than missing. */
export const FUNCTOOLS_NAMES: ReadonlySet<string> = new Set([
  'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache', 'cmp_to_key', 'lru_cache',
  'reduce', 'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property',
]);

const partialType: PyType = new PyType('partial', [objectType], (args, kw) => makePartial(args, kw), 'functools');

export class PyPartial extends PyCallable {
  constructor(
    readonly func: PyCallable,
    readonly args: PyValue[],
    readonly keywords: Map<string, PyValue>,
  ) {
    super();
  }
  get typeName(): string {
    return 'partial';
  }
  get pyType(): PyType {
    return partialType;
  }
  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    const kw = new Map(this.keywords);
    for (const [k, v] of kwargs ?? []) kw.set(k, v);
    return this.func.call([...this.args, ...args], kw.size ? kw : null);
  }
  repr(): string {
    const parts = [repr(this.func), ...this.args.map(repr), ...[...this.keywords].map(([k, v]) => `${k}=${repr(v)}`)];
    return `functools.partial(${parts.join(', ')})`;
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'func') return this.func;
    if (name === 'args') return new PyTuple(this.args);
    if (name === 'keywords') {
      const d = new PyDict();
      for (const [k, v] of this.keywords) dictSet(d, k, v);
      return d;
    }
    return undefined;
  }
}

/** partial.__new__: a partial of a partial flattens into one, as CPython's does. */
function makePartial(args: PyValue[], kw: Kwargs | null): PyPartial {
  if (args.length === 0) throw pyErr(TypeError, 'type \'partial\' takes at least one argument');
  let [func, ...rest] = args;
  if (!(func instanceof PyCallable)) throw pyErr(TypeError, 'the first argument must be callable');
  const keywords = new Map<string, PyValue>();
  if (func instanceof PyPartial) {
    rest = [...func.args, ...rest];
    for (const [k, v] of func.keywords) keywords.set(k, v);
    func = func.func;
  }
  for (const [k, v] of kw ?? []) keywords.set(k, v);
  return new PyPartial(func as PyCallable, rest, keywords);
}

/**
 * What functools.wraps(wrapped)(wrapper) returns: the wrapper, answering to the wrapped
 * function's __name__, __qualname__, __doc__ and __module__, with __wrapped__ set
 * (Lib/functools.py update_wrapper). The simulator's functions have no writable attributes, so
 * this stands in for the updated wrapper; it calls the wrapper, and prints as CPython prints it.
 */
class PyWrapper extends PyCallable {
  constructor(
    private readonly wrapper: PyCallable,
    private readonly wrapped: PyValue,
  ) {
    super();
  }
  get typeName(): string {
    return this.wrapper.typeName;
  }
  call(args: PyValue[], kwargs: Kwargs | null): PyValue {
    return this.wrapper.call(args, kwargs);
  }
  private from(name: string): PyValue | undefined {
    return this.wrapped instanceof PyCallable || this.wrapped instanceof PyType ? this.wrapped.getAttr(name) : undefined;
  }
  repr(): string {
    if (this.wrapper instanceof PyFunction) return `<function ${String(this.from('__qualname__') ?? this.wrapper.code.qualname)} at ${fakeAddress(this.wrapper)}>`;
    return repr(this.wrapper);
  }
  getAttr(name: string): PyValue | undefined {
    if (name === '__wrapped__') return this.wrapped;
    if (['__name__', '__qualname__', '__doc__', '__module__'].includes(name)) return this.from(name) ?? this.wrapper.getAttr(name);
    return this.wrapper.getAttr(name);
  }
}

export function makeFunctoolsModule(): PyModule {
  const attrs = new Map<string, PyValue>();
  attrs.set('partial', partialType);
  attrs.set(
    'reduce',
    new PyBuiltin('reduce', (args, kw) => {
      if (kw && kw.size) throw pyErr(TypeError, 'reduce() takes no keyword arguments');
      if (args.length < 2 || args.length > 3) {
        throw pyErr(TypeError, `reduce expected ${args.length < 2 ? 'at least 2' : 'at most 3'} arguments, got ${args.length}`);
      }
      const [f, iterable] = args;
      let acc: PyValue | undefined = args.length === 3 ? args[2] : undefined;
      for (const v of iterate(iterable)) {
        if (acc === undefined) acc = v;
        else if (f instanceof PyCallable) acc = f.call([acc, v], null);
        else throw pyErr(TypeError, `'${typeName(f)}' object is not callable`);
      }
      if (acc === undefined) throw pyErr(TypeError, 'reduce() of empty iterable with no initial value');
      return acc;
    }),
  );
  attrs.set(
    'wraps',
    new PyBuiltin('wraps', (args, kw) => {
      const wrapped = args[0] ?? kw?.get('wrapped');
      if (wrapped === undefined) throw pyErr(TypeError, "wraps() missing 1 required positional argument: 'wrapped'");
      if (args.length > 1 || (kw && [...kw.keys()].some((k) => k !== 'wrapped'))) {
        throw pyErr(TypeError, 'wraps() with assigned= or updated= is not supported by the simulator');
      }
      return new PyBuiltin('update_wrapper', (inner) => {
        const wrapper = inner[0];
        if (!(wrapper instanceof PyCallable)) throw pyErr(TypeError, `'${typeName(wrapper ?? null)}' object is not callable`);
        return new PyWrapper(wrapper, wrapped);
      });
    }),
  );
  return new FunctoolsModule('functools', attrs);
}

class FunctoolsModule extends PyModule {
  unsupportedAttr(name: string): string | null {
    return FUNCTOOLS_NAMES.has(name) ? `functools.${name}` : null;
  }
}
