/**
 * How futures and tasks print (Lib/asyncio/base_futures.py `_future_repr_info`,
 * `_format_callbacks`; Lib/asyncio/base_tasks.py `_task_repr_info`; Lib/asyncio/format_helpers.py
 * `_format_callback_source`), which the C `_asyncio.Future.__repr__` and `_asyncio.Task.__repr__`
 * call in 3.11 to 3.13 (src/sim/runtime/README.md §18). A result is shown through `reprlib.repr`
 * (Lib/reprlib.py), so long values are cut short.
 */
import { unsupported } from '../python/errors';
import { PyFunction, PyBoundMethod } from '../python/functions';
import { PyBuiltin, PyCallable, PyDict, PyList, PySet, PyTuple, type PyValue } from '../python/objects';
import { lessThan, typeName } from '../python/ops';
import { repr } from '../python/repr';
import type { Loc } from '../python/ast';
import { parse } from '../python/parse';

/**
 * What a done-callback looks like in a future's repr: `cb() at prog.py:3`, `print()`,
 * `Task.task_wakeup()`. Null when CPython would name a function of its own asyncio package with
 * the path of its source file (`_run_until_complete_cb() at …/asyncio/base_events.py:180`),
 * which depends on where Python is installed: such a repr is refused, never invented.
 */
export type CallbackRepr = string | null;

/** format_helpers._format_callback_source(func, ()) for a callable a program passed. */
export function callbackSource(cb: PyValue, source: string): CallbackRepr {
  if (cb instanceof PyFunction) return `${cb.code.qualname}() at ${cb.filename}:${firstLineNo(source, cb.code.loc.line)}`;
  // A bound method is not `inspect.isfunction`, so no source is shown; its __qualname__ is the
  // function's (`Counter.done`).
  if (cb instanceof PyBoundMethod) {
    const q = cb.fn.getAttr('__qualname__');
    return typeof q === 'string' ? `${q}()` : null;
  }
  // Methods of C types are named with their type: `Future.set_result()`.
  if (cb instanceof PyBuiltin) return `${cb.owner ? `${cb.owner}.` : ''}${cb.name}()`;
  if (cb instanceof PyCallable && cb.typeName !== 'partial') {
    const q = cb.getAttr('__qualname__') ?? cb.getAttr('__name__');
    if (typeof q === 'string' && q) return `${q}()`;
  }
  return null;
}

/** The `def` lines of decorated functions, and their first decorator's line, per program text. */
let decorated: { source: string; first: Map<number, number> } | null = null;

/**
 * `co_firstlineno` of the function defined at `defLine`: the line of its first decorator, if it
 * has any, which is where CPython says a function or coroutine was defined.
 */
export function firstLineNo(source: string, defLine: number): number {
  if (decorated === null || decorated.source !== source) {
    const first = new Map<number, number>();
    // Any object with `kind` is a node: walking every field finds nested definitions too.
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const n of node) walk(n);
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const n = node as { kind?: unknown; loc?: { line: number }; decorators?: { loc: { line: number } }[] };
      if (n.kind === 'FunctionDef' && n.loc && n.decorators?.length) {
        first.set(n.loc.line, Math.min(n.loc.line, ...n.decorators.map((d) => d.loc.line)));
      }
      for (const [k, v] of Object.entries(node)) if (k !== 'loc' && typeof v === 'object') walk(v);
    };
    try {
      walk(parse(source));
    } catch {
      // A program that ran was parsed once already; nothing to add if this one does not.
    }
    decorated = { source, first };
  }
  return decorated.first.get(defLine) ?? defLine;
}

/** Why a repr cannot be printed exactly. */
function refuse(where: Loc): never {
  throw unsupported(
    "the repr of a future whose callbacks include one of asyncio's own functions (CPython shows the path of its asyncio source files, which depends on the installation)",
    where,
  );
}

/** base_futures._format_callbacks: one or two callbacks in full, more as `first, <N more>, last`. */
export function formatCallbacks(cbs: readonly CallbackRepr[], where: Loc | null): string {
  const show = (c: CallbackRepr): string => (c !== null ? c : where ? refuse(where) : '…');
  let inner: string;
  if (cbs.length === 1) inner = show(cbs[0]);
  else if (cbs.length === 2) inner = `${show(cbs[0])}, ${show(cbs[1])}`;
  else inner = `${show(cbs[0])}, <${cbs.length - 2} more>, ${show(cbs[cbs.length - 1])}`;
  return `cb=[${inner}]`;
}

// ---------------------------------------------------------------- reprlib

const MAXLEVEL = 6;
const MAXSTRING = 30;
const MAXLONG = 40;
const MAXOTHER = 30;
const MAXLIST = 6;
const MAXTUPLE = 6;
const MAXSET = 6;
const MAXDICT = 4;

/** Keeps the two ends of a long repr: `s[:i] + '...' + s[len(s)-j:]`. */
function cut(s: string, max: number): string {
  const i = Math.max(0, Math.floor((max - 3) / 2));
  const j = Math.max(0, max - 3 - i);
  return s.slice(0, i) + '...' + s.slice(s.length - j);
}

/** reprlib._possibly_sorted */
function possiblySorted(items: PyValue[]): PyValue[] {
  try {
    return [...items].sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
  } catch {
    return items;
  }
}

function iterable(items: readonly PyValue[], level: number, left: string, right: string, max: number, trail = ''): string {
  let s: string;
  if (level <= 0 && items.length) s = '...';
  else {
    const pieces = items.slice(0, max).map((x) => reprlibRepr(x, level - 1));
    if (items.length > max) pieces.push('...');
    s = pieces.join(', ');
  }
  if (items.length === 1 && trail) right = trail + right;
  return left + s + right;
}

/** reprlib.Repr.repr1 with the default limits: dispatched on the type's name, as CPython does. */
export function reprlibRepr(x: PyValue, level = MAXLEVEL): string {
  switch (typeName(x)) {
    case 'str': {
      const v = x as string;
      let s = repr(v.slice(0, MAXSTRING));
      if (s.length > MAXSTRING) {
        const i = Math.max(0, Math.floor((MAXSTRING - 3) / 2));
        const j = Math.max(0, MAXSTRING - 3 - i);
        s = repr(v.slice(0, i) + v.slice(v.length - j));
        s = s.slice(0, i) + '...' + s.slice(s.length - j);
      }
      return s;
    }
    case 'int': {
      const s = repr(x);
      return s.length > MAXLONG ? cut(s, MAXLONG) : s;
    }
    case 'list':
      return iterable((x as PyList).items, level, '[', ']', MAXLIST);
    case 'tuple':
      return iterable((x as PyTuple).items, level, '(', ')', MAXTUPLE, ',');
    case 'set': {
      const items = [...(x as PySet).map.values()];
      if (!items.length) return 'set()';
      return iterable(possiblySorted(items), level, '{', '}', MAXSET);
    }
    case 'frozenset': {
      const items = [...(x as PySet).map.values()];
      if (!items.length) return 'frozenset()';
      return iterable(possiblySorted(items), level, 'frozenset({', '})', MAXSET);
    }
    case 'dict': {
      const d = x as PyDict;
      if (d.size === 0) return '{}';
      if (level <= 0) return '{...}';
      const entries = new Map(d.entries().map(([k, v]) => [k, v]));
      const keys = possiblySorted(d.keys());
      const pieces = keys.slice(0, MAXDICT).map((k) => `${reprlibRepr(k, level - 1)}: ${reprlibRepr(entries.get(k) ?? null, level - 1)}`);
      if (d.size > MAXDICT) pieces.push('...');
      return `{${pieces.join(', ')}}`;
    }
    default: {
      // repr_instance
      const s = repr(x);
      return s.length > MAXOTHER ? cut(s, MAXOTHER) : s;
    }
  }
}
