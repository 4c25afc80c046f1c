/**
 * The playground: a lesson program the learner can edit and run in the visualizer.
 *
 * It starts as the visualizer of the program as written, recorded at build time like
 * `<EventLoop>`'s. Edit loads CodeMirror (playground/editor.ts) on demand; Run sends the text to a
 * worker (playground/worker.ts) that runs the simulator and returns a new trace, and the
 * visualizer starts over on it. Whatever the program prints, and whatever a share link carries, is
 * only ever rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import EventLoop, { type WidgetText } from './EventLoop';
import { format } from '../sim/narrate';
import { openStorage } from './progress-store';
import { draftKey, loadDraft, saveDraft } from './playground/drafts';
import type { EditorHandle } from './playground/editor';
import { paletteVariables } from './playground/palette';
import type { Problem } from './playground/problem';
import { VISUAL_EVENT_CAP } from './playground/protocol';
import { Runner } from './playground/runner';
import { readShared, shareFragment } from './playground/share';
import type { PlaygroundStrings } from './playground/strings';
import type { TraceEvent } from '../sim/trace';
import { WIDGET_PYTHON, type OfferedVersion, type VersionRuns } from './python-version';
import type { Locale } from './event-loop-strings';
import { usePythonVersion } from './use-python-version';
import { VersionNoteSlot, VersionSwitch } from './VersionSwitch';

export interface PlaygroundProps {
  /** The program's file name in content/programs. */
  file: string;
  /** The program as written. */
  source: string;
  /** `JSON.stringify(CompactProgram)` of the program as written (Shiki, at build time). */
  program: string;
  /** `JSON.stringify(TraceEvent[])` of its run under the default version. */
  trace: string;
  /** `JSON.stringify(VersionRuns<TraceEvent[]>)`: the program as written, under every version offered. */
  versions: string;
  /** `JSON.stringify(WidgetText)` for the visualizer. */
  loopText: string;
  /** `JSON.stringify(PlaygroundStrings)`. */
  text: string;
  /** The page's language, for the worker's note on what other versions print. */
  locale: Locale;
  /** A prefix for element ids, unique on the page. */
  uid: string;
}

interface Shown {
  program: string;
  trace: string;
  /** Changes with every run, so the visualizer starts over. */
  run: number;
  /** The program as written (its runs came with the page), or an edit the worker ran. */
  edited: boolean;
  /** The version it ran under. */
  python: OfferedVersion;
  /** For an edit, the worker's note on what the other versions print (HTML; '' when alike). */
  note: string;
}

type Mode = 'view' | 'loading' | 'edit';

const storage = (): Storage | null => openStorage(() => window.localStorage);

export default function Playground({ file, source, program, trace, versions, loopText, text, locale, uid }: PlaygroundProps) {
  const [t] = useState(() => JSON.parse(text) as PlaygroundStrings);
  const vt = useMemo(() => (JSON.parse(loopText) as WidgetText).version, [loopText]);
  const runsAsWritten = useMemo(() => JSON.parse(versions) as VersionRuns<TraceEvent[]>, [versions]);
  const [python, choosePython] = usePythonVersion();
  const [mode, setMode] = useState<Mode>('view');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  /** What the last run wrote to stderr (warnings, a traceback, the simulator's message). */
  const [stderr, setStderr] = useState('');
  const [shown, setShown] = useState<Shown | null>({ program, trace, run: 0, edited: false, python: WIDGET_PYTHON, note: '' });
  /** The output of a run too long to step through (protocol.ts VISUAL_EVENT_CAP), shown instead. */
  const [plainOutput, setPlainOutput] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  const editor = useRef<EditorHandle | null>(null);
  const runner = useRef<Runner | null>(null);
  const runs = useRef(0);
  const key = useRef('');

  useEffect(() => {
    key.current = draftKey(location.pathname, file);
    const shared = readShared(location.hash, file);
    // Playground.astro's script scrolled here already; hydrating may have moved the page since.
    if (shared.kind !== 'none') root.current?.scrollIntoView({ block: 'start' });
    if (shared.kind === 'program') void openEditor(shared.source, true);
    else if (shared.kind === 'unreadable') setStatus(t.sharedUnreadable);
    return () => {
      runner.current?.dispose();
      editor.current?.destroy();
    };
  }, []);

  async function openEditor(initial: string | null, runNow: boolean): Promise<void> {
    if (editor.current || !host.current) return;
    setMode('loading');
    setStatus(t.loading);
    let createEditor: typeof import('./playground/editor').createEditor;
    try {
      ({ createEditor } = await import('./playground/editor'));
    } catch {
      setMode('view');
      setStatus(t.loadFailed);
      return;
    }
    const draft = initial === null ? loadDraft(storage(), key.current) : null;
    const start = initial ?? draft ?? source;
    editor.current = createEditor({
      parent: host.current,
      text: start,
      label: format(t.editorLabel, { file }),
      onChange: (now) => {
        saveDraft(storage(), key.current, now === source ? null : now);
      },
      onRun: () => void run(),
    });
    setMode('edit');
    if (initial !== null) saveDraft(storage(), key.current, initial === source ? null : initial);
    setStatus(initial !== null ? '' : draft !== null && draft !== source ? t.restoredDraft : t.runHint);
    if (runNow) await run(t.sharedLoaded);
    else editor.current.focus();
  }

  /** The program as written, under `version`: its run came with the page. */
  function asWritten(version: OfferedVersion, run: number): Shown {
    const events = runsAsWritten[version].run;
    return { program, trace: events ? JSON.stringify(events) : trace, run, edited: false, python: version, note: '' };
  }

  // A new version shows the program as written under it, or runs the learner's edit again.
  const versionShown = useRef<OfferedVersion>(WIDGET_PYTHON);
  /** The learner ran an edit since the page loaded or since Reset program. */
  const ranEdit = useRef(false);
  useEffect(() => {
    if (versionShown.current === python) return;
    versionShown.current = python;
    if (ranEdit.current && editor.current) {
      void run();
      return;
    }
    // The visualizer starts over only when the run it shows changes.
    const next = asWritten(python, shown?.run ?? runs.current);
    if (shown && next.trace === shown.trace) return setShown({ ...shown, python });
    runs.current += 1;
    setShown({ ...next, run: runs.current });
  }, [python]);

  async function run(doneMessage?: string): Promise<void> {
    const ed = editor.current;
    if (!ed) return;
    runner.current ??= new Runner();
    setStatus(t.running);
    setLink(null);
    const code = ed.getText();
    const version = versionShown.current;
    ranEdit.current = true;
    const outcome = await runner.current.run(code, file, version, locale);
    if (outcome.kind === 'timeout') {
      setStatus(t.timeout);
      return;
    }
    if (outcome.kind === 'failed') {
      if (outcome.message !== 'superseded') setStatus(format(t.failed, { message: outcome.message }));
      return;
    }
    const reply = outcome.reply;
    ed.showProblem(reply.problem);
    setProblem(reply.problem);
    setStderr(reply.stderr);
    setPlainOutput(reply.withheld !== null ? reply.stdout : null);
    if (reply.program !== null && reply.trace !== null) {
      runs.current += 1;
      setShown({ program: reply.program, trace: reply.trace, run: runs.current, edited: true, python: version, note: reply.note });
      const ended = reply.exitCode !== 0 ? t.ranWithException : reply.stderr !== '' ? t.ranWithStderr : t.ran;
      setStatus(doneMessage ?? ended);
    } else if (reply.withheld !== null) {
      setShown(null);
      const counts = { events: groupDigits(reply.withheld), cap: groupDigits(VISUAL_EVENT_CAP) };
      setStatus(doneMessage ?? format(t.ranTooLong, counts));
    } else {
      setShown(null);
      setStatus(doneMessage ?? '');
    }
  }

  function reset(): void {
    editor.current?.setText(source);
    editor.current?.showProblem(null);
    saveDraft(storage(), key.current, null);
    if (location.hash.startsWith('#play=')) history.replaceState(null, '', location.pathname + location.search);
    runs.current += 1;
    setShown(asWritten(versionShown.current, runs.current));
    ranEdit.current = false;
    setPlainOutput(null);
    setProblem(null);
    setStderr('');
    setLink(null);
    setStatus(t.resetDone);
  }

  async function share(): Promise<void> {
    const ed = editor.current;
    if (!ed) return;
    const fragment = shareFragment(file, ed.getText());
    const url = `${location.origin}${location.pathname}${location.search}${fragment}`;
    history.replaceState(null, '', fragment);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t.linkCopied);
    } catch {
      setStatus(t.linkShown);
    }
  }


  const where = problem;
  const heading = where
    ? where.line === null
      ? t.problemNoLine[where.kind]
      : format(t.problemAt[where.kind], { line: String(where.line), column: String(where.column ?? 1) })
    : '';

  return (
    // Its headings and labels are the widget's, not the lesson's: search does not index them.
    <section
      ref={root}
      class="pg not-content"
      aria-labelledby={`${uid}-title`}
      data-playground={file}
      data-python={python}
      data-pagefind-ignore
    >
      <div class="pg-head">
        <h3 class="pg-title" id={`${uid}-title`}>
          {format(t.title, { file })}
        </h3>
        <VersionSwitch version={python} onChange={choosePython} t={vt} />
        <div class="pg-tools" role="toolbar" aria-label={t.toolbar}>
          {mode === 'edit' ? (
            <button type="button" class="el-button pg-run" onClick={() => void run()}>
              {t.run}
            </button>
          ) : (
            <button
              type="button"
              class="el-button pg-edit"
              aria-disabled={mode === 'loading' ? 'true' : undefined}
              onClick={() => mode === 'view' && void openEditor(null, false)}
            >
              {t.edit}
            </button>
          )}
          <button
            type="button"
            class="el-button"
            aria-disabled={mode !== 'edit' ? 'true' : undefined}
            onClick={() => mode === 'edit' && reset()}
          >
            {t.reset}
          </button>
          <button
            type="button"
            class="el-button"
            aria-disabled={mode !== 'edit' ? 'true' : undefined}
            onClick={() => mode === 'edit' && void share()}
          >
            {t.share}
          </button>
        </div>
      </div>
      <div class="pg-editor" ref={host} hidden={mode === 'view'} style={paletteVariables()} />
      <p class="pg-status" role="status">
        {status}
      </p>
      {link !== null && (
        <label class="pg-link">
          {t.linkLabel}{' '}
          <input type="text" readOnly value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </label>
      )}
      {problem && where && (
        <div class="pg-problem" role="alert">
          <p class="pg-problem-head">{heading}</p>
          <p class="pg-problem-message">{where.message}</p>
          {where.kind === 'unsupported' && (
            <p class="pg-problem-more">
              <a href={t.supportedHref}>{t.supportedLink}</a>
            </p>
          )}
        </div>
      )}
      {shown && <VersionNoteSlot html={shown.edited ? shown.note : runsAsWritten[shown.python].note} />}
      {shown && (
        <EventLoop
          key={shown.run}
          uid={`${uid}-run${shown.run}`}
          file={file}
          program={shown.program}
          trace={shown.trace}
          text={loopText}
        />
      )}
      {plainOutput !== null && (
        <section class="pg-output" aria-labelledby={`${uid}-output`}>
          <h4 class="pg-output-title" id={`${uid}-output`}>
            {t.output}
          </h4>
          {/* Text nodes, never markup, in blocks the browser lays out only when scrolled to. */}
          <pre tabIndex={0}>
            {outputBlocks(plainOutput).map((block, i) => (
              <span key={i} class="pg-output-block">
                {block}
              </span>
            ))}
          </pre>
        </section>
      )}
      {stderr !== '' && (
        <section class="pg-stderr" aria-labelledby={`${uid}-stderr`}>
          <h4 class="pg-stderr-title" id={`${uid}-stderr`}>
            {t.stderr}
          </h4>
          <pre tabIndex={0}>{stderr}</pre>
        </section>
      )}
    </section>
  );
}

/**
 * A count grouped with commas, as both the English and the Korean text write counts. Not
 * `toLocaleString`: its first call loads the browser's locale data, 170 ms on the main thread.
 */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Lines per block of a long output: each block is laid out only when it is scrolled into view. */
const OUTPUT_BLOCK_LINES = 200;

/**
 * A long run's output cut into blocks of whole lines. Laid out as one text node, 10,000 lines held
 * the page for over 100 ms when the run ended; a block off screen costs nothing until it is
 * scrolled to (`content-visibility: auto`), and the text stays whole for search and copy.
 */
function outputBlocks(text: string): string[] {
  const blocks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    for (let n = 0; n < OUTPUT_BLOCK_LINES && end < text.length; n++) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    blocks.push(text.slice(start, end));
    start = end;
  }
  return blocks;
}
