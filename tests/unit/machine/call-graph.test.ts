import { describe, expect, it } from 'vitest';

import { buildGraphForFuture, type CallGraph, type CallGraphSource } from '../../../src/sim/call-graph';

/**
 * Futures by name, each with its awaiters; a task also with its frames (outermost first, null
 * once done). A name not listed is a plain future nobody awaits.
 */
function source(futures: Record<string, { frames?: string[] | null; awaitedBy?: string[] }>): CallGraphSource<string, string> {
	return {
		frames: (f) => futures[f]?.frames,
		awaitedBy: (f) => futures[f]?.awaitedBy ?? [],
	};
}

/** A graph as nested text: `future [stack] <- (awaiters)`. */
function show(g: CallGraph<string, string>): string {
	const stack = g.callStack.map((f) => f ?? 'None').join(' ');
	const by = g.awaitedBy.map(show).join(', ');
	return `${g.future} [${stack}]${by ? ` <- (${by})` : ''}`;
}

describe('buildGraphForFuture', () => {
	it('lists a task’s frames innermost first and builds each awaiter’s graph the same way', () => {
		const src = source({
			child: { frames: ['work', 'helper'], awaitedBy: ['main'] },
			main: { frames: ['main'] },
		});

		const graph = buildGraphForFuture(src, 'child', null);

		expect(show(graph)).toBe('child [helper work] <- (main [main])');
	});

	it('gives a finished task one frame of None and a plain future none', () => {
		const src = source({ done: { frames: null }, sleep: { awaitedBy: ['t'] }, t: { frames: ['main'] } });

		expect(show(buildGraphForFuture(src, 'done', null))).toBe('done [None]');
		expect(show(buildGraphForFuture(src, 'sleep', null))).toBe('sleep [] <- (t [main])');
	});

	it('keeps the outermost frames for a positive limit, the innermost for a negative one, none for 0', () => {
		const src = source({ t: { frames: ['a', 'b', 'c'] } });

		expect(show(buildGraphForFuture(src, 't', 2))).toBe('t [b a]');
		expect(show(buildGraphForFuture(src, 't', -2))).toBe('t [c b]');
		expect(show(buildGraphForFuture(src, 't', 0))).toBe('t []');
	});

	it('stops at a task already on the path when tasks await each other in a cycle', () => {
		const src = source({ a: { frames: ['fa'], awaitedBy: ['b'] }, b: { frames: ['fb'], awaitedBy: ['a'] } });

		expect(show(buildGraphForFuture(src, 'a', null))).toBe('a [fa] <- (b [fb])');
	});
});
