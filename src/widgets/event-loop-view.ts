/**
 * Pure helpers for the event-loop visualizer: what each row of a panel says, in which order the
 * rows go, how long lists are capped, and which key does what. Nothing here touches the DOM, so
 * all of it is unit-tested directly (tests/unit/widgets/event-loop-view.test.ts).
 */
import { format, formatTime } from '../sim/narrate';
import type { FutureInfo, JobInfo, TaskInfo, ThreadInfo, TimerInfo } from '../sim/trace';
import type { UiStrings } from './event-loop-strings';

/**
 * A program tokenized at build time, in a compact form for the island's props: each distinct
 * style once in `styles`, and each line as `[text, style index]` pairs.
 */
export interface CompactProgram {
  /** `[light colour, dark colour, flags]`; flags: 1 italic, 2 bold (Shiki's FontStyle bits). */
  styles: [string, string, number][];
  lines: [string, number][][];
}

/** The clock as the widget shows it: `t = 1.000 s`. */
export function clockText(time: number): string {
  return `t = ${formatTime(time)} s`;
}

/** A speed option's words: "1 step/s", "2 steps/s". */
export function speedLabel(n: number, ui: UiStrings): string {
  return format(n === 1 ? ui.perSecondOne : ui.perSecond, { n: String(n) });
}

/**
 * A mark for each task state, so states differ by shape as well as colour and weight: ▶ running,
 * ○ ready (scheduled), ‖ waiting, ✓ done, ✕ failed, ⊘ cancelled. Screen readers hear the state's
 * words instead (the mark is aria-hidden).
 */
export const STATE_MARK: Record<TaskInfo['state'], string> = {
  running: '▶',
  scheduled: '○',
  waiting: '‖',
  finished: '✓',
  failed: '✕',
  cancelled: '⊘',
};

/** What a task is doing, in a few words: "waiting on sleep(1)", "done, returned 42". */
export function taskStateText(task: TaskInfo, ui: UiStrings): string {
  switch (task.state) {
    case 'scheduled':
      return ui.taskScheduled;
    case 'running':
      return ui.taskRunning;
    case 'waiting':
      return task.waitingOn === null ? ui.taskYielded : format(ui.taskWaiting, { on: task.waitingOn });
    case 'finished':
      return format(ui.taskFinished, { value: task.value ?? 'None' });
    case 'failed':
      return format(ui.taskFailed, { value: task.value ?? '?' });
    case 'cancelled':
      return ui.taskCancelled;
  }
}

export function futureStateText(future: FutureInfo, ui: UiStrings, plain = false): string {
  switch (future.state) {
    case 'pending':
      return future.callbacks.length
        ? format(ui.futureCallbacks, { callbacks: future.callbacks.map((cb) => (plain ? learnerCallback(cb, ui) : cb)).join(', ') })
        : ui.futurePending;
    case 'finished':
      return format(ui.futureFinished, { value: future.value ?? 'None' });
    case 'failed':
      return format(ui.futureFailed, { value: future.value ?? '?' });
    case 'cancelled':
      return ui.futureCancelled;
  }
}

export function threadStateText(thread: ThreadInfo, ui: UiStrings): string {
  if (thread.job === null) return ui.threadIdle;
  const job = thread.jobLabel ?? `#${thread.job}`;
  if (thread.busyUntil === null) return format(ui.threadBusy, { job });
  return format(ui.threadBusyUntil, { job, until: thread.busyUntil.toFixed(3) });
}

/** Jobs submitted to a pool that no worker has taken yet, oldest first. */
export function queuedJobs(jobs: readonly JobInfo[]): JobInfo[] {
  return jobs.filter((j) => j.state === 'queued');
}

/**
 * The timer heap in deadline order, for reading; the state keeps it in heap (array) order, which
 * only promises that `timers[0]` is the earliest. Equal deadlines stay in array order: which of
 * them pops first is heapq's business (trace.ts), and the panel says the list is a heap.
 */
export function timersByDeadline(timers: readonly TimerInfo[]): TimerInfo[] {
  return timers.slice().sort((a, b) => a.when - b.when);
}

/** Tasks still in play (scheduled, running, waiting) first, then the finished ones, each in creation order. */
export function orderTasks(tasks: readonly TaskInfo[]): TaskInfo[] {
  const done = (t: TaskInfo): boolean => t.state === 'finished' || t.state === 'failed' || t.state === 'cancelled';
  return [...tasks.filter((t) => !done(t)), ...tasks.filter(done)];
}

/** The first `max` items, and how many were left out ("+N more"). */
export function capList<T>(items: readonly T[], max: number): { shown: readonly T[]; more: number } {
  if (items.length <= max) return { shown: items, more: 0 };
  return { shown: items.slice(0, max), more: items.length - max };
}

/** The last `max` items, and how many earlier ones were left out (for the output). */
export function capTail<T>(items: readonly T[], max: number): { shown: readonly T[]; earlier: number } {
  if (items.length <= max) return { shown: items, earlier: 0 };
  return { shown: items.slice(items.length - max), earlier: items.length - max };
}

/**
 * Whether two lists hold the very same items in the same order. The machine copies a state's
 * arrays on every step but keeps untouched items as the same objects (machine-replay.ts), so a
 * panel whose items are all the same need not render again.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type KeyAction = 'step' | 'back' | 'toggle' | 'reset' | 'end';

/** The slice of a KeyboardEvent that decides the shortcut. */
export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** What has focus: a control's own keys (a slider's arrows, a button's Space) are left to it. */
  target: 'button' | 'field' | 'other';
}

/** The shortcut a key press means inside the widget, or null to let the browser have it. */
export function keyAction(press: KeyPress): KeyAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.target === 'field') return null;
  switch (press.key) {
    case 'ArrowRight':
      return 'step';
    case 'ArrowLeft':
      return 'back';
    case ' ':
    case 'Spacebar':
      return press.target === 'button' ? null : 'toggle';
    case 'k':
    case 'K':
      return 'toggle';
    case 'Home':
      return 'reset';
    case 'End':
      return 'end';
    default:
      return null;
  }
}

/** CSS custom properties for one style of a `CompactProgram` (both themes' colours). */
export function tokenStyle(style: [string, string, number]): Record<string, string> {
  return { '--l': style[0], '--d': style[1] };
}

/** The class of a token: `i` for italic, `b` for bold, as Program.astro uses. */
export function tokenClass(flags: number): string | undefined {
  const cls = [flags & 1 ? 'i' : '', flags & 2 ? 'b' : ''].filter(Boolean).join(' ');
  return cls || undefined;
}

/**
 * A queue or timer row in the learner's terms, for "Your program": `Task-2.__wakeup(…)` is
 * "Task-2 resumes", `_set_result_unless_cancelled(sleep(1))` is "sleep(1) ends", a worker's
 * `_copy_future_state(…)` hand-over is "result of … arrives". Other labels are the program's own.
 */
export function learnerLabel(label: string, ui: UiStrings): string {
  const step = /^(Task-\d+|[\w.-]+)\.__step\(/.exec(label);
  if (step) return format(ui.labelStarts, { task: step[1] });
  const wake = /^(Task-\d+|[\w.-]+)\.__wakeup\(/.exec(label);
  if (wake) return format(ui.labelResumes, { task: wake[1] });
  const sleep = /^(?:futures\.)?_set_result_unless_cancelled\((.+)\)$/.exec(label);
  if (sleep) return format(ui.labelEnds, { what: sleep[1] });
  const copy = /^(?:futures\.)?_(?:copy_future_state|call_set_state|chain_future\.\w+)\((.+)\)$/.exec(label);
  if (copy) return format(ui.labelArrives, { what: copy[1] });
  return label;
}

/**
 * A callback a future will run, in the learner's terms, for "Your program": `Task-2.__wakeup` is
 * "Task-2 resumes", and `_run_until_complete_cb`, which `asyncio.run` adds to main's task, is
 * "the loop stops" (rulebook §6). Other callbacks keep their own names.
 */
export function learnerCallback(label: string, ui: UiStrings): string {
  const wake = /^(Task-\d+|[\w.-]+)\.__wakeup$/.exec(label);
  if (wake) return format(ui.labelResumes, { task: wake[1] });
  if (/^(?:base_events\.)?_run_until_complete_cb$/.test(label)) return ui.labelLoopStops;
  return learnerLabel(label, ui);
}
