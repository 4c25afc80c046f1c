/**
 * The one live store for the learner's Python version: every widget on the page reads it through
 * this hook, and a choice made in one switches them all. Storage itself goes through
 * python-version.ts, which never throws. Another open tab picks a new choice up when it next
 * loads a page: following it live would cost every page more code than it is worth.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { openStorage } from './progress-store';
import { WIDGET_PYTHON, isOffered, loadVersion, saveVersion, type OfferedVersion } from './python-version';

/** Announces a choice to every widget on the page, whichever copy of this module it loaded. */
const CHANGE_EVENT = 'asyncio-course:python-change';

/** The choice made on this page, for when the browser refuses storage: kept while the page is open. */
let chosenHere: OfferedVersion | null = null;

const storage = (): Storage | null => openStorage(() => window.localStorage);

/** Remembers `version` and switches every widget on the page to it. */
export function chooseVersion(version: OfferedVersion): void {
  chosenHere = version;
  saveVersion(storage(), version);
  window.dispatchEvent(new CustomEvent<OfferedVersion>(CHANGE_EVENT, { detail: version }));
}

/**
 * The learner's version and the function that changes it. The server renders the default; the
 * stored choice is read in a layout effect, right after hydration, so the markup still matches
 * the HTML it hydrates and the first frame the learner sees already shows their version.
 */
export function usePythonVersion(): [OfferedVersion, (version: OfferedVersion) => void] {
  const [version, setVersion] = useState<OfferedVersion>(WIDGET_PYTHON);
  useLayoutEffect(() => {
    setVersion(loadVersion(storage()) ?? chosenHere ?? WIDGET_PYTHON);
    const onChange = (e: Event): void => {
      const chosen = (e as CustomEvent<unknown>).detail;
      if (isOffered(chosen)) setVersion((chosenHere = chosen));
    };
    addEventListener(CHANGE_EVENT, onChange);
    return () => removeEventListener(CHANGE_EVENT, onChange);
  }, []);
  return [version, chooseVersion];
}
