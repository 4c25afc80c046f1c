/**
 * Which CPython's asyncio rules a run follows. The runtime models 3.11 to 3.13 exactly, each
 * checked against that interpreter by the conformance suite (tests/conformance/README.md);
 * 3.14 only where a faithful 3.14 oracle could check it (see the README's "Versions").
 *
 * Each rule that changed lives in the runtime file that mirrors the CPython module that
 * changed, behind `atLeast(sim.python, 'X.Y')`, with a comment naming the CPython change.
 */
export const PYTHON_VERSIONS = ['3.11', '3.12', '3.13', '3.14'] as const;

export type PythonVersion = (typeof PYTHON_VERSIONS)[number];

/** What a run follows when no version is asked for. */
export const DEFAULT_PYTHON: PythonVersion = '3.11';

export function isPythonVersion(v: unknown): v is PythonVersion {
  return typeof v === 'string' && (PYTHON_VERSIONS as readonly string[]).includes(v);
}

/** True when `version` is `floor` or newer: the rules of `floor` apply. */
export function atLeast(version: PythonVersion, floor: PythonVersion): boolean {
  return PYTHON_VERSIONS.indexOf(version) >= PYTHON_VERSIONS.indexOf(floor);
}
