import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { axe, describeViolations } from './axe';
import { contentPage } from './site';

const lesson = contentPage('lessons/coroutines.mdx');
const file = 'coroutines-hello.py';
const source = readFileSync(new URL(`../../content/programs/${file}`, import.meta.url), 'utf8');

test('a program shows its file name, its numbered lines and its code', async ({ page }) => {
	await page.goto(lesson.path);

	const program = page.getByRole('figure', { name: file });

	await expect(program).toBeVisible();
	const lines = source.trimEnd().split('\n');
	await expect(program.locator('[data-line]')).toHaveCount(lines.length);
	await expect(program.locator(`[data-line="${lines.length}"]`)).toHaveText(
		`${lines.length}${lines.at(-1)}`,
	);
});

test('the copy button copies the program exactly, without line numbers', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(lesson.path);
	const program = page.getByRole('figure', { name: file });

	await program.getByRole('button', { name: 'Copy' }).click();

	await expect(program.getByRole('status')).toHaveText('Copied to the clipboard');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(source);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`programs are readable in the ${colorScheme} theme, every token and line number`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(lesson.path);

		const results = await axe(page).include('figure.program').analyze();

		expect(describeViolations(results)).toEqual([]);
	});
}
