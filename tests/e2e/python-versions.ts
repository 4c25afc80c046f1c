/**
 * The Python version the widgets show, for tests that compare them with CPython: which
 * interpreter is the oracle for a version, and how a test chooses a version the way a learner's
 * earlier visit would have (the stored choice, src/widgets/python-version.ts).
 */
import { spawnSync } from 'node:child_process';

import type { Page } from '@playwright/test';

import { findOracles } from '../conformance/harness';
import { VERSION_KEY, WIDGET_PYTHON, type OfferedVersion } from '../../src/widgets/python-version';

export { VERSION_KEY, WIDGET_PYTHON };

/** The CPython that is the oracle for `version` here (as the conformance suite finds it), or null. */
export function oracleFor(version: OfferedVersion): string | null {
  return findOracles(version).find((o) => o.version === version)?.python ?? null;
}

/** What `python` prints for `file` on stdout. */
export function stdoutOf(python: string, file: string): string {
  const run = spawnSync(python, [file], { encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw new Error(`${python} ${file}: ${run.error.message}`);
  return run.stdout;
}

/**
 * Makes every page the test opens start with `version` chosen, before any widget reads it.
 * Where the test has made storage refuse, the choice is simply not stored.
 */
export async function chooseVersionBeforeLoad(page: Page, version: OfferedVersion): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        // Storage refused: the widgets show their default, as for such a learner.
      }
    },
    [VERSION_KEY, version] as const,
  );
}

/**
 * The version a test that compares widgets with CPython should look at, and its oracle: the
 * widgets' default when its interpreter is on this machine, else 3.11 (`python3`, which the
 * suite requires), chosen before the page loads. Either way the comparison is exact.
 */
export async function versionWithOracle(page: Page): Promise<{ version: OfferedVersion; python: string }> {
  const python = oracleFor(WIDGET_PYTHON);
  if (python) return { version: WIDGET_PYTHON, python };
  await chooseVersionBeforeLoad(page, '3.11');
  return { version: '3.11', python: oracleFor('3.11') ?? 'python3' };
}
