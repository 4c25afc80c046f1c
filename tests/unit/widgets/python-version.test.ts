import { describe, expect, it } from 'vitest';

import { PYTHON_VERSIONS } from '../../../src/sim/versions';
import {
  OFFERED_VERSIONS,
  VERSION_KEY,
  WIDGET_PYTHON,
  isOffered,
  loadVersion,
  saveVersion,
} from '../../../src/widgets/python-version';
import { versionStrings } from '../../../src/widgets/version-strings';

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

/** A Storage that throws on every call, as a browser with site data blocked or full does. */
function refusingStorage(): Storage {
  const refuse = (): never => {
    throw new DOMException('refused', 'SecurityError');
  };
  return { length: 0, clear: refuse, getItem: refuse, key: refuse, removeItem: refuse, setItem: refuse };
}

describe('OFFERED_VERSIONS', () => {
  it('offers only versions the simulator models, newest first, with the default among them and 3.14 left out', () => {
    expect(OFFERED_VERSIONS.every((v) => (PYTHON_VERSIONS as readonly string[]).includes(v))).toBe(true);
    expect([...OFFERED_VERSIONS]).toEqual([...OFFERED_VERSIONS].sort().reverse());
    expect(OFFERED_VERSIONS).toContain(WIDGET_PYTHON);
    expect(WIDGET_PYTHON).toBe(OFFERED_VERSIONS[0]);
    expect(isOffered('3.14')).toBe(false);
  });
});

describe('loadVersion', () => {
  it('returns the stored choice', () => {
    const storage = memoryStorage();
    storage.setItem(VERSION_KEY, '3.11');

    expect(loadVersion(storage)).toBe('3.11');
  });

  it('returns null, and removes what is stored, for anything that is not an offered version', () => {
    for (const junk of ['3.14', '3.10', '', '{"v":"3.11"}', ' 3.11']) {
      const storage = memoryStorage();
      storage.setItem(VERSION_KEY, junk);

      expect(loadVersion(storage), junk).toBeNull();
      expect(storage.getItem(VERSION_KEY)).toBeNull();
    }
  });

  it('returns null when storage is missing or throws', () => {
    expect(loadVersion(null)).toBeNull();
    expect(loadVersion(refusingStorage())).toBeNull();
  });
});

describe('saveVersion', () => {
  it('stores the choice where loadVersion finds it', () => {
    const storage = memoryStorage();

    expect(saveVersion(storage, '3.12')).toBe(true);
    expect(loadVersion(storage)).toBe('3.12');
  });

  it('reports false, without throwing, when storage refuses', () => {
    expect(saveVersion(refusingStorage(), '3.12')).toBe(false);
    expect(saveVersion(null, '3.12')).toBe(false);
  });
});

describe('versionStrings', () => {
  const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

  it('gives every Korean string the placeholders of its English one', () => {
    const en = versionStrings('en');
    const ko = versionStrings('ko');

    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
  });
});
