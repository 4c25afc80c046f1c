import { describe, expect, test } from 'vitest';

import {
	findProgram,
	parseLineMarks,
	programsByName,
	sourceLines,
} from '~/components/program-source';

describe('programsByName', () => {
	test('names programs by their path inside content/programs', () => {
		const globbed = {
			'/content/programs/hello.py': 'print("hi")\n',
			'/content/programs/tasks/gather.py': 'pass\n',
		};

		const programs = programsByName(globbed);

		expect([...programs.keys()]).toEqual(['hello.py', 'tasks/gather.py']);
		expect(programs.get('hello.py')).toBe('print("hi")\n');
	});
});

describe('findProgram', () => {
	const programs = new Map([
		['hello.py', 'print("hello")\n'],
		['bye.py', 'print("bye")\n'],
	]);

	test('returns the source of a program that exists', () => {
		expect(findProgram('hello.py', programs)).toBe('print("hello")\n');
	});

	test('names the missing file and lists the programs that exist, sorted', () => {
		expect(() => findProgram('helo.py', programs)).toThrow(
			'<Program file="helo.py">: content/programs/helo.py does not exist. Programs that exist: bye.py, hello.py.',
		);
	});

	test('says so when there are no programs at all', () => {
		expect(() => findProgram('hello.py', new Map())).toThrow('That folder has no programs yet.');
	});

	test('asks for a file name when the prop is missing or empty', () => {
		expect(() => findProgram(undefined, programs)).toThrow(
			'<Program> needs a `file` prop naming a program in content/programs/',
		);
		expect(() => findProgram('  ', programs)).toThrow('it got "  "');
	});
});

describe('parseLineMarks', () => {
	test('marks nothing when the prop is absent', () => {
		expect(parseLineMarks(undefined, 5)).toEqual([]);
	});

	test('reads a single line number', () => {
		expect(parseLineMarks(3, 5)).toEqual([3]);
	});

	test('reads an array of line numbers, sorted and without repeats', () => {
		expect(parseLineMarks([4, 1, 4], 5)).toEqual([1, 4]);
	});

	test('reads lines and ranges from a string', () => {
		expect(parseLineMarks('5, 1-3', 6)).toEqual([1, 2, 3, 5]);
	});

	test('refuses a line past the end of the program, saying how long it is', () => {
		expect(() => parseLineMarks('2-7', 6)).toThrow(
			'7 (in 2-7) is not a line of the program, which has lines 1-6.',
		);
	});

	test('refuses line zero', () => {
		expect(() => parseLineMarks(0, 6)).toThrow('0 is not a line of the program');
	});

	test('refuses a range that runs backwards', () => {
		expect(() => parseLineMarks('4-2', 6)).toThrow('the range 4-2 runs backwards');
	});

	test('refuses text that is not a line or a range', () => {
		expect(() => parseLineMarks('{2}', 6)).toThrow('cannot read "{2}"');
	});

	test('refuses a prop of the wrong type', () => {
		expect(() => parseLineMarks(true, 6)).toThrow('it got a boolean');
	});
});

describe('sourceLines', () => {
	test('treats the final newline as the end of the last line', () => {
		expect(sourceLines('a\nb\n')).toEqual(['a', 'b']);
	});

	test('keeps blank lines inside the program', () => {
		expect(sourceLines('a\n\n\nb')).toEqual(['a', '', '', 'b']);
	});

	test('reads Windows line endings as plain newlines', () => {
		expect(sourceLines('a\r\nb\r\n')).toEqual(['a', 'b']);
	});
});
