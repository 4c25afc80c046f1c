/**
 * Argument binding for library functions that CPython writes in Python (Lib/random.py,
 * Lib/functools.py, …), with the TypeErrors CPython's own binding gives them
 * (Python/ceval.c: "missing 1 required positional argument", "takes from 2 to 4 positional
 * arguments but 5 were given"), so a wrong call reads as it does under python3.
 */
import { TypeError, pyErr } from '../python/exceptions';
import type { Kwargs, PyValue } from '../python/objects';

export interface Signature {
  /** As CPython names the function in its messages: `Random.randint`, `partial`. */
  readonly name: string;
  /** Positional-or-keyword parameters, in order. */
  readonly params: readonly string[];
  /** How many of `params` have no default. */
  readonly required: number;
  readonly kwOnly?: readonly string[];
  /** A method: CPython counts `self` among the positional arguments in its messages. */
  readonly method?: boolean;
}

/** The arguments by parameter name; a parameter left to its default is absent. */
export type Bound = Map<string, PyValue>;

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

export function bindArgs(sig: Signature, args: PyValue[], kw: Kwargs | null): Bound {
  const { name, params, required } = sig;
  const kwOnly = sig.kwOnly ?? [];
  const self = sig.method ? 1 : 0;
  if (args.length > params.length) {
    const max = params.length + self;
    const min = required + self;
    const takes = min === max ? `${max}` : `from ${min} to ${max}`;
    const given = args.length + self;
    throw pyErr(
      TypeError,
      `${name}() takes ${takes} positional argument${max === 1 && min === max ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`,
    );
  }
  const bound: Bound = new Map();
  args.forEach((v, i) => bound.set(params[i], v));
  for (const [k, v] of kw ?? []) {
    if (!params.includes(k) && !kwOnly.includes(k)) throw pyErr(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
    if (bound.has(k)) throw pyErr(TypeError, `${name}() got multiple values for argument '${k}'`);
    bound.set(k, v);
  }
  const missing = params.slice(0, required).filter((p) => !bound.has(p));
  if (missing.length) {
    throw pyErr(TypeError, `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
  }
  return bound;
}

/** For functions CPython writes in C that take no arguments: `Random.random() takes no arguments (1 given)`. */
export function noArgs(name: string, args: PyValue[], kw: Kwargs | null): void {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
  if (args.length) throw pyErr(TypeError, `${name}() takes no arguments (${args.length} given)`);
}

/** For C functions of one argument: `Random.getrandbits() takes exactly one argument (0 given)`. */
export function oneArg(name: string, args: PyValue[], kw: Kwargs | null): PyValue {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
