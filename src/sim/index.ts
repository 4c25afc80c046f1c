/**
 * The simulator's public entry point: source text in, output and trace out.
 */
import type { SimOptions, SimResult } from './types';

export type { SimOptions, SimResult, OutputLine, ExitCode } from './types';

export function simulate(source: string, options: SimOptions = {}): SimResult {
  void source;
  void options;
  throw new Error('simulate: the runtime is being written');
}
