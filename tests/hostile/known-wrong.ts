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
  "tb_context_in_finally.py": { reason: "an exception raised inside finally loses __context__", area: 'tracebacks and exceptions' },
  "tb_context_in_except.py": { reason: "__suppress_context__ is missing on exceptions", area: 'tracebacks and exceptions' },
  "tb_raise_from.py": { reason: "__suppress_context__ is missing on exceptions", area: 'tracebacks and exceptions' },
  "tb_raise_from_none.py": { reason: "__suppress_context__ is missing on exceptions", area: 'tracebacks and exceptions' },
  "tb_finally_runs_statements.py": { reason: "__traceback__ is missing on exceptions", area: 'tracebacks and exceptions' },
  "tb_reraise_after_handler.py": { reason: "a bare raise in a function called from an except block finds no active exception", area: 'tracebacks and exceptions' },
  "exc_keyboardinterrupt_in_task.py": { reason: "KeyboardInterrupt raised in a task is swallowed instead of leaving asyncio.run", area: 'tracebacks and exceptions' },
  "exc_keyboardinterrupt_gather.py": { reason: "KeyboardInterrupt from a gather child is swallowed; the run is then stopped as 'would wait forever'", area: 'tracebacks and exceptions' },
  "exc_systemexit_in_task.py": { reason: "SystemExit raised in a task is swallowed instead of leaving asyncio.run", area: 'tracebacks and exceptions' },
  "exc_systemexit_exit_status.py": { reason: "uncaught SystemExit(5) prints a traceback and exits 1 instead of exiting 5 silently", area: 'tracebacks and exceptions' },
  "exc_systemexit_message.py": { reason: "uncaught SystemExit('goodbye') prints a traceback instead of just the message", area: 'tracebacks and exceptions' },
  "exc_stopiteration_in_coroutine.py": { reason: "StopIteration raised in a coroutine is not turned into RuntimeError; the run is stopped as 'would wait forever'", area: 'tracebacks and exceptions' },
  // argument checking
  "cb_call_soon_with_coroutine.py": { reason: "call_soon(coroutine) raises TypeError at once; CPython (not in debug mode) logs the failure when the callback runs", area: 'argument checking' },
  // edges
  "out_list_too_big.py": { reason: "[0] * 10**12 stops the run instead of raising a MemoryError the program can catch", area: 'edges' },
  "out_string_too_big.py": { reason: "'x' * 10**13 stops the run instead of raising a MemoryError the program can catch", area: 'edges' },
  "ws_coding_cookie_latin1.py": { reason: "a latin-1 coding cookie is ignored: the file is read as UTF-8", area: 'edges' },
  "ws_invalid_utf8.py": { reason: "an invalid UTF-8 byte runs as U+FFFD instead of a SyntaxError", area: 'edges' },
  // parser
  "nest_await_unary_minus.py": { reason: "'await -x' is accepted (then a TypeError) where CPython's grammar makes it a SyntaxError (found by differential fuzzing)", area: 'parser' },
};
