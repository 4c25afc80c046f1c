import { describe, expect, it } from 'vitest';

import { keyFor, loadLesson, saveLesson, type LessonRecord } from '../../../src/widgets/progress-store';
import {
  EXPORT_FORMAT,
  collectProgress,
  exportProgress,
  importProgress,
  mergeLesson,
  parseProgressFile,
} from '../../../src/widgets/progress-transfer';

/** An in-memory Storage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const tasks: LessonRecord = {
  complete: true,
  exercises: { 'quiz:abc': { solved: true, answer: [[0]] }, 'predict:tasks-order.py': { solved: true, answer: [1, 0] } },
};
const gatherHalf: LessonRecord = { complete: false, exercises: { 'predict:gather-order.py': { solved: false, answer: [0, 1] } } };

function fileWith(lessons: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: '2026-01-01T00:00:00.000Z', lessons, ...extra });
}

describe('exportProgress', () => {
  it('writes every lesson record in storage, and only those', () => {
    const s = memoryStorage();
    saveLesson(s, '/lessons/tasks/', tasks);
    saveLesson(s, '/ko/lessons/gather/', gatherHalf);
    s.setItem('unrelated', '1');
    s.setItem(keyFor('/lessons/broken/'), '{not json');

    const file = JSON.parse(exportProgress(s, new Date('2026-12-07T00:00:00Z')));

    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(1);
    expect(file.exported).toBe('2026-12-07T00:00:00.000Z');
    expect(file.lessons).toEqual({ '/lessons/tasks/': tasks, '/ko/lessons/gather/': gatherHalf });
  });
});

describe('parseProgressFile', () => {
  it('reads back what exportProgress wrote', () => {
    const s = memoryStorage();
    saveLesson(s, '/lessons/tasks/', tasks);

    const r = parseProgressFile(exportProgress(s));

    expect(r).toEqual({ ok: true, lessons: { '/lessons/tasks/': tasks } });
  });

  it('refuses text that is not JSON', () => {
    expect(parseProgressFile('PK\u0003\u0004 a zip file')).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it('refuses JSON from somewhere else', () => {
    expect(parseProgressFile('{"name": "my-package", "version": "1.0.0"}')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseProgressFile('[1, 2, 3]')).toMatchObject({ ok: false, reason: 'foreign' });
  });

  it('refuses a file from a newer version of the course', () => {
    expect(parseProgressFile(fileWith({}, { version: 2 }))).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('refuses the whole file when one lesson record is damaged', () => {
    const lessons = { '/lessons/tasks/': tasks, '/lessons/gather/': { complete: 'yes', exercises: {} } };

    expect(parseProgressFile(fileWith(lessons))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('refuses keys that are not lesson pages', () => {
    expect(parseProgressFile(fileWith({ '/../../etc/': tasks }))).toMatchObject({ ok: false, reason: 'corrupt' });
    const proto = `{"format": "${EXPORT_FORMAT}", "version": 1, "lessons": {"__proto__": ${JSON.stringify(tasks)}}}`;
    expect(parseProgressFile(proto)).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('refuses a file far larger than any progress file', () => {
    expect(parseProgressFile(' '.repeat(2_000_001))).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('mergeLesson', () => {
  it('keeps an exercise solved on either side solved, and this browser\'s answers', () => {
    const here: LessonRecord = { complete: false, exercises: { 'predict:a.py': { solved: false, answer: [1, 0] } } };
    const imported: LessonRecord = {
      complete: true,
      exercises: { 'predict:a.py': { solved: true, answer: [0, 1] }, 'quiz:q': { solved: true, answer: [[2]] } },
    };

    const merged = mergeLesson(here, imported);

    expect(merged.exercises['predict:a.py']).toEqual({ solved: true, answer: [1, 0] });
    expect(merged.exercises['quiz:q']).toEqual({ solved: true, answer: [[2]] });
  });

  it('never unsolves what this browser solved', () => {
    const here: LessonRecord = { complete: true, exercises: { 'quiz:q': { solved: true } } };

    expect(mergeLesson(here, { complete: false, exercises: { 'quiz:q': { solved: false } } }).exercises['quiz:q'].solved).toBe(true);
  });
});

describe('importProgress', () => {
  it('restores exported progress into an empty browser', () => {
    const from = memoryStorage();
    saveLesson(from, '/lessons/tasks/', tasks);
    const to = memoryStorage();
    const parsed = parseProgressFile(exportProgress(from));
    if (!parsed.ok) throw new Error('unreadable');

    expect(importProgress(to, parsed.lessons)).toBe(1);

    expect(loadLesson(to, '/lessons/tasks/')).toEqual(tasks);
    expect(collectProgress(to)).toEqual(collectProgress(from));
  });

  it('says so when there is no storage', () => {
    expect(importProgress(null, { '/lessons/tasks/': tasks })).toBeNull();
  });
});
