/**
 * Who awaits whom, in the shape of CPython 3.14's Lib/asyncio/graph.py: a future, the call stack
 * of the task it is, and the graphs of the tasks awaiting it (`FutureCallGraph(future, call_stack,
 * awaited_by)`). One builder serves both readers: `asyncio.capture_call_graph()` in a program
 * (runtime/graph.ts, over live tasks) and the visualizer's await graph (await-graph.ts, over the
 * loop state a trace rebuilds). Plain data and no imports, so the widgets can carry it.
 */

/** graph.FutureCallGraph, as plain data. */
export interface CallGraph<F, Fr> {
  future: F;
  /**
   * The task's frames, innermost first (graph.py reverses the `cr_await` walk); `[null]` for a
   * finished task, whose coroutine has no frame; empty for a plain future.
   */
  callStack: (Fr | null)[];
  /** The graphs of the tasks awaiting `future` (its `_asyncio_awaited_by`). */
  awaitedBy: CallGraph<F, Fr>[];
}

/** What the builder reads of a future: the two things graph.py reads. */
export interface CallGraphSource<F, Fr> {
  /**
   * A task's coroutine frames, outermost first, as `cr_await` links them; null for a task that is
   * done; undefined for a future that is no task (it has no `get_coro`).
   */
  frames(future: F): Fr[] | null | undefined;
  /** `future._asyncio_awaited_by`: the tasks awaiting it. */
  awaitedBy(future: F): readonly F[];
}

/** graph.py's `limit` slicing: `st[:limit]` for a positive one, `st[limit:]` for a negative. */
export function sliceStack<T>(st: T[], limit: number | null): T[] {
  if (limit === null || limit === 0) return st;
  return limit > 0 ? st.slice(0, limit) : st.slice(limit);
}

/**
 * graph._build_graph_for_future: the future's stack, then its awaiters' graphs, each built the
 * same way. A future already on the path is not entered again: tasks that await each other in a
 * cycle (a deadlock) would send graph.py into a RecursionError. `memo` shares the graph of a
 * future reached twice, for a reader that builds many graphs at once.
 */
export function buildGraphForFuture<F, Fr>(
  src: CallGraphSource<F, Fr>,
  future: F,
  limit: number | null,
  memo?: Map<F, CallGraph<F, Fr>>,
  path: Set<F> = new Set(),
): CallGraph<F, Fr> {
  const known = memo?.get(future);
  if (known) return known;
  let st: (Fr | null)[] = [];
  if (limit !== 0) {
    const frames = src.frames(future);
    if (frames === null) st = [null];
    else if (frames !== undefined) st = frames.slice();
  }
  path.add(future);
  const awaitedBy = src
    .awaitedBy(future)
    .filter((parent) => !path.has(parent))
    .map((parent) => buildGraphForFuture(src, parent, limit, memo, path));
  path.delete(future);
  const graph: CallGraph<F, Fr> = { future, callStack: sliceStack(st, limit).reverse(), awaitedBy };
  memo?.set(future, graph);
  return graph;
}
