import type { Loc } from './ast';

/**
 * The one error type of the simulator's front end and of its limits. A learner's program that
 * CPython itself would reject, or that uses Python the simulator does not model, ends in a
 * `SimError`, never in a JavaScript stack trace.
 *
 * - `syntax`: CPython would raise SyntaxError/IndentationError; the message reads like CPython's.
 * - `unsupported`: valid Python outside the simulator's subset; the message names the construct.
 * - `budget`: the program ran past the step budget (an infinite loop, most likely).
 * - `hang`: nothing can ever run again (CPython would block in `select` forever).
 */
export type SimErrorKind = 'syntax' | 'unsupported' | 'budget' | 'hang';

export class SimError extends Error {
  readonly kind: SimErrorKind;
  readonly loc: Loc;

  constructor(kind: SimErrorKind, message: string, loc: Loc) {
    super(message);
    this.name = 'SimError';
    this.kind = kind;
    this.loc = loc;
  }
}

export function syntaxError(message: string, loc: Loc): SimError {
  return new SimError('syntax', message, loc);
}

/**
 * "not supported by the simulator: class definitions". The construct comes last so that the
 * sentence reads right for any name, singular or plural.
 */
export function unsupported(construct: string, loc: Loc): SimError {
  return new SimError('unsupported', `not supported by the simulator: ${construct}`, loc);
}

/**
 * `FILE:LINE:COL: message`, then the source line and a caret under the column, the way
 * compilers and CPython's SyntaxError print it. The printed column is 1-based (editors jump to
 * `file:line:col` that way, and CPython's `SyntaxError.offset` is 1-based); `Loc.col` is 0-based.
 */
export function formatSimError(err: SimError, file: string, source: string): string {
  const { line, col } = err.loc;
  const text = source.split(/\r?\n/)[line - 1] ?? '';
  const head = `${file}:${line}:${col + 1}: ${err.message}`;
  if (text.trim() === '') return head;
  return `${head}\n    ${text}\n    ${' '.repeat(Math.min(col, text.length))}^`;
}
