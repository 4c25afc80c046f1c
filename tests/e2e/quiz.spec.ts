/**
 * The quiz on the coroutines lesson, and the progress it keeps: answered wrong and right, by
 * mouse and keyboard, remembered per lesson, shown in the sidebar once the lesson is complete,
 * and harmless when storage holds garbage or is turned off.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

import { axe, describeViolations } from './axe';
import { LESSONS, collectErrors, cpythonLines, solveDuration, solvePredict, tabTo, type Lesson } from './predict-fixtures';
import { chooseVersionBeforeLoad } from './python-versions';

// These tests compare the widgets with `python3` (CPython 3.11), so they look at 3.11, as a
// learner who chose it would; python-version.spec.ts covers the switch and the other versions.
test.beforeEach(async ({ page }) => chooseVersionBeforeLoad(page, '3.11'));

const QUIZ = {
  en: {
    name: 'Quiz',
    right: 'Right!',
    wrong: 'Not quite',
    solved: 'Quiz solved',
    notRight: 'Not right:',
    rightAnswer: 'The right answer:',
    reveal: 'Show the answer',
    missing: 'Not yet: what you chose is right, but a right answer is still missing.',
  },
  ko: {
    name: '퀴즈',
    right: '정답입니다!',
    wrong: '아쉽습니다',
    solved: '퀴즈 완료',
    notRight: '오답:',
    rightAnswer: '정답:',
    reveal: '정답 보기',
    missing: '아직 아닙니다. 고른 답은 맞지만, 아직 고르지 않은 정답이 있습니다.',
  },
} as const;

/** The right answers of the lesson's quiz, by question: the options' accessible names. */
const ANSWERS = {
  en: [
    ['It raises ValueError: a coroutine was expected, got <function main …>'],
    ['It raises RuntimeError: asyncio.run() cannot be called from a running event loop'],
    ['await asyncio.sleep(0.2)', 'await asyncio.sleep(0)'],
  ],
  ko: [
    ['ValueError: a coroutine was expected, got <function main …>이 발생한다'],
    ['RuntimeError: asyncio.run() cannot be called from a running event loop이 발생한다'],
    ['await asyncio.sleep(0.2)', 'await asyncio.sleep(0)'],
  ],
} as const;

const KEY = 'asyncio-course:progress:v1:';

let lines: string[] = [];
test.beforeAll(() => {
  lines = cpythonLines();
});

/** Scrolls to the quiz and waits until its island has wired it. */
async function openQuiz(page: Page, lang: keyof typeof QUIZ): Promise<Locator> {
  const island = page.locator('astro-island[component-url*="Quiz"]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  return page.getByRole('region', { name: QUIZ[lang].name });
}

function question(quiz: Locator, n: number): Locator {
  return quiz.getByRole('group').nth(n);
}

async function answerAll(quiz: Locator, lang: keyof typeof QUIZ, lesson: Lesson): Promise<void> {
  for (const [n, names] of ANSWERS[lang].entries()) {
    const q = question(quiz, n);
    for (const name of names) await q.getByRole(names.length > 1 ? 'checkbox' : 'radio', { name, exact: true }).check();
    await q.getByRole('button', { name: lesson.check, exact: true }).click();
    await expect(q.locator('.qz-feedback')).toHaveText(QUIZ[lang].right);
  }
}

function sidebarLink(page: Page, lesson: Lesson): Locator {
  return page.locator('#starlight__sidebar').getByRole('link', { name: new RegExp(lesson.page.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
}

for (const lang of ['en', 'ko'] as const) {
  const lesson = LESSONS[lang];
  test.describe(`${lang}: the quiz`, () => {
    test('a wrong pick explains that option only; giving up shows every explanation; the right ones solve the quiz', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(lesson.page.path);
      const quiz = await openQuiz(page, lang);
      const first = question(quiz, 0);
      const options = first.locator('.qz-opt');
      const reveal = first.getByRole('button', { name: QUIZ[lang].reveal, exact: true });
      await expect(reveal).toBeHidden();

      await first.getByRole('radio').nth(1).check();
      await first.getByRole('button', { name: lesson.check, exact: true }).click();

      await expect(first.locator('.qz-feedback')).toContainText(QUIZ[lang].wrong);
      await expect(options).toHaveCount(3);
      await expect(options.nth(1).locator('.qz-expl')).toBeVisible();
      await expect(options.nth(1).locator('.qz-verdict')).toHaveText(QUIZ[lang].notRight);
      await expect(options.nth(0).locator('.qz-expl')).toBeHidden();
      await expect(options.nth(2).locator('.qz-expl')).toBeHidden();
      await expect(first.getByText(QUIZ[lang].rightAnswer)).toHaveCount(0);
      await expect(quiz.getByText(QUIZ[lang].solved)).toBeHidden();

      // Giving up: the right option is named, and every explanation opens; nothing is solved.
      await reveal.click();
      for (const expl of await first.locator('.qz-expl').all()) await expect(expl).toBeVisible();
      await expect(options.nth(0).locator('.qz-verdict')).toHaveText(QUIZ[lang].rightAnswer);
      await expect(first.locator('.qz-feedback')).toBeFocused();
      await expect(reveal).toBeHidden();
      await expect(quiz.getByText(QUIZ[lang].solved)).toBeHidden();

      await answerAll(quiz, lang, lesson);
      for (const expl of await first.locator('.qz-expl').all()) await expect(expl).toBeVisible();
      await expect(quiz.getByText(QUIZ[lang].solved)).toBeVisible();
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), `${KEY}${lesson.page.path}`);
      const record = Object.entries(stored.exercises ?? {}).find(([id]) => id.startsWith('quiz:'))?.[1];
      // One wrong Check, then one right Check per question.
      expect(record).toMatchObject({ solved: true, tries: 1 + ANSWERS[lang].length, revealed: true });
      expect(errors).toEqual([]);
    });

    test('a multiple-answer question with a right answer missing says so, without naming it', async ({ page }) => {
      await page.goto(lesson.page.path);
      const q = question(await openQuiz(page, lang), 2);

      await q.getByRole('checkbox', { name: ANSWERS[lang][2][0], exact: true }).check();
      await q.getByRole('button', { name: lesson.check, exact: true }).click();

      await expect(q.locator('.qz-feedback')).toHaveText(QUIZ[lang].missing);
      await expect(q.locator('.qz-expl:visible')).toHaveCount(1);
    });

    test('the lesson is marked complete in the sidebar once the quiz and the prediction are solved', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(lesson.page.path);
      const link = sidebarLink(page, lesson);
      await expect(link).toBeVisible();
      const before = await link.boundingBox();

      await answerAll(await openQuiz(page, lang), lang, lesson);
      await expect(link.locator('.progress-done')).toHaveCount(0);
      const predict = await solvePredict(page, lesson, lines);
      await expect(predict.locator('.po-right')).toBeVisible();
      await expect(link.locator('.progress-done')).toHaveCount(0);
      await expect((await solveDuration(page, lesson)).locator('.po-right')).toBeVisible();

      await expect(link).toHaveAccessibleName(new RegExp(`\\(${lesson.completed}\\)$`));
      await expect(link.getByText('✓')).toBeVisible();
      expect(await link.boundingBox()).toEqual(before);

      // Remembered: after a reload the mark is there at once, and the answers are restored.
      await page.reload();
      await expect(sidebarLink(page, lesson)).toHaveAccessibleName(new RegExp(`\\(${lesson.completed}\\)$`));
      const quiz = await openQuiz(page, lang);
      await expect(quiz.getByRole('radio', { name: ANSWERS[lang][0][0], exact: true })).toBeChecked();
      await expect(quiz.getByText(QUIZ[lang].solved)).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}

test('the quiz works with the keyboard alone', async ({ page }) => {
  await page.goto(LESSONS.en.page.path);
  const quiz = await openQuiz(page, 'en');
  const q = question(quiz, 2);
  const sleep02 = q.getByRole('checkbox', { name: 'await asyncio.sleep(0.2)', exact: true });

  await tabTo(page, sleep02);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await tabTo(page, q.getByRole('button', { name: 'Check', exact: true }));
  await page.keyboard.press('Enter');

  await expect(q.locator('.qz-feedback')).toHaveText('Right!');
});

test('corrupt or foreign data in storage is discarded without an error', async ({ page }) => {
  const path = LESSONS.en.page.path;
  await page.addInitScript(
    ([key, path]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key + path, '{"complete":true,"exercises":{"quiz:x":{"solved":"yes"}}}');
      localStorage.setItem(key + '/ko/lessons/coroutines/', 'not json at all');
    },
    [KEY, path],
  );
  const errors = collectErrors(page);
  await page.goto(path);
  const quiz = await openQuiz(page, 'en');

  await answerAll(quiz, 'en', LESSONS.en);

  const stored = await page.evaluate(([key, path]) => localStorage.getItem(key + path), [KEY, path]);
  expect(JSON.parse(stored ?? 'null')).toMatchObject({ complete: false });
  await expect(page.locator('#starlight__sidebar a[href="/ko/lessons/coroutines/"] .progress-done')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('with storage disabled everything works and nothing is remembered', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    // Where each uncaught error came from: Starlight's own scripts (its theme picker) fail
    // without storage, and only the exercises' scripts are under test here.
    const w = window as unknown as { uncaught: Array<{ message: string; file: string; line: number }> };
    w.uncaught = [];
    window.addEventListener('error', (e) => w.uncaught.push({ message: e.message, file: e.filename, line: e.lineno }));
  });
  await page.goto(LESSONS.en.page.path);
  const quiz = await openQuiz(page, 'en');

  await answerAll(quiz, 'en', LESSONS.en);
  await expect(quiz.getByText('Quiz solved')).toBeVisible();
  const predict = await solvePredict(page, LESSONS.en, lines);
  await expect(predict.locator('.po-right')).toBeVisible();
  await expectNoErrorsFromExercises(page);

  await page.reload();
  const again = await openQuiz(page, 'en');
  await expect(again.getByRole('radio', { name: ANSWERS.en[0][0], exact: true })).not.toBeChecked();
  await expect(again.getByText('Quiz solved')).toBeHidden();
  await expect(page.locator('#starlight__sidebar .progress-done')).toHaveCount(0);
  await expectNoErrorsFromExercises(page);
});

/** No uncaught error came from the exercises' modules or their inline script. */
async function expectNoErrorsFromExercises(page: Page): Promise<void> {
  const html = (await (await page.request.get(page.url())).text()).split('\n');
  const uncaught = await page.evaluate(
    () => (window as unknown as { uncaught: Array<{ message: string; file: string; line: number }> }).uncaught,
  );
  const ours = uncaught.filter(
    (e) =>
      /(PredictOutput|Quiz|progress-page|quiz-client)[.-]/.test(e.file) ||
      (e.file.split('#')[0] === page.url().split('#')[0] && (html[e.line - 1] ?? '').includes('asyncio-course')),
  );
  expect(ours).toEqual([]);
}

test('axe finds no violations in the quiz before, after a wrong and after a right answer, nor in a marked sidebar', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(LESSONS.en.page.path);
  const quiz = await openQuiz(page, 'en');
  const check = async (when: string): Promise<void> => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await axe(page).include('.qz').include('#starlight__sidebar').analyze();
      expect(describeViolations(results), `${when}, ${colorScheme} theme`).toEqual([]);
    }
  };
  await check('initial');

  await question(quiz, 0).getByRole('radio').nth(2).check();
  await question(quiz, 0).getByRole('button', { name: 'Check', exact: true }).click();
  await check('wrong answer');

  await answerAll(quiz, 'en', LESSONS.en);
  await solvePredict(page, LESSONS.en, lines);
  await expect((await solveDuration(page, LESSONS.en)).locator('.po-right')).toBeVisible();
  await expect(page.locator('#starlight__sidebar .progress-done')).toHaveCount(1);
  await check('solved, sidebar marked');
});
