/**
 * The Python-version switch every widget shows: a native <select>, labelled, operable from the
 * keyboard, with a visible focus ring (event-loop.css). The choice itself lives in
 * use-python-version.ts, so a switch in one widget switches them all. Kept to the select alone:
 * it ships with every widget, and the note beside it is rendered at build time (VersionNote.tsx).
 */
import { OFFERED_VERSIONS, isOffered, type OfferedVersion } from './python-version';
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
            {t.option.replace('{version}', v)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Where a widget shows the note for the version shown: HTML the build rendered with VersionNote
 * (its text escaped there, as Preact escapes any text), so the page ships no code to make it.
 */
export function VersionNoteSlot({ html }: { html: string }) {
  return html === '' ? null : <div class="el-version-slot" dangerouslySetInnerHTML={{ __html: html }} />;
}
