/**
 * The simulator's public entry point: source text (or a file's bytes) in, output and trace out.
 */
export { simulate, simulateFile } from './run';
export { allowsOrder, splitLines, raceRuns } from './races';
export type { SimOptions, SimResult, OutputLine, ExitCode } from './types';
export { endedByProgram } from './types';
export { PYTHON_VERSIONS, DEFAULT_PYTHON, isPythonVersion, type PythonVersion } from './versions';
