/**
 * tasks.shield (Lib/asyncio/tasks.py, the same from 3.11 to 3.13): an outer future that follows
 * the inner one, so cancelling the awaiting task cancels only the outer future, and the inner
 * task runs on (src/sim/runtime/README.md §19).
 */
import type { PyValue } from '../python/objects';
import type { LoopLike } from './events';
import { type DoneCallback, Future } from './futures';
import { ensureFuture } from './tasks';

/** tasks.shield(arg): `arg` wrapped as ensure_future does; a done one comes back as it is. */
export function shield(arg: PyValue, loop: LoopLike): Future {
  const inner = ensureFuture(arg, loop);
  if (inner.done()) return inner;
  const outer = new Future(inner.loop, 'shield()');

  const innerDone: DoneCallback = {
    label: 'shield._inner_done_callback',
    py: null,
    task: null,
    fn: () => {
      if (outer.cancelled()) {
        // Marks the inner exception retrieved: nobody is left to look at it.
        if (!inner.cancelled()) inner.exception();
        return;
      }
      if (inner.cancelled()) outer.cancel();
      else {
        const exc = inner.exception();
        if (exc !== null) outer.setException(exc);
        else outer.setResult(inner.result());
      }
    },
  };
  const outerDone: DoneCallback = {
    label: 'shield._outer_done_callback',
    py: null,
    task: null,
    fn: () => {
      if (!inner.done()) inner.removeDoneCallback((c) => c === innerDone);
    },
  };
  inner.addDoneCallback(innerDone);
  outer.addDoneCallback(outerDone);
  return outer;
}
