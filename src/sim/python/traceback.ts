/**
 * Printing an uncaught exception as CPython's traceback module does (Lib/traceback.py
 * `TracebackException.format`), including chained exceptions and exception groups.
 */
import { BaseExceptionGroup, type PyBaseException } from './exceptions';
import { PyList, PyTuple } from './objects';
import { exceptionStr, str } from './repr';

/** traceback._RECURSIVE_CUTOFF */
const RECURSIVE_CUTOFF = 3;

function frames(e: PyBaseException, lines: string[]): string[] {
  const out: string[] = [];
  // Like StackSummary.format: after three identical frames in a row, say how many more were
  // left out instead of printing them.
  let repeats = 0;
  const flush = () => {
    const more = repeats - RECURSIVE_CUTOFF;
    if (more > 0) out.push(`  [Previous line repeated ${more} more time${more === 1 ? '' : 's'}]`);
  };
  e.traceback.forEach((f, i) => {
    const prev = e.traceback[i - 1];
    if (prev && prev.file === f.file && prev.line === f.line && prev.name === f.name) repeats++;
    else {
      flush();
      repeats = 1;
    }
    if (repeats > RECURSIVE_CUTOFF) return;
    out.push(`  File "${f.file}", line ${f.line}, in ${f.name}`);
    const text = lines[f.line - 1]?.trim();
    if (text) out.push(`    ${text}`);
  });
  flush();
  return out;
}

function excLine(e: PyBaseException): string {
  let msg: string;
  try {
    msg = e.pyType.isUserClass ? str(e) : exceptionStr(e);
  } catch {
    msg = '<exception str() failed>';
  }
  // PyErr_Display leaves out the module for builtins and __main__.
  const name = e.pyType.fullyQualifiedName;
  return msg ? `${name}: ${msg}` : name;
}

/**
 * The exception's line and then its notes, one line each (Lib/traceback.py
 * `TracebackException.format_exception_only`): an exception's `__notes__` list of strings.
 */
function excLines(e: PyBaseException): string[] {
  const notes = e.getAttr('__notes__');
  if (!(notes instanceof PyList || notes instanceof PyTuple)) return [excLine(e)];
  return [excLine(e), ...notes.items.flatMap((note) => (typeof note === 'string' ? note : str(note)).split('\n'))];
}

function subExceptions(e: PyBaseException): PyBaseException[] {
  const list = e.args[1];
  if (list instanceof PyList || list instanceof PyTuple) return list.items as PyBaseException[];
  return [];
}

/** The lines for one exception and what it chains to; `group` marks the exception-group layout. */
function format(e: PyBaseException, lines: string[], seen: Set<PyBaseException>): string[] {
  seen.add(e);
  const out: string[] = [];
  if (e.cause && !seen.has(e.cause)) {
    out.push(...format(e.cause, lines, seen), '', 'The above exception was the direct cause of the following exception:', '');
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out.push(...format(e.context, lines, seen), '', 'During handling of the above exception, another exception occurred:', '');
  }
  if (!e.isInstance(BaseExceptionGroup)) {
    if (e.traceback.length) out.push('Traceback (most recent call last):', ...frames(e, lines));
    out.push(...excLines(e));
    return out;
  }
  // An exception group: its own traceback in a box, then each sub-exception, numbered.
  out.push('  + Exception Group Traceback (most recent call last):');
  for (const l of frames(e, lines)) out.push(`  | ${l}`);
  for (const l of excLines(e)) out.push(`  | ${l}`);
  const subs = subExceptions(e);
  subs.forEach((sub, i) => {
    out.push(`${i === 0 ? '  +-+' : '    +'}---------------- ${i + 1} ----------------`);
    for (const l of format(sub, lines, seen)) out.push(`    | ${l}`);
  });
  out.push('    +------------------------------------');
  return out;
}

/**
 * Python/pythonrun.c `_Py_HandleSystemExit`: an uncaught SystemExit prints no traceback. Its
 * `code` is the exit status (None is 0; the OS keeps the low 8 bits); anything else is printed
 * to stderr and the status is 1.
 */
export function handleSystemExit(e: PyBaseException): { status: number; stderr: string } {
  const code = e.getAttr('code') ?? null;
  if (code === null) return { status: 0, stderr: '' };
  if (typeof code === 'bigint' || typeof code === 'boolean') {
    const n = BigInt(code);
    // (int)PyLong_AsLong: past a C long it fails and gives -1.
    const fits = n >= -(1n << 63n) && n < 1n << 63n;
    return { status: fits ? Number(BigInt.asUintN(8, n)) : 255, stderr: '' };
  }
  let text: string;
  try {
    text = str(code);
  } catch {
    text = '';
  }
  return { status: 1, stderr: `${text}\n` };
}

/** Formats an uncaught exception like CPython's traceback printer. */
export function formatTraceback(e: PyBaseException, source: string): string {
  return format(e, source.split(/\r?\n/), new Set()).join('\n') + '\n';
}
