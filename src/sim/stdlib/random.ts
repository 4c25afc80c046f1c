/**
 * The `random` module: Lib/random.py's Random class over CPython's Mersenne Twister
 * (mt19937.ts), drawing exactly the numbers CPython 3.11 draws for a given seed. The methods
 * follow Lib/random.py line for line where the order of draws matters (randrange through
 * _randbelow_with_getrandbits, shuffle, sample's two strategies, choices).
 *
 * Without a seed CPython seeds from the operating system and prints different numbers on every
 * run. So does the simulator (from the platform's crypto source), and the first draw from such a
 * generator adds a note to the result (varying.ts) instead of passing one run off as the answer.
 *
 * The distributions that go through log, exp, cos or pow (gauss, expovariate, normalvariate, …)
 * are left out: JavaScript's Math functions may differ from the C library's in the last bit, so
 * they could not promise CPython's digits. Importing them is refused with a located message.
 */
import { since } from '../python/dialect';
import { IndexError, OverflowError, TypeError, ValueError, ZeroDivisionError, PyBaseException, pyErr } from '../python/exceptions';
import { NativeObject, type Method, PyList, PyModule, PyRange, PyTuple, type PyValue } from '../python/objects';
import { binop, compare, lessThan, toArray, typeName } from '../python/ops';
import { PyType, objectType } from '../python/pytype';
import { str as pyStr } from '../python/repr';
import type { Host } from '../python/host';
import { bindArgs, noArgs, oneArg, type Signature } from './args';
import { MersenneTwister, STATE_WORDS } from './mt19937';
import { isSequence, isSequenceLike, seqItem, seqLen } from './sequence';
import { sha512 } from './sha512';
import { noteVarying } from './varying';

/** Everything Lib/random.py exports in 3.11, so a name it has but the simulator lacks is refused, not a NameError. */
export const RANDOM_NAMES: ReadonlySet<string> = new Set([
  'Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits',
  'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange', 'sample',
  'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate',
]);

const sig = (name: string, params: string[], required: number, kwOnly: string[] = []): Signature => ({
  name: `Random.${name}`,
  params,
  required,
  kwOnly,
  method: true,
});

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** operator.index: ints and bools only. */
function index(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** Lib/random.py randrange's `_index(x)`, falling back to `int(x)` and refusing what is not whole. */
function rangeArg(v: PyValue, which: string): bigint {
  if (typeof v === 'bigint' || typeof v === 'boolean') return index(v);
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw pyErr(ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
    if (!Number.isInteger(v)) throw pyErr(ValueError, `non-integer ${which} for randrange()`);
    return BigInt(v);
  }
  if (typeof v === 'string') {
    // int('5') succeeds, and then '5' != 5 refuses it as non-integer.
    if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(v)) throw pyErr(ValueError, `invalid literal for int() with base 10: ${JSON.stringify(v).replace(/^"|"$/g, "'")}`);
    throw pyErr(ValueError, `non-integer ${which} for randrange()`);
  }
  throw pyErr(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

/** Python/pyhash.c _Py_HashDouble, as the unsigned size_t random_seed turns it into. */
function floatSeed(v: number): bigint {
  const modulus = (1n << 61n) - 1n;
  let hash: bigint;
  if (Number.isNaN(v)) throw pyErr(ValueError, 'a NaN seed hashes by address in CPython, so it is not supported by the simulator');
  if (!Number.isFinite(v)) hash = v > 0 ? 314159n : -314159n;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Math.abs(v));
    const bits = view.getBigUint64(0);
    const biased = Number((bits >> 52n) & 0x7ffn);
    const fraction = bits & ((1n << 52n) - 1n);
    const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
    const exponent = (biased === 0 ? -1074 : biased - 1075) % 61;
    // 2**61 is 1 modulo 2**61 - 1, so a power of two reduces by its exponent modulo 61.
    hash = ((mantissa % modulus) << BigInt(exponent < 0 ? exponent + 61 : exponent)) % modulus;
    if (v < 0) hash = -hash;
    if (hash === -1n) hash = -2n;
  }
  return hash < 0n ? hash + (1n << 64n) : hash;
}

function utf8(s: string): Uint8Array {
  if (/\p{Cs}/u.test(s)) throw pyErr(ValueError, 'a seed with a lone surrogate cannot be encoded as UTF-8');
  return new TextEncoder().encode(s);
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: PyValue[], x: PyValue, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lessThan(x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** itertools.accumulate with `+`. */
function accumulate(v: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (const x of toArray(v)) out.push(out.length ? binop('+', out[out.length - 1], x) : x);
  return out;
}

/** The state tuples getstate() made from generators without a seed: restoring one still varies. */
const varyingStates = new WeakSet<PyTuple>();

export class PyRandom extends NativeObject {
  private readonly mt = new MersenneTwister();
  private gaussNext: PyValue = null;
  /** Seeded from the platform's entropy, as CPython seeds from os.urandom. */
  private unseeded = false;

  constructor(
    /** random.Random of this run: the type of every generator the run makes. */
    readonly pyType: PyType,
    private readonly onUnseededDraw: (method: string) => void,
    seed: PyValue = null,
  ) {
    super();
    this.seed(seed, 2n);
  }

  get typeName(): string {
    return 'Random';
  }
  repr(): string {
    return `<random.Random object at ${super.repr().split(' at ')[1]}`;
  }

  /** Lib/random.py Random.seed, then _randommodule.c random_seed. */
  seed(a: PyValue, version: PyValue): void {
    this.gaussNext = null;
    this.unseeded = false;
    if (a === null) {
      const words = new Uint32Array(STATE_WORDS);
      globalThis.crypto.getRandomValues(words);
      this.mt.initByArray([...words]);
      this.unseeded = true;
      return;
    }
    if (typeof a === 'string' && compare('==', version, 1n)) {
      // Lib/random.py's version 1 hash of a str seed.
      const codes = [...a].map((c) => BigInt(c.codePointAt(0) as number));
      let x = codes.length ? codes[0] << 7n : 0n;
      for (const c of codes) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
      x ^= BigInt(codes.length);
      this.mt.seedInt(x === -1n ? -2n : x);
      return;
    }
    if (typeof a === 'string' && compare('==', version, 2n)) {
      const bytes = utf8(a);
      let n = 0n;
      for (const b of [...bytes, ...sha512(bytes)]) n = (n << 8n) | BigInt(b);
      this.mt.seedInt(n);
      return;
    }
    if (typeof a === 'bigint' || typeof a === 'boolean') return this.mt.seedInt(index(a));
    if (typeof a === 'number') return this.mt.seedInt(floatSeed(a));
    if (typeof a === 'string') return this.mt.seedInt(floatSeed(NaN));
    throw pyErr(TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }

  private drawn(method: string): MersenneTwister {
    if (this.unseeded) this.onUnseededDraw(method);
    return this.mt;
  }

  random(method = 'random'): number {
    return this.drawn(method).random();
  }

  /** Lib/random.py _randbelow_with_getrandbits. */
  randbelow(n: bigint, method: string): bigint {
    const mt = this.drawn(method);
    const k = bitLength(n);
    let r = mt.getrandbits(k);
    while (r >= n) r = mt.getrandbits(k);
    return r;
  }

  randrange(start: PyValue, stop: PyValue | undefined, step: PyValue | undefined, method = 'randrange'): bigint {
    const istart = rangeArg(start, 'arg 1');
    if (stop === undefined || stop === null) {
      if (step !== undefined) throw pyErr(TypeError, 'Missing a non-None stop argument');
      if (istart > 0n) return this.randbelow(istart, method);
      throw pyErr(ValueError, 'empty range for randrange()');
    }
    const istop = rangeArg(stop, 'stop');
    const width = istop - istart;
    const istep = step === undefined ? 1n : rangeArg(step, 'step');
    if (istep === 1n) {
      if (width > 0n) return istart + this.randbelow(width, method);
      throw pyErr(ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    // Floor division, as Python's // rounds toward minus infinity.
    const floorDiv = (a: bigint, b: bigint): bigint => (a % b !== 0n && a < 0n !== b < 0n ? a / b - 1n : a / b);
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw pyErr(ValueError, 'zero step for randrange()');
    if (n <= 0n) throw pyErr(ValueError, 'empty range for randrange()');
    return istart + istep * this.randbelow(n, method);
  }

  choice(seq: PyValue): PyValue {
    const n = seqLen(seq);
    if (n === 0) throw pyErr(IndexError, 'Cannot choose from an empty sequence');
    return seqItem(seq, Number(this.randbelow(BigInt(n), 'choice')));
  }

  shuffle(x: PyValue): void {
    const n = seqLen(x);
    for (let i = n - 1; i >= 1; i--) {
      const j = Number(this.randbelow(BigInt(i + 1), 'shuffle'));
      if (x instanceof PyList) {
        const t = x.items[i];
        x.items[i] = x.items[j];
        x.items[j] = t;
      } else if (isSequenceLike(x) && 'pySetItem' in x) {
        const a = x.pySeqItem(i);
        const b = x.pySeqItem(j);
        (x as unknown as { pySetItem(i: number, v: PyValue): void }).pySetItem(i, b);
        (x as unknown as { pySetItem(i: number, v: PyValue): void }).pySetItem(j, a);
      } else {
        seqItem(x, j);
        throw pyErr(TypeError, `'${typeName(x)}' object does not support item assignment`);
      }
    }
  }

  sample(population: PyValue, k: PyValue, counts: PyValue): PyList {
    if (!isSequence(population)) throw pyErr(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    const n = seqLen(population);
    if (counts !== null) {
      const cum = accumulate(counts);
      if (cum.length !== n) throw pyErr(ValueError, 'The number of counts does not match the population');
      const total = cum.pop() as PyValue;
      if (typeof total !== 'bigint' && typeof total !== 'boolean') throw pyErr(TypeError, 'Counts must be integers');
      if (index(total) <= 0n) throw pyErr(ValueError, 'Total of counts must be greater than zero');
      const selections = this.sample(new PyRange(0n, index(total), 1n), k, null);
      return new PyList(selections.items.map((s) => seqItem(population, bisectRight(cum, s))));
    }
    if (!(compare('<=', 0n, k) && compare('<=', k, BigInt(n)))) throw pyErr(ValueError, 'Sample larger than population or is negative');
    if (typeof k !== 'bigint' && typeof k !== 'boolean') throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeName(k)}'`);
    const kk = Number(index(k));
    const result: PyValue[] = new Array(kk).fill(null);
    let setsize = 21;
    if (kk > 5) setsize += 4 ** Math.ceil(Math.log(kk * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = toArray(population);
      for (let i = 0; i < kk; i++) {
        const j = Number(this.randbelow(BigInt(n - i), 'sample'));
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < kk; i++) {
        let j = Number(this.randbelow(BigInt(n), 'sample'));
        while (selected.has(j)) j = Number(this.randbelow(BigInt(n), 'sample'));
        selected.add(j);
        result[i] = seqItem(population, j);
      }
    }
    return new PyList(result);
  }

  choices(population: PyValue, weights: PyValue, cumWeights: PyValue, k: PyValue): PyList {
    const n = seqLen(population);
    const count = Number(index(k));
    const out: PyValue[] = [];
    if (cumWeights === null) {
      if (weights === null) {
        for (let i = 0; i < count; i++) out.push(seqItem(population, Math.floor(this.random('choices') * n)));
        return new PyList(out);
      }
      if (typeof weights === 'bigint') throw pyErr(TypeError, `The number of choices must be a keyword argument: k=${weights}`);
      cumWeights = new PyList(accumulate(weights));
    } else if (weights !== null) throw pyErr(TypeError, 'Cannot specify both weights and cumulative weights');
    const cum = toArray(cumWeights);
    if (cum.length !== n) throw pyErr(ValueError, 'The number of weights does not match the population');
    const total = binop('+', cum[cum.length - 1], 0.0) as number;
    if (total <= 0.0) throw pyErr(ValueError, 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw pyErr(ValueError, 'Total of weights must be finite');
    for (let i = 0; i < count; i++) out.push(seqItem(population, bisectRight(cum, this.random('choices') * total, 0, n - 1)));
    return new PyList(out);
  }

  getrandbits(k: number): bigint {
    return this.drawn('getrandbits').getrandbits(k);
  }

  getstate(): PyTuple {
    const state = new PyTuple([3n, new PyTuple(this.mt.state().map((w) => BigInt(w))), this.gaussNext]);
    if (this.unseeded) varyingStates.add(state);
    return state;
  }

  setstate(state: PyValue): void {
    if (!(state instanceof PyTuple) || state.items.length !== 3) throw pyErr(TypeError, 'state vector must be a tuple');
    const [version, internal, gaussNext] = state.items;
    if (!compare('==', version, 3n)) throw pyErr(ValueError, `state with version ${pyStr(version)} passed to Random.setstate() of version 3`);
    if (!(internal instanceof PyTuple)) throw pyErr(TypeError, 'state vector must be a tuple');
    if (internal.items.length !== STATE_WORDS + 1) throw pyErr(ValueError, 'state vector is the wrong size');
    const words = internal.items.map((w) => Number(index(w)));
    if (words[STATE_WORDS] < 0 || words[STATE_WORDS] > STATE_WORDS) throw pyErr(ValueError, 'invalid state');
    this.mt.setState(words);
    this.gaussNext = gaussNext;
    this.unseeded = varyingStates.has(state);
  }

  protected get methods(): Record<string, Method<never>> {
    return RANDOM_METHODS as Record<string, Method<never>>;
  }
}

const RANDOM_METHODS: Record<string, Method<PyRandom>> = {
  seed: (self, args, kw) => {
    const b = bindArgs(sig('seed', ['a', 'version'], 0), args, kw);
    self.seed(b.get('a') ?? null, b.get('version') ?? 2n);
    return null;
  },
  random: (self, args, kw) => {
    noArgs('Random.random', args, kw);
    return self.random();
  },
  getrandbits: (self, args, kw) => {
    const k = index(oneArg('Random.getrandbits', args, kw));
    // 3.14's _randommodule.c converts k to an unsigned int first, which refuses a negative.
    if (k < 0n) throw pyErr(ValueError, since('3.14') ? 'Cannot convert negative int' : 'number of bits must be non-negative');
    return self.getrandbits(Number(k));
  },
  randrange: (self, args, kw) => {
    const b = bindArgs(sig('randrange', ['start', 'stop', 'step'], 1), args, kw);
    return self.randrange(b.get('start') as PyValue, b.get('stop'), b.get('step'));
  },
  randint: (self, args, kw) => {
    const b = bindArgs(sig('randint', ['a', 'b'], 2), args, kw);
    return self.randrange(b.get('a') as PyValue, binop('+', b.get('b') as PyValue, 1n), undefined, 'randint');
  },
  choice: (self, args, kw) => self.choice(bindArgs(sig('choice', ['seq'], 1), args, kw).get('seq') as PyValue),
  shuffle: (self, args, kw) => {
    self.shuffle(bindArgs(sig('shuffle', ['x'], 1), args, kw).get('x') as PyValue);
    return null;
  },
  sample: (self, args, kw) => {
    const b = bindArgs(sig('sample', ['population', 'k'], 2, ['counts']), args, kw);
    return self.sample(b.get('population') as PyValue, b.get('k') as PyValue, b.get('counts') ?? null);
  },
  choices: (self, args, kw) => {
    const b = bindArgs(sig('choices', ['population', 'weights'], 1, ['cum_weights', 'k']), args, kw);
    return self.choices(b.get('population') as PyValue, b.get('weights') ?? null, b.get('cum_weights') ?? null, b.get('k') ?? 1n);
  },
  uniform: (self, args, kw) => {
    const b = bindArgs(sig('uniform', ['a', 'b'], 2), args, kw);
    const a = b.get('a') as PyValue;
    return binop('+', a, binop('*', binop('-', b.get('b') as PyValue, a), self.random('uniform')));
  },
  triangular: (self, args, kw) => {
    const b = bindArgs(sig('triangular', ['low', 'high', 'mode'], 0), args, kw);
    let low = b.get('low') ?? 0.0;
    let high = b.get('high') ?? 1.0;
    const mode = b.get('mode') ?? null;
    let u: PyValue = self.random('triangular');
    let c: PyValue;
    try {
      c = mode === null ? 0.5 : binop('/', binop('-', mode, low), binop('-', high, low));
    } catch (e) {
      if (e instanceof PyBaseException && e.pyType.isSubtypeOf(ZeroDivisionError)) return low;
      throw e;
    }
    if (compare('>', u, c)) {
      u = binop('-', 1.0, u);
      c = binop('-', 1.0, c);
      [low, high] = [high, low];
    }
    const uc = binop('*', u, c);
    const root = Math.sqrt(typeof uc === 'number' ? uc : Number(uc));
    if (Number.isNaN(root)) throw pyErr(ValueError, 'math domain error');
    return binop('+', low, binop('*', binop('-', high, low), root));
  },
  getstate: (self, args, kw) => {
    noArgs('Random.getstate', args, kw);
    return self.getstate();
  },
  setstate: (self, args, kw) => {
    self.setstate(bindArgs(sig('setstate', ['state'], 1), args, kw).get('state') as PyValue);
    return null;
  },
};

/** The module, with its hidden generator `_inst` whose bound methods are the module's functions. */
export function makeRandomModule(host: Host): PyModule {
  const onUnseededDraw = (method: string) =>
    noteVarying(
      host,
      'random',
      host.at,
      `random.${method}() without random.seed(): CPython draws different numbers on every run, so this output is one of many it can print`,
    );
  const randomClass: PyType = new PyType(
    'Random',
    [objectType],
    (args, kw) => {
      if (kw && kw.size) throw pyErr(TypeError, 'Random() takes no keyword arguments');
      const seed = bindArgs({ name: 'Random.__init__', params: ['x'], required: 0, method: true }, args, null).get('x') ?? null;
      return new PyRandom(randomClass, onUnseededDraw, seed);
    },
    'random',
  );
  const inst = new PyRandom(randomClass, onUnseededDraw);
  const attrs = new Map<string, PyValue>();
  for (const name of Object.keys(RANDOM_METHODS)) attrs.set(name, inst.getAttr(name) as PyValue);
  attrs.set('Random', randomClass);
  return new RandomModule(attrs);
}

class RandomModule extends PyModule {
  constructor(attrs: Map<string, PyValue>) {
    super('random', attrs);
  }
  unsupportedAttr(name: string): string | null {
    return RANDOM_NAMES.has(name) ? `random.${name}` : null;
  }
}

