import { expect, test, type Page } from '@playwright/test';

import { axe, describeViolations } from './axe';
import { SITE, builtFileFor, builtPages, contentPages, contentSource, idsIn } from './site';

// Checking the contrast of every highlighted token takes axe most of its time on a lesson page.
// Token colours are held to 5.5:1 when they are made (by Expressive Code for Markdown code
// blocks, by program-highlight.ts for programs), and program.spec.ts runs axe over a full
// program in both themes, so the per-page checks skip the insides of code blocks.
const CODE_TOKENS = 'pre > code';

// The widgets are the same components on every lesson page, and their own specs run axe over
// them in every state (event-loop, predict, quiz and playground). The first lesson is checked
// whole; on the others the widgets are skipped, which keeps axe's time per page in bounds.
const WIDGETS = ['.el', '.po-wrap', '.qz', '.pg'];
const WHOLE_PAGE = '/lessons/coroutines/';

// Every page content/docs produces, plus Starlight's 404 page.
const pages = [...contentPages().map((p) => p.path), '/404.html'];

test('the build holds exactly the pages content/docs produces', () => {
	expect(builtPages()).toEqual([...pages].sort());
});

for (const path of pages) {
	test.describe(`page ${path}`, () => {
		test('loads without console errors or failed requests', async ({ page }) => {
			const problems = collectProblems(page);

			await page.goto(path, { waitUntil: 'networkidle' });

			expect(problems).toEqual([]);
		});

		test('has no WCAG 2 A or AA violations, in the light and the dark theme', async ({ page }) => {
			test.slow();
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

				let check = axe(page).exclude(CODE_TOKENS);
				if (!path.endsWith(WHOLE_PAGE)) for (const widget of WIDGETS) check = check.exclude(widget);
				const results = await check.analyze();

				const violations = describeViolations(results).map((v) => `${colorScheme}: ${v}`);
				expect(violations).toEqual([]);
			}
		});

		test('links only to pages and anchors that exist', async ({ page, baseURL }) => {
			await page.goto(path);
			// Starlight gives its 404 page a canonical URL and translations (/404/, /ko/404/) that
			// do not exist; only its visible links matter.
			const selector =
				path === '/404.html' ? 'a[href]' : 'a[href], link[rel="alternate"], link[rel="canonical"]';
			const hrefs = await page
				.locator(selector)
				.evaluateAll((elements) => elements.map((e) => (e as HTMLAnchorElement).href));

			const broken = hrefs
				.map((href) => new URL(href))
				.filter((url) => url.origin === baseURL || url.origin === SITE)
				.filter((url) => {
					const file = builtFileFor(url.pathname);
					if (!file) return true;
					const anchor = decodeURIComponent(url.hash.slice(1));
					return anchor !== '' && file.endsWith('.html') && !idsIn(file).has(anchor);
				})
				.map((url) => url.pathname + url.hash);

			expect(broken, `broken links on ${path}`).toEqual([]);
		});
	});
}

// The lesson pictures (Picture.astro) are drawn at build time, so they are checked with
// JavaScript off. Each must be one image, named and described in words, and on a phone it must
// shrink with the column, not push the page sideways, while its smallest labels stay readable.
const PICTURE = /<(?:SequentialVsConcurrent|FutureStates|LoopTurn)\b/g;
const SMALLEST_LABEL_PX = 10.5;

test.describe('lesson pictures, without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

	for (const { path, file } of contentPages()) {
		const count = contentSource(file).match(PICTURE)?.length ?? 0;
		if (count === 0) continue;
		test(`page ${path}: its pictures are described images that fit a 360 px screen`, async ({ page }) => {
			await page.goto(path);
			// A picture in a predict exercise's answer is folded away until the answer is opened.
			for (const summary of await page.locator('details:has(figure[data-picture]) > summary').all()) await summary.click();

			const images = page.locator('figure[data-picture] svg[role="img"]');
			await expect(images).toHaveCount(count);
			for (const image of await images.all()) {
				await expect(image).toHaveAccessibleName(/\S/);
				await expect(image).toHaveAccessibleDescription(/\S.{40,}/);
				const smallest = await image.evaluate((svg: SVGSVGElement) => {
					const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
					const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
					return Math.min(...sizes);
				});
				expect(smallest, 'the smallest label, in CSS pixels').toBeGreaterThanOrEqual(SMALLEST_LABEL_PX);
			}
			const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(sideways).toBe(0);
		});
	}
});

/** Records console errors, uncaught exceptions and failed same-origin requests on a page. */
function collectProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return problems;
}
