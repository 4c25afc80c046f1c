import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  KEY_PREFIX,
  emptyLesson,
  keyFor,
  loadLesson,
  openStorage,
  parseLesson,
  recordAnswer,
  recordReveal,
  saveLesson,
  type LessonRecord,
} from '../../../src/widgets/progress-store';

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

/** A Storage that throws on every call, as a browser with storage disabled does. */
function throwingStorage(): Storage {
  const fail = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}

const solved: LessonRecord = {
  complete: true,
  exercises: { 'quiz:abc': { solved: true, answer: [[0], [1, 2]] }, 'predict:x.py': { solved: true, answer: [2, 0, 1] } },
};

describe('KEY_PREFIX', () => {
  it('is the prefix the sidebar marks read (ProgressMarks.astro)', () => {
    const script = readFileSync(new URL('../../../src/components/ProgressMarks.astro', import.meta.url), 'utf8');

    expect(script).toContain(`const prefix = '${KEY_PREFIX}';`);
  });
});

describe('keyFor', () => {
  it('keys a lesson by its path, with or without the trailing slash, query or hash', () => {
    expect(keyFor('/ko/lessons/coroutines')).toBe(keyFor('/ko/lessons/coroutines/'));
    expect(keyFor('/lessons/coroutines/?x=1#quiz')).toBe(keyFor('/lessons/coroutines/'));
    expect(keyFor('/lessons/coroutines/')).not.toBe(keyFor('/ko/lessons/coroutines/'));
  });
});

describe('parseLesson', () => {
  it('reads back what was stored', () => {
    expect(parseLesson(JSON.stringify(solved))).toEqual(solved);
  });

  it('returns null for garbage, foreign data and wrong shapes', () => {
    const garbage = [
      '',
      'not json',
      '{',
      'null',
      '42',
      '"text"',
      '[]',
      '{}',
      '{"complete":"yes","exercises":{}}',
      '{"complete":true,"exercises":[]}',
      '{"complete":true,"exercises":null}',
      '{"complete":true,"exercises":{"q":true}}',
      '{"complete":true,"exercises":{"q":{"solved":1}}}',
      '{"complete":true,"exercises":{"q":{"solved":true,"answer":"0,1"}}}',
      '{"complete":true,"exercises":{"q":{"solved":true,"answer":[-1]}}}',
      '{"complete":true,"exercises":{"q":{"solved":true,"answer":[[0],["a"]]}}}',
      '{"complete":true,"exercises":{"q":{"solved":true,"answer":[1.5]}}}',
      JSON.stringify({ theme: 'dark', user: { id: 3 } }),
    ];

    for (const raw of garbage) expect(parseLesson(raw), raw).toBeNull();
  });

  it('drops a bad tries or revealed value, but keeps the rest of the lesson', () => {
    const raw = JSON.stringify({
      complete: false,
      exercises: { a: { solved: true, answer: 2, tries: -1, revealed: 'yes' }, b: { solved: false, tries: 1.5 }, c: { solved: true, tries: 4 } },
    });

    expect(parseLesson(raw)).toEqual({ complete: false, exercises: { a: { solved: true, answer: 2 }, b: { solved: false }, c: { solved: true, tries: 4 } } });
  });

  it('keeps valid records without an answer, and a duration answer', () => {
    const raw = '{"complete":false,"exercises":{"a":{"solved":false},"b":{"solved":true,"answer":0.4}}}';

    expect(parseLesson(raw)).toEqual({ complete: false, exercises: { a: { solved: false }, b: { solved: true, answer: 0.4 } } });
  });
});

describe('loadLesson and saveLesson', () => {
  it('round-trips a lesson through storage, per page', () => {
    const storage = memoryStorage();

    expect(saveLesson(storage, '/lessons/coroutines/', solved)).toBe(true);

    expect(loadLesson(storage, '/lessons/coroutines')).toEqual(solved);
    expect(loadLesson(storage, '/lessons/tasks/')).toEqual(emptyLesson());
  });

  it('discards corrupt data without an error, and removes it', () => {
    const storage = memoryStorage();
    storage.setItem(keyFor('/lessons/coroutines/'), '{"complete":tru');

    expect(loadLesson(storage, '/lessons/coroutines/')).toEqual(emptyLesson());
    expect(storage.getItem(keyFor('/lessons/coroutines/'))).toBeNull();
  });

  it('works with a storage that throws on every call, and remembers nothing', () => {
    const storage = throwingStorage();

    expect(saveLesson(storage, '/lessons/coroutines/', solved)).toBe(false);
    expect(loadLesson(storage, '/lessons/coroutines/')).toEqual(emptyLesson());
  });

  it('works with no storage at all', () => {
    expect(saveLesson(null, '/x/', solved)).toBe(false);
    expect(loadLesson(null, '/x/')).toEqual(emptyLesson());
  });
});

describe('openStorage', () => {
  it('returns null when merely reading localStorage throws', () => {
    expect(
      openStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBeNull();
  });

  it('returns the storage when it is there', () => {
    const storage = memoryStorage();

    expect(openStorage(() => storage)).toBe(storage);
  });
});

describe('recordAnswer', () => {
  const onPage = ['quiz:a', 'predict:b'];

  it('completes the lesson once every exercise on the page is solved', () => {
    const one = recordAnswer(emptyLesson(), 'quiz:a', [[0]], true, onPage);

    const both = recordAnswer(one, 'predict:b', [1, 0], true, onPage);

    expect(one.complete).toBe(false);
    expect(both.complete).toBe(true);
  });

  it('keeps an exercise solved after a later wrong answer, and keeps that answer', () => {
    const right = recordAnswer(emptyLesson(), 'quiz:a', [[0]], true, onPage);

    const wrong = recordAnswer(right, 'quiz:a', [[1]], false, onPage);

    expect(wrong.exercises['quiz:a']).toEqual({ solved: true, answer: [[1]], tries: 1 });
  });

  it('counts the tries up to the first right answer, and no more after it', () => {
    let record = emptyLesson();

    for (const right of [false, false, true, false]) record = recordAnswer(record, 'predict:b', [0, 1], right, onPage);

    expect(record.exercises['predict:b']?.tries).toBe(3);
  });

  it('counts on from progress stored before tries were recorded', () => {
    const old = parseLesson(JSON.stringify({ complete: false, exercises: { 'predict:b': { solved: false, answer: [1, 0] } } }));

    const next = recordAnswer(old ?? emptyLesson(), 'predict:b', [0, 1], true, onPage);

    expect(next.exercises['predict:b']).toEqual({ solved: true, answer: [0, 1], tries: 1 });
  });
});

describe('recordReveal', () => {
  it('marks the answer as revealed, without solving the exercise or losing its tries', () => {
    const tried = recordAnswer(emptyLesson(), 'predict:b', [1, 0], false, ['predict:b']);

    const revealed = recordReveal(tried, 'predict:b');

    expect(revealed.exercises['predict:b']).toEqual({ solved: false, answer: [1, 0], tries: 1, revealed: true });
    expect(revealed.complete).toBe(false);
  });

  it('survives a round trip through storage', () => {
    const storage = memoryStorage();

    saveLesson(storage, '/lessons/tasks/', recordReveal(emptyLesson(), 'quiz:a'));

    expect(loadLesson(storage, '/lessons/tasks/').exercises['quiz:a']).toEqual({ solved: false, revealed: true });
  });

  it('does not complete a page with no exercises', () => {
    expect(recordAnswer(emptyLesson(), 'x', 1, true, []).complete).toBe(false);
  });
});
