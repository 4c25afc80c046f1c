/**
 * Printing an uncaught exception as CPython's traceback module does.
 */
import type { PyBaseException } from './exceptions';
import { exceptionStr } from './repr';

/** Formats an uncaught exception like CPython's traceback printer (with chained exceptions). */
export function formatTraceback(e: PyBaseException, source: string, seen = new Set<PyBaseException>()): string {
  seen.add(e);
  let out = '';
  if (e.cause && !seen.has(e.cause)) {
    out += formatTraceback(e.cause, source, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out += formatTraceback(e.context, source, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  const lines = source.split(/\r?\n/);
  if (e.traceback.length) {
    out += 'Traceback (most recent call last):\n';
    // Like traceback.StackSummary.format: after three identical frames in a row, say how many
    // more were left out instead of printing them (RECURSIVE_CUTOFF = 3).
    let repeats = 0;
    const flush = () => {
      if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`;
    };
    e.traceback.forEach((f, i) => {
      const prev = e.traceback[i - 1];
      if (prev && prev.file === f.file && prev.line === f.line && prev.name === f.name) repeats++;
      else {
        flush();
        repeats = 1;
      }
      if (repeats > 3) return;
      out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
      const text = lines[f.line - 1]?.trim();
      if (text) out += `    ${text}\n`;
    });
    flush();
  }
  const msg = exceptionStr(e);
  const name = e.pyType.module === 'builtins' ? e.pyType.name : e.pyType.qualifiedName;
  out += msg ? `${name}: ${msg}\n` : `${name}\n`;
  return out;
}
