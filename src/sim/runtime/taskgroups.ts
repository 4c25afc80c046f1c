/**
 * asyncio.TaskGroup (Lib/asyncio/taskgroups.py, 3.11): the first failing child cancels its
 * siblings and the body, and the group raises an ExceptionGroup of every error.
 */
import { atLeast } from '../versions';
import {
  BaseExceptionGroup,
  CancelledError,
  ExceptionGroup,
  Exception as ExceptionType,
  KeyboardInterrupt,
  PyBaseException,
  RuntimeError,
  SystemExit,
  pyErr,
} from '../python/exceptions';
import type { CoroutineBody } from '../python/functions';
import type { AsyncContextManager } from '../python/host';
import { type Method, NativeObject, PyList, type PyValue } from '../python/objects';
import { repr } from '../python/repr';
import { futureAddToAwaitedBy, futureDiscardFromAwaitedBy } from './graph';
import type { LoopLike } from './events';
import type { Future } from './futures';
import { type Task, currentTask } from './tasks';

export class TaskGroup extends NativeObject implements AsyncContextManager {
  private entered = false;
  private exiting = false;
  private aborting = false;
  private loop: LoopLike | null = null;
  private parentTask: Task | null = null;
  private parentCancelRequested = false;
  /** A set in CPython; iteration order there is by address (see _abort). */
  private readonly tasks = new Set<Task>();
  private errors: PyBaseException[] = [];
  private baseError: PyBaseException | null = null;
  private onCompletedFut: Future | null = null;

  constructor(
    private readonly getLoop: () => LoopLike,
  ) {
    super();
  }

  get typeName(): string {
    return 'TaskGroup';
  }

  repr(): string {
    const info = [this.tasks.size ? `tasks=${this.tasks.size}` : '', this.errors.length ? `errors=${this.errors.length}` : '']
      .concat(this.aborting ? ['cancelling'] : this.entered ? ['entered'] : [])
      .filter(Boolean)
      .join(' ');
    return `<TaskGroup${info ? ' ' + info : ''}>`;
  }

  // eslint-disable-next-line require-yield
  *aenter(): CoroutineBody {
    if (this.entered) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} has been already entered`);
    this.entered = true;
    this.loop ??= this.getLoop();
    this.parentTask = currentTask(this.loop);
    if (this.parentTask === null) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} cannot determine the parent task`);
    return this;
  }

  *aexit(exc: unknown): CoroutineBody {
    this.exiting = true;
    const err = exc instanceof PyBaseException ? exc : null;
    if (err && isBaseError(err) && this.baseError === null) this.baseError = err;
    let propagateCancellation = err && err.pyType === CancelledError ? err : null;
    const parent = this.parentTask as Task;
    if (this.parentCancelRequested) {
      // If this flag is set we must call uncancel(); with no cancellations left, don't propagate.
      if (parent.uncancel() === 0) propagateCancellation = null;
    }
    if (err !== null && !this.aborting) this.abort();

    while (this.tasks.size) {
      const loop = this.loop as LoopLike;
      this.onCompletedFut ??= loop.createFuture('TaskGroup: waiting for its tasks');
      try {
        yield* this.onCompletedFut.awaitIter();
      } catch (e) {
        if (!(e instanceof PyBaseException && e.isInstance(CancelledError))) throw e;
        if (!this.aborting) {
          propagateCancellation = e;
          this.abort();
        }
      }
      this.onCompletedFut = null;
    }

    if (this.baseError !== null) throw this.baseError;
    // A CancelledError propagates unless there are other errors: those come first.
    if (propagateCancellation && this.errors.length === 0) throw propagateCancellation;
    if (err !== null && err.pyType !== CancelledError) this.errors.push(err);
    if (this.errors.length) {
      const errors = this.errors;
      this.errors = [];
      // BaseExceptionGroup(...) becomes an ExceptionGroup when every error is an Exception.
      const allExceptions = errors.every((e) => e.isInstance(ExceptionType));
      const me = pyErr(allExceptions ? ExceptionGroup : BaseExceptionGroup, 'unhandled errors in a TaskGroup', new PyList(errors));
      me.suppressContext = true; // raise me from None
      throw me;
    }
    return null;
  }

  /** TaskGroup.create_task */
  createTask(coro: PyValue, name: PyValue): Task {
    if (!this.entered) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} has not been entered`);
    if (this.exiting && this.tasks.size === 0) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} is finished`);
    if (this.aborting) throw pyErr(RuntimeError, `TaskGroup ${this.repr()} is shutting down`);
    const loop = this.loop as LoopLike;
    // From 3.13 the name goes to loop.create_task (gh-105684, PR #105685, with gh-112622), so a
    // named task uses up no Task-N number; before, it was set after a number was taken.
    const named = atLeast(loop.sim.python, '3.13');
    const task = loop.createTask(coro, named ? name : null);
    if (!named && name !== null) task.name = typeof name === 'string' ? name : repr(name);
    // 3.12 and 3.13 (with eager tasks, gh-97696): a task already done is handled at once, not
    // a loop iteration later through a done callback. 3.14 schedules the callback again
    // (gh-128550, gh-128588), so a failing eager child no longer cancels the parent early.
    if (atLeast(loop.sim.python, '3.12') && !atLeast(loop.sim.python, '3.14') && task.done()) {
      this.onTaskDone(task);
      return task;
    }
    futureAddToAwaitedBy(task, this.parentTask);
    task.addDoneCallback({ fn: (t) => this.onTaskDone(t as Task), label: 'TaskGroup._on_task_done', py: null, task: null });
    this.tasks.add(task);
    return task;
  }

  /**
   * TaskGroup._abort: cancels every unfinished child. `_tasks` is a set, so CPython's order
   * changes between versions and runs (src/sim/runtime/README.md §10): what they print races.
   */
  private abort(): void {
    this.aborting = true;
    const sim = (this.loop as LoopLike).sim;
    const pending = [...this.tasks].filter((t) => !t.done());
    const saved = sim.taint;
    if (pending.length > 1) sim.taint = { race: sim.newRace(), hops: 0 };
    try {
      for (const t of pending) t.cancel();
    } finally {
      sim.taint = saved;
    }
  }

  /** TaskGroup._on_task_done */
  private onTaskDone(task: Task): void {
    this.tasks.delete(task);
    futureDiscardFromAwaitedBy(task, this.parentTask);
    if (this.onCompletedFut !== null && this.tasks.size === 0 && !this.onCompletedFut.done()) {
      this.onCompletedFut.setResult(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this.errors.push(exc);
    if (isBaseError(exc) && this.baseError === null) this.baseError = exc;
    const parent = this.parentTask as Task;
    if (parent.done()) {
      (this.loop as LoopLike).sim.stderr += `Task ${task.safeRepr()} has errored out but its parent task ${parent.safeRepr()} is already completed\n`;
      return;
    }
    if (!this.aborting && !this.parentCancelRequested) {
      // Cancel the parent so that whatever the body awaits now is interrupted; __aexit__ undoes it.
      this.abort();
      this.parentCancelRequested = true;
      parent.cancel();
    }
  }

  protected get methods(): Record<string, Method<never>> {
    return taskGroupMethods as Record<string, Method<never>>;
  }
}

function isBaseError(e: PyBaseException): boolean {
  return e.isInstance(SystemExit) || e.isInstance(KeyboardInterrupt);
}

const taskGroupMethods: Record<string, Method<TaskGroup>> = {
  create_task: (g, a, kw) => g.createTask(a[0] ?? null, kw?.get('name') ?? null),
};

