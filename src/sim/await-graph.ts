/**
 * The await graph at a step: who awaits whom, as CPython 3.14's `python -m asyncio pstree` prints
 * it (Lib/asyncio/tools.py, the "awaited-by" tree): each task not awaited by another is a root,
 * under a task its coroutine's frame, and under the frame what it awaits (another task, a gather
 * and its children, or the future it is parked on: a sleep, a worker thread's job).
 *
 * Who awaits whom is the call graph of src/sim/call-graph.ts, the structure
 * `asyncio.capture_call_graph()` returns, built by the same builder from the loop state at the
 * cursor (its `awaits`, recorded from the runtime's `_asyncio_awaited_by`). This module only turns
 * those graphs, one per task, into the tree pstree draws, as tools.py does: each task's awaiters
 * become its parents. It holds nothing of its own.
 */
import { type CallGraph, type CallGraphSource, buildGraphForFuture } from './call-graph';
import { type LoopState, type TaskInfo, type TraceEvent, findFuture } from './trace';

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
  /** An executor future → its job. */
  jobOf: Map<number, number>;
}

export function graphFacts(events: readonly TraceEvent[]): GraphFacts {
  const jobOf = new Map<number, number>();
  let lastFuture: number | null = null;
  for (const ev of events) {
    if (ev.type === 'future.new') lastFuture = ev.future;
    else if (ev.type === 'job.submit' && lastFuture !== null) jobOf.set(lastFuture, ev.job);
  }
  return { jobOf };
}

/** A frame as the trace knows it: the task's coroutine and the line it last ran or paused at. */
interface TraceFrame {
  qualname: string;
  line: number | null;
}

/**
 * The loop state as the call-graph builder reads it. The trace knows a task's outermost frame
 * only, so each stack has that one entry.
 */
function stateSource(state: LoopState, tasks: Map<number, TaskInfo>): CallGraphSource<number, TraceFrame> {
  const awaiters = new Map<number, number[]>();
  for (const a of state.awaits) {
    const list = awaiters.get(a.future);
    if (list) list.push(a.waiter);
    else awaiters.set(a.future, [a.waiter]);
  }
  return {
    frames: (id) => {
      const t = tasks.get(id);
      if (!t) return undefined;
      if (t.state === 'finished' || t.state === 'failed' || t.state === 'cancelled') return null;
      return [{ qualname: t.coro, line: t.line ?? null }];
    },
    awaitedBy: (id) => awaiters.get(id) ?? [],
  };
}

const SLEEP_TIMER = /^(?:futures\.)?_set_result_unless_cancelled\((.+)\)$/;

/** The awaited-by forest at `state`: roots first, in creation order. */
export function awaitGraph(facts: GraphFacts, state: LoopState): GraphNode[] {
  const live = state.tasks.filter((t) => t.state !== 'finished' && t.state !== 'failed' && t.state !== 'cancelled');
  const byId = new Map(live.map((t) => [t.id, t]));
  // Each task's call graph, as capture_call_graph(task) builds it; one memo serves them all.
  const src = stateSource(state, byId);
  const memo = new Map<number, CallGraph<number, TraceFrame>>();
  const graphs = live.map((t) => buildGraphForFuture(src, t.id, null, memo));
  // tools.py's inversion: a task's awaiters are its parents in the tree.
  const awaited = new Map<number, number[]>();
  const hasParent = new Set<number>();
  for (const g of graphs) {
    for (const parent of g.awaitedBy) {
      if (!byId.has(parent.future)) continue;
      hasParent.add(g.future);
      const list = awaited.get(parent.future);
      if (list) list.push(g.future);
      else awaited.set(parent.future, [g.future]);
    }
  }
  // Looked up once per step, not once per task: a run can hold hundreds of tasks and timers.
  const sleeps = new Map<string, number>();
  for (const x of state.timers) {
    const label = SLEEP_TIMER.exec(x.label)?.[1];
    if (label !== undefined && !sleeps.has(label)) sleeps.set(label, x.when);
  }
  const seen = new Set<number>();
  const taskNode = (id: number): GraphNode | null => {
    const t = byId.get(id);
    const g = memo.get(id);
    if (!t || !g || seen.has(id)) return null;
    seen.add(id);
    const top = g.callStack[0];
    const node: GraphNode = {
      kind: 'task',
      name: t.name,
      frame: t.coro.endsWith(')') ? t.coro : `${t.coro}()`,
      line: top?.line ?? null,
      state: t.state === 'running' ? 'running' : t.state === 'waiting' ? 'suspended' : 'ready',
      children: [],
    };
    const mine = awaited.get(id) ?? [];
    const parked = t.state === 'waiting' && t.awaiting != null && !byId.has(t.awaiting) ? t.awaiting : null;
    // The tasks a gather it is parked on waits for are drawn under the gather; the rest (the task
    // it awaits directly, a TaskGroup's or wait()'s tasks) under its frame.
    const fut = parked === null ? undefined : findFuture(state, parked);
    const gathered = new Set(fut?.gathers ?? []);
    for (const child of mine) {
      if (gathered.has(child)) continue;
      const n = taskNode(child);
      if (n) node.children.push(n);
    }
    if (parked !== null) {
      const job = facts.jobOf.get(parked);
      const thread = job === undefined ? null : (state.jobs.find((j) => j.id === job)?.thread ?? null);
      const label = fut?.label ?? t.waitingOn ?? '?';
      const until = sleeps.get(label) ?? null;
      const awaitedHere = new Set(mine);
      const children = (fut?.gathers ?? [])
        .filter((c) => awaitedHere.has(c))
        .map(taskNode)
        .filter((c): c is GraphNode => c !== null);
      node.children.push({ kind: 'future', label, thread, until, children });
    }
    return node;
  };
  return live
    .filter((t) => !hasParent.has(t.id) && !t.coro.startsWith('BaseEventLoop.'))
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
