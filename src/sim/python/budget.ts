/**
 * What the builtins charge to the step budget, and how large a value may grow. The budget counts
 * statements and loop steps; a single builtin can do a million statements' worth of work
 * (`sorted(range(10**7))`, `"x" * 10**9`), so builtins charge their work here, and the running
 * simulation turns it into steps. Values are capped well below V8's own limits (strings of 2**29
 * characters, arrays of 2**32 items, BigInts of 2**30 bits), which end the process, not the run.
 */
import type { Loc } from './ast';
import { SimError } from './errors';

/** What the running simulation provides: it counts the work and knows where the program is. */
export interface Meter {
  /** Adds `units` of builtin work (about one per item touched); throws at the budget. */
  charge(units: number): void;
  /** The statement or call being run. */
  here(): Loc;
}

/** Items (or characters, or 64-bit words of a big int) in any one value. */
export const MAX_VALUE_SIZE = 10_000_000;
/** Bits of an int: about 315,000 decimal digits (V8 multiplies two in tens of milliseconds). */
export const MAX_INT_BITS = 2 ** 20;

let meter: Meter | null = null;

/** Makes `m` the meter builtins charge to, for the length of one run (null after it). */
export function setMeter(m: Meter | null): void {
  meter = m;
}

/** Charges builtin work to the running simulation, if there is one. */
export function charge(units: number): void {
  if (meter !== null && units > 0) meter.charge(units);
}

/** The budget error for a value past the size limits, at the statement or call being run. */
export function tooLarge(what: string): SimError {
  const loc = meter?.here() ?? { line: 1, col: 0, endLine: 1, endCol: 0 };
  return new SimError(
    'budget',
    `stopped: the program built a value too large for the simulator (${what})`,
    loc,
  );
}

/** A located refusal ("not supported by the simulator: …") at the statement or call being run. */
export function unsupportedHere(construct: string): SimError {
  const loc = meter?.here() ?? { line: 1, col: 0, endLine: 1, endCol: 0 };
  return new SimError('unsupported', `not supported by the simulator: ${construct}`, loc);
}

/** Throws unless a string, list or other sequence of `n` items fits the simulator. */
export function checkSize(n: number, kind = 'items'): void {
  if (n > MAX_VALUE_SIZE) throw tooLarge(`more than ${MAX_VALUE_SIZE.toLocaleString('en-US')} ${kind}`);
}

/** Throws unless an int of `bits` bits fits the simulator. */
export function checkBits(bits: number): void {
  if (bits > MAX_INT_BITS) throw tooLarge(`an int of more than ${MAX_INT_BITS.toLocaleString('en-US')} bits`);
}

/** The number of bits in |n| (0 for 0), without converting a large n to a string. */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  // toString(16) is linear; fine for values already under the limit.
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}
