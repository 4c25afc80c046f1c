/**
 * The page side of progress (progress-store.ts): which exercises this page has, remembering an
 * answer. Each exercise's root element
 * carries `data-exercise="<id>"`, so the page knows all of them before any island hydrates.
 */
import {
  loadLesson,
  openStorage,
  recordAnswer,
  recordReveal,
  saveLesson,
  type ExerciseRecord,
  type LessonRecord,
} from './progress-store';
import { completeNotice } from './progress-overview-strings';

const storage = (): Storage | null => openStorage(() => window.localStorage);

/** The ids of the exercises on this page. */
export function exercisesOnPage(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-exercise]')].map((el) => el.dataset.exercise ?? '');
}

/** What is remembered of this page. */
export function loadPage(): LessonRecord {
  return loadLesson(storage(), location.pathname);
}

/**
 * Remembers an answer to exercise `id`, and tells the sidebar's marks (ProgressMarks.astro) to
 * look again, since the lesson may now be complete.
 */
export function rememberAnswer(id: string, answer: ExerciseRecord['answer'], right: boolean): void {
  const s = storage();
  const before = loadLesson(s, location.pathname);
  const next = recordAnswer(before, id, answer, right, exercisesOnPage());
  saveLesson(s, location.pathname, next);
  document.dispatchEvent(new CustomEvent('asyncio-course:progress'));
  if (next.complete && !before.complete) showLessonComplete(id);
}

/**
 * The moment the last exercise of a page is solved: a notice under that exercise that the lesson
 * is complete, with the way on (Starlight's "Next" link, and the course overview).
 */
function showLessonComplete(id: string): void {
  const exercise = [...document.querySelectorAll<HTMLElement>('[data-exercise]')].find((el) => el.dataset.exercise === id);
  if (!exercise || document.querySelector('.progress-celebrate')) return;
  const ko = document.documentElement.lang.startsWith('ko');
  const t = completeNotice[ko ? 'ko' : 'en'];
  const notice = document.createElement('div');
  notice.className = 'progress-celebrate not-content';
  notice.setAttribute('role', 'status');
  const title = document.createElement('p');
  title.className = 'progress-celebrate-title';
  const tick = document.createElement('span');
  tick.setAttribute('aria-hidden', 'true');
  tick.textContent = '✓';
  title.append(tick, ` ${t.title}`);
  const body = document.createElement('p');
  body.append(t.body);
  const nextLink = document.querySelector<HTMLAnchorElement>('.pagination-links a[rel="next"]');
  if (nextLink) {
    const a = document.createElement('a');
    a.href = nextLink.href;
    a.textContent = nextLink.querySelector('.link-title')?.textContent?.trim() || nextLink.textContent?.trim() || '';
    body.append(` ${t.next} `, a);
  }
  const home = document.createElement('a');
  home.href = ko ? '/ko/' : '/';
  home.textContent = t.home;
  body.append(' · ', home);
  notice.append(title, body);
  exercise.after(notice);
  notice.scrollIntoView({ block: 'nearest' });
}


/** Remembers that the learner asked to see exercise `id`'s answer. */
export function rememberReveal(id: string): void {
  const s = storage();
  saveLesson(s, location.pathname, recordReveal(loadLesson(s, location.pathname), id));
}
