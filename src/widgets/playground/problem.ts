/**
 * Where a run went wrong, read from the simulator's stderr, so the playground can mark the line in
 * the editor. The simulator's two formats are its contract (README, "Simulator"):
 * `FILE:LINE:COL: message` for a program it refuses or stops (exit 2 and 3), and CPython's
 * traceback for an uncaught exception (exit 1, or 130 for KeyboardInterrupt), whose last
 * `File "…", line N` is where it was raised. Any other status is the program's own SystemExit.
 */

export interface Problem {
  /** 1-based line in the learner's program, or null when the message names none. */
  line: number | null;
  /** 1-based column, when the message gives one. */
  column: number | null;
  /** One line for the learner: `'(' was never closed`, `ValueError: boom`. */
  message: string;
  kind: 'syntax' | 'unsupported' | 'exception' | 'stopped' | 'internal';
}

export function problemOf(exitCode: number, stderr: string, file: string): Problem | null {
  if (exitCode === 0) return null;
  const lines = stderr.replace(/\r\n?/g, '\n').trimEnd().split('\n');
  if (exitCode === 1 || exitCode === 130) {
    let line: number | null = null;
    const frame = new RegExp(`^\\s*File "${escapeRegExp(file)}", line (\\d+)`);
    for (const l of lines) {
      const m = frame.exec(l);
      if (m) line = Number(m[1]);
    }
    return { line, column: null, message: exceptionLine(lines), kind: 'exception' };
  }
  if (exitCode !== 2 && exitCode !== 3 && exitCode !== 70) {
    // SystemExit(n) prints nothing; SystemExit('text') prints the text (and gives 1, above).
    return { line: null, column: null, message: `SystemExit: ${exitCode}`, kind: 'exception' };
  }
  const first = lines[0] ?? '';
  const prefix = `${file}:`;
  const located = first.startsWith(prefix) ? /^(\d+):(\d+): (.*)$/.exec(first.slice(prefix.length)) : null;
  const message = located ? (located[3] ?? '') : first;
  const kind: Problem['kind'] =
    exitCode === 3
      ? 'stopped'
      : exitCode === 2
        ? message.startsWith('not supported by the simulator') ? 'unsupported' : 'syntax'
        : 'internal';
  return {
    line: located ? Number(located[1]) : null,
    column: located ? Number(located[2]) : null,
    message,
    kind,
  };
}

/**
 * The `ValueError: boom` line of the last traceback: the first unindented line after its header.
 * Not simply the last line of stderr, since a warning CPython prints at exit (`RuntimeWarning:
 * coroutine … was never awaited`) can follow the traceback.
 */
function exceptionLine(lines: string[]): string {
  const start = lines.lastIndexOf('Traceback (most recent call last):');
  if (start >= 0) {
    const found = lines.slice(start + 1).find((l) => l !== '' && !/^\s/.test(l));
    if (found !== undefined) return found;
  }
  return lines.at(-1) ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
