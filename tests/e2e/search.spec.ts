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

		const result = dialog.getByRole('link', { name: target.title, exact: true });
		await expect(result).toBeVisible();
		await expect(result).toHaveAttribute('href', target.path);
	});
}
