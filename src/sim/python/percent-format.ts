/**
 * printf-style string formatting, `"%-5s|%03d" % (a, b)` (Objects/unicodeobject.c
 * PyUnicode_Format): mapping keys, flags, `*` widths, and CPython's error messages.
 */
import { charge, checkSize } from './budget';
import { KeyError, OverflowError, TypeError, ValueError, pyErr } from './exceptions';
import type { PyValue } from './objects';
import { PyDict, PyTuple, hashKey } from './objects';
import { typeName } from './ops';
import { repr, str } from './repr';

type Formatter = (v: PyValue, spec: string) => string;

const SPEC = /%(?:\(([^)]*)\))?([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?([hlL]?)([diouxXeEfFgGcrsa%])?/g;

function asciiRepr(v: PyValue): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const code = c.codePointAt(0) as number;
    if (code < 0x100) return '\\x' + code.toString(16).padStart(2, '0');
    if (code < 0x10000) return '\\u' + code.toString(16).padStart(4, '0');
    return '\\U' + code.toString(16).padStart(8, '0');
  });
}

export { asciiRepr };

export function percentFormat(fmt: string, arg: PyValue, format: Formatter): string {
  const mapping = arg instanceof PyDict ? arg : null;
  const args = arg instanceof PyTuple ? [...arg.items] : [arg];
  let k = 0;
  let usedMapping = false;
  const next = (): PyValue => {
    if (k >= args.length) throw pyErr(TypeError, 'not enough arguments for format string');
    return args[k++];
  };
  const intArg = (): number => {
    const v = next();
    if (typeof v !== 'bigint') throw pyErr(TypeError, '* wants int');
    return Number(v);
  };
  const out = fmt.replace(SPEC, (whole, key: string | undefined, flags: string, w?: string, p?: string, _len?: string, conv?: string) => {
    if (conv === undefined) throw pyErr(ValueError, `incomplete format`);
    if (conv === '%' && whole === '%%') return '%';
    let width = w === '*' ? intArg() : w !== undefined ? Number(w) : null;
    const prec = p === '*' ? intArg() : p !== undefined ? Number(p) : null;
    if (width !== null) checkSize(Math.abs(width), 'characters');
    if (prec !== null) checkSize(prec, 'digits');
    charge((Math.abs(width ?? 0) + (prec ?? 0)) / 16);
    let v: PyValue;
    if (key !== undefined) {
      if (!mapping) throw pyErr(TypeError, 'format requires a mapping');
      usedMapping = true;
      const e = mapping.map.get(hashKey(key) as string);
      if (!e) throw pyErr(KeyError, key);
      v = e[1];
    } else v = next();
    let left = flags.includes('-');
    if (width !== null && width < 0) {
      left = true;
      width = -width;
    }
    let s: string;
    if (conv === 's' || conv === 'r' || conv === 'a') {
      s = conv === 's' ? str(v) : conv === 'r' ? repr(v) : asciiRepr(v);
      if (prec !== null) s = [...s].slice(0, prec).join('');
    } else if (conv === 'c') {
      if (typeof v === 'string' ? [...v].length !== 1 : typeof v !== 'bigint' && typeof v !== 'boolean') {
        throw pyErr(TypeError, '%c requires int or char');
      }
      const n = typeof v === 'string' ? 0 : Number(v);
      if (n < 0 || n > 0x10ffff) throw pyErr(OverflowError, '%c arg not in range(0x110000)');
      s = typeof v === 'string' ? v : String.fromCodePoint(n);
    } else {
      const numeric = typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
      if (!numeric) {
        const what = 'diouxXc'.includes(conv) && conv !== 'd' && conv !== 'i' && conv !== 'u' ? 'an integer is required' : 'a real number is required';
        throw pyErr(TypeError, `%${conv} format: ${what}, not ${typeName(v)}`);
      }
      let value: PyValue = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
      let type = conv === 'i' || conv === 'u' ? 'd' : conv;
      if ('doxX'.includes(type) && typeof value === 'number') {
        if (type !== 'd') throw pyErr(TypeError, `%${conv} format: an integer is required, not float`);
        if (Number.isNaN(value)) throw pyErr(ValueError, 'cannot convert float NaN to integer');
        if (!Number.isFinite(value)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
        value = BigInt(Math.trunc(value));
      }
      if ('eEfFgG'.includes(type) && typeof value === 'bigint') value = Number(value);
      if (type === 'o' && flags.includes('#')) type = 'o';
      const spec =
        (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') +
        (flags.includes('#') ? '#' : '') +
        ('eEfFgG'.includes(type) ? `.${prec ?? 6}` : '') +
        type;
      s = format(value, spec);
      if (prec !== null && 'doxX'.includes(type)) {
        const sign = /^[-+ ]/.test(s) ? s[0] : '';
        s = sign + s.slice(sign.length).padStart(prec, '0');
      }
      if (flags.includes('0') && !left && width !== null && s.length < width) {
        const sign = /^([-+ ]|0[xXo])/.exec(s)?.[0] ?? '';
        s = sign + s.slice(sign.length).padStart(width - sign.length, '0');
      }
    }
    if (width !== null) {
      // Widths count code points, as CPython's str does.
      const n = width - [...s].length;
      if (n > 0) s = left ? s + ' '.repeat(n) : ' '.repeat(n) + s;
    }
    return s;
  });
  if (!usedMapping && k < args.length && !mapping) {
    throw pyErr(TypeError, 'not all arguments converted during string formatting');
  }
  return out;
}
