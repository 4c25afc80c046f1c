/**
 * One run of one program: the interpreter's host, the virtual clock, the trace, stdout and the
 * step budget. Everything the runtime modules share lives here, so that two runs never share
 * state.
 */
import type { Loc } from '../python/ast';
import { SimError } from '../python/errors';
import type { Meter } from '../python/budget';
import type { Host } from '../python/host';
import type { Interpreter } from '../python/interpreter';
import type { PyAsyncGenerator } from '../python/genobject';
import type { PyModule } from '../python/objects';
import type { BaseEventLoop } from './base-events';
import type { Future } from './futures';
import type { TraceEvent } from '../trace';
import type { OutputLine } from '../types';
import { Clock, RACE_WINDOW } from './clock';
import { DEFAULT_PYTHON, type PythonVersion } from '../versions';

/** What takes trace events: an array, or anything else with `push`. */
export interface TraceSink {
  push(event: TraceEvent): unknown;
}

/** Where causality from a racing thread event has reached (see `Simulation.taint`). */
export interface Taint {
  race: number;
  /** How many scheduling hops from the racing event; prints within MAX_TAINT_HOPS race. */
  hops: number;
}
const MAX_TAINT_HOPS = 2;

/** Output lines beyond this are dropped, with a note. */
const DEFAULT_OUTPUT_LIMIT = 200_000;
/** Statements cost 1/STATEMENTS_PER_STEP of a loop step each. */
const STATEMENTS_PER_STEP = 16;
/** Builtin work (python/budget.ts: about one unit per item touched) per loop step. */
const UNITS_PER_STEP = 16;
/** What making a handle, future or task costs: two loop steps. */
const OBJECT_UNITS = 2 * UNITS_PER_STEP;
/**
 * Handles the loop may run without waiting before their CPU time shows on the clock. Statements
 * take no virtual time, which keeps every lesson's timestamps exact; but a loop that
 * never waits (`while True: await asyncio.sleep(0)` beside a timer) would then never reach the
 * timer, where CPython reaches it when its busy handles have taken that long.
 */
export const FREE_BUSY_HANDLES = 1_000;
/**
 * What one handle of a busy loop costs CPython, measured: the spinner above runs about 45,000
 * rounds a second under CPython 3.11 on the course's build machines (one handle each round).
 */
export const HANDLE_CPU_TIME = 2e-5;

export interface ThreadContext {
  name: string;
  /** The thread's own clock while it runs a job; null for the main (loop) thread. */
  localNow: number | null;
}

export class Simulation implements Host, Meter {
  readonly clock = new Clock();
  /** Where trace events go: an array the result returns, a caller's stream, or nowhere. */
  readonly trace: TraceSink | null;
  readonly lines: OutputLine[] = [];
  stdout = '';
  stderr = '';
  interp!: Interpreter;
  /** events._get_running_loop() */
  runningLoop: unknown = null;
  modules = new Map<string, PyModule>();
  thread: ThreadContext = { name: 'MainThread', localNow: null };
  /**
   * The race a running handle descends from, if any. Handles scheduled while it is set inherit
   * it one hop further, so the lines a racing thread completion leads to form a race group.
   */
  taint: Taint | null = null;
  private nextRace = 1;
  private ids = 1;
  private steps = 0;
  /** Handles run since the loop last waited in select (see FREE_BUSY_HANDLES). */
  private busyHandles = 0;
  private statements = 0;
  private units = 0;
  /** The statement being run, or the call in it that the interpreter entered last. */
  at: Loc | null = null;
  private outputChars = 0;
  private lastTraceTime = 0;
  private partial: { line: OutputLine; time: number } | null = null;

  constructor(
    readonly filename: string,
    readonly stepBudget: number,
    readonly cpuCount: number,
    trace: TraceSink | boolean,
    private readonly outputLimit = DEFAULT_OUTPUT_LIMIT,
    /** Whose asyncio rules apply (src/sim/versions.ts). */
    readonly python: PythonVersion = DEFAULT_PYTHON,
  ) {
    this.trace = trace === true ? [] : trace || null;
  }

  /** Each handle, future, task and thread job: charged, so a million `create_task`s stop at the budget. */
  newId(): number {
    this.charge(OBJECT_UNITS);
    return this.ids++;
  }

  private taskNumbers = 0;
  private poolNumbers = 0;

  /** tasks._task_name_counter: Task-1, Task-2, … across every loop of the run. */
  nextTaskNumber(): number {
    return ++this.taskNumbers;
  }

  /** ThreadPoolExecutor._counter */
  nextPoolNumber(): number {
    return this.poolNumbers++;
  }

  importModule(name: string): PyModule | null {
    return this.modules.get(name) ?? null;
  }

  /** The program's text, for the source line a warning shows (set by run.ts). */
  source = '';
  /**
   * Futures (and tasks) that failed and were never asked for their exception: `__log_traceback`
   * is set. When one is freed its finaliser logs it (runtime/finalise.ts).
   */
  readonly unretrieved = new Set<Future>();
  /**
   * Those of them a KeyboardInterrupt or SystemExit ended: the exception's traceback holds them
   * until the process is done with it (runtime/README.md §21).
   */
  readonly heldByTraceback = new Set<Future>();

  /**
   * warnings.warn as Python's default filters show a warning attributed to `__main__`: once, on
   * stderr, as `FILE:LINE: Category: message` and the line itself (Lib/warnings.py
   * formatwarning), at the statement or call being run.
   */
  warnAtMain(category: string, message: string): void {
    const line = this.at?.line ?? 1;
    const text = this.source.split('\n')[line - 1]?.trim() ?? '';
    this.stderr += `${this.filename}:${line}: ${category}: ${message}\n${text ? `  ${text}\n` : ''}`;
  }

  /** Virtual time as the running thread sees it. */
  get now(): number {
    return this.thread.localNow ?? this.clock.now;
  }

  // ---------------------------------------------------------------- trace

  emit(ev: TraceEvent, time = this.clock.now): void {
    if (!this.trace) return;
    if (time > this.lastTraceTime) {
      this.lastTraceTime = time;
      this.trace.push({ type: 'clock', time });
    }
    this.trace.push(ev);
  }

  // ---------------------------------------------------------------- budget

  tick(loc: Loc): void {
    this.at = loc;
    if (++this.statements >= STATEMENTS_PER_STEP) {
      this.statements = 0;
      this.step();
    }
  }

  /** Counts one loop step (a handle run); stops a runaway program at the budget. */
  step(): void {
    if (++this.steps > this.stepBudget) {
      // Once past the budget, the very next statement stops the run again, not the 16th: any
      // path that outlives one stop cannot carry the program much further.
      this.statements = STATEMENTS_PER_STEP;
      throw new SimError(
        'budget',
        `stopped after ${this.stepBudget.toLocaleString('en-US')} steps: the program may never finish (an infinite loop?)`,
        this.here(),
      );
    }
  }

  /** Charges builtin work: `sum(range(10**12))` stops at the budget like the loop it replaces. */
  charge(units: number): void {
    this.units += units;
    if (this.units < UNITS_PER_STEP) return;
    const steps = Math.floor(this.units / UNITS_PER_STEP);
    this.units -= steps * UNITS_PER_STEP;
    this.steps += steps - 1;
    this.step();
  }

  /** The loop is about to wait in select: a busy stretch ends. */
  loopWaits(): void {
    this.busyHandles = 0;
  }

  /**
   * The loop ran `handles` handles without waiting: the virtual time they took, which is nothing
   * until the stretch passes FREE_BUSY_HANDLES, then HANDLE_CPU_TIME each.
   */
  busyTime(handles: number): number {
    const before = this.busyHandles;
    this.busyHandles += handles;
    const charged = this.busyHandles - Math.max(before, FREE_BUSY_HANDLES);
    return charged > 0 ? charged * HANDLE_CPU_TIME : 0;
  }

  here(): Loc {
    if (this.at) return this.at;
    const line = this.interp?.lastLine || 1;
    return { line, col: 0, endLine: line, endCol: 0 };
  }

  // ---------------------------------------------------------------- races

  newRace(): number {
    return this.nextRace++;
  }

  private lastArrival: { time: number; thread: string; handle: { taint: Taint | null } } | null = null;

  /**
   * A worker thread handed the loop a callback (call_soon_threadsafe). When two threads do so
   * within RACE_WINDOW of each other, the OS decides which lands first (src/sim/runtime/README.md
   * §11): both callbacks, and what they lead to, join one race.
   */
  noteThreadsafe(handle: { taint: Taint | null }): void {
    const thread = this.thread.name;
    if (this.thread.localNow === null && thread === 'MainThread') return;
    const time = this.clock.now;
    const last = this.lastArrival;
    if (last && last.thread !== thread && time - last.time <= RACE_WINDOW) {
      const race = last.handle.taint?.race ?? this.newRace();
      last.handle.taint = { race, hops: 0 };
      handle.taint = { race, hops: 0 };
    }
    this.lastArrival = { time, thread, handle };
  }

  /** The taint a handle created now carries. */
  inheritTaint(): Taint | null {
    const t = this.taint;
    if (!t || t.hops >= MAX_TAINT_HOPS) return null;
    return { race: t.race, hops: t.hops + 1 };
  }

  // ---------------------------------------------------------------- stdout

  /** sys.get_asyncgen_hooks().firstiter: the running loop's hook, if a loop runs (python/host.ts). */
  asyncgenFirstIter(agen: PyAsyncGenerator): ((agen: PyAsyncGenerator) => void) | null {
    const loop = this.runningLoop as BaseEventLoop | null;
    if (loop === null) return null;
    loop.asyncgenFirstIter(agen);
    return (a) => loop.asyncgenFinalizer(a);
  }

  /** A warning CPython writes to stderr while the program goes on (python/host.ts). */
  warn(text: string): void {
    this.stderr += text;
  }

  write(text: string): void {
    const local = this.thread.localNow;
    if (local !== null && local > this.clock.now) {
      // A worker thread printing later than the loop's clock: the line appears then.
      const thread = this.thread.name;
      this.clock.at(local, () => this.writeNow(text, thread, local));
      return;
    }
    this.writeNow(text, this.thread.name, this.now);
  }

  private writeNow(text: string, thread: string, time: number): void {
    if (this.outputChars + text.length > this.outputLimit) {
      // Keep what fits, so the learner sees where it got to, then stop the run the way the step
      // budget does: stdout never carries words of the simulator's own.
      this.writeLines(text.slice(0, Math.max(0, this.outputLimit - this.outputChars)), thread, time);
      this.outputChars = this.outputLimit;
      throw new SimError(
        'budget',
        `stopped: the program printed more than ${this.outputLimit.toLocaleString('en-US')} characters, the most the simulator keeps`,
        this.at ?? { line: 1, col: 0, endLine: 1, endCol: 0 },
      );
    }
    this.writeLines(text, thread, time);
  }

  private writeLines(text: string, thread: string, time: number): void {
    this.outputChars += text.length;
    this.stdout += text;
    const race = this.taint ? this.taint.race : null;
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      if (last && parts[i] === '') break;
      if (!this.partial) {
        this.partial = { line: { text: '', time, thread, race }, time };
      }
      this.partial.line.text += parts[i];
      if (!last) this.finishLine();
    }
  }

  private finishLine(): void {
    const p = this.partial;
    if (!p) return;
    this.partial = null;
    this.lines.push(p.line);
    this.emit(
      { type: 'print', text: p.line.text, thread: p.line.thread, time: p.line.time, line: this.interp?.lastLine ?? null },
      p.time,
    );
  }

  /** Ends the run's output: a last line without a newline still counts as a line. */
  finishOutput(): void {
    this.finishLine();
    markThreadRaces(this.lines, () => this.newRace());
  }
}

/**
 * Adjacent lines printed by different threads within RACE_WINDOW of each other may come out in
 * either order (src/sim/runtime/README.md §14), so they join one race group.
 */
function markThreadRaces(lines: OutputLine[], newRace: () => number): void {
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.thread === b.thread || Math.abs(a.time - b.time) > RACE_WINDOW) continue;
    // A loop-thread line printed later than a worker's line came after a wake-up the worker
    // caused (its result, its call_soon_threadsafe): that order is certain.
    if (b.thread === 'MainThread' && b.time > a.time) continue;
    const id = a.race ?? b.race ?? newRace();
    a.race = id;
    // Merge b's whole group into a's so that a run stays one group.
    const old = b.race;
    for (let j = i; j < lines.length && (lines[j] === b || (old !== null && lines[j].race === old)); j++) lines[j].race = id;
  }
}
