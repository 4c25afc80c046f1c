/**
 * The Python-version switch, end to end: a lesson program that prints differently under 3.11 and
 * 3.12 (`wait_for` on a coroutine: 3.11 runs it in a task of its own, 3.12 and later in the
 * caller's) shows each version's output, as that version of CPython prints it, when switched; the
 * widget says what the other versions print; every widget on the page follows one choice; the
 * choice is remembered across reloads and pages; and storage that is corrupt or refused leaves
 * the page working.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect, test, type Locator, type Page } from '@playwright/test';

import { simulate } from '../../src/sim';
import { OFFERED_VERSIONS, type OfferedVersion } from '../../src/widgets/python-version';
import { shareFragment } from '../../src/widgets/playground/share';
import { playgroundStrings } from '../../src/widgets/playground/strings';
import { collectErrors } from './predict-fixtures';
import { VERSION_KEY, WIDGET_PYTHON, oracleFor, stdoutOf } from './python-versions';
import { contentPage } from './site';

const PROGRAM = 'cancellation-wait-for-task.py';
const FILE = fileURLToPath(new URL(`../../content/programs/${PROGRAM}`, import.meta.url));
const SOURCE = readFileSync(FILE, 'utf8');

const LANGUAGES = [
  {
    lang: 'English',
    page: contentPage('lessons/cancellation.mdx'),
    loop: `Event loop: ${PROGRAM}`,
    output: 'Output',
    label: 'Python version',
    differs: (versions: string) => `On ${versions}, this program prints something else:`,
    and: ' and ',
    ran: playgroundStrings('en').sharedLoaded,
  },
  {
    lang: 'Korean',
    page: contentPage('ko/lessons/cancellation.mdx'),
    loop: `이벤트 루프: ${PROGRAM}`,
    output: '출력',
    label: '파이썬 버전',
    differs: (versions: string) => `파이썬 ${versions}에서는 이 프로그램이 다르게 출력합니다:`,
    and: ', ',
    ran: playgroundStrings('ko').sharedLoaded,
  },
] as const;

/**
 * What `version` of CPython prints for the program. Where this machine has no such interpreter
 * (the conformance suite skips that version then too), the simulator's run under that version's
 * rules stands in, which the conformance suite checks wherever the interpreter exists.
 */
function printed(version: OfferedVersion, source = SOURCE, file = FILE): string {
  const python = oracleFor(version);
  return python ? stdoutOf(python, file) : simulate(source, { filename: PROGRAM, python: version }).stdout;
}

async function visualizer(page: Page, name: string): Promise<Locator> {
  const widget = page.getByRole('group', { name, exact: true });
  const island = page.locator('astro-island[component-url*="EventLoop"]').filter({ has: widget }).first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  return widget;
}

/** Runs the visualizer to its end and reads its Output region: what the program printed, to the last newline. */
async function finalOutput(page: Page, widget: Locator, output: string): Promise<string> {
  await widget.getByRole('slider').focus();
  await page.keyboard.press('End');
  return widget.getByRole('region', { name: output }).locator('pre').innerText();
}

const asShown = (stdout: string): string => stdout.replace(/\n$/, '');

/** Every switch on the page, each woken (scrolled into view, so its island hydrates), shows `version`. */
async function expectEverySwitch(page: Page, version: OfferedVersion): Promise<void> {
  const switches = await page.locator('.el-version select').all();
  expect(switches.length).toBeGreaterThan(2);
  for (const other of switches) {
    await other.scrollIntoViewIfNeeded();
    await expect(other).toHaveValue(version);
  }
}

test('the program this spec switches prints differently under 3.11 and 3.12, and alike under 3.12 and 3.13', () => {
  expect(printed('3.11')).toContain('work runs in Task-2');
  expect(printed('3.12')).toContain('work runs in Task-1');
  expect(printed('3.13')).toBe(printed('3.12'));
});

for (const language of LANGUAGES) {
  test.describe(language.lang, () => {
    test('the visualizer shows each version’s output when switched, and says what the others print', async ({ page }) => {
      test.slow();
      const errors = collectErrors(page);
      await page.goto(language.page.path);
      const widget = await visualizer(page, language.loop);
      const select = widget.getByRole('combobox', { name: language.label });

      await expect(select).toHaveValue(WIDGET_PYTHON);
      expect(await finalOutput(page, widget, language.output)).toBe(printed('3.13'));
      const note = widget.getByRole('note');
      await expect(note.locator('p').first()).toHaveText(language.differs('3.11'));
      await expect(note.locator('pre').first()).toHaveText(asShown(printed('3.11')));

      await select.selectOption('3.11');
      await expect(widget).toHaveAttribute('data-python', '3.11');
      expect(await finalOutput(page, widget, language.output)).toBe(printed('3.11'));
      await expect(note.locator('p').first()).toHaveText(language.differs(['3.13', '3.12'].join(language.and)));
      await expect(note.locator('pre').first()).toHaveText(asShown(printed('3.13')));

      await select.selectOption('3.12');
      expect(await finalOutput(page, widget, language.output)).toBe(printed('3.12'));
      await expect(note.locator('p').first()).toHaveText(language.differs('3.11'));

      // One choice for the page: the predict exercise and the playground follow it.
      await expectEverySwitch(page, '3.12');
      expect(errors).toEqual([]);
    });

    test('the playground runs an edit under the version chosen, and again when it changes', async ({ page }) => {
      test.slow();
      const errors = collectErrors(page);
      await page.goto(language.page.path + shareFragment('cancellation-playground.py', SOURCE));
      const pg = page.locator('section[data-playground="cancellation-playground.py"]');
      await expect(pg.getByRole('status')).toHaveText(language.ran);
      const widget = pg.getByRole('group', { name: /cancellation-playground\.py/ });
      expect(await finalOutput(page, widget, language.output)).toBe(printed('3.13'));
      await expect(pg.getByRole('note').locator('p').first()).toHaveText(language.differs('3.11'));

      await pg.getByRole('combobox', { name: language.label }).selectOption('3.11');
      await expect(pg.getByRole('note').locator('p').first()).toHaveText(language.differs(['3.13', '3.12'].join(language.and)));
      const rerun = pg.getByRole('group', { name: /cancellation-playground\.py/ });
      expect(await finalOutput(page, rerun, language.output)).toBe(printed('3.11'));
      expect(errors).toEqual([]);
    });
  });
}

test('the choice is remembered across a reload and on other pages', async ({ page }) => {
  const en = LANGUAGES[0];
  await page.goto(en.page.path);
  let widget = await visualizer(page, en.loop);
  await widget.getByRole('combobox', { name: en.label }).selectOption('3.11');
  await expect(widget).toHaveAttribute('data-python', '3.11');

  await page.reload();
  widget = await visualizer(page, en.loop);
  await expect(widget.getByRole('combobox', { name: en.label })).toHaveValue('3.11');
  expect(await finalOutput(page, widget, en.output)).toBe(printed('3.11'));

  const ko = LANGUAGES[1];
  await page.goto(ko.page.path);
  widget = await visualizer(page, ko.loop);
  await expect(widget.getByRole('combobox', { name: ko.label })).toHaveValue('3.11');
  expect(await page.evaluate((key) => localStorage.getItem(key), VERSION_KEY)).toBe('3.11');
});

test('a corrupt stored choice is dropped, and the widgets show the default', async ({ page }) => {
  const errors = collectErrors(page);
  const en = LANGUAGES[0];
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"python": 3.11');
    }
  }, VERSION_KEY);
  await page.goto(en.page.path);
  const widget = await visualizer(page, en.loop);

  await expect(widget.getByRole('combobox', { name: en.label })).toHaveValue(WIDGET_PYTHON);
  expect(await finalOutput(page, widget, en.output)).toBe(printed(WIDGET_PYTHON));
  expect(await page.evaluate((key) => localStorage.getItem(key), VERSION_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

for (const how of ['blocked', 'full'] as const) {
  test(`with storage ${how}, the switch still works for the page and nothing breaks`, async ({ page }) => {
    const errors = collectErrors(page);
    const en = LANGUAGES[0];
    await page.addInitScript((how) => {
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
    }, how);
    await page.goto(en.page.path);
    const widget = await visualizer(page, en.loop);
    const select = widget.getByRole('combobox', { name: en.label });
    await expect(select).toHaveValue(WIDGET_PYTHON);

    await select.selectOption('3.11');
    expect(await finalOutput(page, widget, en.output)).toBe(printed('3.11'));
    await expectEverySwitch(page, '3.11');

    // Nothing could be stored, so a reload starts from the default again.
    await page.reload();
    await expect((await visualizer(page, en.loop)).getByRole('combobox', { name: en.label })).toHaveValue(WIDGET_PYTHON);
    expect(errors).toEqual([]);
  });
}

test('the switch offers exactly the versions checked against CPython, newest first, from the keyboard', async ({ page }) => {
  const en = LANGUAGES[0];
  await page.goto(en.page.path);
  const widget = await visualizer(page, en.loop);
  const select = widget.getByRole('combobox', { name: en.label });

  await expect(select.locator('option')).toHaveText(OFFERED_VERSIONS.map((v) => `Python ${v}`));
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('3.12');
  await expect(widget).toHaveAttribute('data-python', '3.12');
});
