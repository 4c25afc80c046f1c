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
    for (const f of e.traceback) {
      out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
      const text = lines[f.line - 1]?.trim();
      if (text) out += `    ${text}\n`;
    }
  }
  const msg = exceptionStr(e);
  const name = e.pyType.module === 'builtins' ? e.pyType.name : e.pyType.qualifiedName;
  out += msg ? `${name}: ${msg}\n` : `${name}\n`;
  return out;
}
