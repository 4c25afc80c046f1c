/**
 * A learner's progress, kept in localStorage, one key per lesson (the page's path). Pure apart
 * from the `Storage` passed in: whatever is stored is validated before use, anything corrupt or
 * foreign is discarded silently, and a storage that throws (disabled, full, sandboxed) turns
 * every call into a no-op, so the widgets work and simply remember nothing.
 */

/** Where a lesson's progress lives: one key per page path. */
export const KEY_PREFIX = 'asyncio-course:progress:v1:';

/** What the course remembers of one exercise on a lesson page. */
export interface ExerciseRecord {
  /** The learner has answered it right. */
  solved: boolean;
  /** The learner's last answer: option indices per question (quiz), line order or seconds (predict). */
  answer?: number[][] | number[] | number;
  /** How many times the learner pressed Check, up to and including the first right answer. */
  tries?: number;
  /** The learner asked to see the answer (a predict exercise's output, a quiz's right options). */
  revealed?: boolean;
}

/** What the course remembers of one lesson page. */
export interface LessonRecord {
  /** Every exercise on the page was solved (what the sidebar reads). */
  complete: boolean;
  /** Exercises by their id on the page (`quiz:…`, `predict:…`). */
  exercises: Record<string, ExerciseRecord>;
}

export const emptyLesson = (): LessonRecord => ({ complete: false, exercises: {} });

/** A page path (`/ko/lessons/coroutines/`, with or without its trailing slash) as a storage key. */
export function keyFor(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? '/';
  return KEY_PREFIX + (clean.endsWith('/') ? clean : `${clean}/`);
}

function isIndexList(value: unknown): value is number[] {
  return Array.isArray(value) && value.length <= 1000 && value.every((n) => Number.isInteger(n) && n >= 0 && n < 1000);
}

function validAnswer(value: unknown): value is ExerciseRecord['answer'] {
  if (typeof value === 'number') return Number.isFinite(value);
  if (isIndexList(value)) return true;
  return Array.isArray(value) && value.length <= 100 && value.every(isIndexList);
}

/** A stored value as a lesson record, or null when it is not one (corrupt, foreign, or another version). */
export function parseLesson(raw: string | null): LessonRecord | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { complete, exercises } = data as Record<string, unknown>;
  if (typeof complete !== 'boolean') return null;
  if (typeof exercises !== 'object' || exercises === null || Array.isArray(exercises)) return null;
  const out: LessonRecord = { complete, exercises: {} };
  for (const [id, rec] of Object.entries(exercises)) {
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return null;
    const { solved, answer, tries, revealed } = rec as Record<string, unknown>;
    if (typeof solved !== 'boolean') return null;
    if (answer !== undefined && !validAnswer(answer)) return null;
    const kept: ExerciseRecord = answer === undefined ? { solved } : { solved, answer };
    // Added later than `solved` and `answer`: records without them are fine, and a bad value
    // loses only itself, not the lesson's progress.
    if (typeof tries === 'number' && Number.isInteger(tries) && tries >= 0) kept.tries = tries;
    if (revealed === true) kept.revealed = true;
    out.exercises[id] = kept;
  }
  return out;
}

/** The storage to use, or null when the browser refuses it (reading `localStorage` itself can throw). */
export function openStorage(get: () => Storage | undefined): Storage | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

/** The lesson's record; empty when nothing (valid) is stored. Corrupt data is removed. */
export function loadLesson(storage: Storage | null, path: string): LessonRecord {
  if (!storage) return emptyLesson();
  try {
    const raw = storage.getItem(keyFor(path));
    const parsed = parseLesson(raw);
    if (parsed === null && raw !== null) storage.removeItem(keyFor(path));
    return parsed ?? emptyLesson();
  } catch {
    return emptyLesson();
  }
}

/** Stores the lesson's record; false when the storage refused. */
export function saveLesson(storage: Storage | null, path: string, record: LessonRecord): boolean {
  if (!storage) return false;
  try {
    storage.setItem(keyFor(path), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/**
 * The record after exercise `id` was answered: its answer kept, `solved` once right (a later
 * wrong try does not undo it), one more try counted until it is solved, and `complete` when
 * every id in `onPage` is solved.
 */
export function recordAnswer(
  record: LessonRecord,
  id: string,
  answer: ExerciseRecord['answer'],
  right: boolean,
  onPage: readonly string[],
): LessonRecord {
  const before = record.exercises[id];
  const solved = right || (before?.solved ?? false);
  const tries = before?.solved ? (before.tries ?? 0) : (before?.tries ?? 0) + 1;
  const kept: ExerciseRecord = { ...before, solved, answer, tries };
  const exercises = { ...record.exercises, [id]: kept };
  const complete = onPage.length > 0 && onPage.every((e) => exercises[e]?.solved === true);
  return { complete: record.complete || complete, exercises };
}

/** The record after the learner asked to see exercise `id`'s answer (it stays unsolved until checked). */
export function recordReveal(record: LessonRecord, id: string): LessonRecord {
  const before = record.exercises[id] ?? { solved: false };
  return { ...record, exercises: { ...record.exercises, [id]: { ...before, revealed: true } } };
}
