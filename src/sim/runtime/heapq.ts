/**
 * A verbatim port of CPython's `Lib/heapq.py` (the C `_heapq` runs the same algorithm).
 *
 * The loop's timer heap compares `TimerHandle._when` only, with no tie-break, and heapq is not
 * stable: timers with an identical deadline come out in heap order, not insertion order
 * (src/sim/runtime/README.md §2, §4.1). Porting the sift steps exactly reproduces that order.
 */
export type Lt<T> = (a: T, b: T) => boolean;

/** heapq._siftdown */
function siftdown<T>(heap: T[], startpos: number, pos: number, lt: Lt<T>): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

/** heapq._siftup */
function siftup<T>(heap: T[], pos: number, lt: Lt<T>): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos, lt);
}

export function heappush<T>(heap: T[], item: T, lt: Lt<T>): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, lt);
}

export function heappop<T>(heap: T[], lt: Lt<T>): T | undefined {
  const last = heap.pop();
  if (heap.length > 0 && last !== undefined) {
    const returnitem = heap[0];
    heap[0] = last;
    siftup(heap, 0, lt);
    return returnitem;
  }
  return last;
}

export function heapify<T>(heap: T[], lt: Lt<T>): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i, lt);
}
