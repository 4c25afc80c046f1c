/**
 * What the interpreter needs from the world around it. The runtime (`sim/runtime`) provides
 * it; the interpreter itself knows nothing of event loops or threads.
 */
import type { Loc } from './ast';
import type { CoroutineBody } from './functions';
import type { PyAsyncGenerator } from './genobject';
import type { PyModule, PyValue } from './objects';

export interface Host {
  readonly filename: string;
  /** `print` output of the thread that is running now. */
  write(text: string): void;
  /** The module for `import name` (dotted for `concurrent.futures`), or null if it's unknown. */
  importModule(name: string): PyModule | null;
  /** Called before each statement; throws a budget SimError when the program runs away. */
  tick(loc: Loc): void;
  /** Where the program is, for a budget error: set to a call's location before it is made. */
  at: Loc | null;
  /** Writes to stderr now (a warning), without stopping the program. */
  warn?(text: string): void;
  /** The running loop's `_asyncgen_firstiter_hook`, if a loop runs: an async generator's first
   * `asend`/`athrow` registers it for `shutdown_asyncgens` (base_events.py). Returns the loop's
   * finalizer hook, or null when no loop runs. */
  asyncgenFirstIter?(agen: PyAsyncGenerator): ((agen: PyAsyncGenerator) => void) | null;
}

/** `with` protocol, implemented by runtime objects such as ThreadPoolExecutor. */
export interface ContextManager {
  enter(): PyValue;
  /** Returns true to swallow the exception, as `__exit__` returning True does. */
  exit(exc: unknown): boolean;
}

/** `async with` protocol, implemented by TaskGroup, timeout, Lock, Semaphore. */
export interface AsyncContextManager {
  aenter(): CoroutineBody;
  aexit(exc: unknown): CoroutineBody;
}

export function isContextManager(v: PyValue): v is PyValue & ContextManager {
  return typeof v === 'object' && v !== null && typeof (v as Partial<ContextManager>).enter === 'function';
}

export function isAsyncContextManager(v: PyValue): v is PyValue & AsyncContextManager {
  return typeof v === 'object' && v !== null && typeof (v as Partial<AsyncContextManager>).aenter === 'function';
}

export type { Loc };
