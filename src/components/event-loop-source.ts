/**
 * What `<EventLoop>` does at build time, apart from rendering: find the program, run it on the
 * simulator, refuse a program the simulator refuses, and pack the tokens and the trace into
 * compact props for the island. Pure functions (the simulator result is passed in), so the messages a
 * lesson author sees when a build stops are unit-tested.
 */
import { endedByProgram, type SimResult } from '../sim/types';
import type { TraceEvent } from '../sim/trace';
import type { CompactProgram } from '../widgets/event-loop-view';
import type { ProgramToken } from './program-highlight';
import { PROGRAMS_DIR } from './program-source';

/** A mistake in how a lesson uses `<EventLoop>`, or a program it cannot show; stops the build. */
export class EventLoopError extends Error {
  override name = 'EventLoopError';
}

/** The source of the program named `program`, or an error listing the programs that exist. */
export function findEventLoopProgram(program: unknown, programs: ReadonlyMap<string, string>): string {
  if (typeof program !== 'string' || program.trim() === '') {
    throw new EventLoopError(
      `<EventLoop> needs a \`program\` prop naming a file in ${PROGRAMS_DIR}/, such as ` +
        `<EventLoop program="hello.py" />; it got ${JSON.stringify(program) ?? 'undefined'}.`,
    );
  }
  const source = programs.get(program);
  if (source !== undefined) return source;
  const known = [...programs.keys()].sort();
  throw new EventLoopError(
    `<EventLoop program="${program}">: ${PROGRAMS_DIR}/${program} does not exist. ` +
      (known.length ? `Programs that exist: ${known.join(', ')}.` : 'That folder has no programs yet.'),
  );
}

/**
 * The trace of a run, or an error naming the file and quoting the simulator's stderr when the
 * simulator refused the program (2: unsupported or a syntax error, 3: stopped, 70: its own bug).
 * A program that ends in an uncaught exception (1), a KeyboardInterrupt or a SystemExit is shown:
 * its trace is still the truth.
 */
export function traceOf(program: string, result: SimResult): TraceEvent[] {
  if (endedByProgram(result.exitCode)) {
    if (result.trace) return result.trace;
    throw new EventLoopError(`<EventLoop program="${program}">: the simulator returned no trace.`);
  }
  throw new EventLoopError(
    `<EventLoop program="${program}">: the simulator cannot run ${PROGRAMS_DIR}/${program} ` +
      `(exit code ${result.exitCode}):\n${result.stderr.trimEnd()}`,
  );
}

/** Packs tokenized lines so that each distinct style is written once (see `CompactProgram`). */
export function compactProgram(lines: ProgramToken[][]): CompactProgram {
  const styles: CompactProgram['styles'] = [];
  const seen = new Map<string, number>();
  const packed = lines.map((tokens) =>
    tokens.map((t): [string, number] => {
      const flags = (t.italic ? 1 : 0) | (t.bold ? 2 : 0);
      const key = `${t.light} ${t.dark} ${flags}`;
      let i = seen.get(key);
      if (i === undefined) {
        i = styles.length;
        seen.set(key, i);
        styles.push([t.light, t.dark, flags]);
      }
      return [t.text, i];
    }),
  );
  return { styles, lines: packed };
}
