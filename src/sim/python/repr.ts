/**
 * `repr()` and `str()` exactly as CPython writes them (Objects/unicodeobject.c unicode_repr,
 * Objects/listobject.c list_repr, Objects/dictobject.c dict_repr, …).
 */
import { charge, checkSize } from './budget';
import { BaseExceptionGroup, PyBaseException, TypeError, ValueError, pyErr } from './exceptions';
import { installBoundRepr } from './functions';
import { PyInstance, callSpecial, defaultRepr, protocolHooks } from './objectmodel';
import { floatRepr } from './floats';
import { isPrintable } from './unicode';
import { PyDict, PyList, PyObject, PyRange, PySet, PyTuple, type PyValue } from './objects';
import { PyType, typeOf } from './pytype';
import { setOrder } from './set-order';

/** Whether repr() shows a character as itself: Py_UNICODE_ISPRINTABLE (unicode.ts). */
function printable(code: number): boolean {
  return isPrintable(code);
}

export function strRepr(s: string): string {
  // Escaping can double a string's length, so `x = repr(x)` in a loop grows it exponentially:
  // charge the work and cap the result like any other string the program builds.
  charge(s.length);
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (!printable(code)) {
      if (code < 0x100) out += '\\x' + code.toString(16).padStart(2, '0');
      else if (code < 0x10000) out += '\\u' + code.toString(16).padStart(4, '0');
      else out += '\\U' + code.toString(16).padStart(8, '0');
    } else out += ch;
  }
  checkSize(out.length + 1, 'characters');
  return out + quote;
}

/** Guards against infinite recursion on self-containing lists, as CPython prints `[...]`. */
const active = new Set<object>();

function container(o: object, open: string, close: string, body: () => string): string {
  if (active.has(o)) return open + '...' + close;
  active.add(o);
  try {
    const inside = body();
    checkSize(inside.length, 'characters');
    return open + inside + close;
  } finally {
    active.delete(o);
  }
}

/** sys.int_info.default_max_str_digits: the int/str conversion limit CPython starts with. */
export const INT_MAX_STR_DIGITS = 4300;
let maxDecimal: bigint | null = null;

/**
 * An int in decimal, refused past 4,300 digits (not counting the sign) as
 * Objects/longobject.c long_to_decimal_string_internal refuses it.
 */
export function intDecimal(n: bigint): string {
  if (n >= 10n ** 18n || n <= -(10n ** 18n)) {
    maxDecimal ??= 10n ** BigInt(INT_MAX_STR_DIGITS);
    if (n >= maxDecimal || n <= -maxDecimal) {
      throw pyErr(
        ValueError,
        `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
  }
  return n.toString();
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'bigint':
      return intDecimal(v);
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyInstance || (v instanceof PyBaseException && v.pyType.isUserClass)) return userRepr(v, '__repr__');
  if (v instanceof PyList) return container(v, '[', ']', () => v.items.map(repr).join(', '));
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return container(v, '(', ')', () => repr(v.items[0]) + ',');
    return container(v, '(', ')', () => v.items.map(repr).join(', '));
  }
  if (v instanceof PyDict && v.typeName !== 'dict') return v.repr(); // defaultdict, Counter
  if (v instanceof PyDict) {
    return container(v, '{', '}', () =>
      v
        .entries()
        .map(([k, x]) => `${repr(k)}: ${repr(x)}`)
        .join(', '),
    );
  }
  if (v instanceof PySet) {
    if (v.size === 0) return v.frozen ? 'frozenset()' : 'set()';
    const body = () => setOrder(v).map(repr).join(', ');
    return v.frozen ? container(v, 'frozenset({', '})', body) : container(v, '{', '}', body);
  }
  if (v instanceof PyRange) {
    const step = v.step === 1n ? '' : `, ${intDecimal(v.step)}`;
    return `range(${intDecimal(v.start)}, ${intDecimal(v.stop)}${step})`;
  }
  if (v instanceof PyBaseException) return exceptionRepr(v);
  if (v instanceof PyType) return `<class '${v.qualifiedName}'>`;
  return (v as PyObject).repr();
}

function exceptionRepr(e: PyBaseException): string {
  const name = e.pyType.name;
  if (e.args.length === 1) return `${name}(${repr(e.args[0])})`;
  return `${name}(${e.args.map(repr).join(', ')})`;
}

/** `str(e)` for an exception: its message, or what its args make. */
export function exceptionStr(e: PyBaseException): string {
  if (e.pyType.name === 'KeyError' && e.args.length === 1) return repr(e.args[0]);
  if (e.pyType.isSubtypeOf(BaseExceptionGroup) && e.args.length >= 2) {
    const n = countItems(e.args[1]);
    return `${str(e.args[0])} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  return repr(new PyTuple(e.args));
}

function countItems(v: PyValue): number {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  return 0;
}

/** Objects whose `str()` differs from their `repr()` (asyncio.Queue) define `pyStr`. */
interface HasStr {
  pyStr(): string;
}

/** `repr`/`str` through the type's `__repr__`/`__str__`, checked to be a str as CPython does. */
function userRepr(v: PyValue, name: '__repr__' | '__str__'): string {
  const r = callSpecial(v, name, []);
  if (r === undefined) return defaultRepr(v as PyObject);
  if (typeof r !== 'string') throw pyErr(TypeError, `${name} returned non-string (type ${typeOf(r).name})`);
  return r;
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyInstance || (v instanceof PyBaseException && v.pyType.isUserClass)) return userRepr(v, '__str__');
  if (v instanceof PyObject && typeof (v as Partial<HasStr>).pyStr === 'function') return (v as unknown as HasStr).pyStr();
  if (v instanceof PyBaseException) return exceptionStr(v);
  return repr(v);
}

protocolHooks.repr = (v) => (v instanceof PyBaseException ? exceptionRepr(v) : repr(v));
protocolHooks.str = (v) => (v instanceof PyBaseException ? exceptionStr(v) : str(v));
installBoundRepr(repr);
