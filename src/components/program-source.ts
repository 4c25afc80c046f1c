/**
 * Finding a lesson program and reading the `mark` prop of `<Program>`. Pure functions, so the
 * messages a lesson author sees when a build stops can be unit-tested.
 */

/** Where lesson programs live, relative to the project root: one file serves the page, the simulator and the conformance suite. */
export const PROGRAMS_DIR = 'content/programs';

/** A mistake in how a lesson uses `<Program>`; its message is what stops the build. */
export class ProgramPropError extends Error {
	override name = 'ProgramPropError';
}

/**
 * Turns the keys of `import.meta.glob('/content/programs/**')` into program names relative to
 * the programs folder: `/content/programs/hello.py` becomes `hello.py`.
 */
export function programsByName(globbed: Record<string, string>): Map<string, string> {
	const prefix = `/${PROGRAMS_DIR}/`;
	const programs = new Map<string, string>();
	for (const [path, source] of Object.entries(globbed)) {
		programs.set(path.startsWith(prefix) ? path.slice(prefix.length) : path, source);
	}
	return programs;
}

/**
 * Returns the source of the program named `file`, or throws an error that names the file and
 * lists the programs that do exist, so a typo is fixed from the build log alone.
 */
export function findProgram(file: unknown, programs: ReadonlyMap<string, string>): string {
	if (typeof file !== 'string' || file.trim() === '') {
		throw new ProgramPropError(
			`<Program> needs a \`file\` prop naming a program in ${PROGRAMS_DIR}/, such as ` +
				`<Program file="hello.py" />; it got ${JSON.stringify(file) ?? 'undefined'}.`,
		);
	}
	const source = programs.get(file);
	if (source !== undefined) return source;

	const known = [...programs.keys()].sort();
	const listing = known.length
		? `Programs that exist: ${known.join(', ')}.`
		: 'That folder has no programs yet.';
	throw new ProgramPropError(
		`<Program file="${file}">: ${PROGRAMS_DIR}/${file} does not exist. ${listing}`,
	);
}

/**
 * Reads the `mark` prop into sorted 1-based line numbers. Accepts a line number, an array of
 * them, or a string of lines and ranges such as `"2, 4-6"` (Expressive Code's `{2,4-6}` syntax
 * without the braces). Throws when a line is not a line of the program.
 */
export function parseLineMarks(mark: unknown, lineCount: number): number[] {
	if (mark === undefined || mark === null || mark === '') return [];

	const lines = new Set<number>();
	const add = (line: number, what: string) => {
		if (!Number.isInteger(line) || line < 1 || line > lineCount) {
			throw new ProgramPropError(
				`<Program mark=...>: ${what} is not a line of the program, which has lines 1-${lineCount}.`,
			);
		}
		lines.add(line);
	};

	if (typeof mark === 'number') {
		add(mark, String(mark));
	} else if (Array.isArray(mark)) {
		for (const line of mark) add(Number(line), JSON.stringify(line));
	} else if (typeof mark === 'string') {
		for (const part of mark.split(',').map((p) => p.trim())) {
			const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
			if (range) {
				const [from, to] = [Number(range[1]), Number(range[2])];
				if (from > to) {
					throw new ProgramPropError(`<Program mark="${mark}">: the range ${part} runs backwards.`);
				}
				for (let line = from; line <= to; line++) add(line, `${line} (in ${part})`);
			} else if (/^\d+$/.test(part)) {
				add(Number(part), part);
			} else {
				throw new ProgramPropError(
					`<Program mark="${mark}">: cannot read "${part}"; expected line numbers and ranges like "2, 4-6".`,
				);
			}
		}
	} else {
		throw new ProgramPropError(
			`<Program mark=...> expects a line number, an array of them, or a string like "2, 4-6"; ` +
				`it got a ${typeof mark}.`,
		);
	}
	return [...lines].sort((a, b) => a - b);
}

/** Splits source text into lines the way an editor numbers them: a final newline ends the last line. */
export function sourceLines(source: string): string[] {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	if (lines.length > 1 && lines.at(-1) === '') lines.pop();
	return lines;
}
