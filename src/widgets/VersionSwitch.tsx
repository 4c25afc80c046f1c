/**
 * The Python-version switch every widget shows, and the note that says what the program prints
 * under the versions not shown. A native <select>: labelled, operable from the keyboard, and
 * with a visible focus ring (event-loop.css). The choice itself lives in use-python-version.ts,
 * so a switch in one widget switches them all.
 */
import { format } from '../sim/narrate';
import { OFFERED_VERSIONS, isOffered, type Difference, type OfferedVersion, type Printed } from './python-version';
import type { VersionStrings } from './version-strings';

export function VersionSwitch({
  version,
  onChange,
  t,
}: {
  version: OfferedVersion;
  onChange: (version: OfferedVersion) => void;
  t: VersionStrings;
}) {
  return (
    <label class="el-version">
      {t.label}{' '}
      <select
        value={version}
        onChange={(e) => {
          const chosen = (e.currentTarget as HTMLSelectElement).value;
          if (isOffered(chosen)) onChange(chosen);
        }}
      >
        {OFFERED_VERSIONS.map((v) => (
          <option key={v} value={v}>
            {format(t.option, { version: v })}
          </option>
        ))}
      </select>
    </label>
  );
}

function Stream({ text, t, stderr = false }: { text: string; t: VersionStrings; stderr?: boolean }) {
  return (
    <pre class={stderr ? 'el-version-stderr' : undefined} tabIndex={0}>
      {text === '' ? t.nothing : text.replace(/\n$/, '')}
    </pre>
  );
}

/**
 * "On 3.11, this program prints something else:" and what it prints, for each group of versions
 * that differ from the one shown; where stderr differs, what the version shown writes there too,
 * since the visualizer shows stdout only. With `hideOutput` (a predict exercise not yet solved),
 * only the sentence: the other output would give the answer away.
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
        const sentence = hideOutput || d.stdout ? (hideOutput ? t.differsHidden : t.differs) : t.differsStderr;
        return (
          <div key={versions} data-versions={d.versions.join(' ')}>
            <p>{format(sentence, { versions })}</p>
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
          <p>{format(t.stderrHere, { version: shown })}</p>
          <Stream text={current.stderr} t={t} stderr />
        </div>
      )}
    </div>
  );
}
