/**
 * What the widgets' Astro wrappers do to offer the version switch: run a lesson program under
 * every version learners can choose (src/widgets/python-version.ts), once, at build time, and
 * keep for each version what it printed and, only where it differs from the default version's,
 * its trace. The comparison the "prints differently" note rests on is made here, from the
 * simulator's own runs, so no page does it while it loads.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { simulate } from '../sim';
import type { TraceEvent } from '../sim/trace';
import type { SimResult } from '../sim/types';
import { OFFERED_VERSIONS, WIDGET_PYTHON, type OfferedVersion, type VersionRuns } from '../widgets/python-version';
import { differencesFrom, type Printed } from '../widgets/version-differences';
import { VersionNote } from '../widgets/VersionNote';
import type { VersionStrings } from '../widgets/version-strings';
import { EventLoopError, traceOf } from './event-loop-source';

export type VersionResults = Record<OfferedVersion, SimResult>;

/** The program's run under each offered version, with its trace. */
export function runEveryVersion(source: string, program: string): VersionResults {
  const out = {} as VersionResults;
  for (const python of OFFERED_VERSIONS) out[python] = simulate(source, { trace: true, filename: program, python });
  return out;
}

/**
 * The trace of each version's run; the build stops, naming the version, when the simulator
 * refuses the program under any of them.
 */
export function tracesOf(program: string, results: VersionResults): Record<OfferedVersion, TraceEvent[]> {
  const out = {} as Record<OfferedVersion, TraceEvent[]>;
  for (const v of OFFERED_VERSIONS) {
    try {
      out[v] = traceOf(program, results[v]);
    } catch (e) {
      if (v === WIDGET_PYTHON || !(e instanceof EventLoopError)) throw e;
      throw new EventLoopError(`${e.message}\n(under Python ${v}'s rules; the widgets offer ${OFFERED_VERSIONS.join(', ')})`);
    }
  }
  return out;
}

/** What each version's run printed. */
export function printedOf(results: VersionResults): Record<OfferedVersion, Printed> {
  const out = {} as Record<OfferedVersion, Printed>;
  for (const v of OFFERED_VERSIONS) out[v] = { stdout: results[v].stdout, stderr: results[v].stderr };
  return out;
}

/**
 * Per version: `view(version)` where its trace differs from the default version's (null where
 * the two are the same), and the note, as HTML, saying what the other versions print where they
 * print something else (empty where all print the same), whole and without their outputs.
 */
export function versionRuns<T>(
  results: VersionResults,
  traces: Record<OfferedVersion, TraceEvent[]>,
  view: (version: OfferedVersion) => T,
  t: VersionStrings,
): VersionRuns<T> {
  const base = JSON.stringify(traces[WIDGET_PYTHON]);
  const printed = printedOf(results);
  const out = {} as VersionRuns<T>;
  for (const v of OFFERED_VERSIONS) {
    const same = v === WIDGET_PYTHON || JSON.stringify(traces[v]) === base;
    const differences = differencesFrom(printed, v);
    const note = (hideOutput: boolean): string =>
      renderToString(h(VersionNote, { differences, current: printed[v], shown: v, t, hideOutput }));
    out[v] = { run: same ? null : view(v), note: note(false), hidden: note(true) };
  }
  return out;
}
