/**
 * Floats written exactly as CPython writes them.
 *
 * JavaScript's `toFixed`/`toExponential` round ties away from zero on the exact binary value;
 * CPython rounds half to even (Python/dtoa.c). Both work on the exact value of the double, so
 * we compute that value with BigInt and round it ourselves.
 */

/** The exact value of a finite double as `mantissa * 2 ** exp` with an integer mantissa. */
function decompose(x: number): { m: bigint; e: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return { m, e };
}

/** round(|x| * 10**digits) to an integer, half to even, exactly. `digits` may be negative. */
function scaledRound(ax: number, digits: number): bigint {
  const { m, e } = decompose(ax);
  // value = m * 2^e * 10^digits = num / den
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (digits >= 0) num *= 10n ** BigInt(digits);
  else den *= 10n ** BigInt(-digits);
  const q = num / den;
  const r = num - q * den;
  const twice = 2n * r;
  if (twice > den || (twice === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** `format(x, '.Nf')` without sign handling for inf/nan (callers do that). */
export function toFixed(x: number, precision: number): string {
  const neg = x < 0 || Object.is(x, -0);
  const q = scaledRound(Math.abs(x), precision).toString();
  let s: string;
  if (precision === 0) s = q;
  else {
    const padded = q.padStart(precision + 1, '0');
    s = padded.slice(0, padded.length - precision) + '.' + padded.slice(padded.length - precision);
  }
  return (neg ? '-' : '') + s;
}

/** Digits and decimal exponent of x rounded to `sig` significant digits: x ≈ 0.d1d2… × 10^exp. */
function significant(ax: number, sig: number): { digits: string; exp: number } {
  if (ax === 0) return { digits: '0'.repeat(sig), exp: 1 };
  let exp = Math.floor(Math.log10(ax)) + 1;
  let q = scaledRound(ax, sig - exp);
  // log10 can be off by one near powers of ten; fix up so that q has exactly `sig` digits.
  if (q.toString().length > sig) {
    exp += 1;
    q = scaledRound(ax, sig - exp);
  } else if (q.toString().length < sig) {
    exp -= 1;
    q = scaledRound(ax, sig - exp);
  }
  return { digits: q.toString(), exp };
}

function expSuffix(e: number): string {
  return (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0');
}

/** `format(x, '.Ne')` */
export function toExponential(x: number, precision: number, upper = false): string {
  const neg = x < 0 || Object.is(x, -0);
  const { digits, exp } = significant(Math.abs(x), precision + 1);
  const mant = precision === 0 ? digits : digits[0] + '.' + digits.slice(1);
  return (neg ? '-' : '') + mant + (upper ? 'E' : 'e') + expSuffix(Math.abs(x) === 0 ? 0 : exp - 1);
}

/** `format(x, '.Ng')`: general format, trailing zeros removed unless `alternate`. */
export function toGeneral(x: number, precision: number, upper = false, alternate = false): string {
  const p = precision === 0 ? 1 : precision;
  const ax = Math.abs(x);
  const neg = x < 0 || Object.is(x, -0);
  const { exp } = significant(ax, p);
  const e10 = ax === 0 ? 0 : exp - 1;
  let s: string;
  if (-4 <= e10 && e10 < p) {
    s = toFixed(ax, p - 1 - e10);
    if (!alternate && s.includes('.')) s = s.replace(/\.?0+$/, '');
  } else {
    s = toExponential(ax, p - 1, upper);
    if (!alternate) s = s.replace(/\.?0+(?=[eE])/, '');
  }
  return (neg ? '-' : '') + s;
}

/** `repr(x)` for a float: the shortest string that round-trips, in CPython's layout. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // JavaScript's shortest round-trip digits equal Python's repr digits; only the layout differs.
  const [mant, expPart] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const e10 = Number(expPart);
  const sign = x < 0 ? '-' : '';
  if (-4 <= e10 && e10 < 16) {
    if (e10 >= 0) {
      const intPart = digits.slice(0, e10 + 1).padEnd(e10 + 1, '0');
      const frac = digits.slice(e10 + 1);
      return sign + intPart + '.' + (frac === '' ? '0' : frac);
    }
    return sign + '0.' + '0'.repeat(-e10 - 1) + digits;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return sign + m + 'e' + expSuffix(e10);
}

/** Python's `round(x, n)` for floats: exact value, half to even. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const q = scaledRound(Math.abs(x), ndigits);
  const s = ndigits >= 0 ? `${q}e-${ndigits}` : `${q}e${-ndigits}`;
  const r = Number(s);
  return x < 0 ? -r : r;
}

/** Python's `round(x)` for floats: an int, half to even. */
export function roundToInt(x: number): bigint {
  const q = scaledRound(Math.abs(x), 0);
  return x < 0 ? -q : q;
}
