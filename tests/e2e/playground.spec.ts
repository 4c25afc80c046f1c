/**
 * The playground at the end of the coroutines lesson, used as a learner would: edit, run, break
 * it, reset, share, reload, with the mouse and with the keyboard alone, in English and Korean.
 * What an edited program prints is checked against CPython, run on the same text.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test, type Locator, type Page } from '@playwright/test';

import { shareFragment } from '../../src/widgets/playground/share';
import { axe, describeViolations } from './axe';
import { contentPage } from './site';
import { chooseVersionBeforeLoad } from './python-versions';

// These tests compare the widgets with `python3` (CPython 3.11), so they look at 3.11, as a
// learner who chose it would; python-version.spec.ts covers the switch and the other versions.
test.beforeEach(async ({ page }) => chooseVersionBeforeLoad(page, '3.11'));

const PROGRAM = 'coroutines-playground.py';
const original = readFileSync(fileURLToPath(new URL(`../../content/programs/${PROGRAM}`, import.meta.url)), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'playground-'));

/** What CPython prints for `source`: stdout, and the last line of stderr. */
function cpython(source: string): { stdout: string; error: string } {
	const file = join(scratch, `${createHash('sha1').update(source).digest('hex')}.py`);
	writeFileSync(file, source);
	const run = spawnSync('python3', [file], { encoding: 'utf8' });
	return { stdout: run.stdout, error: run.stderr.trimEnd().split('\n').at(-1) ?? '' };
}

/**
 * Expects `shown` to be what CPython prints for `source`. The program prints its elapsed time to
 * 0.1 s, which CPython itself gets wrong on a busy machine (`took 3.1s`); a disagreeing CPython
 * run is repeated, as the conformance suite does, so only a simulator that is wrong three times
 * over fails.
 */
function expectCPythonStdout(shown: string, source: string): void {
	let expected = cpython(source).stdout;
	for (let rerun = 0; rerun < 2 && shown !== expected; rerun++) expected = cpython(source).stdout;
	expect(shown).toBe(expected);
}

/** A task that never waits for anything but the loop, beside a 1 s sleep: CPython ends it in 1 s. */
const SPINNER = `import asyncio

async def spin():
    while True:
        await asyncio.sleep(0)

async def main():
    print("start")
    asyncio.create_task(spin())
    await asyncio.sleep(1)
    print("done")

asyncio.run(main())
`;

/** What CPython writes to stderr for `source`, line by line. */
function cpythonStderr(source: string): string[] {
	const file = join(scratch, `${createHash('sha1').update(source).digest('hex')}.py`);
	writeFileSync(file, source);
	return spawnSync('python3', [file], { encoding: 'utf8' }).stderr.trimEnd().split('\n');
}

const LANGUAGES = [
	{
		lang: 'English',
		page: contentPage('lessons/coroutines.mdx'),
		names: {
			edit: 'Edit',
			run: 'Run',
			reset: 'Reset program',
			share: 'Share link',
			toolbar: 'Program editor',
			output: 'Output',
			stderr: 'Error output (stderr)',
		},
		syntax: /^Syntax error on line (\d+), column \d+$/,
		ran: 'Done: the visualizer below shows your program.',
		tooLong: /^Done\. This run has [\d,]+ scheduling events, more than the 12,000 the visualizer can step through/,
		supported: 'What Python runs here',
		sharedLoaded: 'This link carries an edited program: it is in the editor, and it ran.',
		sharedMissing:
			'This link carries an edited tasks-playground.py, but this page has no playground for that program, so nothing was run. The link may be for another lesson.',
	},
	{
		lang: 'Korean',
		page: contentPage('ko/lessons/coroutines.mdx'),
		names: {
			edit: '편집',
			run: '실행',
			reset: '프로그램 되돌리기',
			share: '공유 링크',
			toolbar: '프로그램 편집기',
			output: '출력',
			stderr: '오류 출력 (stderr)',
		},
		syntax: /^(\d+)번째 줄 \d+번째 칸에 문법 오류가 있습니다$/,
		ran: '완료: 아래 시각화 도구가 고친 프로그램을 보여 줍니다.',
		tooLong: /^완료\. 이 실행에는 스케줄링 이벤트가 [\d,]+개 있어서, 페이지를 느리게 하지 않고 한 단계씩 볼 수 있는 12,000개를 넘습니다/,
		supported: '시뮬레이터가 실행하는 파이썬',
		sharedLoaded: '이 링크에는 고친 프로그램이 담겨 있습니다. 편집기에 넣고 실행했습니다.',
		sharedMissing:
			'이 링크에는 고친 프로그램(tasks-playground.py)이 담겨 있지만, 이 페이지에는 그 프로그램의 플레이그라운드가 없어서 실행하지 않았습니다. 다른 레슨의 링크일 수 있습니다.',
	},
] as const;
type Language = (typeof LANGUAGES)[number];

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** Scrolls the playground into view and waits until it is interactive. */
async function openPlayground(page: Page, language: Language, hash = ''): Promise<Locator> {
	await page.goto(language.page.path + hash);
	const island = page.locator('astro-island[component-url*="Playground"]');
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr', /.*/);
	return page.locator(`section[data-playground="${PROGRAM}"]`);
}

function tool(pg: Locator, language: Language, name: keyof Language['names']): Locator {
	return pg.getByRole('toolbar', { name: language.names.toolbar }).getByRole('button', { name: language.names[name], exact: true });
}

function editor(pg: Locator): Locator {
	return pg.getByRole('textbox', { name: new RegExp(PROGRAM.replace('.', '\\.')) });
}

/** The editor's text, line by line as CodeMirror holds it. */
async function editorText(pg: Locator): Promise<string> {
	return (await pg.locator('.cm-line').allTextContents()).join('\n');
}

/** Replaces the editor's whole text, as a paste would. */
async function replaceText(page: Page, pg: Locator, text: string): Promise<void> {
	await editor(pg).focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(text);
}

/** Runs the visualizer to its end and returns what its Output shows. */
async function finalOutput(page: Page, pg: Locator, language: Language): Promise<string> {
	const visualizer = pg.getByRole('group');
	await visualizer.getByRole('slider').focus();
	await page.keyboard.press('End');
	return visualizer.getByRole('region', { name: language.names.output }).locator('pre').innerText();
}

for (const language of LANGUAGES) {
	test.describe(`${language.lang}: the playground`, () => {
		test('runs an edited program and shows what CPython prints for it', async ({ page }) => {
			const errors = collectErrors(page);
			const pg = await openPlayground(page, language);
			expectCPythonStdout(await finalOutput(page, pg, language), original);

			await tool(pg, language, 'edit').click();
			await expect(editor(pg)).toBeFocused();
			await expect.poll(() => editorText(pg)).toBe(original);

			const edited = original.replace('say_after(1, "hello")', 'say_after(0.5, "hi")').replace('print(a, b)', 'print(b, a)');
			await replaceText(page, pg, edited);
			await tool(pg, language, 'run').click();
			await expect(pg.getByRole('status')).toHaveText(language.ran);
			expectCPythonStdout(await finalOutput(page, pg, language), edited);
			expect(errors).toEqual([]);
		});

		test('runs a sleep(0) spinner beside a 1 s sleep to its end, printing what CPython prints', async ({ page }) => {
			test.slow();
			const pg = await openPlayground(page, language);
			await tool(pg, language, 'edit').click();
			await replaceText(page, pg, SPINNER);
			await tool(pg, language, 'run').click();

			// Its 400,000 events are too many to step through without freezing the page: the
			// playground says so and shows the output alone, complete.
			await expect(pg.getByRole('status')).toHaveText(language.tooLong, { timeout: 30_000 });
			await expect(pg.getByRole('alert')).toHaveCount(0);
			const visualizer = pg.getByRole('group', { name: new RegExp(PROGRAM.replace('.', '\\.')) });
			await expect(visualizer).toHaveCount(0);
			const output = pg.getByRole('region', { name: language.names.output }).locator('pre');
			await output.scrollIntoViewIfNeeded();
			// Blocks of the output further down are laid out only when scrolled to (content-visibility),
			// so the screen shows the first lines and the page holds all of them.
			const all = (await output.textContent()) ?? '';
			await expect.poll(async () => (await output.innerText()).split('\n')[0]).toBe(all.split('\n')[0]);
			expectCPythonStdout(all, SPINNER);

			// Reset brings back the original program's visualizer, and the lone output goes.
			await tool(pg, language, 'reset').click();
			await expect(visualizer).toHaveCount(1);
			expectCPythonStdout(await finalOutput(page, pg, language), original);
		});

		test('shows what the program writes to stderr in its own panel: a traceback, as CPython prints it', async ({ page }) => {
			test.slow();
			const pg = await openPlayground(page, language);
			await expect(pg.getByRole('region', { name: language.names.stderr })).toHaveCount(0);
			await tool(pg, language, 'edit').click();
			const raising = original.replace('    return what.upper()', '    raise ValueError(what)');
			await replaceText(page, pg, raising);
			await tool(pg, language, 'run').click();

			const panel = pg.getByRole('region', { name: language.names.stderr });
			await expect(panel).toBeVisible();
			const shown = (await panel.locator('pre').innerText()).trimEnd().split('\n');
			const expected = cpythonStderr(raising);
			expect(shown[0]).toBe('Traceback (most recent call last):');
			expect(shown.at(-1)).toBe(expected.at(-1));
			// The program's own frames, outermost first, as CPython lists them (CPython also lists
			// asyncio's frames, by their path on its machine, and names the file by its path).
			const frames = (lines: string[]): string[] =>
				lines.flatMap((l) => /^ {2}File "[^"]*\.py", line (\d+), in (\S+)$/.exec(l)?.slice(1, 3).join(' ') ?? []);
			const ownFrames = (lines: string[]): string[] =>
				frames(lines.filter((l) => !l.includes('/asyncio/')));
			expect(frames(shown)).toEqual(ownFrames(expected));
			expect(frames(shown).length).toBeGreaterThan(1);
			// stdout stays in the visualizer's Output, apart from stderr.
			expectCPythonStdout(await finalOutput(page, pg, language), raising);

			await tool(pg, language, 'reset').click();
			await expect(panel).toHaveCount(0);
		});

		test('warns that a coroutine was never awaited, as CPython does, and still runs the program', async ({ page }) => {
			test.slow();
			const forgot = 'import asyncio\n\nasync def main():\n    print("start")\n    asyncio.sleep(1)\n    print("end")\n\nasyncio.run(main())\n';
			const pg = await openPlayground(page, language);
			await tool(pg, language, 'edit').click();
			await replaceText(page, pg, forgot);
			await tool(pg, language, 'run').click();

			const panel = pg.getByRole('region', { name: language.names.stderr });
			await expect(panel).toBeVisible();
			// CPython names the file by its path on its machine; the lines after the name must agree.
			const unnamed = (lines: string[]) => lines.map((l) => l.replace(/^\S*\.py:(\d+): /, 'FILE:$1: '));
			const shown = unnamed((await panel.locator('pre').innerText()).trimEnd().split('\n'));
			expect(shown).toEqual(unnamed(cpythonStderr(forgot)));
			expect(shown[0]).toBe("FILE:5: RuntimeWarning: coroutine 'sleep' was never awaited");
			expectCPythonStdout(await finalOutput(page, pg, language), forgot);
		});

		test('a share link lands on the playground, in view, with the shared program opened and run', async ({ page }) => {
			test.slow();
			const edited = original.replace('"world"', '"share"');
			await page.goto(language.page.path + shareFragment(PROGRAM, edited));

			const pg = page.locator(`section[data-playground="${PROGRAM}"]`);
			await expect(pg.getByRole('status')).toHaveText(language.sharedLoaded);
			await expect(pg).toBeInViewport();
			await expect(editor(pg)).toBeVisible();
			await expect.poll(() => editorText(pg)).toBe(edited);
			expectCPythonStdout(await finalOutput(page, pg, language), edited);
		});

		test('a share link for a program the page has no playground for says so', async ({ page }) => {
			await page.goto(language.page.path + shareFragment('tasks-playground.py', 'print("elsewhere")\n'));

			const notice = page.getByRole('alert').filter({ hasText: 'tasks-playground.py' });
			await expect(notice).toHaveText(language.sharedMissing);
			await expect(notice).toBeInViewport();
			await expect(page.locator(`section[data-playground="${PROGRAM}"] .cm-editor`)).toHaveCount(0);
		});

		test('links a "not supported" message to the page on what Python runs here', async ({ page }) => {
			test.slow();
			const pg = await openPlayground(page, language);
			await tool(pg, language, 'edit').click();
			await replaceText(page, pg, `import sqlite3\n${original}`);
			await tool(pg, language, 'run').click();

			const link = pg.getByRole('alert').getByRole('link', { name: language.supported });
			await expect(link).toBeVisible();
			await link.click();
			await expect(page.getByRole('heading', { level: 1, name: language.supported })).toBeVisible();
		});

		test('reports a syntax error at its line, as CPython words it, and Reset brings back the original', async ({ page }) => {
			const pg = await openPlayground(page, language);
			await tool(pg, language, 'edit').click();
			const broken = original.replace('print(a, b)', 'print(a, b');
			await replaceText(page, pg, broken);
			await tool(pg, language, 'run').click();

			const alert = pg.getByRole('alert');
			await expect(alert).toBeVisible();
			const line = broken.split('\n').findIndex((l) => l.includes('print(a, b')) + 1;
			const heading = await alert.locator('.pg-problem-head').innerText();
			expect(heading).toMatch(language.syntax);
			expect(Number(language.syntax.exec(heading)?.[1])).toBe(line);
			await expect(alert.locator('.pg-problem-message')).toHaveText(cpython(broken).error.replace(/^SyntaxError: /, ''));
			// The editor marks the same line.
			await expect(pg.locator('.cm-gutterElement .cm-lint-marker-error')).toHaveCount(1);
			// No visualizer: there is no run to show.
			await expect(pg.locator('.el')).toHaveCount(0);

			await tool(pg, language, 'reset').click();
			await expect.poll(() => editorText(pg)).toBe(original);
			await expect(alert).toHaveCount(0);
			expectCPythonStdout(await finalOutput(page, pg, language), original);
		});
	});
}

test('an uncaught exception and a program the simulator refuses are reported at their line', async ({ page }) => {
	test.slow();
	const language = LANGUAGES[0];
	const pg = await openPlayground(page, language);
	await tool(pg, language, 'edit').click();

	const raising = original.replace('    return what.upper()', '    raise ValueError(what)');
	await replaceText(page, pg, raising);
	await tool(pg, language, 'run').click();
	await expect(pg.getByRole('alert').locator('.pg-problem-head')).toHaveText('Uncaught exception, raised on line 9');
	await expect(pg.getByRole('alert').locator('.pg-problem-message')).toHaveText(cpython(raising).error);
	// The run up to the exception is still shown.
	expectCPythonStdout(await finalOutput(page, pg, language), raising);

	await replaceText(page, pg, `${original}\nmatch 1:\n    case 1:\n        pass\n`);
	await tool(pg, language, 'run').click();
	await expect(pg.getByRole('alert').locator('.pg-problem-head')).toHaveText(/^Not supported by the simulator, line 22$/);
	await expect(pg.getByRole('alert').locator('.pg-problem-message')).toContainText('match statements');

	await replaceText(page, pg, 'import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n');
	await tool(pg, language, 'run').click();
	await expect(pg.getByRole('alert').locator('.pg-problem-head')).toHaveText(/^The run was stopped at line \d+$/, { timeout: 20_000 });
});

test('a share link carries the edited program to another reader, as text only', async ({ page, context }) => {
	const language = LANGUAGES[0];
	let dialogs = 0;
	context.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const pg = await openPlayground(page, language);
	await tool(pg, language, 'edit').click();
	const edited = `${original}print("<img src=x onerror=alert(1)>")\n`;
	await replaceText(page, pg, edited);
	await tool(pg, language, 'share').click();
	const link = await pg.getByRole('textbox', { name: 'Share link' }).inputValue();
	expect(link).toMatch(/#play=coroutines-playground\.py:[A-Za-z0-9_-]+$/);

	const other = await context.newPage();
	const errors = collectErrors(other);
	await other.goto(link);
	const shared = other.locator(`section[data-playground="${PROGRAM}"]`);
	await shared.scrollIntoViewIfNeeded();
	await expect(editor(shared)).toBeVisible();
	await expect.poll(() => editorText(shared)).toBe(edited);
	expectCPythonStdout(await finalOutput(other, shared, language), edited);
	await expect(shared.locator('img')).toHaveCount(0);
	expect(dialogs).toBe(0);
	expect(errors).toEqual([]);
});

test('a broken or hostile share link shows the original program and says so', async ({ page }) => {
	const language = LANGUAGES[0];
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const pg = await openPlayground(page, language, `#play=${PROGRAM}:<img src=x onerror=alert(1)>`);
	await expect(pg.getByRole('status')).toHaveText("This link's program could not be read, so the original is shown.");
	await expect(pg.locator('img')).toHaveCount(0);
	expectCPythonStdout(await finalOutput(page, pg, language), original);
	expect(dialogs).toBe(0);
});

test('an edit survives a reload, and Reset forgets it', async ({ page }) => {
	const language = LANGUAGES[0];
	const pg = await openPlayground(page, language);
	await tool(pg, language, 'edit').click();
	const edited = original.replace('"world"', '"there"');
	await replaceText(page, pg, edited);

	const again = await openPlayground(page, language);
	await tool(again, language, 'edit').click();
	await expect.poll(() => editorText(again)).toBe(edited);
	await expect(again.getByRole('status')).toHaveText('Your last edit is back. Reset program brings back the original.');

	await tool(again, language, 'reset').click();
	const third = await openPlayground(page, language);
	await tool(third, language, 'edit').click();
	await expect.poll(() => editorText(third)).toBe(original);
});

test('works with the keyboard alone', async ({ page }) => {
	const language = LANGUAGES[0];
	const pg = await openPlayground(page, language);
	await tool(pg, language, 'edit').focus();
	await page.keyboard.press('Enter');
	await expect(editor(pg)).toBeFocused();
	await page.keyboard.press('Control+End');
	await page.keyboard.insertText('print("typed")\n');
	await page.keyboard.press('Control+Enter');
	await expect(pg.getByRole('status')).toHaveText(language.ran);
	expectCPythonStdout(await finalOutput(page, pg, language), `${original}print("typed")\n`);

	// Tab leaves the editor (it does not indent), to the toolbar's buttons and on.
	await editor(pg).focus();
	await page.keyboard.press('Shift+Tab');
	await expect(editor(pg)).not.toBeFocused();
	await expect(tool(pg, language, 'share')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(tool(pg, language, 'reset')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(() => editorText(pg)).toBe(original);
});

test('axe finds no violations in any state, in either theme', async ({ page }) => {
	test.slow();
	const language = LANGUAGES[0];
	const check = async (when: string): Promise<void> => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const results = await axe(page).include('.pg').analyze();
			expect(describeViolations(results), `${when}, ${colorScheme} theme`).toEqual([]);
		}
	};
	const pg = await openPlayground(page, language);
	await check('before Edit');
	await tool(pg, language, 'edit').click();
	await expect(editor(pg)).toBeVisible();
	await check('editing');
	await replaceText(page, pg, original.replace('print(a, b)', 'print(a, b'));
	await tool(pg, language, 'run').click();
	await expect(pg.getByRole('alert')).toBeVisible();
	await check('showing a syntax error');
	await tool(pg, language, 'share').click();
	await check('showing a share link');
});

test('axe finds no violations with the stderr panel and a "not supported" link shown, in either theme', async ({ page }) => {
	test.slow();
	const language = LANGUAGES[0];
	const pg = await openPlayground(page, language);
	await tool(pg, language, 'edit').click();
	await replaceText(page, pg, original.replace('    return what.upper()', '    raise ValueError(what)'));
	await tool(pg, language, 'run').click();
	await expect(pg.getByRole('region', { name: language.names.stderr })).toBeVisible();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await axe(page).include('.pg-stderr').analyze();
		expect(describeViolations(results), `stderr panel, ${colorScheme} theme`).toEqual([]);
	}
	await replaceText(page, pg, `import sqlite3\n${original}`);
	await tool(pg, language, 'run').click();
	await expect(pg.getByRole('alert').getByRole('link', { name: language.supported })).toBeVisible();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await axe(page).include('.pg-problem').analyze();
		expect(describeViolations(results), `not supported, ${colorScheme} theme`).toEqual([]);
	}
});

test('CodeMirror and the simulator load only when asked for, and work under a strict CSP', async ({ page }) => {
	const language = LANGUAGES[0];
	await page.addInitScript(() => {
		const w = window as unknown as { cspViolations: string[] };
		w.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
	});
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (['script', 'other'].includes(r.resourceType()) || r.url().endsWith('.js')) scripts.push(r.url());
	});
	const errors = collectErrors(page);
	const pg = await openPlayground(page, language);
	await page.waitForLoadState('networkidle');
	expect(scripts.filter((u) => /\/(editor|worker)[.-]/.test(u))).toEqual([]);

	await tool(pg, language, 'edit').click();
	await expect(editor(pg)).toBeVisible();
	expect(scripts.filter((u) => /\/editor[.-]/.test(u))).toHaveLength(1);
	await tool(pg, language, 'run').click();
	await expect(pg.getByRole('status')).toHaveText(language.ran);
	expectCPythonStdout(await finalOutput(page, pg, language), original);
	expect(scripts.filter((u) => /\/worker[.-]/.test(u))).toHaveLength(1);
	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect(errors).toEqual([]);
});
