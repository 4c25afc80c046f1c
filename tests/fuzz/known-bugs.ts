/**
 * Failures the fuzzer finds that are reported to the simulator's owners and not fixed yet
 * (see the fuzzing report). The CI sample tolerates these and prints them; anything else (a
 * thrown exception, a new internal error, output past the limit, an unlocated error, a crash)
 * fails the test. Remove an entry once its bug is fixed.
 */
export const KNOWN_BUGS: { name: string; problem: RegExp }[] = [
  // The step budget counts statements, not their cost: create_task/add_done_callback in a
  // 10**6 loop, sum(range(10**12)), sorted(range(10**7)), a**b on huge ints, deep nesting.
  { name: 'budget does not bound expensive statements', problem: /^(slow|hang):/ },
  { name: 'huge string/list from + or format', problem: /^exit 70: .*Invalid (string|array) length/ },
  { name: 'repr() with no argument', problem: /^exit 70: .*reading 'repr'/ },
  { name: 'int(1.5, 2): a base with a non-string', problem: /^exit 70: .*s\.trim is not a function/ },
  { name: 'huge BigInt', problem: /^exit 70: .*Maximum BigInt size exceeded/ },
  { name: 'list grown past V8 limits aborts the process', problem: /^worker died .*invalid (size|array length)/is },
];

export const isKnown = (problem: string): boolean => KNOWN_BUGS.some((b) => b.problem.test(problem));
