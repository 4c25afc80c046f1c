/**
 * The "Your program" narration: one sentence per step of machine-levels.ts's program stops, in
 * the learner's terms. A timer is the sleep it ends ("sleep(1) ends at t = 1.0 s"), a handle is
 * the task it resumes ("Task-2 resumes at line 7"), and asyncio.run's shutdown is one sentence
 * that says what runners.py does after main returns. The same message tables as narrate.ts.
 */
import type { StopList } from './machine-levels';
import { en, format, messageFor, type Message, type Messages } from './narrate';
import { findTask, type LoopState, type TraceEvent, type TraceIndex } from './trace';

/** A time on the virtual clock as a learner reads it: "1.0", "0.25", "2.0". */
export function shortTime(t: number): string {
  const s = String(Number(t.toFixed(3)));
  return s.includes('.') ? s : `${s}.0`;
}

/** `_set_result_unless_cancelled(sleep(1))` is what `sleep(1)` does when its time is up. */
const SLEEP_TIMER = /^(?:futures\.)?_set_result_unless_cancelled\((.+)\)$/;

function asCall(coro: string): string {
  return coro.endsWith(')') ? coro : `${coro}()`;
}

function named(s: LoopState, id: number): { task: string; coro: string } {
  const t = findTask(s, id);
  return { task: t?.name ?? `Task #${id}`, coro: t ? asCall(t.coro) : '?' };
}

/** Whether task `task` ran before event `i` (then a run is a resumption, not the start). */
function ranBefore(events: readonly TraceEvent[], i: number, task: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const ev = events[k];
    if (ev.type === 'task.run' && ev.task === task) return true;
    if (ev.type === 'task.new' && ev.task === task) return false;
  }
  return false;
}

function shutdownMessage(events: readonly TraceEvent[], range: [number, number], before: LoopState): Message {
  const main = before.tasks[0];
  const coro = main ? asCall(main.coro) : 'main()';
  const cancelled: string[] = [];
  for (let k = range[0]; k <= range[1]; k++) {
    const ev = events[k];
    if (ev.type === 'task.done' && ev.state === 'cancelled') {
      cancelled.push(before.tasks.find((t) => t.id === ev.task)?.name ?? `#${ev.task}`);
    }
  }
  if (cancelled.length) return { id: 'program.shutdown.cancels', params: { coro, tasks: cancelled.join(', ') } };
  return { id: 'program.shutdown', params: { coro } };
}

/** What the program did at event `i`, given the states before and after it. */
export function programMessageFor(
  events: readonly TraceEvent[],
  i: number,
  before: LoopState,
  after: LoopState,
  shutdown: [number, number] | null,
): Message {
  const ev = events[i];
  if (shutdown && i === shutdown[0]) return shutdownMessage(events, shutdown, before);
  switch (ev.type) {
    case 'task.new':
      return { id: 'program.task.new', params: { task: ev.name, coro: asCall(ev.coro) } };
    case 'task.run': {
      const { task, coro } = named(after, ev.task);
      if (!ranBefore(events, i, ev.task)) {
        return ev.line === null
          ? { id: 'program.task.resume.noline', params: { task } }
          : { id: 'program.task.start', params: { task, coro, line: String(ev.line) } };
      }
      if (ev.line === null) return { id: 'program.task.resume.noline', params: { task } };
      return { id: 'program.task.resume', params: { task, line: String(ev.line) } };
    }
    case 'task.suspend': {
      const { task } = named(after, ev.task);
      if (ev.on === null) return { id: 'program.await.yield', params: { task } };
      const awaited = after.futures.some((f) => f.id === ev.future)
        ? undefined
        : after.tasks.find((t) => t.id === ev.future);
      if (awaited) return { id: 'program.await.task', params: { task, other: awaited.name } };
      const timer = after.timers.find((t) => SLEEP_TIMER.exec(t.label)?.[1] === ev.on);
      if (timer) return { id: 'program.await.sleep', params: { task, label: ev.on, when: shortTime(timer.when) } };
      if (/^(run_in_executor|to_thread)\(/.test(ev.on)) return { id: 'program.await.thread', params: { task, label: ev.on } };
      return { id: 'program.await.other', params: { task, label: ev.on } };
    }
    case 'task.done': {
      const { task, coro } = named(after, ev.task);
      return { id: `program.done.${ev.state}`, params: { task, coro, value: ev.value } };
    }
    case 'timer.expire': {
      const head = before.timers[0];
      const sleep = head ? SLEEP_TIMER.exec(head.label)?.[1] : undefined;
      const when = shortTime(head?.when ?? after.time);
      return sleep ? { id: 'program.sleep.ends', params: { label: sleep, when } } : { id: 'program.timer', params: { when } };
    }
    case 'loop.select':
      if (ev.timeout !== null && ev.timeout > 0) {
        return { id: 'program.wait.timer', params: { when: shortTime(before.time + ev.timeout) } };
      }
      if (before.jobs.some((j) => j.state !== 'done')) return { id: 'program.wait.threads', params: {} };
      return messageFor(ev, before, after);
    case 'ready.run': {
      const h = before.ready.find((x) => x.id === ev.id);
      return { id: 'program.callback', params: { label: h?.label ?? `#${ev.id}` } };
    }
    default:
      return messageFor(ev, before, after);
  }
}

/**
 * The sentence for the step at `cursor`, or null when `cursor` is not one of `list`'s stops (the
 * learner switched levels between two of them; the widget then says what CPython did).
 */
export function programNarration(
  index: TraceIndex,
  list: StopList,
  cursor: number,
  messages: Messages = en,
): string | null {
  let lo = 0;
  let hi = list.cursors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.cursors[mid] < cursor) lo = mid + 1;
    else hi = mid;
  }
  if (list.cursors[lo] !== cursor) return null;
  const a = list.anchors[lo];
  if (a < 0) return null;
  const m = programMessageFor(index.events, a, index.stateAt(a), index.stateAt(a + 1), list.shutdown);
  return format(messages[m.id], m.params);
}
