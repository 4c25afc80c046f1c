/** Traces of lesson programs, run on the simulator, for tests that read a whole lesson's run. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { simulate } from '../../../src/sim';
import type { TraceEvent } from '../../../src/sim/trace';

const cache = new Map<string, TraceEvent[]>();

export function lessonTrace(program: string): TraceEvent[] {
	const hit = cache.get(program);
	if (hit) return hit;
	const source = readFileSync(fileURLToPath(new URL(`../../../content/programs/${program}`, import.meta.url)), 'utf8');
	const result = simulate(source, { trace: true, filename: program });
	if (!result.trace) throw new Error(`${program}: no trace (exit ${result.exitCode})`);
	cache.set(program, result.trace);
	return result.trace;
}
