import { describe, expect, it } from 'vitest';

import { draftKey, loadDraft, saveDraft } from '../../../../src/widgets/playground/drafts';

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

function throwingStorage(): Storage {
  const fail = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}

describe('playground drafts', () => {
  const key = draftKey('/ko/lessons/tasks', 'tasks-playground.py');

  it('are kept per page and program', () => {
    expect(key).toBe('asyncio-course:playground:v1:/ko/lessons/tasks/tasks-playground.py');
    expect(draftKey('/ko/lessons/tasks/?x=1#play=a', 'tasks-playground.py')).toBe(key);
  });

  it('survive a reload, and Reset forgets them', () => {
    const s = memoryStorage();
    saveDraft(s, key, 'print("mine")\n');
    expect(loadDraft(s, key)).toBe('print("mine")\n');
    saveDraft(s, key, null);
    expect(loadDraft(s, key)).toBeNull();
  });

  it('ignore corrupt or foreign data', () => {
    const s = memoryStorage();
    for (const raw of ['{', '42', 'null', '{"source": 3}', '[]', '"text"']) {
      s.setItem(key, raw);
      expect(loadDraft(s, key)).toBeNull();
    }
  });

  it('do nothing, without an error, when storage is disabled', () => {
    expect(() => saveDraft(throwingStorage(), key, 'x = 1\n')).not.toThrow();
    expect(loadDraft(throwingStorage(), key)).toBeNull();
    expect(loadDraft(null, key)).toBeNull();
  });
});
