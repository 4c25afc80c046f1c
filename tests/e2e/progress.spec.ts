/**
 * Progress a learner can see: the course overview on the home page, the moment a lesson is
 * complete, the sidebar's ✓ (earned, not claimed), and moving progress to another browser by
 * exporting it to a file and importing it there; in English and Korean, on a desktop and a phone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { exercisesInSource } from '../../src/widgets/progress-lessons';
import { contentPages, contentSource } from './site';

const PREFIX = 'asyncio-course:progress:v1:';

const LANGUAGES = [
	{
		lang: 'English',
		home: '/',
		lessonsDir: 'lessons/',
		overview: 'Your progress',
		startWith: 'Start with',
		next: 'Next:',
		complete: '✓ Complete',
		solvedOf: (solved: number, total: number) => `${solved} of ${total} solved`,
		export: 'Export progress',
		import: 'Import progress…',
		imported: /^Imported: progress for 1 lessons is merged/,
		refused: 'That file was not imported: it is damaged or was edited by hand. Your progress here is unchanged.',
		notOurs: 'That file was not imported: it is not a progress file (it is not even JSON). Your progress here is unchanged.',
		lessonComplete: 'Lesson complete',
		check: 'Check',
		completed: 'completed',
	},
	{
		lang: 'Korean',
		home: '/ko/',
		lessonsDir: 'ko/lessons/',
		overview: '내 진도',
		startWith: '시작하기:',
		next: '다음 레슨:',
		complete: '✓ 완료',
		solvedOf: (solved: number, total: number) => `${total}개 중 ${solved}개 풀었음`,
		export: '진도 내보내기',
		import: '진도 가져오기…',
		imported: /^가져왔습니다\. 레슨 1개의 진도를/,
		refused: '그 파일은 가져오지 않았습니다. 파일이 손상되었거나 직접 고친 흔적이 있습니다. 이 브라우저의 진도는 그대로입니다.',
		notOurs: '그 파일은 가져오지 않았습니다. 진도 파일이 아닙니다(JSON 파일도 아닙니다). 이 브라우저의 진도는 그대로입니다.',
		lessonComplete: '레슨 완료',
		check: '확인',
		completed: '완료',
	},
] as const;

/** The lessons of a language, in the sidebar's order, with their exercises. */
function lessonsOf(dir: string) {
	return contentPages()
		.filter((p) => p.file.startsWith(dir) && !p.file.slice(dir.length).includes('/'))
		.map((p) => {
			const source = contentSource(p.file);
			const order = Number(/^\s+order:\s*(\d+)/m.exec(source)?.[1] ?? 0);
			return { ...p, order, exercises: exercisesInSource(p.path, source) };
		})
		.sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
}

/** A record with every exercise of the lesson solved, as the widgets write it. */
function solvedRecord(lesson: ReturnType<typeof lessonsOf>[number]) {
	const exercises: Record<string, { solved: boolean }> = {};
	for (const id of lesson.exercises.predict) exercises[id] = { solved: true };
	for (let i = 0; i < lesson.exercises.quizzes; i++) exercises[`quiz:q${i}`] = { solved: true };
	return { complete: true, exercises };
}

async function store(page: Page, path: string, record: unknown): Promise<void> {
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PREFIX + path, JSON.stringify(record)] as const);
}

for (const language of LANGUAGES) {
	const lessons = lessonsOf(language.lessonsDir);

	test.describe(`${language.lang}: progress`, () => {
		for (const width of [1280, 375]) {
			test(`the home page lists every lesson with its exercises, at ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(language.home);
				const overview = page.getByRole('region', { name: language.overview });

				const items = overview.getByRole('listitem');
				await expect(items).toHaveCount(lessons.length);
				for (const [i, lesson] of lessons.entries()) {
					await expect(items.nth(i).getByRole('link', { name: lesson.title, exact: true })).toBeVisible();
					const total = lesson.exercises.predict.length + lesson.exercises.quizzes;
					await expect(items.nth(i)).toContainText(language.solvedOf(0, total));
				}
				await expect(overview.getByText(language.startWith)).toBeVisible();
				await expect(overview.locator('.ov-next a')).toHaveAttribute('href', lessons[0].path);
				// Nothing in the overview is wider than the screen.
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
			});
		}

		test('export then import restores progress in another browser; a corrupt file is refused and nothing is lost', async ({ page, browser }) => {
			const [first, second] = lessons;
			await page.goto(language.home);
			await store(page, first.path, solvedRecord(first));
			await page.reload();
			const overview = page.getByRole('region', { name: language.overview });
			await expect(overview.getByRole('listitem').first()).toContainText(language.complete);
			await expect(overview.locator('.ov-next')).toContainText(`${language.next} ${second.title}`);

			const download = page.waitForEvent('download');
			await overview.getByRole('button', { name: language.export }).click();
			const file = join(tmpdir(), `progress-${language.lang}-${Date.now()}.json`);
			await (await download).saveAs(file);
			expect(JSON.parse(readFileSync(file, 'utf8')).lessons[first.path].exercises).toEqual(solvedRecord(first).exercises);

			// Another browser: nothing solved until the file comes in.
			const other = await browser.newContext();
			const fresh = await other.newPage();
			await fresh.goto(language.home);
			const there = fresh.getByRole('region', { name: language.overview });
			const firstItem = there.getByRole('listitem').first();
			await expect(firstItem).not.toContainText(language.complete);

			// A damaged file, and a file that is not ours: refused, with a message, and nothing changes.
			const damaged = join(tmpdir(), `damaged-${Date.now()}.json`);
			writeFileSync(damaged, readFileSync(file, 'utf8').replace('"solved": true', '"solved": "yes"'));
			await there.getByLabel(language.import).setInputFiles(damaged);
			await expect(there.getByRole('status')).toHaveText(language.refused);
			await expect(firstItem).not.toContainText(language.complete);
			const notJson = join(tmpdir(), `not-json-${Date.now()}.json`);
			writeFileSync(notJson, 'PK\u0003\u0004');
			await there.getByLabel(language.import).setInputFiles(notJson);
			await expect(there.getByRole('status')).toHaveText(language.notOurs);

			await there.getByLabel(language.import).setInputFiles(file);
			await expect(there.getByRole('status')).toHaveText(language.imported);
			await expect(firstItem).toContainText(language.complete);

			// The lesson is ticked in that browser's sidebar too.
			await fresh.goto(first.path);
			const link = fresh.locator('#starlight__sidebar').getByRole('link', { name: new RegExp(`\\(${language.completed}\\)$`) });
			await expect(link).toHaveCount(1);
			await expect(link).toHaveAttribute('href', first.path);
			await other.close();
		});

		test('a record that claims a lesson complete without its exercises solved earns no ✓', async ({ page }) => {
			const [first] = lessons;
			await page.goto(language.home);
			await store(page, first.path, { complete: true, exercises: { 'quiz:made-up': { solved: true } } });
			await page.reload();
			const item = page.getByRole('region', { name: language.overview }).getByRole('listitem').first();
			const total = first.exercises.predict.length + first.exercises.quizzes;
			await expect(item).toContainText(language.solvedOf(1, total));
			await expect(item).not.toContainText(language.complete);

			await page.goto(first.path);
			await expect(page.locator('#starlight__sidebar .progress-done')).toHaveCount(0);
		});

		test('solving the last exercise of a lesson says the lesson is complete, and ticks it legibly', async ({ page }) => {
			test.slow();
			const lesson = lessons[0];
			await page.goto(lesson.path);
			// Every predict exercise solved already; the quiz is the last one left.
			const predicts: Record<string, { solved: boolean }> = {};
			for (const id of lesson.exercises.predict) predicts[id] = { solved: true };
			await store(page, lesson.path, { complete: false, exercises: predicts });
			await page.reload();

			const island = page.locator('astro-island[component-url*="Quiz"]').first();
			await island.scrollIntoViewIfNeeded();
			await expect(island).not.toHaveAttribute('ssr', /.*/);
			const quiz = page.locator('[data-exercise^="quiz:"]').first();
			for (const question of await quiz.locator('fieldset').all()) {
				for (const option of await question.locator('[data-option][data-correct="true"] input').all()) await option.check();
				await question.getByRole('button', { name: language.check, exact: true }).click();
			}

			const notice = page.getByRole('status').filter({ hasText: language.lessonComplete });
			await expect(notice).toBeVisible();
			await expect(notice).toBeInViewport();
			const current = page.locator('#starlight__sidebar a[aria-current="page"]');
			await expect(current).toHaveAccessibleName(new RegExp(`\\(${language.completed}\\)$`));
			// The ✓ on the current lesson's highlight: WCAG AA for text, 4.5:1.
			const ratio = await current.evaluate((a) => {
				const tick = a.querySelector('.progress-done') as HTMLElement;
				const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
				const lum = (c: number[]): number => {
					const [r, g, b] = c.map((v) => {
						const s = v / 255;
						return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r + 0.7152 * g + 0.0722 * b;
				};
				const fg = lum(rgb(getComputedStyle(tick).color));
				const bg = lum(rgb(getComputedStyle(a).backgroundColor));
				return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
			});
			expect(ratio).toBeGreaterThanOrEqual(4.5);
		});
	});
}

