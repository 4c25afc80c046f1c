/**
 * The note that says what a program prints under the versions not shown ("On 3.11, this program
 * prints something else: …"). The build renders it to HTML for lesson programs
 * (src/components/version-runs.ts); the playground loads this file only when it has compared
 * an edit under the other versions, so no page's first load carries it.
 */
import type { OfferedVersion } from './python-version';
import type { Difference, Printed } from './version-differences';
import type { VersionStrings } from './version-strings';

const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

function Stream({ text, t, stderr = false }: { text: string; t: VersionStrings; stderr?: boolean }) {
  return (
    <pre class={stderr ? 'el-version-stderr' : undefined} tabIndex={0}>
      {text === '' ? t.nothing : text.replace(/\n$/, '')}
    </pre>
  );
}

/**
 * One paragraph and the output for each group of versions that differ from the one shown; where
 * stderr differs, what the version shown writes there too, since the visualizer shows stdout
 * only. With `hideOutput` (a predict exercise not yet solved), only the sentence: the other
 * output would give the answer away.
 */
export function VersionNote({
  differences,
  current,
  shown,
  t,
  hideOutput = false,
}: {
  differences: Difference[];
  /** What the version shown printed. */
  current: Printed | undefined;
  shown: OfferedVersion;
  t: VersionStrings;
  hideOutput?: boolean;
}) {
  if (differences.length === 0) return null;
  const anyStderr = differences.some((d) => d.stderr);
  return (
    <div class="el-version-note" role="note">
      {differences.map((d) => {
        const versions = d.versions.join(t.and);
        const sentence = hideOutput ? t.differsHidden : d.stdout ? t.differs : t.differsStderr;
        return (
          <div key={versions} data-versions={d.versions.join(' ')}>
            <p>{fill(sentence, { versions })}</p>
            {!hideOutput && d.stdout && <Stream text={d.printed.stdout} t={t} />}
            {!hideOutput && d.stderr && (
              <>
                {d.stdout && <p>{t.stderr}</p>}
                <Stream text={d.printed.stderr} t={t} stderr />
              </>
            )}
          </div>
        );
      })}
      {!hideOutput && anyStderr && current && (
        <div data-versions={shown}>
          <p>{fill(t.stderrHere, { version: shown })}</p>
          <Stream text={current.stderr} t={t} stderr />
        </div>
      )}
    </div>
  );
}
