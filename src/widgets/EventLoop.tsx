/**
 * The event-loop visualizer: a thin view of the loop machine (src/sim/machine.ts). It creates the
 * actor on mount, renders each snapshot, and sends the learner's STEP/BACK/PLAY/PAUSE/SEEK/RESET/
 * SPEED; nothing else here holds loop state. The program arrives tokenized and the trace
 * recorded, both at build time (src/components/EventLoop.astro), so the island ships neither a
 * highlighter nor the simulator.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SEEK_EVENT } from './predict-visualizer';
import { createActor } from 'xstate';
import {
  canBack,
  canStep,
  loopMachine,
  outputAt,
  type LoopMachineContext,
  startAutoplay,
  type LoopMachineEvent,
  type LoopMachineSnapshot,
} from '../sim/machine';
import { en, format, phaseName, type Messages } from '../sim/narrate';
import type { Phase, TraceEvent } from '../sim/trace';
import { type Detail, type Granularity, runToLine, stopNumber, stopsFor } from '../sim/machine-levels';
import { programNarration } from '../sim/narrate-program';
import { awaitGraph, graphFacts } from '../sim/await-graph';
import { deriveTimeline } from '../sim/timeline';
import { AwaitGraphView } from './AwaitGraphView';
import { TimelineView } from './TimelineView';
import { narrationFrom, programLines, shutdownDetails } from './event-loop-narration';
import type { UiStrings } from './event-loop-strings';
import { clockText, keyAction, learnerLabel, queuedJobs, speedLabel, type CompactProgram, type KeyPress } from './event-loop-view';
import { FutureList, OutputView, ProgramView, ReadyList, TaskList, ThreadList, TimerList } from './LoopPanels';
import type { VersionRuns } from './python-version';
import { usePythonVersion } from './use-python-version';
import type { VersionStrings } from './version-strings';
import { VersionNoteSlot, VersionSwitch } from './VersionSwitch';

export interface EventLoopProps {
  /** The program's file name, for the widget's label. */
  file: string;
  /** `JSON.stringify(CompactProgram)`: a string prop is the cheapest thing Astro can serialize. */
  program: string;
  /** `JSON.stringify(TraceEvent[])`: the run under the default version (python-version.ts). */
  trace: string;
  /**
   * `JSON.stringify(VersionRuns<TraceEvent[]>)`: the program under every version learners can
   * choose. With it the widget shows the version switch and says where another version prints
   * something else; without it (the playground and the predict exercise switch for it) it shows
   * `trace` only.
   */
  versions?: string;
  /**
   * `JSON.stringify(WidgetText)`: the page's language only, chosen by the Astro wrapper, so no
   * page ships another language's table in its JavaScript.
   */
  text: string;
  /**
   * A prefix for element ids, unique on the page. Preact numbers `useId` per island from the
   * same start, so two visualizers on one page would repeat ids without it.
   */
  uid?: string;
}

/** The UI strings, and a narration table when the page is not in English (narrate.ts has `en`). */
export interface WidgetText {
  ui: UiStrings;
  narration: Messages | null;
  version: VersionStrings;
}

const SPEEDS = [1, 2, 4, 8, 16, 32];
const NO_EVENTS: readonly TraceEvent[] = [];
/** Runs longer than this many events draw their timeline and await graph a task after the rest. */
const DEFER_ABOVE = 2_000;
/** Below this width (px, the widget's own) the panels become tabs: event-loop.css's 36rem. */
const NARROW = 576;
const TABS = ['program', 'ready', 'timers', 'tasks', 'graph', 'timeline', 'futures', 'threads'] as const;
type Tab = (typeof TABS)[number];

function tabName(tab: Tab, ui: UiStrings): string {
  switch (tab) {
    case 'program':
      return ui.program;
    case 'ready':
      return ui.ready;
    case 'timers':
      return ui.timers;
    case 'tasks':
      return ui.tasks;
    case 'graph':
      return ui.graph;
    case 'timeline':
      return ui.timeline;
    case 'futures':
      return ui.futures;
    case 'threads':
      return ui.threads;
  }
}

export default function EventLoop({ file, program, trace, versions, text, uid }: EventLoopProps) {
  const { ui, narration, version: vt } = useMemo(() => {
    const parsed = JSON.parse(text) as WidgetText;
    return { ui: parsed.ui, narration: parsed.narration ?? en, version: parsed.version };
  }, [text]);
  const [initial] = useState(() => JSON.parse(trace) as TraceEvent[]);
  const [actor] = useState(() => createActor(loopMachine, { input: { events: initial, stops: stopsFor(initial, 'program').cursors } }));
  const runs = useMemo(() => (versions ? (JSON.parse(versions) as VersionRuns<TraceEvent[]>) : null), [versions]);
  const [python, choosePython] = usePythonVersion();
  const [detail, setDetail] = useState<Detail>('program');
  const [granularity, setGranularity] = useState<Granularity>('step');
  const [snapshot, setSnapshot] = useState<LoopMachineSnapshot>(() => actor.getSnapshot());
  const code = useMemo(() => JSON.parse(program) as CompactProgram, [program]);
  const generated = useId();
  const id = uid ?? generated;

  useEffect(() => {
    const subscription = actor.subscribe(setSnapshot);
    actor.start();
    const stopAutoplay = startAutoplay(actor);
    return () => {
      stopAutoplay();
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);

  // Another version's run replaces the one shown, from its start; a version whose run is the
  // default's (`run: null`) leaves the learner where they are. A layout effect, so that a stored
  // choice is loaded in the same task as hydration: nothing the learner presses lands between.
  const loaded = useRef<readonly TraceEvent[]>(initial);
  useLayoutEffect(() => {
    if (!runs) return;
    const events = runs[python].run ?? initial;
    if (events === loaded.current) return;
    loaded.current = events;
    actor.send({ type: 'LOAD', events });
  }, [runs, python]);

  const ctx = snapshot.context;
  const playing = snapshot.matches({ player: 'playing' });
  const phase = (snapshot.value as { loop: Phase }).loop;
  const total = ctx.index?.length ?? 0;
  const send = (event: LoopMachineEvent): void => actor.send(event);
  const toggle = (): void => send(playing ? { type: 'PAUSE' } : { type: 'PLAY' });
  // The context shown before this one, so a step's narration replays a few events, not hundreds.
  const shown = useRef<LoopMachineContext | null>(null);
  const events = ctx.index?.events ?? NO_EVENTS;
  const list = useMemo(() => stopsFor(events, detail, granularity), [events, detail, granularity]);
  useEffect(() => send({ type: 'STOPS', stops: list.cursors }), [list]);
  const said = useMemo(() => {
    const plain = detail === 'program' && ctx.index ? programNarration(ctx.index, list, ctx.cursor, narration) : null;
    return plain ?? narrationFrom(shown.current, ctx, narration);
  }, [ctx.index, ctx.cursor, narration, list, detail]);
  shown.current = ctx;
  const shutdownSteps = useMemo(
    () => (detail === 'program' && ctx.index ? shutdownDetails(ctx.index, list, ctx.cursor, narration) : null),
    [ctx.index, ctx.cursor, list, detail, narration],
  );
  const position = stopNumber(list.cursors, ctx.cursor);
  // A long run's timeline and await graph are derived in a task of their own, after the first
  // paint: together with parsing and indexing the run they would hold the main thread past
  // 100 ms (README, "Budgets"). A lesson's runs are short and draw at once.
  const [late, setLate] = useState(false);
  const drawn = late || events.length <= DEFER_ABOVE ? events : NO_EVENTS;
  useEffect(() => {
    if (late || events.length <= DEFER_ABOVE) return;
    const timer = setTimeout(() => setLate(true), 0);
    return () => clearTimeout(timer);
  }, [events, late]);
  const timeline = useMemo(() => deriveTimeline(drawn), [drawn]);
  const facts = useMemo(() => graphFacts(drawn), [drawn]);
  const forest = useMemo(() => awaitGraph(facts, ctx.loop), [facts, ctx.loop]);
  // A click on the timeline lands on the step that shows that moment: the last stop at or before it.
  const seekEvent = (event: number): void => {
    const n = stopNumber(list.cursors, event + 1);
    send({ type: 'SEEK', step: n === 0 ? 0 : list.cursors[n - 1] });
  };
  // Another widget (the predict exercise's "show this line") asks for a moment of the run by its
  // cursor (SEEK_EVENT): the step that first shows it is the first stop at or after it.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onSeek = (e: Event): void => {
      const cursor = (e as CustomEvent<{ cursor: number }>).detail.cursor;
      send({ type: 'SEEK', step: list.cursors.find((c) => c >= cursor) ?? total });
    };
    el.addEventListener(SEEK_EVENT, onSeek);
    return () => el.removeEventListener(SEEK_EVENT, onSeek);
  }, [list, total]);
  const lines = useMemo(() => programLines(events, stopsFor(events, 'program')), [events]);
  const runTo = (line: number): void => {
    const target = runToLine(events, stopsFor(events, 'program'), ctx.cursor, line);
    if (target !== null) send({ type: 'SEEK', step: target });
  };

  // On a phone the panels are tabs, so the controls and the output stay on screen (event-loop.css).
  const grid = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  const [tab, setTab] = useState<Tab>('program');
  useEffect(() => {
    const el = grid.current?.parentElement;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setNarrow(el.clientWidth < NARROW));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Focus mode: the widget fills the window, the page behind it stops scrolling, Escape leaves.
  const [focused, setFocused] = useState(false);
  const focusButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focused) return;
    const root = document.documentElement;
    root.classList.add('el-focus-open');
    return () => root.classList.remove('el-focus-open');
  }, [focused]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && focused) {
      e.preventDefault();
      setFocused(false);
      focusButton.current?.focus();
      return;
    }
    const el = e.target as HTMLElement;
    const target: KeyPress['target'] = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)
      ? 'field'
      : el.tagName === 'BUTTON'
        ? 'button'
        : 'other';
    const action = keyAction({ key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, target });
    if (!action) return;
    e.preventDefault();
    if (action === 'step') send({ type: 'STEP' });
    else if (action === 'back') send({ type: 'BACK' });
    else if (action === 'toggle') toggle();
    else if (action === 'reset') send({ type: 'RESET' });
    else send({ type: 'SEEK', step: total });
  };

  const options = (
    <>
      <label class="el-speed">
        {ui.speed}{' '}
        <select
          value={String(ctx.speed)}
          onChange={(e) =>
            send({ type: 'SPEED', stepsPerSecond: Number((e.currentTarget as HTMLSelectElement).value) })
          }
        >
          {SPEEDS.map((n) => (
            <option key={n} value={String(n)}>
              {speedLabel(n, ui)}
            </option>
          ))}
        </select>
      </label>
      <label class="el-speed">
        {ui.stepTo}{' '}
        <select
          value={granularity}
          onChange={(e) => setGranularity((e.currentTarget as HTMLSelectElement).value as Granularity)}
        >
          <option value="step">{ui.toStep}</option>
          <option value="line">{ui.toLine}</option>
          <option value="await">{ui.toAwait}</option>
          <option value="output">{ui.toOutput}</option>
        </select>
      </label>
      <label class="el-speed">
        {ui.runTo}{' '}
        <select
          value=""
          onChange={(e) => {
            const line = Number((e.currentTarget as HTMLSelectElement).value);
            if (line > 0) runTo(line);
          }}
        >
          <option value="">{ui.runToPick}</option>
          {lines.map((n) => (
            <option key={n} value={String(n)}>
              {format(ui.runToLine, { line: String(n) })}
            </option>
          ))}
        </select>
      </label>
      <div class="el-detail" role="radiogroup" aria-labelledby={`${id}-detail`}>
        <span id={`${id}-detail`}>{ui.detail}</span>
        {(['program', 'cpython'] as const).map((d) => (
          <label key={d}>
            <input
              type="radio"
              name={`${id}-detail`}
              value={d}
              checked={detail === d}
              onChange={() => setDetail(d)}
            />{' '}
            {d === 'program' ? ui.detailProgram : ui.detailCpython}
          </label>
        ))}
      </div>
      <button
        type="button"
        class="el-button el-focus-button"
        aria-pressed={focused ? 'true' : 'false'}
        ref={focusButton}
        onClick={() => setFocused(!focused)}
      >
        {ui.focus}
      </button>
    </>
  );

  const loop = ctx.loop;
  return (
    <div
      ref={root}
      class={`el not-content${focused ? ' el-focus' : ''}${narrow ? ' el-narrow' : ''}`}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-keys`}
      data-events={total}
      data-python={runs ? python : undefined}
      title={ui.keys}
      onKeyDown={onKeyDown}
    >
      <div class="el-head">
        <span class="el-title" id={`${id}-title`}>
          {format(ui.title, { file })}
        </span>
        <span class="el-status">
          {runs && <VersionSwitch version={python} onChange={choosePython} t={vt} />}
          <span class="el-clock">
            <span class="sr-only">{ui.clock}: </span>
            {clockText(loop.time)}
          </span>
          <span class="el-phase">
            {ui.phase}: {phaseName(phase, narration)}
          </span>
        </span>
      </div>

      <div class="el-controls">
        <Button label={ui.back} disabled={!canBack(ctx)} onPress={() => send({ type: 'BACK' })} />
        <Button label={ui.step} disabled={!canStep(ctx)} onPress={() => send({ type: 'STEP' })} />
        <Button label={playing ? ui.pause : ui.play} disabled={total === 0} onPress={toggle} />
        <Button label={ui.reset} disabled={ctx.cursor === 0} onPress={() => send({ type: 'RESET' })} />
        <input
          type="range"
          class="el-scrubber"
          min={0}
          max={list.cursors.length}
          step={1}
          value={position}
          aria-label={ui.scrubber}
          aria-valuetext={format(ui.position, { step: String(position), total: String(list.cursors.length) })}
          onInput={(e) => {
            // The scrubber moves in the same steps as Step: position n is the n-th stop.
            const n = Number((e.currentTarget as HTMLInputElement).value);
            send({ type: 'SEEK', step: n === 0 ? 0 : (list.cursors[n - 1] ?? total) });
          }}
        />
      </div>
      {narrow ? (
        <details class="el-more">
          <summary>{ui.options}</summary>
          <div class="el-options">{options}</div>
        </details>
      ) : (
        <div class="el-options">{options}</div>
      )}

      {runs && <VersionNoteSlot html={runs[python].note} />}

      <div class="el-narration">
        <p aria-live="polite">{ctx.cursor === 0 ? ui.start : said}</p>
        {shutdownSteps && shutdownSteps.length > 0 && (
          <details class="el-shutdown">
            <summary>{narration['program.shutdown.details']}</summary>
            <ol>
              {shutdownSteps.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </details>
        )}
      </div>
      <p class="sr-only" id={`${id}-keys`}>
        {ui.keys}
      </p>

      {narrow && (
        <div class="el-tabs" role="tablist" aria-label={ui.panels}>
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`${id}-tab-${t}`}
              aria-selected={tab === t ? 'true' : 'false'}
              aria-controls={`${id}-p-${t}`}
              tabIndex={tab === t ? 0 : -1}
              onClick={() => setTab(t)}
              onKeyDown={(e) => {
                // The tab pattern: Left and Right move between tabs (and not the run).
                if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                e.preventDefault();
                e.stopPropagation();
                const k = (TABS.indexOf(t) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
                setTab(TABS[k]);
                (e.currentTarget.parentElement?.children[k] as HTMLElement | undefined)?.focus();
              }}
            >
              {tabName(t, ui)}
            </button>
          ))}
        </div>
      )}

      <div class="el-grid" ref={grid}>
        <div class="el-panel el-program" id={`${id}-p-program`} hidden={narrow && tab !== 'program'}>
          <h3 class="el-h" id={`${id}-program`}>
            {ui.program}
          </h3>
          <ProgramView code={code} line={loop.line} labelledBy={`${id}-program`} onLine={runTo} />
        </div>

        <div class="el-panel el-ready" id={`${id}-p-ready`} hidden={narrow && tab !== 'ready'} tabIndex={0}>
          <h3 class="el-h" id={`${id}-ready`}>
            {ui.ready}
          </h3>
          {loop.current && (
            <p class="el-current">
              {format(ui.runningNow, {
                label: detail === 'program' ? learnerLabel(loop.current.label, ui) : loop.current.label,
              })}
            </p>
          )}
          <ReadyList items={loop.ready} ui={ui} labelledBy={`${id}-ready`} plain={detail === 'program'} />
        </div>

        <div class="el-panel el-timers" id={`${id}-p-timers`} hidden={narrow && tab !== 'timers'} tabIndex={0}>
          <h3 class="el-h" id={`${id}-timers`}>
            {ui.timers}
          </h3>
          <p class="el-note">{ui.timersNote}</p>
          <TimerList items={loop.timers} ui={ui} labelledBy={`${id}-timers`} plain={detail === 'program'} />
        </div>

        <div class="el-panel el-tasks" id={`${id}-p-tasks`} hidden={narrow && tab !== 'tasks'} tabIndex={0}>
          <h3 class="el-h" id={`${id}-tasks`}>
            {ui.tasks}
          </h3>
          <TaskList items={loop.tasks} ui={ui} labelledBy={`${id}-tasks`} />
        </div>

        <div class="el-panel el-futures" id={`${id}-p-futures`} hidden={narrow && tab !== 'futures'} tabIndex={0}>
          <h3 class="el-h" id={`${id}-futures`}>
            {ui.futures}
          </h3>
          <FutureList items={loop.futures} ui={ui} labelledBy={`${id}-futures`} plain={detail === 'program'} />
        </div>

        <div class="el-panel el-threads" id={`${id}-p-threads`} hidden={narrow && tab !== 'threads'} tabIndex={0}>
          <h3 class="el-h" id={`${id}-threads`}>
            {ui.threads}
          </h3>
          <ThreadList items={loop.threads} queued={queuedJobs(loop.jobs).map((j) => j.label)} ui={ui} labelledBy={`${id}-threads`} />
        </div>

        <AwaitGraphView forest={forest} file={file} ui={ui} id={id} hidden={narrow && tab !== 'graph'} />

        <TimelineView
          timeline={timeline}
          cursor={ctx.cursor}
          ui={ui}
          id={id}
          onSeek={seekEvent}
          hidden={narrow && tab !== 'timeline'}
        />

        <section class="el-panel el-output" aria-labelledby={`${id}-output`}>
          <h3 class="el-h" id={`${id}-output`}>
            {ui.output}
          </h3>
          <OutputView lines={outputAt(ctx)} ui={ui} />
        </section>
      </div>
    </div>
  );
}

/**
 * A button that stays focusable when it cannot act (aria-disabled rather than disabled), so a
 * keyboard user who steps to the end keeps their place on it.
 */
function Button({ label, disabled, onPress }: { label: string; disabled: boolean; onPress: () => void }) {
  return (
    <button type="button" class="el-button" aria-disabled={disabled ? 'true' : undefined} onClick={() => !disabled && onPress()}>
      {label}
    </button>
  );
}
