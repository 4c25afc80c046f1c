/**
 * What the widgets' Astro wrappers do to offer the version switch: run a lesson program under
 * every version learners can choose (src/widgets/python-version.ts), once, at build time, and
 * keep for each version what it printed and, only where it differs from the default version's,
 * its trace. The comparison the "prints differently" note rests on is made here, from the
 * simulator's own runs, so no page does it while it loads.
 */
import { simulate } from '../sim';
import type { TraceEvent } from '../sim/trace';
import type { SimResult } from '../sim/types';
import { OFFERED_VERSIONS, WIDGET_PYTHON, type OfferedVersion, type VersionRuns } from '../widgets/python-version';
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

/**
 * Per version, what it printed and `view(version)` where its trace differs from the default
 * version's (null where the two are the same).
 */
export function versionRuns<T>(
  results: VersionResults,
  traces: Record<OfferedVersion, TraceEvent[]>,
  view: (version: OfferedVersion) => T,
): VersionRuns<T> {
  const base = JSON.stringify(traces[WIDGET_PYTHON]);
  const out = {} as VersionRuns<T>;
  for (const v of OFFERED_VERSIONS) {
    const same = v === WIDGET_PYTHON || JSON.stringify(traces[v]) === base;
    out[v] = { stdout: results[v].stdout, stderr: results[v].stderr, run: same ? null : view(v) };
  }
  return out;
}
