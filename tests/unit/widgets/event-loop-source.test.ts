import { describe, expect, it } from 'vitest';

import { compactProgram, findEventLoopProgram, traceOf } from '../../../src/components/event-loop-source';
import type { ProgramToken } from '../../../src/components/program-highlight';
import { simulate } from '../../../src/sim';

const programs = new Map([
	['hello.py', 'print("hi")\n'],
	['sleep.py', 'import asyncio\n'],
]);

describe('findEventLoopProgram', () => {
	it('returns the source of a program that exists', () => {
		expect(findEventLoopProgram('hello.py', programs)).toBe('print("hi")\n');
	});

	it('names the missing file and lists the programs that exist', () => {
		expect(() => findEventLoopProgram('helo.py', programs)).toThrow(
			'<EventLoop program="helo.py">: content/programs/helo.py does not exist. Programs that exist: hello.py, sleep.py.',
		);
	});

	it('asks for the program prop when it is missing', () => {
		expect(() => findEventLoopProgram(undefined, programs)).toThrow('<EventLoop> needs a `program` prop');
	});
});

describe('traceOf', () => {
	it('returns the trace of a program the simulator runs', () => {
		const result = simulate('import asyncio\nasync def main():\n    print("x")\nasyncio.run(main())\n', {
			trace: true,
			filename: 'x.py',
		});

		const trace = traceOf('x.py', result);

		expect(trace.some((e) => e.type === 'print' && e.text === 'x')).toBe(true);
	});

	it('keeps the trace of a program that ends in an uncaught exception', () => {
		const result = simulate('raise ValueError("boom")\n', { trace: true, filename: 'boom.py' });

		expect(result.exitCode).toBe(1);
		expect(Array.isArray(traceOf('boom.py', result))).toBe(true);
	});

	it("stops the build on a program the simulator refuses, naming the file and quoting the simulator", () => {
		const result = simulate('def f(:\n', { trace: true, filename: 'bad.py' });

		expect(result.exitCode).toBe(2);
		expect(() => traceOf('bad.py', result)).toThrow(
			/<EventLoop program="bad\.py">: the simulator cannot run content\/programs\/bad\.py \(exit code 2\):\nbad\.py:1:/,
		);
	});
});

describe('compactProgram', () => {
	it('writes each distinct style once and keeps every token in order', () => {
		const token = (text: string, light: string, italic = false): ProgramToken => ({
			text,
			light,
			dark: '#ffffff',
			italic,
			bold: false,
		});
		const lines = [[token('async', '#111111', true), token(' ', '#222222')], [], [token('def', '#111111', true)]];

		const compact = compactProgram(lines);

		expect(compact.styles).toEqual([
			['#111111', '#ffffff', 1],
			['#222222', '#ffffff', 0],
		]);
		expect(compact.lines).toEqual([[['async', 0], [' ', 1]], [], [['def', 0]]]);
	});
});
