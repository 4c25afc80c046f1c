import { describe, expect, it } from 'vitest';

import { en } from '../../../src/sim/narrate';
import { localeOf, stringsFor } from '../../../src/widgets/event-loop-strings';
import { ko } from '../../../src/widgets/narrate-ko';

// The names a template fills, each once: a translation may name a value twice where the English says "it".
const placeholders = (template: string): string[] =>
	[...new Set([...template.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1] ?? ''))].sort();

describe('localeOf', () => {
	it("maps Starlight's Korean language tag to Korean and anything else to English", () => {
		expect([localeOf('ko'), localeOf('ko-KR'), localeOf('en'), localeOf(undefined), localeOf('fr')]).toEqual([
			'ko',
			'ko',
			'en',
			'en',
			'en',
		]);
	});
});

describe('stringsFor', () => {
	it('names the English controls exactly as the tests do', () => {
		const { ui } = stringsFor('en');

		expect([ui.step, ui.back, ui.play, ui.pause, ui.reset, ui.output]).toEqual([
			'Step',
			'Back',
			'Play',
			'Pause',
			'Rewind',
			'Output',
		]);
	});

	it('gives every Korean UI string the placeholders of its English one', () => {
		const enUi = stringsFor('en').ui;
		const koUi = stringsFor('ko').ui;

		for (const key of Object.keys(enUi) as (keyof typeof enUi)[]) {
			expect(placeholders(koUi[key]), key).toEqual(placeholders(enUi[key]));
		}
	});
});

describe('the Korean narration table', () => {
	it('fills the same placeholders as the English one, message by message', () => {
		for (const id of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(ko[id]), id).toEqual(placeholders(en[id]));
		}
	});
});
