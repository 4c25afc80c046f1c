/**
 * The budgets a lesson page is held to (README, "Budgets"), measured in a real browser. Shared by
 * the e2e tests, which hold them, and `npm run size`, which prints them for every lesson page.
 */
import { gzipSync } from 'node:zlib';

import type { Page } from '@playwright/test';

export const BUDGET = { gzippedKB: 60, interactiveMs: 100, stepMs: 16, taskMs: 100 } as const;

/** Every script the page fetches from now on: URL and gzipped size (level 9). */
export function collectScripts(page: Page): Map<string, number> {
	const scripts = new Map<string, number>();
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script' && !response.url().endsWith('.js')) return;
		try {
			scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
		} catch {
			// A response closed with its page has no body to weigh.
		}
	});
	return scripts;
}

/**
 * Gzipped bytes of the page's inline scripts, which load with the HTML. Only scripts the browser
 * runs count: a `type="application/json"` block (the sidebar's list of exercises) is data.
 */
export async function inlineScriptBytes(page: Page): Promise<number> {
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
			.map((s) => s.textContent ?? '')
			.filter((t) => t.trim() !== ''),
	);
	return inline.reduce((n, t) => n + gzipSync(t, { level: 9 }).length, 0);
}

/**
 * Records, for every island, when it became visible and when it finished hydrating (Astro removes
 * its `ssr` attribute then), on the page's own clock. Call before `page.goto`.
 */
export async function probeHydration(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { islandTimes: { component: string; visible: number; hydrated: number }[]; parsed: number };
		w.islandTimes = [];
		w.parsed = -1;
		document.addEventListener('DOMContentLoaded', () => (w.parsed = performance.now()));
		// No named functions in here: a TypeScript runner's name-keeping helpers do not exist in
		// the page.
		const watched = new Set<Element>();
		// Islands are watched as the parser inserts them, not at DOMContentLoaded: one on screen
		// while the rest of the page still loads is visible from the first paint that shows it.
		new MutationObserver((added) => {
			const islands = added
				.flatMap((r) => [...r.addedNodes])
				.filter(
					(node): node is Element => node instanceof Element && node.localName === 'astro-island' && !node.closest('astro-island astro-island'),
				);
			for (const island of islands) {
				if (watched.has(island)) continue;
				watched.add(island);
				const entry = { component: island.getAttribute('component-url') ?? '', visible: -1, hydrated: -1 };
				w.islandTimes.push(entry);
				const seen = new IntersectionObserver((records) => {
					if (records.some((r) => r.isIntersecting) && entry.visible < 0) {
						entry.visible = performance.now();
						seen.disconnect();
					}
				});
				// An island is `display: contents`, with no box of its own: watch its children, as
				// Astro's client:visible does, including those the parser has yet to insert.
				for (const child of island.children) seen.observe(child);
				new MutationObserver((records, observer) => {
					if (entry.visible >= 0) observer.disconnect();
					for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) seen.observe(node);
				}).observe(island, { childList: true });
				new MutationObserver((_, observer) => {
					if (!island.hasAttribute('ssr')) {
						entry.hydrated = performance.now();
						observer.disconnect();
					}
				}).observe(island, { attributes: true, attributeFilter: ['ssr'] });
			}
		}).observe(document, { childList: true, subtree: true });
	});
}

export interface IslandTime {
	component: string;
	/** From becoming visible to interactive, in ms. */
	ms: number;
	/**
	 * Whether it was on screen before the page had finished parsing: its time then includes the
	 * page's own load, which it waits behind, as a widget scrolled to later does not.
	 */
	duringLoad: boolean;
}

export async function hydrationTimes(page: Page): Promise<IslandTime[]> {
	const { times, parsed } = await page.evaluate(() => {
		const w = window as unknown as { islandTimes: { component: string; visible: number; hydrated: number }[]; parsed: number };
		return { times: w.islandTimes, parsed: w.parsed };
	});
	// An island that hydrates within the look-ahead margin, before it scrolls into view, may have
	// its server-rendered children replaced by the live ones, so the observer never sees it
	// intersect: it was interactive before the reader could see it, which counts as 0 ms.
	return times
		.filter((t) => t.hydrated >= 0)
		.map((t) => ({
			component: /\/([A-Za-z]+)\.[^/]*$/.exec(t.component)?.[1] ?? t.component,
			ms: t.visible < 0 ? 0 : Math.max(0, t.hydrated - t.visible),
			duringLoad: t.visible >= 0 && t.visible < parsed,
		}));
}

/** Scrolls every island into view in turn, as a reader going down the page, until each is live. */
export async function visitEveryIsland(page: Page): Promise<number> {
	const islands = page.locator('astro-island:not(astro-island astro-island)');
	const count = await islands.count();
	for (let i = 0; i < count; i++) {
		const island = islands.nth(i);
		await island.scrollIntoViewIfNeeded();
		await island.page().waitForFunction((el) => !el?.hasAttribute('ssr'), await island.elementHandle(), { timeout: 20_000 });
	}
	await page.waitForLoadState('networkidle');
	return count;
}

/**
 * Median and 90th percentile, in ms, of one Step on the first visualizer inside `root`: from the
 * click to a laid-out page (the machine's step, Preact's render, and the style and layout it
 * causes, forced by reading a size), over `steps` steps from the middle of the run.
 */
export async function stepLatency(page: Page, rootSelector: string, steps = 40): Promise<{ median: number; p90: number; events: number }> {
	const result = await page.evaluate(
		async ({ rootSelector, steps }) => {
			const root = document.querySelector(rootSelector);
			const widget = root?.querySelector('.el');
			const slider = widget?.querySelector<HTMLInputElement>('input[type=range]');
			const button = [...(widget?.querySelectorAll<HTMLButtonElement>('.el-controls button') ?? [])][1];
			if (!widget || !slider || !button) throw new Error(`no visualizer in ${rootSelector}`);
			// The scrubber counts steps; the widget names its run's length in events.
			const events = Number(widget.getAttribute('data-events'));
			const stops = Number(slider.max);
			slider.value = String(Math.max(0, Math.floor(stops / 2) - steps));
			slider.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((r) => setTimeout(r, 50));
			const out: number[] = [];
			for (let i = 0; i < steps && Number(slider.value) < stops; i++) {
				const t0 = performance.now();
				button.click();
				await Promise.resolve();
				await Promise.resolve();
				void document.body.offsetHeight;
				out.push(performance.now() - t0);
				await new Promise((r) => setTimeout(r, 20));
			}
			return { out, events };
		},
		{ rootSelector, steps },
	);
	const times = [...result.out].sort((a, b) => a - b);
	return {
		median: times[Math.floor(times.length / 2)] ?? Number.NaN,
		p90: times[Math.floor(times.length * 0.9)] ?? Number.NaN,
		events: result.events,
	};
}

/** A program whose run records more than 10,000 trace events: 210 tasks sleeping four times. */
export const BIG_PROGRAM = `import asyncio


async def worker(i):
    for k in range(4):
        await asyncio.sleep(0.001 * (i % 10))
    return i


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(210)])
    print(sum(results))


asyncio.run(main())
`;

/**
 * A program that starts 10,000 tasks, each printing a line: the run a page must take without
 * freezing (no main-thread task over BUDGET.taskMs while it runs, steps or scrubs).
 */
export const MANY_TASKS_PROGRAM = `import asyncio


async def worker(i):
    await asyncio.sleep(0.001 * (i % 7))
    print("done", i)
    return i


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(10_000)])
    print(len(results), sum(results))


asyncio.run(main())
`;

/** A program whose run has just under the playground's cap of events (protocol.ts): BIG_PROGRAM's 11,348 of 12,000. */
export const NEAR_CAP_PROGRAM = BIG_PROGRAM;

/**
 * Starts recording the page's long main-thread tasks (over 50 ms, the browser's own threshold).
 * Call before the work to measure; `longestTask` reads the longest one seen since.
 */
export async function watchLongTasks(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __longTasks: number[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longTasks.push(e.duration);
		}).observe({ type: 'longtask' });
	});
}

/** The longest main-thread task since `watchLongTasks`, in ms (0 when none passed 50 ms), and how many passed 50 ms. */
export async function longestTask(page: Page): Promise<{ longest: number; count: number }> {
	// A long task is reported after it ends; give the observer a turn to deliver the last one.
	await page.waitForTimeout(200);
	return page.evaluate(() => {
		const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
		return { longest: Math.max(0, ...tasks), count: tasks.length };
	});
}
