/**
 * Which Python a learner watches the course's programs under, and what each version printed.
 *
 * The versions offered are the ones the conformance suite checks against a real interpreter for
 * every program (tests/conformance/README.md): 3.11 (`python3`), 3.12 and 3.13 (pyenv's). The
 * runtime also models 3.14 (src/sim/versions.ts), checked through pyodide, which has no threads:
 * the blocking lesson's programs and every other that starts a thread have no 3.14 oracle here,
 * so offering 3.14 would tell learners "this is what 3.14 prints" for programs nothing checked.
 *
 * The choice is remembered in localStorage. As with the progress store (progress-store.ts),
 * anything unreadable is ignored and removed, and a storage that throws (blocked, full) makes
 * every call a no-op: the widgets then fall back to the default, or to the choice made on this
 * page for as long as it is open (use-python-version.ts).
 */
import type { PythonVersion } from '../sim/versions';

/** Newest first, as the switch lists them. */
export const OFFERED_VERSIONS = ['3.13', '3.12', '3.11'] as const satisfies readonly PythonVersion[];

export type OfferedVersion = (typeof OFFERED_VERSIONS)[number];

/**
 * What widgets show until the learner chooses: the newest version checked here. The command line
 * keeps its own default (DEFAULT_PYTHON, "what python3 prints"), which is 3.11 on these machines.
 */
export const WIDGET_PYTHON: OfferedVersion = '3.13';

/** Where the choice lives. `v1` leaves room for a format that carries more than the version. */
export const VERSION_KEY = 'asyncio-course:python:v1';

export function isOffered(value: unknown): value is OfferedVersion {
  return typeof value === 'string' && (OFFERED_VERSIONS as readonly string[]).includes(value);
}

/** The stored choice, or null when nothing valid is stored. Anything corrupt is removed. */
export function loadVersion(storage: Storage | null): OfferedVersion | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(VERSION_KEY);
    if (isOffered(raw)) return raw;
    if (raw !== null) storage.removeItem(VERSION_KEY);
    return null;
  } catch {
    return null;
  }
}

/** Stores the choice; false when the storage refused. */
export function saveVersion(storage: Storage | null, version: OfferedVersion): boolean {
  if (!storage) return false;
  try {
    storage.setItem(VERSION_KEY, version);
    return true;
  } catch {
    return false;
  }
}

/**
 * A program's run under one version, as a widget receives it from the build. `run` is what the
 * widget needs to show that run (a trace, an exercise's lines), or null when it is the same as
 * the default version's, which the widget's other props carry already: most lesson programs
 * behave alike on every version, and their pages then ship nothing twice. `note` is the
 * "prints differently" note for that version, rendered at build time (VersionNote.tsx), empty
 * when every version prints the same; `hidden` is the same note without the other outputs, for a
 * predict exercise not yet solved.
 */
export interface VersionRun<T> {
  run: T | null;
  note: string;
  hidden: string;
}

export type VersionRuns<T> = Record<OfferedVersion, VersionRun<T>>;
