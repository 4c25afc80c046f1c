/**
 * The `time` module on the virtual clock. `time.sleep` blocks the thread that calls it: in a
 * worker it moves that thread's own clock; in the loop's thread it freezes the loop while other
 * threads keep working (src/sim/runtime/README.md §4, e21).
 */
import { atLeast } from '../versions';
import { OverflowError, TypeError, ValueError, pyErr } from '../python/exceptions';
import { PyBuiltin, type PyValue } from '../python/objects';
import { typeName } from '../python/ops';
import type { Simulation } from './simulation';

/** The virtual wall clock starts at 2026-01-05 09:00:00 (local time = UTC here). */
export const WALL_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0) / 1000;

function seconds(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** time.strftime for the common directives, in the C locale. */
export function strftime(fmt: string, t: number): string {
  const d = new Date(Math.floor(t) * 1000);
  return fmt.replace(/%([a-zA-Z%])/g, (m, c: string) => {
    switch (c) {
      case 'H':
        return pad(d.getUTCHours());
      case 'M':
        return pad(d.getUTCMinutes());
      case 'S':
        return pad(d.getUTCSeconds());
      case 'X':
      case 'T':
        return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      case 'Y':
        return String(d.getUTCFullYear());
      case 'y':
        return pad(d.getUTCFullYear() % 100);
      case 'm':
        return pad(d.getUTCMonth() + 1);
      case 'd':
        return pad(d.getUTCDate());
      case 'x':
        return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear() % 100)}`;
      case 'A':
        return DAYS[d.getUTCDay()];
      case 'a':
        return DAYS[d.getUTCDay()].slice(0, 3);
      case 'B':
        return MONTHS[d.getUTCMonth()];
      case 'b':
        return MONTHS[d.getUTCMonth()].slice(0, 3);
      case 'p':
        return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'I':
        return pad(d.getUTCHours() % 12 || 12);
      case '%':
        return '%';
      default:
        return m;
    }
  });
}

export function makeTimeModule(sim: Simulation): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  const fn = (name: string, f: (a: PyValue[]) => PyValue) => m.set(name, new PyBuiltin(name, (a) => f(a)));
  fn('sleep', (a) => {
    const d = seconds(a[0] ?? null);
    if (Number.isNaN(d)) throw pyErr(ValueError, 'Invalid value NaN (not a number)');
    if (d < 0) throw pyErr(ValueError, 'sleep length must be non-negative');
    // CPython converts to nanoseconds in a 64-bit int (_PyTime_t); past that it refuses, and the
    // virtual clock never reaches values where adding a timer's delay is lost to rounding.
    if (d * 1e9 >= 2 ** 63)
      throw pyErr(
        OverflowError,
        typeof a[0] === 'bigint'
          ? // 3.13 made the type public C API as PyTime_t (gh-110850), and the message says so.
            `timestamp too large to convert to C ${atLeast(sim.python, '3.13') ? 'PyTime_t' : '_PyTime_t'}`
          : 'timestamp out of range for platform time_t',
      );
    sleepThread(sim, d);
    return null;
  });
  fn('time', () => WALL_EPOCH + sim.now);
  fn('monotonic', () => sim.now);
  fn('perf_counter', () => sim.now);
  fn('time_ns', () => BigInt(Math.round((WALL_EPOCH + sim.now) * 1e9)));
  fn('monotonic_ns', () => BigInt(Math.round(sim.now * 1e9)));
  fn('perf_counter_ns', () => BigInt(Math.round(sim.now * 1e9)));
  fn('strftime', (a) => strftime(String(a[0] ?? ''), WALL_EPOCH + sim.now));
  return m;
}

/** time.sleep(d) on whichever thread is running. */
export function sleepThread(sim: Simulation, d: number): void {
  if (sim.thread.localNow !== null) {
    sim.thread.localNow += d;
    return;
  }
  const target = sim.clock.now + d;
  sim.emit({ type: 'line', line: sim.interp.lastLine, thread: sim.thread.name });
  sim.clock.runUntil(target);
  sim.clock.now = Math.max(sim.clock.now, target);
}
