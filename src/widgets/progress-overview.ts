/**
 * The course overview's behaviour (CourseOverview.astro): fills in each lesson's solved count from
 * the browser's storage, points to what to do next, and exports and imports progress
 * (progress-transfer.ts). Counts come from progress-lessons.ts, never from a record's own
 * `complete` flag.
 */
import { earned, solvedIn, type LessonExercises } from './progress-lessons';
import type { OverviewStrings } from './progress-overview-strings';
import { loadLesson, openStorage } from './progress-store';
import { exportProgress, importProgress, parseProgressFile } from './progress-transfer';

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

export function startOverview(root: HTMLElement): void {
  const t = JSON.parse(root.dataset.strings ?? '{}') as OverviewStrings;
  const storage = openStorage(() => window.localStorage);
  const message = root.querySelector<HTMLElement>('[data-ov-message]');
  const say = (text: string, refused = false): void => {
    if (!message) return;
    message.textContent = text;
    message.classList.toggle('ov-refused', refused);
  };

  const render = (): void => {
    let next: { title: string; href: string } | null = null;
    let started = false;
    for (const li of root.querySelectorAll<HTMLElement>('[data-ov-lesson]')) {
      const lesson = JSON.parse(li.dataset.ovLesson ?? '{}') as LessonExercises;
      const record = loadLesson(storage, lesson.path);
      const { solved, total } = solvedIn(record, lesson);
      const done = earned(record, lesson);
      if (solved > 0) started = true;
      li.classList.toggle('ov-complete', done);
      const count = li.querySelector<HTMLElement>('[data-ov-count]');
      if (count) count.textContent = done ? `✓ ${t.complete}` : fill(t.solvedOf, { solved, total });
      const bar = li.querySelector<HTMLElement>('[data-ov-bar]');
      if (bar) bar.style.inlineSize = `${total === 0 ? 0 : Math.round((solved / total) * 100)}%`;
      if (!done && next === null) next = { title: li.dataset.title ?? '', href: lesson.path };
    }
    const nextLine = root.querySelector<HTMLElement>('[data-ov-next]');
    if (!nextLine) return;
    nextLine.replaceChildren();
    if (next === null) {
      nextLine.textContent = t.allDone;
      return;
    }
    const link = document.createElement('a');
    link.href = next.href;
    link.textContent = next.title;
    nextLine.append(`${started ? t.continueWith : t.startWith} `, link);
  };

  root.querySelector('[data-ov-export]')?.addEventListener('click', () => {
    if (!storage) return say(t.storageOff, true);
    const blob = new Blob([exportProgress(storage)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'asyncio-course-progress.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    say(t.exported);
  });

  const input = root.querySelector<HTMLInputElement>('[data-ov-import]');
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!storage) return say(t.storageOff, true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return say(fill(t.refused, { why: t.why.unreadable }), true);
    }
    const parsed = parseProgressFile(text);
    if (!parsed.ok) return say(fill(t.refused, { why: t.why[parsed.reason] }), true);
    const written = importProgress(storage, parsed.lessons);
    if (written === null) return say(t.storageOff, true);
    render();
    say(fill(t.imported, { lessons: written }));
  });

  render();
}
