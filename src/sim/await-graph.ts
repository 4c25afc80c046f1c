/**
 * The await graph at a step: who awaits whom, as CPython 3.14's `python -m asyncio pstree` prints
 * it (Lib/asyncio/tools.py, the "awaited-by" tree): each task not awaited by another is a root,
 * under a task its coroutine's frame, and under the frame what it awaits (another task, a gather
 * and its children, or the future it is parked on: a sleep, a worker thread's job). Derived from
 * the trace and the loop state at the cursor; it holds nothing of its own.
 */
import type { LoopState, TraceEvent } from './trace';

export type GraphNode =
  | {
      kind: 'task';
      name: string;
      /** The coroutine's frame: `main()` and the line it is at (null before it first runs). */
      frame: string;
      line: number | null;
      /** Running now, suspended at an await, or ready to run (scheduled). */
      state: 'running' | 'suspended' | 'ready';
      children: GraphNode[];
    }
  | {
      kind: 'future';
      /** `sleep(1)`, `gather(2 awaitables)`, `run_in_executor(sleep(1))`. */
      label: string;
      /** The worker thread running the job behind it, when there is one. */
      thread: string | null;
      /** When a sleep ends, on the virtual clock. */
      until: number | null;
      children: GraphNode[];
    };

/** What the graph needs from the whole trace, gathered once: see `graphFacts`. */
export interface GraphFacts {
  /** A gather's future → the tasks it gathers (their `gather._done_callback`s come first). */
  gathered: Map<number, number[]>;
  /** An executor future → its job. */
  jobOf: Map<number, number>;
  /** Per task, the events where it suspends or runs, with the line: for the frame's line. */
  lines: Map<number, { at: number; line: number | null }[]>;
}

export function graphFacts(events: readonly TraceEvent[]): GraphFacts {
  const gathered = new Map<number, number[]>();
  const jobOf = new Map<number, number>();
  const lines = new Map<number, { at: number; line: number | null }[]>();
  let pending: number[] = [];
  let lastFuture: number | null = null;
  events.forEach((ev, i) => {
    if (ev.type === 'future.callback' && ev.label === 'gather._done_callback') pending.push(ev.future);
    else if (ev.type === 'future.new') {
      lastFuture = ev.future;
      if (ev.label.startsWith('gather(') && pending.length) {
        gathered.set(ev.future, pending);
        pending = [];
      }
    } else if (ev.type === 'job.submit' && lastFuture !== null) jobOf.set(lastFuture, ev.job);
    else if (ev.type === 'task.run' || ev.type === 'task.suspend') {
      const list = lines.get(ev.task) ?? [];
      list.push({ at: i, line: ev.line });
      lines.set(ev.task, list);
    }
  });
  return { gathered, jobOf, lines };
}

/** The line task `task`'s frame is at after `cursor` events. */
function lineAt(facts: GraphFacts, task: number, cursor: number): number | null {
  const list = facts.lines.get(task);
  if (!list) return null;
  let found: number | null = null;
  for (const x of list) {
    if (x.at >= cursor) break;
    if (x.line !== null) found = x.line;
  }
  return found;
}

const SLEEP_TIMER = /^(?:futures\.)?_set_result_unless_cancelled\((.+)\)$/;

/** The awaited-by forest at `state` (after `cursor` events): roots first, in creation order. */
export function awaitGraph(facts: GraphFacts, state: LoopState, cursor: number): GraphNode[] {
  const live = state.tasks.filter((t) => t.state !== 'finished' && t.state !== 'failed' && t.state !== 'cancelled');
  const byId = new Map(live.map((t) => [t.id, t]));
  const awaitedBy = new Set<number>();
  for (const t of live) {
    if (t.state !== 'waiting' || t.awaiting == null) continue;
    if (byId.has(t.awaiting)) awaitedBy.add(t.awaiting);
    for (const child of facts.gathered.get(t.awaiting) ?? []) if (byId.has(child)) awaitedBy.add(child);
  }
  // Looked up once per step, not once per task: a run can hold hundreds of tasks and timers.
  const futures = new Map(state.futures.map((f) => [f.id, f]));
  const sleeps = new Map<string, number>();
  for (const x of state.timers) {
    const label = SLEEP_TIMER.exec(x.label)?.[1];
    if (label !== undefined && !sleeps.has(label)) sleeps.set(label, x.when);
  }
  const seen = new Set<number>();
  const taskNode = (id: number): GraphNode | null => {
    const t = byId.get(id);
    if (!t || seen.has(id)) return null;
    seen.add(id);
    const node: GraphNode = {
      kind: 'task',
      name: t.name,
      frame: t.coro.endsWith(')') ? t.coro : `${t.coro}()`,
      line: lineAt(facts, id, cursor),
      state: t.state === 'running' ? 'running' : t.state === 'waiting' ? 'suspended' : 'ready',
      children: [],
    };
    if (t.state === 'waiting' && t.awaiting != null) {
      if (byId.has(t.awaiting)) {
        const child = taskNode(t.awaiting);
        if (child) node.children.push(child);
      } else {
        const fut = futures.get(t.awaiting);
        const job = facts.jobOf.get(t.awaiting);
        const thread = job === undefined ? null : (state.jobs.find((j) => j.id === job)?.thread ?? null);
        const label = fut?.label ?? t.waitingOn ?? '?';
        const until = sleeps.get(label) ?? null;
        const children = (facts.gathered.get(t.awaiting) ?? [])
          .map(taskNode)
          .filter((c): c is GraphNode => c !== null);
        node.children.push({ kind: 'future', label, thread, until, children });
      }
    }
    return node;
  };
  return live
    .filter((t) => !awaitedBy.has(t.id) && !t.coro.startsWith('BaseEventLoop.'))
    .map((t) => taskNode(t.id))
    .filter((n): n is GraphNode => n !== null);
}

/** One line of the tree as pstree draws it: the branch drawing, then the node. */
export interface TreeLine {
  prefix: string;
  node: GraphNode;
  /** The frame line under a task (`main() file:line`), drawn apart from the task line. */
  frame: boolean;
}

/**
 * The forest as pstree's lines: `└── (T) Task-1`, then `    └──  main() file:13`, then what the
 * frame awaits, indented under it.
 */
export function treeLines(forest: readonly GraphNode[]): TreeLine[] {
  const out: TreeLine[] = [];
  const walk = (nodes: readonly GraphNode[], indent: string): void => {
    nodes.forEach((node, k) => {
      const last = k === nodes.length - 1;
      out.push({ prefix: indent + (last ? '└── ' : '├── '), node, frame: false });
      const below = indent + (last ? '    ' : '│   ');
      if (node.kind === 'task') {
        out.push({ prefix: below + '└── ', node, frame: true });
        walk(node.children, below + '    ');
      } else walk(node.children, below);
    });
  };
  walk(forest, '');
  return out;
}
