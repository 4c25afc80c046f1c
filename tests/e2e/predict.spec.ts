/**
 * The predict-the-output exercise on the coroutines lesson, used as a learner would: by role and
 * name, with the mouse, by dragging and with the keyboard alone, in English and Korean. The right
 * order is what CPython prints, run in the test's setup.
 */
import { gzipSync } from 'node:zlib';

import { expect, test, type Page } from '@playwright/test';

import { axe, describeViolations } from './axe';
import {
  LESSONS,
  PROGRAM,
  arrange,
  collectErrors,
  cpythonLines,
  cpythonSeconds,
  currentOrder,
  openDuration,
  openPredict,
  spoken,
  tabTo,
} from './predict-fixtures';

let lines: string[] = [];
test.beforeAll(() => {
  lines = cpythonLines();
  expect(lines.length).toBeGreaterThan(2);
});

/**
 * A wrong order that starts right: the callback's line moved up to second place, as if
 * time.sleep had let the loop run it.
 */
const wrongOrder = (): string[] => {
  const callback = lines.find((l) => l.includes('callback')) ?? '';
  return [lines[0] ?? '', callback, ...lines.slice(1).filter((l) => l !== callback)];
};

async function expectNoAxeViolations(page: Page, when: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await axe(page).include('.po-wrap').analyze();
    expect(describeViolations(results), `${when}, ${colorScheme} theme`).toEqual([]);
  }
}

for (const [lang, lesson] of Object.entries(LESSONS)) {
  test.describe(`${lang}: predict the output`, () => {
    test('starts shuffled, and accepts the order CPython prints', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(lesson.page.path);
      const widget = await openPredict(page, lesson);
      const start = await currentOrder(widget);
      expect([...start].sort()).toEqual([...lines].sort());
      expect(start).not.toEqual(lines);

      await arrange(page, widget, lesson, lines);
      await widget.getByRole('button', { name: lesson.check, exact: true }).click();

      await expect(widget.locator('.po-right')).toBeVisible();
      await expect(widget.locator('.po-wrong')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('on a wrong order, shows the first line that differs and opens the visualizer there', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(lesson.page.path);
      const widget = await openPredict(page, lesson);

      await arrange(page, widget, lesson, wrongOrder());
      await widget.getByRole('button', { name: lesson.check, exact: true }).click();

      const wrong = widget.locator('.po-wrong');
      await expect(wrong).toContainText(spoken(lines[1] ?? ''));
      await expect(wrong).toContainText(lang === 'en' ? 'Line 2 is the first that differs' : '2번째 줄부터 다릅니다');
      await expect(widget.locator('.po-why')).toContainText(
        lang === 'en' ? 'expected time.sleep to let other tasks run' : 'time.sleep 동안 다른 태스크가 실행된다고',
      );

      await widget.locator('.po-show').click();
      const visualizer = page.getByRole('group', { name: lesson.visualizer });
      await expect(visualizer).toBeVisible();
      await expect(visualizer.getByRole('slider')).toBeFocused();
      // Stopped just after CPython's second line was printed.
      const output = visualizer.locator('pre.el-out');
      await expect(output).toHaveText(lines.slice(0, 2).map((l) => `${l}\n`).join(''));
      expect(errors).toEqual([]);
    });
  });
}

test('a line can be dragged into place', async ({ page }) => {
  await page.goto(LESSONS.en.page.path);
  const widget = await openPredict(page, LESSONS.en);
  const before = await currentOrder(widget);
  const last = before[before.length - 1] ?? '';

  await widget.getByRole('listitem').last().dragTo(widget.getByRole('listitem').first());

  expect((await currentOrder(widget))[0]).toBe(last);
});

test('works with the keyboard alone, announcing each move', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(LESSONS.en.page.path);
  const widget = await openPredict(page, LESSONS.en);
  const first = (await currentOrder(widget))[0] ?? '';

  // Move the first line down once: the focus stays on its button, and the move is announced.
  const down = widget.getByRole('button', { name: spoken(`Move down: ${first}`), exact: true });
  await tabTo(page, down);
  await page.keyboard.press('Enter');
  expect((await currentOrder(widget))[1]).toBe(first);
  await expect(down).toBeFocused();
  await expect(widget.locator('[aria-live="polite"].sr-only')).toHaveText(spoken(`${first}: now line 2 of ${lines.length}.`));

  await arrange(page, widget, LESSONS.en, lines, true);
  await tabTo(page, widget.getByRole('button', { name: 'Check', exact: true }));
  await page.keyboard.press('Enter');
  await expect(widget.locator('.po-right')).toBeVisible();
  expect(errors).toEqual([]);
});

test('axe finds no violations at the start, after a wrong and a right answer, and with the visualizer open', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(LESSONS.en.page.path);
  const widget = await openPredict(page, LESSONS.en);
  await expectNoAxeViolations(page, 'initial');

  await arrange(page, widget, LESSONS.en, wrongOrder());
  await widget.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(widget.locator('.po-wrong')).toBeVisible();
  await expectNoAxeViolations(page, 'wrong answer');

  await widget.locator('.po-show').click();
  await expect(page.getByRole('group', { name: LESSONS.en.visualizer })).toBeVisible();
  await expectNoAxeViolations(page, 'visualizer open');

  await arrange(page, widget, LESSONS.en, lines);
  await widget.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(widget.locator('.po-right')).toBeVisible();
  await expectNoAxeViolations(page, 'right answer');
});

test('at 360 px wide nothing overflows sideways, and with reduced motion nothing animates', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(LESSONS.en.page.path);
  const widget = await openPredict(page, LESSONS.en);

  const box = await widget.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(360);
  expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const check = widget.getByRole('button', { name: 'Check', exact: true });
  await check.scrollIntoViewIfNeeded();
  await expect(check).toBeInViewport();
  const transition = await widget.getByRole('listitem').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
});

test('ask="duration" checks the answer against the virtual clock, within 0.05 s', async ({ page }) => {
  // The run's length is what CPython's program reports at its end ("main: took 0.3s").
  const seconds = cpythonSeconds();
  expect(seconds).toBeGreaterThan(0);
  const errors = collectErrors(page);
  await page.goto(LESSONS.en.page.path);
  const widget = await openDuration(page, LESSONS.en);
  const input = widget.getByRole('textbox', { name: 'Seconds' });
  const check = widget.getByRole('button', { name: 'Check', exact: true });

  await input.fill('ten');
  await check.click();
  await expect(widget.locator('.po-wrong')).toHaveText('Type a number of seconds, such as 0.5.');

  await input.fill(String(seconds / 2));
  await check.click();
  await expect(widget.locator('.po-wrong')).toContainText(`the run takes ${seconds} s`);

  await input.fill(String(seconds + 0.04));
  await check.click();
  await expect(widget.locator('.po-right')).toContainText(`${seconds} s`);
  expect(await axe(page).include('.po-wrap').analyze().then(describeViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the exercises add less than 6 KB of gzipped JavaScript to the lesson page, and render only when near view', async ({ page }) => {
  // The page's own budget (60 KB, the visualizer included) is held by lessons.spec.ts. Widget
  // code is fetched once the page is parsed (WarmWidgets.astro), but an exercise renders only as
  // it nears the viewport. Here every widget runs, and the exercises' share is measured.
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
  });
  await page.goto(LESSONS.en.page.path);
  await page.waitForLoadState('networkidle');
  // The quiz, at the page's end, is still the server's HTML.
  await expect(page.locator('astro-island[component-url*="Quiz"]')).toHaveAttribute('ssr', '');
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').filter((t) => t.includes('asyncio-course:progress')),
  );

  const widget = await openPredict(page, LESSONS.en);
  await arrange(page, widget, LESSONS.en, wrongOrder());
  await widget.getByRole('button', { name: 'Check', exact: true }).click();
  await widget.locator('.po-show').click();
  await page.locator('astro-island[component-url*="Quiz"]').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[component-url*="Quiz"]')).not.toHaveAttribute('ssr', /.*/);
  await page.waitForLoadState('networkidle');

  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const ours = [...scripts].filter(([url]) => /\/(PredictOutput|Quiz|progress-page|jsxRuntime)[.-]/.test(url));
  const inlineBytes = inline.reduce((n, t) => n + gzipSync(t, { level: 9 }).length, 0);
  const share = ours.reduce((n, [, b]) => n + b, 0) + inlineBytes;
  const total = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
  const report = `lesson page JS, gzipped: exercises ${kb(share)} (inline ${kb(inlineBytes)}); everything running ${kb(total)} in ${scripts.size} files`;
  test.info().annotations.push({ type: 'gzipped JS', description: report });
  console.log(report);
  expect(ours.length).toBeGreaterThanOrEqual(2);
  expect(share).toBeLessThan(6 * 1024);
});

test('the exercise and the quiz work under a strict Content-Security-Policy, with no violations', async ({ page }) => {
  // Under the page's own policy, as in event-loop.spec.ts: inline scripts by hash only, no eval.
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  const errors = collectErrors(page);
  await page.goto(LESSONS.en.page.path);
  const widget = await openPredict(page, LESSONS.en);

  await arrange(page, widget, LESSONS.en, wrongOrder());
  await widget.getByRole('button', { name: 'Check', exact: true }).click();
  await widget.locator('.po-show').click();
  await expect(page.getByRole('group', { name: LESSONS.en.visualizer }).getByRole('slider')).toBeFocused();
  const quiz = page.getByRole('region', { name: 'Quiz' });
  await quiz.getByRole('group').first().getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check' }).first().click();
  await expect(quiz.locator('.qz-feedback').first()).not.toBeEmpty();

  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
  expect(PROGRAM).toBe('coroutines-blocking.py');
});
