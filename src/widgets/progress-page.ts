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
  const next = recordAnswer(loadLesson(s, location.pathname), id, answer, right, exercisesOnPage());
  saveLesson(s, location.pathname, next);
  document.dispatchEvent(new CustomEvent('asyncio-course:progress'));
}


/** Remembers that the learner asked to see exercise `id`'s answer. */
export function rememberReveal(id: string): void {
  const s = storage();
  saveLesson(s, location.pathname, recordReveal(loadLesson(s, location.pathname), id));
}
