/**
 * Which Python's builtins a run follows, for the few messages and results of the interpreter
 * itself (not asyncio) that changed between versions. Set for the length of one run by
 * `simulate` (run.ts), as budget.ts's meter is: a run is synchronous, so one at a time.
 */
import { DEFAULT_PYTHON, atLeast, type PythonVersion } from '../versions';

let current: PythonVersion = DEFAULT_PYTHON;

export function setDialect(version: PythonVersion): void {
  current = version;
}

/** True when the running program follows `floor`'s rules or a later version's. */
export function since(floor: PythonVersion): boolean {
  return atLeast(current, floor);
}
