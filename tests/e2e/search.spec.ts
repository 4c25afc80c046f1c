import { expect, test } from '@playwright/test';

import { contentPage, contentSource } from './site';

// Words each lesson is about; the test checks that the lesson still contains them.
const cases = [
	{
		lang: 'English',
		home: '/',
		button: 'Search',
		lesson: 'lessons/coroutines.mdx',
		query: 'coroutine',
	},
	{
		lang: 'Korean',
		home: '/ko/',
		button: '검색',
		lesson: 'ko/lessons/coroutines.mdx',
		query: '코루틴',
	},
];

for (const { lang, home, button, lesson, query } of cases) {
	test(`search finds the ${lang} coroutines lesson`, async ({ page }) => {
		const target = contentPage(lesson);
		expect(contentSource(lesson)).toContain(query);
		await page.goto(home);

		await page.getByRole('button', { name: button }).click();
		const dialog = page.getByRole('dialog', { name: button });
		await dialog.getByRole('search').getByRole('textbox').fill(query);

		// The lesson's own result (a lesson may also list a sub-result, its top, under the same title).
		const result = dialog.locator(`a[href="${target.path}"]`);
		// Pagefind fetches its index and each result's fragment on demand: slow on a busy machine.
		await expect(result).toHaveText(target.title, { timeout: 15_000 });
	});
}

const typedAtOnce = [
	{ lang: 'English', home: '/', button: 'Search', lesson: 'lessons/gather.mdx' },
	{ lang: 'Korean', home: '/ko/', button: '검색', lesson: 'ko/lessons/gather.mdx' },
];

for (const { lang, home, button, lesson } of typedAtOnce) {
	test(`${lang}: typing straight after Ctrl+K finds the gather lesson`, async ({ page }) => {
		const target = contentPage(lesson);
		await page.goto(home);
		await expect(page.getByRole('button', { name: button })).toBeEnabled();

		// No wait between the shortcut and the keys: the search UI is still loading when they arrive.
		await page.keyboard.press('Control+k');
		await page.keyboard.type('gather');

		const dialog = page.getByRole('dialog', { name: button });
		await expect(dialog.getByRole('search').getByRole('textbox')).toHaveValue('gather');
		// The lesson's own result (a lesson may also list a sub-result, its top, under the same title).
		const result = dialog.locator(`a[href="${target.path}"]`);
		// Pagefind fetches its index and each result's fragment on demand: slow on a busy machine.
		await expect(result).toHaveText(target.title, { timeout: 15_000 });
	});
}

// Widget chrome, and the section heading every lesson repeats, must not come up as a result: not
// as a page title, nor as a section of a page (Pagefind lists headings as nested results).
const chrome = [
	{ home: '/', button: 'Search', queries: ['Program', 'Step', 'Check yourself'] },
	{ home: '/ko/', button: '검색', queries: ['스스로 점검하기'] },
];

for (const { home, button, queries } of chrome) {
	test(`widget chrome is not indexed (${home}): no result is a widget heading or a button label`, async ({ page }) => {
		await page.goto(home);
		await page.getByRole('button', { name: button }).click();
		const dialog = page.getByRole('dialog');
		for (const query of queries) {
			await dialog.getByRole('search').getByRole('textbox').fill(query);
			await expect(dialog.locator('.pagefind-ui__message')).toBeVisible({ timeout: 15_000 });
			const exact = new RegExp(`^\\s*${query}\\s*$`);
			await expect(dialog.locator('.pagefind-ui__result-title', { hasText: exact })).toHaveCount(0);
			await expect(dialog.locator('.pagefind-ui__result-nested .pagefind-ui__result-link', { hasText: exact })).toHaveCount(0);
		}
	});
}
