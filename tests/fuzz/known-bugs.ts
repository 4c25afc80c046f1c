/**
 * Failures the fuzzer finds that are reported to the simulator's owners and not fixed yet
 * (see the fuzzing report). The CI sample tolerates these and prints them; anything else (a
 * thrown exception, a new internal error, output past the limit, an unlocated error, a crash)
 * fails the test. Remove an entry once its bug is fixed; tests/unit/python/budget.test.ts keeps
 * a regression test for each one fixed so far.
 */
export const KNOWN_BUGS: { name: string; problem: RegExp }[] = [];

export const isKnown = (problem: string): boolean => KNOWN_BUGS.some((b) => b.problem.test(problem));
