import { expect, test } from '@playwright/test';

import { contentPage, contentPages } from './site';

const english = contentPage('lessons/coroutines.mdx');
const korean = contentPage('ko/lessons/coroutines.mdx');

test('the language picker takes a lesson to its Korean page and back', async ({ page }) => {
	await page.goto(english.path);

	await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: '한국어' });

	await expect(page).toHaveURL(korean.path);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(korean.title);

	await page.getByRole('combobox', { name: '언어 선택' }).selectOption({ label: 'English' });

	await expect(page).toHaveURL(english.path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
});

for (const [lang, prefix, sidebarName] of [
	['English', '', 'Main'],
	['Korean', 'ko/', '메인'],
] as const) {
	test(`the ${lang} sidebar lists every ${lang} lesson`, async ({ page }) => {
		const lessons = contentPages().filter((p) => p.file.startsWith(`${prefix}lessons/`));
		await page.goto(lessons[0]?.path ?? '/');

		const sidebar = page.getByRole('navigation', { name: sidebarName });

		for (const lesson of lessons) {
			await expect(sidebar.getByRole('link', { name: lesson.title, exact: true })).toHaveAttribute(
				'href',
				lesson.path,
			);
		}
	});
}

test('Korean pages label their heading links in Korean', async ({ page }) => {
	await page.goto(korean.path);

	const firstSection = page.getByRole('main').getByRole('heading', { level: 2 }).first();
	const title = (await firstSection.textContent())?.trim() ?? '';

	await expect(page.getByRole('link', { name: `섹션 제목: “${title}”` })).toBeVisible();
});

test('the home page starts the learner on the first lesson', async ({ page }) => {
	await page.goto('/');

	await page.getByRole('link', { name: 'Start with coroutines' }).click();

	await expect(page).toHaveURL(english.path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
});
