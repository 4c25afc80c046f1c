import { expect, test, type Page } from '@playwright/test';

import { contentPage } from './site';

const LESSON = contentPage('lessons/tasks.mdx').path;

/** Makes the page's storage behave as a browser that refuses it, or one whose storage is full. */
async function refuseStorage(page: Page, how: 'blocked' | 'full', cookies: 'allowed' | 'blocked'): Promise<void> {
	await page.addInitScript(
		([how, cookies]) => {
			if (how === 'blocked') {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The user denied access to storage.', 'SecurityError');
					},
				});
			} else {
				Storage.prototype.setItem = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			}
			if (cookies === 'blocked') {
				Object.defineProperty(Document.prototype, 'cookie', {
					get() {
						throw new DOMException('Cookies are disabled.', 'SecurityError');
					},
					set() {
						throw new DOMException('Cookies are disabled.', 'SecurityError');
					},
				});
			}
		},
		[how, cookies] as const,
	);
}

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

async function chooseTheme(page: Page, theme: 'Dark' | 'Light'): Promise<void> {
	await page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).selectOption({ label: theme });
}

test('the theme choice is kept across pages when storage is full', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await refuseStorage(page, 'full', 'allowed');
	const errors = collectErrors(page);
	await page.goto(LESSON);

	await chooseTheme(page, 'Dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/');

	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true })).toHaveValue('dark');
	expect(errors).toEqual([]);
});

test('the theme choice is kept across pages when site data is blocked but cookies are not', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await refuseStorage(page, 'blocked', 'allowed');
	const errors = collectErrors(page);
	await page.goto(LESSON);

	await chooseTheme(page, 'Dark');
	await page.reload();

	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(errors).toEqual([]);
});

test('with all storage refused, pages load without errors and the theme menu still works', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await refuseStorage(page, 'blocked', 'blocked');
	const errors = collectErrors(page);
	await page.goto(LESSON);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	await chooseTheme(page, 'Light');

	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(errors).toEqual([]);
});
