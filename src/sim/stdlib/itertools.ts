/**
 * The `itertools` module (Modules/itertoolsmodule.c): lazy iterators that pull from their inputs
 * one item at a time, in the orders CPython documents (product, permutations and combinations
 * in lexicographic order of positions; groupby sharing one underlying iterator with its groups).
 * Arguments are checked when the iterator is made, as CPython checks them, and the infinite
 * ones (count, cycle, repeat) are charged to the step budget per item so that sum(count())
 * stops like any runaway loop.
 */
import { charge } from '../python/budget';
import { PyIterator } from '../python/builtins';
import { TypeError, ValueError, pyErr } from '../python/exceptions';
import { type Kwargs, PyCallable, PyModule, PyTuple, type PyValue, fakeAddress } from '../python/objects';
import { binop, iterate, pyEq, toArray, truthy as truthyOf, typeName } from '../python/ops';
import { PyType, objectType } from '../python/pytype';
import { repr } from '../python/repr';
import { bindArgs } from './args';

/** itertools' public names in 3.11, so one the simulator lacks is refused rather than missing. */
export const ITERTOOLS_NAMES: ReadonlySet<string> = new Set([
  'accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle', 'dropwhile',
  'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
  'zip_longest',
]);

type Make = (args: PyValue[], kw: Kwargs | null) => Iterable<PyValue>;

/** An itertools iterator: a PyIterator whose type is itertools.<name>. */
class ItertoolsIterator extends PyIterator {
  constructor(
    source: Iterable<PyValue>,
    readonly pyType: PyType,
    private readonly shown: (() => string) | null = null,
  ) {
    super(source, pyType.name);
  }
  repr(): string {
    return this.shown ? this.shown() : `<itertools.${this.pyType.name} object at ${fakeAddress(this)}>`;
  }
}

function iteratorType(name: string, make: Make, shown?: (args: PyValue[]) => () => string): PyType {
  const t: PyType = new PyType(
    name,
    [objectType],
    (args, kw) => new ItertoolsIterator(make(args, kw), t, shown ? shown(args) : null),
    'itertools',
  );
  return t;
}

function call(f: PyValue, args: PyValue[]): PyValue {
  if (!(f instanceof PyCallable)) throw pyErr(TypeError, `'${typeName(f)}' object is not callable`);
  return f.call(args, null);
}

/** iter(v), made now so that a non-iterable fails at the call, as in CPython. */
function iter(v: PyValue): Iterator<PyValue> {
  return iterate(v)[Symbol.iterator]();
}

function noKw(name: string, kw: Kwargs | null): void {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

function count(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  const b = bindArgs({ name: 'count', params: ['start', 'step'], required: 0 }, args, kw);
  const start = b.get('start') ?? 0n;
  const step = b.get('step') ?? 1n;
  for (const v of [start, step]) {
    if (typeof v !== 'bigint' && typeof v !== 'number' && typeof v !== 'boolean') throw pyErr(TypeError, 'a number is required');
  }
  return (function* () {
    for (let n: PyValue = start; ; n = binop('+', n, step)) {
      charge(1);
      yield n;
    }
  })();
}

function cycle(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  noKw('cycle', kw);
  if (args.length !== 1) throw pyErr(TypeError, `cycle expected 1 argument, got ${args.length}`);
  const it = iter(args[0]);
  return (function* () {
    const saved: PyValue[] = [];
    for (let r = it.next(); !r.done; r = it.next()) {
      saved.push(r.value);
      yield r.value;
    }
    if (!saved.length) return;
    for (;;) {
      for (const v of saved) {
        charge(1);
        yield v;
      }
    }
  })();
}

function repeat(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  const b = bindArgs({ name: 'repeat', params: ['object', 'times'], required: 1 }, args, kw);
  const obj = b.get('object') as PyValue;
  const times = b.get('times');
  if (times !== undefined && typeof times !== 'bigint' && typeof times !== 'boolean') {
    throw pyErr(TypeError, `'${typeName(times)}' object cannot be interpreted as an integer`);
  }
  const n = times === undefined ? Infinity : Number(times);
  return (function* () {
    for (let i = 0; i < n; i++) {
      charge(1);
      yield obj;
    }
  })();
}

function accumulate(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  const b = bindArgs({ name: 'accumulate', params: ['iterable', 'func'], required: 1, kwOnly: ['initial'] }, args, kw);
  const it = iter(b.get('iterable') as PyValue);
  const func = b.get('func') ?? null;
  const initial = b.get('initial') ?? null;
  return (function* () {
    let total: PyValue | undefined = initial === null ? undefined : initial;
    if (total !== undefined) yield total;
    for (let r = it.next(); !r.done; r = it.next()) {
      total = total === undefined ? r.value : func === null ? binop('+', total, r.value) : call(func, [total, r.value]);
      yield total;
    }
  })();
}

function* chainOf(iterables: Iterator<PyValue>): Generator<PyValue> {
  for (let r = iterables.next(); !r.done; r = iterables.next()) yield* iterate(r.value);
}

function islice(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  noKw('islice', kw);
  if (args.length < 2 || args.length > 4) {
    throw pyErr(TypeError, args.length < 2 ? `islice expected at least 2 arguments, got ${args.length}` : `islice expected at most 4 arguments, got ${args.length}`);
  }
  const it = iter(args[0]);
  const arg = (v: PyValue, what: string): number | null => {
    if (v === null) return null;
    if ((typeof v === 'bigint' || typeof v === 'boolean') && BigInt(v) >= 0n) return Number(v);
    throw pyErr(ValueError, `${what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
  };
  let start = 0;
  let stop: number | null;
  let step = 1;
  if (args.length === 2) stop = arg(args[1], 'Stop argument');
  else {
    start = arg(args[1], 'Indices') ?? 0;
    stop = arg(args[2], 'Stop argument');
    if (args.length === 4) {
      const s = args[3];
      if (s !== null) {
        if (!((typeof s === 'bigint' || typeof s === 'boolean') && BigInt(s) >= 1n)) {
          throw pyErr(ValueError, 'Step for islice() must be a positive integer or None.');
        }
        step = Number(s);
      }
    }
  }
  return (function* () {
    let next = start;
    for (let i = 0; stop === null || i < stop; i++) {
      const r = it.next();
      if (r.done) return;
      if (i === next) {
        yield r.value;
        next += step;
      }
    }
  })();
}

function pools(args: PyValue[]): PyValue[][] {
  return args.map((a) => toArray(a));
}

function product(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  for (const k of kw?.keys() ?? []) if (k !== 'repeat') throw pyErr(TypeError, `product() got an unexpected keyword argument '${k}'`);
  const r = kw?.get('repeat') ?? 1n;
  if (typeof r !== 'bigint' && typeof r !== 'boolean') throw pyErr(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  if (BigInt(r) < 0n) throw pyErr(ValueError, 'repeat argument cannot be negative');
  const base = pools(args);
  const all: PyValue[][] = [];
  for (let i = 0; i < Number(r); i++) all.push(...base);
  return (function* () {
    if (all.some((p) => p.length === 0)) return;
    const idx = all.map(() => 0);
    for (;;) {
      charge(1);
      yield new PyTuple(idx.map((j, i) => all[i][j]));
      let i = all.length - 1;
      while (i >= 0 && ++idx[i] === all[i].length) idx[i--] = 0;
      if (i < 0) return;
    }
  })();
}

function rArg(v: PyValue | undefined, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'bigint' && typeof v !== 'boolean') throw pyErr(TypeError, `Expected int as r`);
  if (BigInt(v) < 0n) throw pyErr(ValueError, 'r must be non-negative');
  return Number(v);
}

/** The Python equivalent in the itertools docs for permutations, in its order. */
function permutations(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  const b = bindArgs({ name: 'permutations', params: ['iterable', 'r'], required: 1 }, args, kw);
  const pool = toArray(b.get('iterable') as PyValue);
  const n = pool.length;
  const r = rArg(b.get('r'), n);
  return (function* () {
    if (r > n) return;
    const indices = [...Array(n).keys()];
    const cycles = [...Array(r).keys()].map((i) => n - i);
    yield new PyTuple(indices.slice(0, r).map((i) => pool[i]));
    while (n) {
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          indices.push(...indices.splice(i, 1));
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i];
          [indices[i], indices[j]] = [indices[j], indices[i]];
          charge(1);
          yield new PyTuple(indices.slice(0, r).map((k) => pool[k]));
          break;
        }
      }
      if (i < 0) return;
    }
  })();
}

function combinationsOf(name: string, withReplacement: boolean): Make {
  return (args, kw) => {
    if (args.length + (kw?.size ?? 0) < 2 && !kw?.has('r')) throw pyErr(TypeError, `${name}() missing required argument 'r' (pos 2)`);
    const b = bindArgs({ name, params: ['iterable', 'r'], required: 2 }, args, kw);
    const pool = toArray(b.get('iterable') as PyValue);
    const n = pool.length;
    const r = rArg(b.get('r'), 0);
    return (function* () {
      if (withReplacement ? n === 0 && r > 0 : r > n) return;
      const indices = withReplacement ? Array(r).fill(0) : [...Array(r).keys()];
      yield new PyTuple(indices.map((i) => pool[i]));
      for (;;) {
        let i = r - 1;
        while (i >= 0 && indices[i] === (withReplacement ? n - 1 : i + n - r)) i--;
        if (i < 0) return;
        if (withReplacement) indices.fill(indices[i] + 1, i);
        else {
          indices[i]++;
          for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        }
        charge(1);
        yield new PyTuple(indices.map((k) => pool[k]));
      }
    })();
  };
}

/**
 * groupby: each group reads the one shared iterator; moving to the next key skips what is left
 * of the current group, so a group kept for later comes back empty, as in CPython.
 */
function groupby(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  const b = bindArgs({ name: 'groupby', params: ['iterable', 'key'], required: 1 }, args, kw);
  const it = iter(b.get('iterable') as PyValue);
  const keyFn = b.get('key') ?? null;
  const state = { done: false, value: null as PyValue, key: null as PyValue, started: false, group: 0 };
  const advance = () => {
    const r = it.next();
    if (r.done) state.done = true;
    else {
      state.value = r.value;
      state.key = keyFn === null ? r.value : call(keyFn, [r.value]);
    }
  };
  return (function* () {
    let current: PyValue = null;
    let first = true;
    for (;;) {
      if (!state.started) {
        advance();
        state.started = true;
      }
      // Skip the rest of the group that was handed out last.
      while (!first && !state.done && pyEq(state.key, current)) advance();
      if (state.done) return;
      first = false;
      current = state.key;
      const id = ++state.group;
      const groupKey = current;
      const grouper = (function* () {
        while (state.group === id && !state.done && pyEq(state.key, groupKey)) {
          yield state.value;
          advance();
        }
      })();
      yield new PyTuple([current, new ItertoolsIterator(grouper, grouperType)]);
    }
  })();
}
const grouperType = new PyType('_grouper', [objectType], null, 'itertools');

function zipLongest(args: PyValue[], kw: Kwargs | null): Iterable<PyValue> {
  for (const k of kw?.keys() ?? []) if (k !== 'fillvalue') throw pyErr(TypeError, `zip_longest() got an unexpected keyword argument '${k}'`);
  const fill = kw?.get('fillvalue') ?? null;
  const its = args.map(iter);
  return (function* () {
    if (!its.length) return;
    const live = its.map(() => true);
    for (;;) {
      const row = its.map((it, i) => {
        if (!live[i]) return fill;
        const r = it.next();
        if (r.done) {
          live[i] = false;
          return fill;
        }
        return r.value;
      });
      if (!live.some(Boolean)) return;
      yield new PyTuple(row);
    }
  })();
}

function predicateIter(name: string, f: (pred: PyValue, it: Iterator<PyValue>) => Iterable<PyValue>): Make {
  return (args, kw) => {
    noKw(name, kw);
    if (args.length !== 2) throw pyErr(TypeError, `${name} expected 2 arguments, got ${args.length}`);
    return f(args[0], iter(args[1]));
  };
}

const truth = (pred: PyValue, v: PyValue): boolean => truthyOf(pred === null ? v : call(pred, [v]));

export function makeItertoolsModule(): PyModule {
  const chain = iteratorType('chain', (args, kw) => {
    noKw('chain', kw);
    return chainOf(args[Symbol.iterator]());
  });
  const fromIterable = new PyType('from_iterable', [objectType], (args) => {
    if (args.length !== 1) throw pyErr(TypeError, `chain.from_iterable() takes exactly one argument (${args.length} given)`);
    return new ItertoolsIterator(chainOf(iter(args[0])), chain);
  });
  chain.getAttr = (name: string) => (name === 'from_iterable' ? fromIterable : PyType.prototype.getAttr.call(chain, name));

  const attrs = new Map<string, PyValue>([
    ['count', iteratorType('count', count)],
    ['cycle', iteratorType('cycle', cycle)],
    ['repeat', iteratorType('repeat', repeat, (a) => () => (a.length > 1 ? `repeat(${repr(a[0])}, ${repr(a[1])})` : `repeat(${repr(a[0] ?? null)})`))],
    ['accumulate', iteratorType('accumulate', accumulate)],
    ['chain', chain],
    ['islice', iteratorType('islice', islice)],
    ['product', iteratorType('product', product)],
    ['permutations', iteratorType('permutations', permutations)],
    ['combinations', iteratorType('combinations', combinationsOf('combinations', false))],
    ['combinations_with_replacement', iteratorType('combinations_with_replacement', combinationsOf('combinations_with_replacement', true))],
    ['groupby', iteratorType('groupby', groupby)],
    ['zip_longest', iteratorType('zip_longest', zipLongest)],
    [
      'starmap',
      iteratorType(
        'starmap',
        predicateIter('starmap', (f, it) =>
          (function* () {
            for (let r = it.next(); !r.done; r = it.next()) yield call(f, toArray(r.value));
          })(),
        ),
      ),
    ],
    [
      'takewhile',
      iteratorType(
        'takewhile',
        predicateIter('takewhile', (p, it) =>
          (function* () {
            for (let r = it.next(); !r.done && truth(p, r.value); r = it.next()) yield r.value;
          })(),
        ),
      ),
    ],
    [
      'dropwhile',
      iteratorType(
        'dropwhile',
        predicateIter('dropwhile', (p, it) =>
          (function* () {
            let dropping = true;
            for (let r = it.next(); !r.done; r = it.next()) {
              if (dropping && truth(p, r.value)) continue;
              dropping = false;
              yield r.value;
            }
          })(),
        ),
      ),
    ],
    [
      'filterfalse',
      iteratorType(
        'filterfalse',
        predicateIter('filterfalse', (p, it) =>
          (function* () {
            for (let r = it.next(); !r.done; r = it.next()) if (!truth(p, r.value)) yield r.value;
          })(),
        ),
      ),
    ],
    [
      'compress',
      iteratorType('compress', (args, kw) => {
        const b = bindArgs({ name: 'compress', params: ['data', 'selectors'], required: 2 }, args, kw);
        const data = iter(b.get('data') as PyValue);
        const sel = iter(b.get('selectors') as PyValue);
        return (function* () {
          for (;;) {
            const d = data.next();
            const s = sel.next();
            if (d.done || s.done) return;
            if (truthyOf(s.value)) yield d.value;
          }
        })();
      }),
    ],
    [
      'pairwise',
      iteratorType('pairwise', (args, kw) => {
        noKw('pairwise', kw);
        if (args.length !== 1) throw pyErr(TypeError, `pairwise expected 1 argument, got ${args.length}`);
        const it = iter(args[0]);
        return (function* () {
          let prev = it.next();
          if (prev.done) return;
          for (let r = it.next(); !r.done; r = it.next()) {
            yield new PyTuple([prev.value, r.value]);
            prev = r;
          }
        })();
      }),
    ],
  ]);
  return new ItertoolsModule('itertools', attrs);
}

class ItertoolsModule extends PyModule {
  unsupportedAttr(name: string): string | null {
    return ITERTOOLS_NAMES.has(name) ? `itertools.${name}` : null;
  }
}
