import { describe, expect, test } from 'vitest';

import { fitted, fittedLines, textWidth } from '~/components/picture-text';

describe('textWidth', () => {
	test('counts a Hangul syllable as a full em, wider than a Latin letter', () => {
		const hangul = textWidth('완료', 16);

		const latin = textWidth('do', 16);

		expect(hangul).toBe(32);
		expect(latin).toBeLessThan(hangul);
	});

	test('makes bold text wider than regular', () => {
		expect(textWidth('finished', 16, false, true)).toBeGreaterThan(textWidth('finished', 16));
	});

	test('gives every character the same width in the monospace font', () => {
		expect(textWidth('iiii', 10, true)).toBe(textWidth('mmmm', 10, true));
	});
});

describe('fitted', () => {
	test('returns a label that fits its room', () => {
		expect(fitted('FutureStates', 'text.pending', 'pending', { size: 16, width: 100 })).toBe('pending');
	});

	test('stops the build on a label too wide for its room, naming the picture and the label', () => {
		const tooWide = () => fitted('LoopTurn', 'text.queue', '준비 큐에 들어 있는 콜백들', { size: 16, width: 120 });

		expect(tooWide).toThrow(/<LoopTurn>: text\.queue "준비 큐에 들어 있는 콜백들" is about \d+ units wide; its place holds 120/);
	});

	test('stops the build on a missing label', () => {
		expect(() => fitted('LoopTurn', 'text.timer', undefined, { size: 16, width: 120 })).toThrow(
			'<LoopTurn>: text.timer must be a non-empty string; it got undefined.',
		);
	});
});

describe('fittedLines', () => {
	test('checks every line on its own', () => {
		const lines = fittedLines('FutureStates', 'text.result', ['finished', 'with a result'], { size: 16, width: 140 });

		expect(lines).toEqual(['finished', 'with a result']);
	});

	test('stops the build when there are more lines than the box has room for', () => {
		const tooMany = () => fittedLines('FutureStates', 'text.result', ['a', 'b', 'c'], { size: 16, width: 140 });

		expect(tooMany).toThrow('<FutureStates>: text.result must be an array of 1 to 2 lines; it got ["a","b","c"].');
	});
});
