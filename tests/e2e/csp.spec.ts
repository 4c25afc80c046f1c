import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { builtFileFor, builtPages, contentPage } from './site';

const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;

/** The directives of the one policy a built page ships, by name. */
function shippedPolicy(html: string): Map<string, string[]> {
	const policies = [...html.matchAll(POLICY)];
	expect(policies, 'one Content-Security-Policy meta element').toHaveLength(1);
	return new Map(
		(policies[0]?.[1] ?? '').split(';').map((d) => {
			const [name = '', ...sources] = d.trim().split(/\s+/);
			return [name, sources];
		}),
	);
}

test('every built page ships a policy that allows exactly its own inline scripts', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(10);
	for (const path of pages) {
		const html = readFileSync(builtFileFor(path) ?? '', 'utf8');
		const policy = shippedPolicy(html);
		// Scripts a browser runs: inline, and with no type or a JavaScript one (JSON is data).
		const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
			.filter((m) => !/\stype="(?!module"|text\/javascript")/.test(m[1] ?? ''))
			.map((m) => `'sha256-${createHash('sha256').update(m[2] ?? '').digest('base64')}'`);

		expect(policy.get('script-src'), path).toEqual(["'self'", "'wasm-unsafe-eval'", ...new Set(inline)]);
		expect(policy.get('default-src'), path).toEqual(["'self'"]);
		expect(policy.get('connect-src'), path).toEqual(["'self'"]);
		expect(policy.get('worker-src'), path).toEqual(["'self'"]);
		expect(policy.get('object-src'), path).toEqual(["'none'"]);
		expect(policy.get('base-uri'), path).toEqual(["'self'"]);
		// A meta policy only covers what follows it.
		expect(html.indexOf('http-equiv="Content-Security-Policy"'), path).toBeLessThan(html.indexOf('<script'));
	}
});

test('the shipped policy is in force: a script the build did not write does not run', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
	});
	await page.goto(contentPage('lessons/tasks.mdx').path);

	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
		return (window as unknown as { injected?: boolean }).injected ?? false;
	});

	expect(ran).toBe(false);
	expect(violations.join('\n')).toMatch(/script-src/);
});

for (const { lang, home, button, query, lesson } of [
	{ lang: 'English', home: '/', button: 'Search', query: 'gather', lesson: 'lessons/gather.mdx' },
	{ lang: 'Korean', home: '/ko/', button: '검색', query: 'gather', lesson: 'ko/lessons/gather.mdx' },
]) {
	test(`${lang}: search works under the shipped policy, with no violations`, async ({ page }) => {
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(m.text());
		});
		page.on('pageerror', (e) => problems.push(e.message));
		await page.goto(home);

		await page.getByRole('button', { name: button }).click();
		const dialog = page.getByRole('dialog', { name: button });
		const target = contentPage(lesson);
		// Typing as soon as the dialog opens is search.spec.ts's business; here the query is typed
		// again until the index answers, so only the policy can make this test fail. The first page
		// of a run loads Pagefind's index cold, which took over 15 s on a busy two-core machine.
		await expect(async () => {
			await dialog.getByRole('search').getByRole('textbox').fill(query);
			await expect(dialog.locator(`a[href="${target.path}"]`)).toHaveText(target.title, { timeout: 2_000 });
		}).toPass({ timeout: 45_000 });
		expect(problems).toEqual([]);
	});
}
