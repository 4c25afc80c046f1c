/**
 * Moving a learner's progress between browsers: every lesson's record (progress-store.ts) in one
 * JSON file, and back. Pure apart from the `Storage` passed in. A file is taken whole or not at
 * all: anything corrupt, foreign or from a later version is refused with a reason, before a
 * single key is written, and an import merges, so nothing already solved here is lost.
 */
import { KEY_PREFIX, loadLesson, parseLesson, saveLesson, type LessonRecord } from './progress-store';

/** What the file says it is, so another site's JSON is not taken for ours. */
export const EXPORT_FORMAT = 'asyncio-course-progress';
export const EXPORT_VERSION = 1;
/** Far more than the course has; a larger file is not one of ours. */
const MAX_LESSONS = 500;
const MAX_FILE_CHARS = 2_000_000;

export interface ProgressFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** When it was written, as an ISO date (for the learner; not read back). */
  exported: string;
  /** Each lesson's record, by the page's path (`/lessons/tasks/`, `/ko/lessons/tasks/`). */
  lessons: Record<string, LessonRecord>;
}

/** Why a file was refused, for the message the learner sees. */
export type RefusalReason = 'not-json' | 'foreign' | 'newer' | 'corrupt' | 'too-large';

export type ImportResult = { ok: true; lessons: Record<string, LessonRecord> } | { ok: false; reason: RefusalReason; detail: string };

/** A lesson page's path, as progress-store keys it: `/lessons/<slug>/` or `/<lang>/lessons/<slug>/`. */
const LESSON_PATH = /^\/(?:[a-z]{2}\/)?lessons\/[a-z0-9-]+\/$/;

/** Every lesson record in `storage` (valid ones only), by path. */
export function collectProgress(storage: Storage | null): Record<string, LessonRecord> {
  const out: Record<string, LessonRecord> = {};
  if (!storage) return out;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || !key.startsWith(KEY_PREFIX)) continue;
      const path = key.slice(KEY_PREFIX.length);
      const record = parseLesson(storage.getItem(key));
      if (record !== null && LESSON_PATH.test(path)) out[path] = record;
    }
  } catch {
    // A storage that throws has nothing to give.
  }
  return out;
}

/** The file's text for everything in `storage`. */
export function exportProgress(storage: Storage | null, now: Date = new Date()): string {
  const file: ProgressFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    lessons: collectProgress(storage),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a progress file; every lesson in it must be valid, or the whole file is refused. */
export function parseProgressFile(text: string): ImportResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, reason: 'too-large', detail: `${text.length} characters` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'not-json', detail: e instanceof Error ? e.message : String(e) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'foreign', detail: 'not an object' };
  }
  const { format, version, lessons } = data as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return { ok: false, reason: 'foreign', detail: `format ${JSON.stringify(format)}` };
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: 'corrupt', detail: 'no version' };
  }
  if (version > EXPORT_VERSION) return { ok: false, reason: 'newer', detail: `version ${version}` };
  if (version < 1) return { ok: false, reason: 'corrupt', detail: `version ${version}` };
  if (typeof lessons !== 'object' || lessons === null || Array.isArray(lessons)) {
    return { ok: false, reason: 'corrupt', detail: 'no lessons' };
  }
  const entries = Object.entries(lessons);
  if (entries.length > MAX_LESSONS) return { ok: false, reason: 'too-large', detail: `${entries.length} lessons` };
  const out: Record<string, LessonRecord> = {};
  for (const [path, record] of entries) {
    if (!LESSON_PATH.test(path)) return { ok: false, reason: 'corrupt', detail: `not a lesson: ${path.slice(0, 80)}` };
    const parsed = parseLesson(JSON.stringify(record));
    if (parsed === null) return { ok: false, reason: 'corrupt', detail: `the record of ${path}` };
    out[path] = parsed;
  }
  return { ok: true, lessons: out };
}

/**
 * One lesson's record after an import: an exercise solved on either side stays solved, and the
 * imported answer is kept only where this browser has none.
 */
export function mergeLesson(here: LessonRecord, imported: LessonRecord): LessonRecord {
  const exercises: LessonRecord['exercises'] = { ...imported.exercises };
  for (const [id, mine] of Object.entries(here.exercises)) {
    const theirs = imported.exercises[id];
    exercises[id] = theirs === undefined ? mine : { ...theirs, ...mine, solved: mine.solved || theirs.solved };
  }
  return { ...here, complete: here.complete || imported.complete, exercises };
}

/** Merges a parsed file into `storage`; returns the number of lessons written, or null when storage refused. */
export function importProgress(storage: Storage | null, lessons: Record<string, LessonRecord>): number | null {
  if (!storage) return null;
  let written = 0;
  for (const [path, record] of Object.entries(lessons)) {
    if (!saveLesson(storage, path, mergeLesson(loadLesson(storage, path), record))) return null;
    written++;
  }
  return written;
}

