/**
 * The one live store for the learner's Python version: every widget on the page reads it through
 * this hook, and a choice made in one switches them all (and other open tabs, through the
 * `storage` event). Storage itself goes through python-version.ts, which never throws.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { openStorage } from './progress-store';
import { WIDGET_PYTHON, isOffered, loadVersion, saveVersion, VERSION_KEY, type OfferedVersion } from './python-version';

/** Announces a choice to every widget on the page, whichever copy of this module it loaded. */
const CHANGE_EVENT = 'asyncio-course:python-change';

/** The choice made on this page, for when the browser refuses storage: kept while the page is open. */
let chosenHere: OfferedVersion | null = null;

const storage = (): Storage | null => openStorage(() => window.localStorage);

/** The version widgets show now: the stored choice, else this page's, else the default. */
export function currentVersion(): OfferedVersion {
  return loadVersion(storage()) ?? chosenHere ?? WIDGET_PYTHON;
}

/** Remembers `version` and switches every widget on the page to it. */
export function chooseVersion(version: OfferedVersion): void {
  chosenHere = version;
  saveVersion(storage(), version);
  window.dispatchEvent(new CustomEvent<OfferedVersion>(CHANGE_EVENT, { detail: version }));
}

/**
 * The learner's version and a function to change it. The server renders the default; the stored
 * choice is read in a layout effect, right after hydration, so the markup still matches the HTML
 * it hydrates and the first frame the learner sees already shows their version.
 */
export function usePythonVersion(): [OfferedVersion, (version: OfferedVersion) => void] {
  const [version, setVersion] = useState<OfferedVersion>(WIDGET_PYTHON);
  useLayoutEffect(() => {
    setVersion(currentVersion());
    const onChange = (e: Event): void => {
      const chosen = (e as CustomEvent<unknown>).detail;
      if (isOffered(chosen)) {
        chosenHere = chosen;
        setVersion(chosen);
      }
    };
    const onStorage = (e: StorageEvent): void => {
      if (e.key === VERSION_KEY || e.key === null) setVersion(currentVersion());
    };
    window.addEventListener(CHANGE_EVENT, onChange);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(CHANGE_EVENT, onChange);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return [version, useCallback(chooseVersion, [])];
}
