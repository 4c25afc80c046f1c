/** The standard-library modules src/sim/stdlib provides, for the parser's import check. */
export const STDLIB_MODULES: readonly string[] = ['random', 'collections', 'itertools', 'functools', 'typing', 'datetime'];
