/**
 * The `datetime` module's date, datetime and timedelta (Lib/datetime.py), naive and in local
 * time, which the simulated machine keeps at UTC, and `time.ctime`. `now()` and `today()` read
 * the simulator's virtual wall clock (the one time.time() reads, src/sim/runtime/time-module.ts),
 * so they move with asyncio.sleep; CPython reads the real clock, so a run that prints them adds
 * a note that the output varies (varying.ts).
 */
import { since } from '../python/dialect';
import type { BinOperator } from '../python/ast';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, pyErr } from '../python/exceptions';
import type { Host } from '../python/host';
import { type Kwargs, NativeObject, type Method, PyBuiltin, PyModule, PyTuple, type PyValue } from '../python/objects';
import { typeName } from '../python/ops';
import { PyType, objectType } from '../python/pytype';
import { strftime } from '../runtime/time-module';
import { bindArgs } from './args';
import { noteVarying } from './varying';

export const DATETIME_NAMES: ReadonlySet<string> = new Set([
  'date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC',
]);

const US = 1_000_000n;
const DAY_US = 86_400n * US;
const pad = (n: number | bigint, w = 2) => String(n).padStart(w, '0');
const floorDiv = (a: bigint, b: bigint) => (a % b !== 0n && a < 0n !== b < 0n ? a / b - 1n : a / b);
const mod = (a: bigint, b: bigint) => a - floorDiv(a, b) * b;

function int(v: PyValue | undefined, fallback: bigint, name: string): bigint {
  if (v === undefined) return fallback;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer${name ? '' : ''}`);
}

// ---------------------------------------------------------------- timedelta

export class PyTimedelta extends NativeObject {
  constructor(readonly us: bigint) {
    super();
    if (floorDiv(us, DAY_US) > 999_999_999n || floorDiv(us, DAY_US) < -999_999_999n) {
      throw pyErr(OverflowError, `days=${floorDiv(us, DAY_US)}; must have magnitude <= 999999999`);
    }
  }
  get typeName(): string {
    return 'timedelta';
  }
  get pyType(): PyType {
    return timedeltaType;
  }
  get days(): bigint {
    return floorDiv(this.us, DAY_US);
  }
  get seconds(): bigint {
    return mod(this.us, DAY_US) / US;
  }
  get micro(): bigint {
    return mod(this.us, US);
  }
  repr(): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.micro) parts.push(`microseconds=${this.micro}`);
    return `datetime.timedelta(${parts.length ? parts.join(', ') : '0'})`;
  }
  /** timedelta.__str__: [D day[s], ]H:MM:SS[.ffffff] */
  pyStr(): string {
    const s = Number(this.seconds);
    let t = `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
    if (this.micro) t += `.${pad(this.micro, 6)}`;
    if (this.days) t = `${this.days} day${this.days === 1n || this.days === -1n ? '' : 's'}, ${t}`;
    return t;
  }
  pyOrder(b: PyValue): number | undefined {
    if (!(b instanceof PyTimedelta)) return undefined;
    return this.us < b.us ? -1 : this.us > b.us ? 1 : 0;
  }
  pyLen(): number {
    // Truthiness: timedelta(0) is false. (len() itself is not defined on timedelta in CPython.)
    return this.us === 0n ? 0 : 1;
  }
  pyBinop(op: BinOperator, b: PyValue): PyValue | undefined {
    if (b instanceof PyTimedelta) {
      if (op === '+') return new PyTimedelta(this.us + b.us);
      if (op === '-') return new PyTimedelta(this.us - b.us);
      if (op === '/') {
        if (b.us === 0n) throw pyErr(ZeroDivisionError, 'division by zero');
        return Number(this.us) / Number(b.us);
      }
      if (op === '//') {
        if (b.us === 0n) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
        return floorDiv(this.us, b.us);
      }
      return undefined;
    }
    if (op === '*' && (typeof b === 'bigint' || typeof b === 'boolean')) return new PyTimedelta(this.us * BigInt(b));
    if (op === '*' && typeof b === 'number') return new PyTimedelta(BigInt(roundHalfEven(Number(this.us) * b)));
    if (op === '/' && (typeof b === 'bigint' || typeof b === 'number')) {
      if (Number(b) === 0) throw pyErr(ZeroDivisionError, 'division by zero');
      return new PyTimedelta(BigInt(roundHalfEven(Number(this.us) / Number(b))));
    }
    if (op === '+' && b instanceof PyDateTime) return new PyDateTime(b.us + this.us, b.types);
    if (op === '+' && b instanceof PyDate) return new PyDate(b.us + floorDiv(this.us, DAY_US) * DAY_US, b.types);
    return undefined;
  }
  protected get methods(): Record<string, Method<never>> {
    return { total_seconds: ((self: PyTimedelta) => Number(self.us) / 1e6) as Method<never> };
  }
  protected property(name: string): PyValue | undefined {
    if (name === 'days') return this.days;
    if (name === 'seconds') return this.seconds;
    if (name === 'microseconds') return this.micro;
    return undefined;
  }
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const timedeltaType: PyType = new PyType(
  'timedelta',
  [objectType],
  (args, kw) => {
    const names = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];
    const factors = [86_400e6, 1e6, 1, 1e3, 60e6, 3600e6, 604_800e6];
    const b = bindArgs({ name: 'timedelta', params: names, required: 0 }, args, kw);
    let exact = 0n;
    let approx = 0;
    names.forEach((n, i) => {
      const v = b.get(n);
      if (v === undefined) return;
      if (typeof v === 'bigint' || typeof v === 'boolean') exact += BigInt(v) * BigInt(factors[i]);
      else if (typeof v === 'number') approx += v * factors[i];
      else throw pyErr(TypeError, `unsupported type for timedelta ${n} component: ${typeName(v)}`);
    });
    return new PyTimedelta(exact + BigInt(roundHalfEven(approx)));
  },
  'datetime',
);

// ---------------------------------------------------------------- date and datetime

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function checkDate(y: bigint, m: bigint, d: bigint): void {
  // 3.14's _datetimemodule.c says what it got (and for a day, which month and year).
  const now = since('3.14');
  if (y < 1n || y > 9999n) throw pyErr(ValueError, now ? `year must be in 1..9999, not ${y}` : `year ${y} is out of range`);
  if (m < 1n || m > 12n) throw pyErr(ValueError, now ? `month must be in 1..12, not ${m}` : 'month must be in 1..12');
  const dim = DAYS_IN_MONTH[Number(m) - 1] + (m === 2n && isLeap(Number(y)) ? 1 : 0);
  if (d < 1n || d > BigInt(dim)) {
    throw pyErr(ValueError, now ? `day ${d} must be in range 1..${dim} for month ${m} in year ${y}` : 'day is out of range for month');
  }
}

/** Microseconds since 1970-01-01 00:00 for a date and time of day, by the proleptic calendar. */
function toUs(y: bigint, m: bigint, d: bigint, h = 0n, mi = 0n, s = 0n, us = 0n): bigint {
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  return (BigInt(date.getTime()) / 1000n) * 1000n * 1000n + ((h * 60n + mi) * 60n + s) * US + us;
}

function fields(us: bigint): { y: number; m: number; d: number; h: number; mi: number; s: number; us: number; wd: number; yd: number } {
  const ms = Number(floorDiv(us, 1000n));
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  // setUTCFullYear, not Date.UTC, which reads years below 100 as 19xx.
  const jan1 = new Date(0);
  jan1.setUTCFullYear(y, 0, 1);
  return {
    y,
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    h: date.getUTCHours(),
    mi: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
    us: Number(mod(us, US)),
    wd: (date.getUTCDay() + 6) % 7,
    yd: Math.floor((ms - jan1.getTime()) / 86_400_000) + 1,
  };
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** time.ctime / datetime.ctime: 'Mon Jan  5 09:00:00 2026'. */
function ctime(us: bigint): string {
  const f = fields(us);
  return `${WEEKDAYS[f.wd]} ${MONTHS[f.m - 1]} ${String(f.d).padStart(2, ' ')} ${pad(f.h)}:${pad(f.mi)}:${pad(f.s)} ${f.y}`;
}

function formatTime(us: bigint, fmt: string): string {
  const f = fields(us);
  // %f and %j are datetime's own; the rest are time.strftime's.
  const own = fmt.replace(/%([fj%])/g, (m, c: string) => (c === 'f' ? pad(f.us, 6) : c === 'j' ? pad(f.yd, 3) : '%%'));
  return strftime(own, Number(floorDiv(us, US)));
}

/** This run's datetime and date classes: their class methods read this run's clock. */
interface RunTypes {
  datetime: PyType;
  date: PyType;
}

export class PyDateTime extends NativeObject {
  constructor(
    readonly us: bigint,
    readonly types: RunTypes,
  ) {
    super();
  }
  get typeName(): string {
    return 'datetime';
  }
  get pyType(): PyType {
    return this.types.datetime;
  }
  isoformat(sep = 'T'): string {
    const f = fields(this.us);
    const t = `${pad(f.y, 4)}-${pad(f.m)}-${pad(f.d)}${sep}${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}`;
    return f.us ? `${t}.${pad(f.us, 6)}` : t;
  }
  repr(): string {
    const f = fields(this.us);
    const parts = [f.y, f.m, f.d, f.h, f.mi];
    if (f.s || f.us) parts.push(f.s);
    if (f.us) parts.push(f.us);
    return `datetime.datetime(${parts.join(', ')})`;
  }
  pyStr(): string {
    return this.isoformat(' ');
  }
  pyOrder(b: PyValue): number | undefined {
    if (!(b instanceof PyDateTime)) return undefined;
    return this.us < b.us ? -1 : this.us > b.us ? 1 : 0;
  }
  pyBinop(op: BinOperator, b: PyValue): PyValue | undefined {
    if (op === '-' && b instanceof PyDateTime) return new PyTimedelta(this.us - b.us);
    if (op === '-' && b instanceof PyTimedelta) return new PyDateTime(this.us - b.us, this.types);
    if (op === '+' && b instanceof PyTimedelta) return new PyDateTime(this.us + b.us, this.types);
    return undefined;
  }
  protected get methods(): Record<string, Method<never>> {
    return DATETIME_METHODS as Record<string, Method<never>>;
  }
  protected property(name: string): PyValue | undefined {
    const f = fields(this.us);
    const map: Record<string, number> = { year: f.y, month: f.m, day: f.d, hour: f.h, minute: f.mi, second: f.s, microsecond: f.us };
    return Object.hasOwn(map, name) ? BigInt(map[name]) : undefined;
  }
}

const DATETIME_METHODS: Record<string, Method<PyDateTime>> = {
  isoformat: (dt, a, kw) => {
    const sep = bindArgs({ name: 'isoformat', params: ['sep'], required: 0 }, a, kw).get('sep') ?? 'T';
    return dt.isoformat(String(sep));
  },
  strftime: (dt, a) => {
    if (typeof a[0] !== 'string') throw pyErr(TypeError, `strftime() argument 1 must be str, not ${typeName(a[0] ?? null)}`);
    return formatTime(dt.us, a[0]);
  },
  timestamp: (dt) => Number(dt.us) / 1e6,
  ctime: (dt) => ctime(dt.us),
  weekday: (dt) => BigInt(fields(dt.us).wd),
  isoweekday: (dt) => BigInt(fields(dt.us).wd + 1),
  date: (dt) => new PyDate(floorDiv(dt.us, DAY_US) * DAY_US, dt.types),
  timetuple: (dt) => {
    const f = fields(dt.us);
    return new PyTuple([f.y, f.m, f.d, f.h, f.mi, f.s, f.wd, f.yd, -1].map(BigInt));
  },
};

export class PyDate extends NativeObject {
  constructor(
    readonly us: bigint,
    readonly types: RunTypes,
  ) {
    super();
  }
  get typeName(): string {
    return 'date';
  }
  get pyType(): PyType {
    return this.types.date;
  }
  isoformat(): string {
    const f = fields(this.us);
    return `${pad(f.y, 4)}-${pad(f.m)}-${pad(f.d)}`;
  }
  repr(): string {
    const f = fields(this.us);
    return `datetime.date(${f.y}, ${f.m}, ${f.d})`;
  }
  pyStr(): string {
    return this.isoformat();
  }
  pyOrder(b: PyValue): number | undefined {
    if (!(b instanceof PyDate)) return undefined;
    return this.us < b.us ? -1 : this.us > b.us ? 1 : 0;
  }
  pyBinop(op: BinOperator, b: PyValue): PyValue | undefined {
    if (op === '-' && b instanceof PyDate) return new PyTimedelta(this.us - b.us);
    if ((op === '+' || op === '-') && b instanceof PyTimedelta) {
      const days = floorDiv(b.us, DAY_US) * DAY_US;
      return new PyDate(op === '+' ? this.us + days : this.us - days, this.types);
    }
    return undefined;
  }
  protected get methods(): Record<string, Method<never>> {
    return {
      isoformat: ((d: PyDate) => d.isoformat()) as Method<never>,
      strftime: ((d: PyDate, a: PyValue[]) => formatTime(d.us, String(a[0] ?? ''))) as Method<never>,
      weekday: ((d: PyDate) => BigInt(fields(d.us).wd)) as Method<never>,
      isoweekday: ((d: PyDate) => BigInt(fields(d.us).wd + 1)) as Method<never>,
      ctime: ((d: PyDate) => ctime(d.us)) as Method<never>,
    };
  }
  protected property(name: string): PyValue | undefined {
    const f = fields(this.us);
    const map: Record<string, number> = { year: f.y, month: f.m, day: f.d };
    return Object.hasOwn(map, name) ? BigInt(map[name]) : undefined;
  }
}

/** A type with class methods (datetime.now, date.today) besides its constructor. */
class ClassWithMethods extends PyType {
  readonly classMethods = new Map<string, PyValue>();
  getAttr(name: string): PyValue | undefined {
    return this.classMethods.get(name) ?? super.getAttr(name);
  }
}

function newDatetime(types: RunTypes, args: PyValue[], kw: Kwargs | null): PyDateTime {
  const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'];
  const b = bindArgs({ name: 'datetime', params: names, required: 3 }, args, kw);
  const [y, m, d, h, mi, s, us] = names.map((n) => int(b.get(n), 0n, n));
  checkDate(y, m, d);
  const got = (v: bigint) => (since('3.14') ? `, not ${v}` : '');
  if (h < 0n || h > 23n) throw pyErr(ValueError, `hour must be in 0..23${got(h)}`);
  if (mi < 0n || mi > 59n) throw pyErr(ValueError, `minute must be in 0..59${got(mi)}`);
  if (s < 0n || s > 59n) throw pyErr(ValueError, `second must be in 0..59${got(s)}`);
  if (us < 0n || us > 999_999n) throw pyErr(ValueError, `microsecond must be in 0..999999${got(us)}`);
  return new PyDateTime(toUs(y, m, d, h, mi, s, us), types);
}

function newDate(types: RunTypes, args: PyValue[], kw: Kwargs | null): PyDate {
  const b = bindArgs({ name: 'date', params: ['year', 'month', 'day'], required: 3 }, args, kw);
  const [y, m, d] = ['year', 'month', 'day'].map((n) => int(b.get(n), 0n, n));
  checkDate(y, m, d);
  return new PyDate(toUs(y, m, d), types);
}

/** Wall-clock microseconds, rounded half to even as datetime.fromtimestamp rounds. */
function wallUs(seconds: number): bigint {
  return BigInt(roundHalfEven(seconds * 1e6));
}

export function makeDatetimeModule(host: Host, wallClock: () => number): PyModule {
  const readClock = (what: string): number => {
    noteVarying(
      host,
      'clock',
      host.at,
      `${what} reads the wall clock: CPython prints the real date and time, the simulator its own clock, which starts at 2026-01-05 09:00:00`,
    );
    return wallClock();
  };
  const noArgs = (name: string, f: () => PyValue) =>
    new PyBuiltin(name, (a, kw: Kwargs | null) => {
      if (a.length || (kw && kw.size)) throw pyErr(TypeError, `${name}() takes no arguments (${a.length} given)`);
      return f();
    });
  const datetimeClass = new ClassWithMethods('datetime', [objectType], (a, kw) => newDatetime(types, a, kw), 'datetime');
  const dateClass = new ClassWithMethods('date', [objectType], (a, kw) => newDate(types, a, kw), 'datetime');
  const types: RunTypes = { datetime: datetimeClass, date: dateClass };
  datetimeClass.classMethods.set('now', noArgs('now', () => new PyDateTime(wallUs(readClock('datetime.datetime.now()')), types)));
  datetimeClass.classMethods.set('today', noArgs('today', () => new PyDateTime(wallUs(readClock('datetime.datetime.today()')), types)));
  datetimeClass.classMethods.set(
    'fromtimestamp',
    new PyBuiltin('fromtimestamp', (a) => {
      const t = a[0] ?? null;
      if (typeof t !== 'number' && typeof t !== 'bigint' && typeof t !== 'boolean') {
        throw pyErr(TypeError, `'${typeName(t)}' object cannot be interpreted as an integer`);
      }
      return new PyDateTime(wallUs(Number(t)), types);
    }),
  );
  dateClass.classMethods.set('today', noArgs('today', () => new PyDate(floorDiv(wallUs(readClock('datetime.date.today()')), DAY_US) * DAY_US, types)));
  const attrs = new Map<string, PyValue>([
    ['datetime', datetimeClass],
    ['date', dateClass],
    ['timedelta', timedeltaType],
    ['MINYEAR', 1n],
    ['MAXYEAR', 9999n],
  ]);
  return new DatetimeModule('datetime', attrs);
}

/** time.ctime([secs]) on the virtual wall clock. */
export function makeCtime(host: Host, wallClock: () => number): PyBuiltin {
  return new PyBuiltin('ctime', (a) => {
    const secs = a[0] ?? null;
    if (secs === null) {
      noteVarying(host, 'clock', host.at, 'time.ctime() reads the wall clock: CPython prints the real date and time, the simulator its own clock, which starts at 2026-01-05 09:00:00');
      return ctime(wallUs(Math.floor(wallClock())));
    }
    if (typeof secs !== 'number' && typeof secs !== 'bigint' && typeof secs !== 'boolean') {
      throw pyErr(TypeError, `'${typeName(secs)}' object cannot be interpreted as an integer`);
    }
    return ctime(BigInt(Math.floor(Number(secs))) * US);
  });
}

class DatetimeModule extends PyModule {
  unsupportedAttr(name: string): string | null {
    return DATETIME_NAMES.has(name) ? `datetime.${name}` : null;
  }
}
