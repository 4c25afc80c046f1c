/**
 * What the predict and quiz e2e tests share: the lesson, CPython's output for its predict
 * program, and the moves a learner makes (by role and name, with the mouse or the keyboard).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect, type Locator, type Page } from '@playwright/test';

import { simulate } from '../../src/sim';
import { contentPage } from './site';

export const PROGRAM = 'coroutines-blocking.py';
/** The lesson's other exercise asks how long this program runs. */
export const DURATION_PROGRAM = 'coroutines-sequential.py';

export const LESSONS = {
  en: {
    page: contentPage('lessons/coroutines.mdx'),
    predict: `Predict the output: ${PROGRAM}`,
    check: 'Check',
    moveUp: 'Move up: ',
    visualizer: `Event loop: ${PROGRAM}`,
    completed: 'completed',
    seconds: 'Seconds',
    moreHelp: 'Give me a hint',
    reveal: 'Show the answer',
    answer: (file: string) => `The answer: ${file}`,
  },
  ko: {
    page: contentPage('ko/lessons/coroutines.mdx'),
    predict: `출력 예측하기: ${PROGRAM}`,
    check: '확인',
    moveUp: '위로 옮기기: ',
    visualizer: `이벤트 루프: ${PROGRAM}`,
    completed: '완료',
    seconds: '초',
    moreHelp: '힌트 보기',
    reveal: '정답 보기',
    answer: (file: string) => `정답과 풀이: ${file}`,
  },
} as const;

export type Lesson = (typeof LESSONS)[keyof typeof LESSONS];

/**
 * What CPython prints for the predict program (or another lesson program), one string per line.
 * The programs print times to 0.1 s, which CPython itself prints late on a loaded machine
 * (`back at 0.5s` for 0.4 s of sleeps); a run that disagrees with the simulator is repeated, as
 * the conformance suite does, so only a simulator CPython disagrees with three times fails.
 */
export function cpythonLines(program = PROGRAM): string[] {
  const path = fileURLToPath(new URL(`../../content/programs/${program}`, import.meta.url));
  const simulated = simulate(readFileSync(path, 'utf8'), { filename: path }).stdout;
  let stdout = '';
  for (let run = 0; run < 3 && stdout !== simulated; run++) stdout = execFileSync('python3', [path], { encoding: 'utf8' });
  return stdout.split('\n').slice(0, -1);
}

/**
 * How long the duration program runs, as CPython reports on its last line (`main: took 0.3s`).
 * A loaded machine only ever adds to a run's time (one run here printed 0.5s for 0.3s of
 * sleeps), so the figure is the least of three runs.
 */
export function cpythonSeconds(): number {
  const runs = [0, 1, 2].map(() => {
    const lines = cpythonLines(DURATION_PROGRAM);
    return Number(/([\d.]+)s\s*$/.exec(lines[lines.length - 1] ?? '')?.[1]);
  });
  return Math.min(...runs);
}

/** Console errors and uncaught exceptions, gathered while a test runs. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Scrolls the predict exercise into view and waits until it is interactive. */
export async function openPredict(page: Page, lesson: Lesson): Promise<Locator> {
  const island = page.locator(`[data-exercise="predict:${PROGRAM}"] astro-island`);
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  return page.getByRole('group', { name: lesson.predict });
}

/** The line texts in the learner's current order. */
export async function currentOrder(widget: Locator): Promise<string[]> {
  return widget.getByRole('listitem').locator('code').allInnerTexts();
}

/**
 * Puts the lines in `target` order with the Move up buttons: with clicks, or (keyboard) by
 * tabbing to a button and pressing Enter, as a keyboard user would.
 */
export async function arrange(page: Page, widget: Locator, lesson: Lesson, target: readonly string[], keyboard = false): Promise<void> {
  for (let p = 0; p < target.length; p++) {
    const text = target[p] ?? '';
    const at = (await currentOrder(widget)).indexOf(text);
    expect(at, `line ${JSON.stringify(text)} is in the list`).toBeGreaterThanOrEqual(p);
    if (at === p) continue;
    const button = widget.getByRole('button', { name: spoken(lesson.moveUp + text), exact: true });
    if (keyboard) {
      await tabTo(page, button);
      for (let k = 0; k < at - p; k++) await page.keyboard.press('Enter');
      await expect(button).toBeFocused();
    } else {
      for (let k = 0; k < at - p; k++) await button.click();
    }
    await expect.poll(() => currentOrder(widget).then((o) => o.indexOf(text))).toBe(p);
  }
}

/**
 * Presses Tab (then Shift+Tab) until `target` has the focus, starting from the widget that holds
 * it, as a learner who has tabbed down the page to that widget would. From the top of a lesson,
 * a late widget lies past more than a hundred stops (every visualizer's controls), too many to
 * walk on a busy machine within a test's time.
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const widget = el.closest<HTMLElement>('fieldset, section, .po-wrap') ?? document.body;
    if (!widget.hasAttribute('tabindex')) widget.setAttribute('tabindex', '-1');
    widget.focus({ preventScroll: true });
  });
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 150; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
  }
  await expect(target).toBeFocused();
}

/** Solves the predict exercise with CPython's order and checks it. */
export async function solvePredict(page: Page, lesson: Lesson, lines: readonly string[]): Promise<Locator> {
  const widget = await openPredict(page, lesson);
  await arrange(page, widget, lesson, lines);
  await widget.getByRole('button', { name: lesson.check, exact: true }).click();
  return widget;
}

/** Opens the duration exercise and waits until it is interactive. */
export async function openDuration(page: Page, lesson: Lesson): Promise<Locator> {
  const island = page.locator(`[data-exercise="predict:${DURATION_PROGRAM}:duration"] astro-island`);
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  return island.getByRole('group', { name: lesson.predict.replace(PROGRAM, DURATION_PROGRAM) });
}

/** Answers the duration exercise with CPython's figure and checks it. */
export async function solveDuration(page: Page, lesson: Lesson): Promise<Locator> {
  const widget = await openDuration(page, lesson);
  await widget.getByRole('textbox', { name: lesson.seconds }).fill(String(cpythonSeconds()));
  await widget.getByRole('button', { name: lesson.check, exact: true }).click();
  return widget;
}

/** A name as the accessibility tree says it: runs of white space as one space, trimmed. */
export function spoken(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
