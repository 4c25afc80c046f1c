import { describe, expect, test } from 'vitest';

import {
	BACKGROUNDS,
	MIN_CONTRAST,
	contrastRatio,
	ensureContrast,
	programLinesHtml,
	tokenizePython,
	type ProgramToken,
} from '~/components/program-highlight';

describe('tokenizePython', () => {
	test('returns one line of tokens per source line, keeping the text intact', async () => {
		const code = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)';

		const lines = await tokenizePython(code);

		expect(lines).toHaveLength(4);
		expect(lines.map((tokens) => tokens.map((t) => t.text).join(''))).toEqual(code.split('\n'));
	});

	test('colours keywords differently from names', async () => {
		const [tokens = []] = await tokenizePython('async def main(): pass');

		const keyword = tokens.find((t) => t.text === 'async');
		const name = tokens.find((t) => t.text.trim() === 'main');

		expect(keyword?.dark).not.toBe(name?.dark);
		expect(keyword?.light).not.toBe(name?.light);
	});

	test('gives every token enough contrast on both code backgrounds', async () => {
		const lines = await tokenizePython(
			'# a comment\nx = f"{1!r:>3}"  # another\nprint(None, True)',
		);

		for (const token of lines.flat()) {
			expect(contrastRatio(token.light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(MIN_CONTRAST);
			expect(contrastRatio(token.dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(MIN_CONTRAST);
		}
	});
});

describe('contrastRatio', () => {
	test('is 21 for black on white and 1 for a colour on itself', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#3572a5', '#3572a5')).toBe(1);
	});

	test('does not depend on which colour is the background', () => {
		expect(contrastRatio('#637777', '#011627')).toBe(contrastRatio('#011627', '#637777'));
	});
});

describe('ensureContrast', () => {
	test('leaves a colour that already has enough contrast unchanged', () => {
		expect(ensureContrast('#FFFFFF', '#23262f', 5.5)).toBe('#ffffff');
	});

	test('lightens a dim colour on a dark background just enough', () => {
		const adjusted = ensureContrast('#637777', '#23262f', 5.5);

		expect(contrastRatio(adjusted, '#23262f')).toBeGreaterThanOrEqual(5.5);
		expect(contrastRatio(adjusted, '#23262f')).toBeLessThan(5.7);
	});

	test('darkens a pale colour on a light background', () => {
		const adjusted = ensureContrast('#c0c0c0', '#f6f7f9', 4.5);

		expect(contrastRatio(adjusted, '#f6f7f9')).toBeGreaterThanOrEqual(4.5);
		expect(parseInt(adjusted.slice(1, 3), 16)).toBeLessThan(0xc0);
	});

	test('refuses something that is not a hex colour', () => {
		expect(() => ensureContrast('red', '#ffffff', 4.5)).toThrow(
			'Expected a colour like #1a2b3c, got "red".',
		);
	});
});

describe('programLinesHtml', () => {
	const token = (text: string): ProgramToken => ({
		text,
		light: '#111111',
		dark: '#eeeeee',
		italic: false,
		bold: false,
	});

	test('numbers each line and hides the numbers from screen readers', () => {
		const html = programLinesHtml([[token('a = 1')], [token('b = 2')]], new Set());

		expect(html).toContain(
			'<span class="line" data-line="1"><span class="ln" aria-hidden="true">1</span>',
		);
		expect(html).toContain('data-line="2"><span class="ln" aria-hidden="true">2</span>');
	});

	test('marks the lines asked for and no others', () => {
		const html = programLinesHtml([[token('a')], [token('b')], [token('c')]], new Set([2]));

		expect(html.match(/class="line marked"/g)).toHaveLength(1);
		expect(html).toContain('<span class="line marked" data-line="2">');
	});

	test('escapes code so that it shows as text', () => {
		const html = programLinesHtml([[token('if a < b and c > d: print("&")')]], new Set());

		expect(html).toContain('if a &lt; b and c &gt; d: print("&amp;")');
	});

	test('carries both theme colours and the font style on each token', () => {
		const html = programLinesHtml([[{ ...token('# note'), italic: true }]], new Set());

		expect(html).toContain('<span class="i" style="--l:#111111;--d:#eeeeee"># note</span>');
	});
});
