/**
 * One plain-English sentence per trace event, for screen readers and the visualizer's caption.
 *
 * Narration is split in two so that a translation is only a table: `messageFor` reads the event
 * and the loop states around it and picks a message id with its parameters; `narrate` fills in
 * that message's template from a `Messages` table (English unless told otherwise). A Korean
 * table is then `const ko: Messages = { … }` with the same ids.
 *
 * The sentences follow src/sim/runtime/README.md: callbacks and wakeups are scheduled with
 * `call_soon`, never run on the spot (§3, §5); `create_task` runs none of the coroutine (§16a);
 * expired timers join the tail of the ready queue (§2 R2).
 */
import { particleAfter } from './korean-particles';
import { findTask, type HandleInfo, type LoopState, type Phase, type TraceEvent } from './trace';

/** The English templates. `{name}` is replaced by the parameter `name`. */
export const en = {
  'loop.new': 'A new event loop is created.',
  'loop.run': 'The loop starts running: it repeats _run_once until stop() takes effect.',
  'loop.iteration': 'Iteration {n} of _run_once begins.',
  'loop.select.ready': 'Callbacks are ready, so the loop polls for I/O without waiting.',
  'loop.select.due': 'A timer is already due, so the loop polls for I/O without waiting.',
  'loop.select.poll': 'The loop polls for I/O without waiting.',
  'loop.select.timer': 'Nothing is ready: the loop waits up to {timeout} s for the next timer.',
  'loop.select.timer-threads':
    'Nothing is ready: the loop waits up to {timeout} s for the next timer, while worker threads keep running.',
  'loop.select.threads':
    'Nothing is ready and no timer is set: the loop sleeps until a worker thread hands it a callback.',
  'loop.select.wakeup':
    'Nothing is ready and no timer is set: the loop blocks in select until another thread wakes it with call_soon_threadsafe.',
  'loop.select.forever': 'Nothing is ready and no timer is set: the loop waits forever, since nothing can wake it.',
  'loop.stop': 'stop() takes effect now that the iteration is over: run_forever returns.',
  'loop.close': 'The loop is closed.',
  clock: 'The clock advances {delta} s to t = {time} s.',
  'clock.same': 'The clock reads t = {time} s.',
  'ready.push': '{label} joins the end of the ready queue.',
  'ready.push.threadsafe':
    'A worker thread appends {label} to the ready queue with call_soon_threadsafe, which wakes the loop.',
  'ready.run': 'The loop runs {label} from the head of the ready queue.',
  'ready.skip': 'The loop pops {label} from the ready queue, sees that it was cancelled, and skips it.',
  'timer.push': 'A timer for t = {when} s goes on the heap; when it is due, {label} will join the ready queue.',
  'timer.expire': 'A timer for t = {when} s fires; its callback joins the end of the ready queue.',
  'timer.drop': 'A cancelled timer for t = {when} s is dropped from the top of the heap.',
  'timer.rebuild': 'Most timers on the heap are cancelled, so the loop removes them all and rebuilds the heap.',
  'handle.cancel.ready': '{label} is cancelled; it stays in the ready queue, and the loop will skip it.',
  'handle.cancel.timer': 'The timer for t = {when} s is cancelled; it stays on the heap until it reaches the top.',
  'handle.cancel': 'A callback that already left the queue is cancelled, which changes nothing.',
  'task.new': '{task} is created for {coro}; its first step is scheduled, but none of its code runs yet.',
  'task.run': '{task} runs {coro} at line {line}.',
  'task.run.noline': '{task} runs {coro}.',
  'task.suspend.future': '{task} awaits a future: it gives up the loop until the future is done.',
  'task.suspend.task': '{task} awaits {other}: it gives up the loop until {other} is done.',
  'task.suspend.named': '{task} awaits the future of {label}: it gives up the loop until the future is done.',
  'task.suspend.other': '{task} awaits {on}: it gives up the loop until that is done.',
  'task.suspend.yield':
    '{task} yields to the loop without waiting for anything (as sleep(0) does); its next step joins the end of the ready queue.',
  'task.done.finished': '{task} returns {value}: the task is done, and its done callbacks are scheduled.',
  'task.done.failed': '{task} raises {value}: the task is done, with an exception.',
  'task.done.cancelled': '{task} is cancelled: CancelledError ended its coroutine.',
  'future.new': 'A new pending future is created.',
  'future.done.finished':
    'A future gets its result, {value}; its callbacks are scheduled with call_soon, not run right away.',
  'future.done.failed':
    'A future gets an exception, {value}; its callbacks are scheduled with call_soon, not run right away.',
  'future.done.cancelled': 'A future is cancelled; its callbacks are scheduled with call_soon, not run right away.',
  'future.done.finished.named':
    'The future of {label} gets its result, {value}; its callbacks are scheduled with call_soon, not run right away.',
  'future.done.failed.named':
    'The future of {label} gets an exception, {value}; its callbacks are scheduled with call_soon, not run right away.',
  'future.done.cancelled.named':
    'The future of {label} is cancelled; its callbacks are scheduled with call_soon, not run right away.',
  line: 'The program reaches line {line}.',
  'line.thread': '{thread} reaches line {line}.',
  'thread.new': '{pool} starts a new worker thread, {thread}.',
  'job.submit': "{label} is submitted to {pool}; it waits in the pool's queue until a worker takes it.",
  'job.start': '{thread} starts job {label}.',
  'job.end': '{thread} finishes job {label}.',
  'job.end.handoff': '{thread} finishes job {label} and hands the result to the loop with call_soon_threadsafe.',
  'print.task': '{task} prints “{text}”.',
  'print.callback': 'The callback {label} prints “{text}”.',
  'print.thread': '{thread} prints “{text}”.',
  'print.main': 'The program prints “{text}”.',
  other: 'The loop records a {type} event.',
  // "Your program": the same run in the learner's terms (narrate-program.ts).
  'program.task.new': '{task} is created for {coro}; it starts when the loop gets to it.',
  'program.task.start': '{task} starts: {coro} runs from line {line}.',
  'program.task.resume': '{task} resumes at line {line}.',
  'program.task.resume.noline': '{task} resumes.',
  'program.await.sleep': '{task} awaits {label}: it pauses until t = {when} s, and the loop runs something else.',
  'program.await.task': '{task} awaits {other}: it pauses until {other} finishes.',
  'program.await.thread': '{task} awaits {label}, which a worker thread runs: it pauses until the job is done.',
  'program.await.other': '{task} awaits {label}: it pauses until that is done.',
  'program.await.yield': '{task} yields to the loop (as sleep(0) does) and waits for its next turn.',
  'program.done.finished': '{task} finishes: {coro} returned {value}.',
  'program.done.failed': '{task} fails: {coro} raised {value}.',
  'program.done.cancelled': '{task} is cancelled.',
  'program.sleep.ends': '{label} ends at t = {when} s.',
  'program.timer': 'The timer set for t = {when} s is due.',
  'program.wait.timer': 'Nothing can run now: the loop sleeps until t = {when} s, when the next timer is due.',
  'program.wait.threads': 'Nothing can run now: the loop sleeps until a worker thread finishes its job.',
  'program.callback': 'The loop calls {label}.',
  'program.shutdown':
    '{coro} has returned, so asyncio.run shuts down: it cancels any task still pending, shuts the default executor down, and closes the loop.',
  'program.shutdown.cancels':
    '{coro} has returned, so asyncio.run shuts down: it cancels the tasks still pending ({tasks}), shuts the default executor down, and closes the loop.',
  'program.shutdown.details': 'What asyncio.run did, step by step',
  // What the loop is doing, by `LoopState.phase` (base_events.py `_run_once`).
  'phase.idle': 'idle',
  'phase.running': 'running a callback',
  'phase.timers': 'checking timers',
  'phase.select': 'waiting in select',
  'phase.stopped': 'stopped',
  'phase.closed': 'closed',
} as const;

export type MessageId = keyof typeof en;
/** A narration table: one template per message id. */
export type Messages = Record<MessageId, string>;

/** What to say about an event, before it is put into words. */
export interface Message {
  id: MessageId;
  params: Record<string, string>;
}

/** An absolute virtual time, always with milliseconds ("1.000"). */
export function formatTime(t: number): string {
  return t.toFixed(3);
}

/** A duration without trailing zeros ("0.5", "2", "0.000001"). */
export function formatDuration(d: number): string {
  if (d !== 0 && Math.abs(d) < 0.001) return String(Number(d.toPrecision(2)));
  return String(Number(d.toFixed(3)));
}

function taskName(s: LoopState, id: number): string {
  return findTask(s, id)?.name ?? `Task #${id}`;
}

function taskCoro(s: LoopState, id: number): string {
  const coro = findTask(s, id)?.coro;
  return coro === undefined ? 'its coroutine' : asCall(coro);
}

/** `<Task pending name='Task-2' coro=…>` names a task; the sentence should say just `Task-2`. */
const TASK_REPR = /^<Task \w+ name='([^']+)'/;
/** `<Future pending …>`, `<_GatheringFuture pending>` and the like are futures. */
const FUTURE_REPR = /^<\w*Future\b/;

/**
 * Whether a future's label names what it stands for (`sleep(1)`, `run_in_executor(…)`) rather
 * than being a repr (`<Future pending>`) or a bare class name, so a sentence can use it.
 */
function isNamed(label: string): boolean {
  return !label.startsWith('<') && !/^\w*(Future|Task)$/.test(label);
}

/** `main` and `main()` both read as a call: the runtime may give either. */
function asCall(coro: string): string {
  return coro.endsWith(')') ? coro : `${coro}()`;
}

function select(ev: { timeout: number | null }, before: LoopState): Message {
  const threadsBusy = before.jobs.some((j) => j.state !== 'done');
  if (ev.timeout === null) {
    if (threadsBusy) return { id: 'loop.select.threads', params: {} };
    // With no job running, a thread can still wake the loop: shutdown_default_executor joins the
    // pool in a thread of its own and then calls call_soon_threadsafe (base_events.py
    // `_do_shutdown`). Only a loop that has never had a thread beside it has nothing to wake it.
    return { id: before.threads.length > 0 ? 'loop.select.wakeup' : 'loop.select.forever', params: {} };
  }
  if (ev.timeout > 0) {
    return {
      id: threadsBusy ? 'loop.select.timer-threads' : 'loop.select.timer',
      params: { timeout: formatDuration(ev.timeout) },
    };
  }
  if (before.ready.length > 0) return { id: 'loop.select.ready', params: {} };
  if (before.timers.length > 0 && before.timers[0].when <= before.time) return { id: 'loop.select.due', params: {} };
  return { id: 'loop.select.poll', params: {} };
}

function printer(ev: { text: string; thread: string }, after: LoopState): Message {
  const text = ev.text;
  if (ev.thread !== 'MainThread') return { id: 'print.thread', params: { thread: ev.thread, text } };
  if (after.runningTask !== null) {
    return { id: 'print.task', params: { task: taskName(after, after.runningTask), text } };
  }
  if (after.current !== null) return { id: 'print.callback', params: { label: after.current.label, text } };
  return { id: 'print.main', params: { text } };
}

/** Picks the message for `event`, given the loop's state just before and just after it. */
export function messageFor(event: TraceEvent, before: LoopState, after: LoopState): Message {
  switch (event.type) {
    case 'loop.new':
    case 'loop.run':
    case 'loop.stop':
    case 'loop.close':
      return { id: event.type, params: {} };
    case 'loop.iteration':
      return { id: 'loop.iteration', params: { n: String(event.n) } };
    case 'loop.select':
      return select(event, before);
    case 'clock': {
      const delta = event.time - before.time;
      if (delta <= 0) return { id: 'clock.same', params: { time: formatTime(event.time) } };
      return { id: 'clock', params: { delta: formatDuration(delta), time: formatTime(event.time) } };
    }
    case 'ready.push':
      return { id: event.threadsafe ? 'ready.push.threadsafe' : 'ready.push', params: { label: event.handle.label } };
    case 'ready.run':
    case 'ready.skip': {
      const h: HandleInfo | undefined = before.ready.find((x) => x.id === event.id);
      return { id: event.type, params: { label: h?.label ?? `handle ${event.id}` } };
    }
    case 'timer.push':
      return { id: 'timer.push', params: { when: formatTime(event.when), label: event.handle.label } };
    case 'timer.expire':
    case 'timer.drop': {
      // Both take the heap's head, as applyEvent does (base_events.py _run_once heappop).
      const t = before.timers[0];
      return { id: event.type, params: { when: t ? formatTime(t.when) : '?' } };
    }
    case 'handle.cancel': {
      const h = before.ready.find((x) => x.id === event.id);
      if (h) return { id: 'handle.cancel.ready', params: { label: h.label } };
      const t = before.timers.find((x) => x.id === event.id);
      if (t) return { id: 'handle.cancel.timer', params: { when: formatTime(t.when) } };
      return { id: 'handle.cancel', params: {} };
    }
    case 'task.new':
      return { id: 'task.new', params: { task: event.name, coro: asCall(event.coro) } };
    case 'task.run': {
      const params = { task: taskName(after, event.task), coro: taskCoro(after, event.task) };
      if (event.line === null) return { id: 'task.run.noline', params };
      return { id: 'task.run', params: { ...params, line: String(event.line) } };
    }
    case 'task.suspend': {
      const task = taskName(after, event.task);
      if (event.on === null) return { id: 'task.suspend.yield', params: { task } };
      // A Task is a Future: the runtime gives the awaited task's id as `future` (tasks announce no
      // future.new, so an id found among the futures is a plain future).
      const isFuture = after.futures.some((f) => f.id === event.future);
      const awaited = isFuture ? undefined : after.tasks.find((t) => t.id === event.future);
      const other = awaited?.name ?? TASK_REPR.exec(event.on)?.[1];
      if (other) return { id: 'task.suspend.task', params: { task, other } };
      if (isFuture && isNamed(event.on)) return { id: 'task.suspend.named', params: { task, label: event.on } };
      if (isFuture || FUTURE_REPR.test(event.on) || !isNamed(event.on)) {
        return { id: 'task.suspend.future', params: { task } };
      }
      return { id: 'task.suspend.other', params: { task, on: event.on } };
    }
    case 'task.done':
      return { id: `task.done.${event.state}`, params: { task: taskName(after, event.task), value: event.value } };
    case 'future.new':
      return { id: 'future.new', params: { label: event.label } };
    case 'future.done': {
      const label = before.futures.find((f) => f.id === event.future)?.label;
      if (label !== undefined && isNamed(label)) {
        return { id: `future.done.${event.state}.named`, params: { label, value: event.value } };
      }
      return { id: `future.done.${event.state}`, params: { value: event.value } };
    }
    case 'line':
      if (event.thread === 'MainThread') return { id: 'line', params: { line: String(event.line) } };
      return { id: 'line.thread', params: { thread: event.thread, line: String(event.line) } };
    case 'thread.new':
      return { id: 'thread.new', params: { pool: event.pool, thread: event.thread } };
    case 'job.submit':
      return { id: 'job.submit', params: { label: event.label, pool: event.pool } };
    case 'job.start':
    case 'job.end': {
      const label = after.jobs.find((j) => j.id === event.job)?.label ?? `#${event.job}`;
      // When `after` is the end of the step, the worker's call_soon_threadsafe shows in the queue.
      const had = new Set(before.ready.map((x) => x.id));
      const handoff = event.type === 'job.end' && after.ready.some((x) => !had.has(x.id));
      return { id: handoff ? 'job.end.handoff' : event.type, params: { thread: event.thread, label } };
    }
    case 'print':
      return printer(event, after);
    default: {
      // Event types newer than this switch; `timer.rebuild` is named by string so that this file
      // compiles with or without it in TraceEvent.
      const type = (event as { type: string }).type;
      if (type === 'timer.rebuild') return { id: 'timer.rebuild', params: {} };
      return { id: 'other', params: { type } };
    }
  }
}

/**
 * Fills `{name}` placeholders; an unknown name is left as written, so a typo shows.
 * `{name:이}` also writes a Korean particle after the value, in the form its reading takes
 * (korean-particles.ts): `{task:이}` gives `Task-1이` and `Task-2가`.
 */
export function format(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)(?::([\uac00-\ud7a3]+))?\}/g, (whole, name: string, particle?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return particle ? value + particleAfter(value, particle) : value;
  });
}

/** One sentence saying what `event` did, given the loop's state before and after it. */
export function narrate(event: TraceEvent, before: LoopState, after: LoopState, messages: Messages = en): string {
  const m = messageFor(event, before, after);
  return format(messages[m.id], m.params);
}

/** A few words for what the loop is doing in `phase` ("waiting in select"), for labels. */
export function phaseName(phase: Phase, messages: Messages = en): string {
  return messages[`phase.${phase}`];
}
