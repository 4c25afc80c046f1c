/**
 * The words of the Python-version switch and of the note that says a program prints differently
 * under another version, per locale. Each widget's Astro wrapper sends the page's table only.
 */
import type { Locale } from './event-loop-strings';

export interface VersionStrings {
  /** The switch's label (its accessible name). */
  label: string;
  /** An option: `{version}` is `3.13`. */
  option: string;
  /** Joins a list of versions: `3.12 and 3.11`. */
  and: string;
  /** The note: `{versions}` print something else than the version shown. */
  differs: string;
  /** The note, when only stderr differs: `{versions}` write something else there. */
  differsStderr: string;
  /** Above the other version's stderr, when its stdout differs too. */
  stderr: string;
  /** Above the shown version's own stderr, for comparison: `{version}` is the one shown. */
  stderrHere: string;
  /** Stands for an empty stream. */
  nothing: string;
  /** The same note in a predict exercise before it is solved, where the other output would give the answer away. */
  differsHidden: string;
}

const en: VersionStrings = {
  label: 'Python version',
  option: 'Python {version}',
  and: ' and ',
  differs: 'On {versions}, this program prints something else:',
  differsStderr: 'On {versions}, this program prints the same, but writes something else to stderr:',
  stderr: 'and writes to stderr:',
  stderrHere: 'On {version}, shown here, it writes to stderr:',
  nothing: '(nothing)',
  differsHidden: 'On {versions}, this program prints something else. Switch the version to predict that run instead.',
};

const ko: VersionStrings = {
  label: '파이썬 버전',
  option: '파이썬 {version}',
  and: ', ',
  differs: '파이썬 {versions}에서는 이 프로그램이 다르게 출력합니다:',
  differsStderr: '파이썬 {versions}에서는 이 프로그램이 같은 것을 출력하지만, stderr에는 다른 것을 씁니다:',
  stderr: 'stderr에는 이렇게 씁니다:',
  stderrHere: '여기 보이는 파이썬 {version}에서는 stderr에 이렇게 씁니다:',
  nothing: '(없음)',
  differsHidden: '파이썬 {versions}에서는 이 프로그램이 다르게 출력합니다. 그 실행을 예측하려면 버전을 바꾸세요.',
};

const TABLES: Record<Locale, VersionStrings> = { en, ko };

export function versionStrings(locale: Locale): VersionStrings {
  return TABLES[locale];
}
