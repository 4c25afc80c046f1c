/**
 * Hostile programs the simulator answers wrongly today, each pinned with a one-line reason and
 * the area of the project it belongs to. The suite tolerates these and only these; it fails when
 * a pinned program stops being wrong, so remove its entry once the fix lands (the program then
 * guards the fix). Like tests/fuzz/known-bugs.ts, this table is meant to shrink.
 */

/** Where a fix belongs: the items of the "Hard to break" issue's list, or elsewhere in the runtime. */
export type Area =
  | 'prototype leak'
  | 'code-point strings'
  | 'live iteration'
  | 'numbers'
  | 'tracebacks and exceptions'
  | 'argument checking'
  | 'edges'
  | 'parser';

export const KNOWN_WRONG: Record<string, { reason: string; area: Area }> = {
  // prototype leak
  // code-point strings
  // live iteration
  // numbers
  // tracebacks and exceptions
  // argument checking
  // edges
  // parser
};
