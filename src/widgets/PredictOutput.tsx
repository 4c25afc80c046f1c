/**
 * Predict the output: the learner orders the program's output lines (by dragging, or with each
 * line's Move up and Move down buttons) and presses Check; or, with `ask="duration"`, types how
 * long the run takes. Everything it checks against was computed at build time
 * (src/components/PredictOutput.astro); the logic is in predict-check.ts and predict-hints.ts.
 *
 * The answer stays hidden until it is earned: a wrong Check earns a hint, one tier more each time
 * (predict-hints.ts), and only the last tier offers the answer. Solving the exercise, or asking for
 * the answer, opens a panel under it with CPython's output and the lesson's explanation (this
 * island's children). Before the island runs (and without JavaScript) that panel is a closed
 * <details>, so the page still makes sense and still keeps the answer folded away.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { EventLoopProps, WidgetText } from './EventLoop';
import type { CompactProgram } from './event-loop-view';
import { ProgramView } from './LoopPanels';
import { durationRight, isAllowed, parseSeconds, type PredictLine, type ProgramFeatures } from './predict-check';
import { durationHint, nextTier, orderHint, type DurationHint, type OrderHint } from './predict-hints';
import { fill, type PredictStrings } from './predict-strings';
import { seekVisualizer } from './predict-visualizer';
import { loadPage, rememberAnswer, rememberReveal } from './progress-page';
import type { VersionRuns } from './python-version';
import type { TraceEvent } from '../sim/trace';
import { usePythonVersion } from './use-python-version';
import { VersionNoteSlot, VersionSwitch } from './VersionSwitch';

export interface PredictOutputProps {
  /** The exercise's id on the page (progress is stored under it). */
  exercise: string;
  file: string;
  ask: 'order' | 'duration';
  /** `JSON.stringify(CompactProgram)`. */
  program: string;
  /** `JSON.stringify(PredictLine[])`, in the order the simulator printed them. */
  lines: string;
  /** `JSON.stringify(number[])`: the deterministic shuffle the learner starts from. */
  start: string;
  features: ProgramFeatures;
  /** How long the run takes on the virtual clock, in seconds. */
  duration: number;
  /** `JSON.stringify(PredictStrings)`, the page's language only. */
  text: string;
  /** The visualizer's `trace` and `text` props, for when the learner asks to see the run. */
  trace: string;
  loopText: string;
  /**
   * `JSON.stringify(VersionRuns<PredictRun>)`: the program under every version learners can
   * choose; the props above are the default version's run.
   */
  versions: string;
  /** The lesson's explanation of the answer, shown with the output once solved or revealed. */
  children?: ComponentChildren;
}

/** What the exercise asks under a version whose run differs from the default's. */
export interface PredictRun {
  lines: PredictLine[];
  start: number[];
  duration: number;
  trace: TraceEvent[];
}

type Result =
  | { kind: 'right'; races: number }
  | { kind: 'wrong'; hint: OrderHint }
  | { kind: 'duration-right' }
  | { kind: 'duration-wrong'; answer: number; hint: DurationHint }
  | { kind: 'invalid' }
  | { kind: 'revealed' };

export default function PredictOutput(props: PredictOutputProps) {
  const t = useMemo(() => JSON.parse(props.text) as PredictStrings, [props.text]);
  const loopText = useMemo(() => JSON.parse(props.loopText) as WidgetText, [props.loopText]);
  const baseLines = useMemo(() => JSON.parse(props.lines) as PredictLine[], [props.lines]);
  const runs = useMemo(() => JSON.parse(props.versions) as VersionRuns<PredictRun>, [props.versions]);
  const [python, choosePython] = usePythonVersion();
  // The run the exercise asks about: the chosen version's, where it differs from the default's.
  const variant = runs[python].run;
  const lines = variant?.lines ?? baseLines;
  const duration = variant?.duration ?? props.duration;
  const code = useMemo(() => JSON.parse(props.program) as CompactProgram, [props.program]);
  const [order, setOrder] = useState<number[]>(() => JSON.parse(props.start) as number[]);
  const [seconds, setSeconds] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [said, setSaid] = useState('');
  const [solved, setSolved] = useState(false);
  const [revealed, setRevealed] = useState(false);
  /** How much help the learner has had: 0 none, up to ANSWER_TIER (predict-hints.ts). */
  const [tier, setTier] = useState(0);
  /** False while this is the server's HTML (or its first render here): the answer is then a <details>. */
  const [live, setLive] = useState(false);
  const [dragging, setDragging] = useState<number | null>(null);
  const focusAfter = useRef<{ line: number; dir: 'up' | 'down' } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const vizRoot = useRef<HTMLDivElement>(null);
  const answerRoot = useRef<HTMLElement>(null);
  const focusAnswer = useRef(false);
  const [viz, setViz] = useState<{
    View: ComponentType<EventLoopProps>;
    step: number;
  } | null>(null);
  // Preact numbers useId per island from P0-0, so two islands on a page repeat ids: this widget's
  // ids carry the exercise's name instead. The useId call is kept so that the visualizer rendered
  // inside this island numbers its ids from P0-1, not P0-0 like a page's own <EventLoop>.
  useId();
  const id = `po-${props.exercise.replace(/[^\w-]/g, '-')}`;
  const actual = Number(duration.toFixed(2));

  // Another version's run is another exercise: its lines start from their own shuffle.
  const asked = useRef<PredictRun | null>(variant);
  useEffect(() => {
    if (asked.current === variant) return;
    asked.current = variant;
    setOrder(variant?.start ?? (JSON.parse(props.start) as number[]));
    setResult(null);
    setTier(0);
  }, [variant]);

  // Restore what this page remembers (nothing, when storage is off or its data was discarded).
  useEffect(() => {
    setLive(true);
    const rec = loadPage().exercises[props.exercise];
    if (!rec) return;
    setSolved(rec.solved);
    setRevealed(rec.revealed === true);
    const a = rec.answer;
    if (props.ask === 'order' && Array.isArray(a) && isPermutation(a, lines.length)) setOrder(a as number[]);
    if (props.ask === 'duration' && typeof a === 'number') setSeconds(String(a));
  }, []);

  useEffect(() => {
    const f = focusAfter.current;
    if (!f || !root.current) return;
    focusAfter.current = null;
    const item = root.current.querySelector(`[data-po-line="${f.line}"]`);
    // The same button keeps the focus, even at the end of the list where it can no longer act
    // (aria-disabled, not disabled, so a keyboard user keeps their place).
    item?.querySelector<HTMLButtonElement>(`button[data-dir="${f.dir}"]`)?.focus();
  }, [order]);

  const move = (from: number, to: number, dir?: 'up' | 'down'): void => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [line] = next.splice(from, 1);
    next.splice(to, 0, line);
    if (dir) focusAfter.current = { line, dir };
    setOrder(next);
    setResult(null);
    setSaid(
      fill(t.moved, {
        line: lines[line].text,
        position: to + 1,
        total: order.length,
      }),
    );
  };

  const check = (): void => {
    if (props.ask === 'duration') {
      const answer = parseSeconds(seconds);
      if (answer === null) return setResult({ kind: 'invalid' });
      const right = durationRight(answer, duration);
      rememberAnswer(props.exercise, answer, right);
      if (right) {
        setSolved(true);
        return setResult({ kind: 'duration-right' });
      }
      const now = solved ? tier : nextTier(tier);
      setTier(now);
      return setResult({
        kind: 'duration-wrong',
        answer,
        hint: durationHint(answer, actual, now),
      });
    }
    const right = isAllowed(lines, order);
    rememberAnswer(props.exercise, order, right);
    if (right) {
      setSolved(true);
      return setResult({
        kind: 'right',
        races: lines.filter((l) => l.race !== null).length,
      });
    }
    const now = solved ? tier : nextTier(tier);
    const hint = orderHint(lines, order, props.features, now);
    if (!hint) return;
    setTier(now);
    setResult({ kind: 'wrong', hint });
  };

  // "Give me a hint": the next tier for the answer already checked, without another Check.
  const moreHelp = (): void => {
    if (!result) return;
    const now = nextTier(tier);
    setTier(now);
    if (result.kind === 'wrong') {
      const hint = orderHint(lines, order, props.features, now);
      if (hint) setResult({ kind: 'wrong', hint });
    } else if (result.kind === 'duration-wrong') {
      setResult({ ...result, hint: durationHint(result.answer, actual, now) });
    }
  };

  const reveal = (): void => {
    rememberReveal(props.exercise);
    focusAnswer.current = true;
    setRevealed(true);
    setResult({ kind: 'revealed' });
  };
  const earned = solved || revealed;
  useEffect(() => {
    if (earned && focusAnswer.current && answerRoot.current) {
      focusAnswer.current = false;
      answerRoot.current.focus();
    }
  }, [earned]);

  // The visualizer's code loads only when the learner first asks for it.
  const showAt = (step: number | null): void => {
    const at = step ?? Number.MAX_SAFE_INTEGER;
    if (viz) setViz({ ...viz, step: at });
    else void import('./EventLoop').then((m) => setViz({ View: m.default, step: at }));
  };
  useEffect(() => {
    if (viz && vizRoot.current) seekVisualizer(vizRoot.current, viz.step);
  }, [viz]);

  const output = lines.map((l) => l.text).join('\n');
  const answerBody = (
    <>
      <p class="po-output-label" id={`${id}-output`}>
        {t.output}
      </p>
      <pre class="po-output" aria-labelledby={`${id}-output`} tabIndex={0}>
        {output}
      </pre>
      {props.ask === 'duration' && <p class="po-duration-answer">{fill(t.durationAnswer, { actual })}</p>}
      <VersionNoteSlot html={runs[python].note} />
      {props.children}
    </>
  );

  return (
    <>
      <div class="po not-content" role="group" aria-labelledby={`${id}-title`} ref={root} data-python={python}>
        <div class="po-head">
          <span class="po-title" id={`${id}-title`}>
            {fill(t.title, { file: props.file })}
          </span>
          <span class="po-head-end">
            {solved && <span class="po-solved">✓ {t.solved}</span>}
            <VersionSwitch version={python} onChange={choosePython} t={loopText.version} />
          </span>
        </div>
        <p class="po-prompt">{props.ask === 'duration' ? t.durationPrompt : t.orderPrompt}</p>
        {live && !earned && <VersionNoteSlot html={runs[python].hidden} />}
        <div class={props.ask === 'duration' ? 'po-grid po-grid-short' : 'po-grid'}>
          <div class="el po-program">
            <h3 class="el-h" id={`${id}-program`}>
              {t.program}
            </h3>
            <ProgramView code={code} line={null} labelledBy={`${id}-program`} />
          </div>
          <div class="po-answer">
            {props.ask === 'duration' ? (
              <label class="po-seconds">
                {t.seconds}{' '}
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={seconds}
                  onInput={(e) => {
                    setSeconds((e.currentTarget as HTMLInputElement).value);
                    setResult(null);
                  }}
                  onKeyDown={(e) => e.key === 'Enter' && check()}
                />
              </label>
            ) : (
              <>
                <p class="po-hint" id={`${id}-hint`}>
                  {t.dragHint}
                </p>
                <ol class="po-lines" aria-label={t.lines} aria-describedby={`${id}-hint`}>
                  {order.map((line, pos) => (
                    <li
                      key={line}
                      data-po-line={line}
                      class={dragging === pos ? 'po-line po-dragging' : 'po-line'}
                      draggable
                      onDragStart={(e) => {
                        setDragging(pos);
                        e.dataTransfer?.setData('text/plain', String(pos));
                        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                      }}
                      onDragOver={(e) => e.preventDefault()}
                      onDrop={(e) => {
                        e.preventDefault();
                        const from = Number(e.dataTransfer?.getData('text/plain') ?? dragging);
                        setDragging(null);
                        if (Number.isInteger(from)) move(from, pos);
                      }}
                      onDragEnd={() => setDragging(null)}
                    >
                      <span class="po-grip" aria-hidden="true">
                        ⠿
                      </span>
                      <code class="po-text">{lines[line].text}</code>
                      <span class="po-moves">
                        <MoveButton dir="up" label={fill(t.moveUp, { line: lines[line].text })} disabled={pos === 0} onPress={() => move(pos, pos - 1, 'up')} />
                        <MoveButton
                          dir="down"
                          label={fill(t.moveDown, { line: lines[line].text })}
                          disabled={pos === order.length - 1}
                          onPress={() => move(pos, pos + 1, 'down')}
                        />
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            )}
            <button type="button" class="po-check" onClick={check}>
              {t.check}
            </button>
            <p class="sr-only" aria-live="polite">
              {said}
            </p>
            <div class="po-result" aria-live="polite">
              {result && <ResultView result={result} t={t} actual={actual} onShow={showAt} />}
            </div>
            {!earned && (result?.kind === 'wrong' || result?.kind === 'duration-wrong') && (
              <div class="po-help">
                {result.hint.offerAnswer ? (
                  <button type="button" class="po-reveal" onClick={reveal}>
                    {t.reveal}
                  </button>
                ) : (
                  <button type="button" class="po-more" onClick={moreHelp}>
                    {t.moreHelp}
                  </button>
                )}
              </div>
            )}
          </div>
        </div>
        {viz && (
          <div class="po-viz" ref={vizRoot}>
            <viz.View key={python} file={props.file} program={props.program} trace={variant ? JSON.stringify(variant.trace) : props.trace} text={props.loopText} />
          </div>
        )}
      </div>
      {!live ? (
        <details class="po-explain">
          <summary>{t.reveal}</summary>
          {answerBody}
        </details>
      ) : (
        earned && (
          <section class="po-explain" aria-labelledby={`${id}-answer`} tabIndex={-1} ref={answerRoot}>
            <p class="po-explain-title" id={`${id}-answer`}>
              {fill(t.answer, { file: props.file })}
            </p>
            {answerBody}
          </section>
        )
      )}
    </>
  );
}

function ResultView({ result, t, actual, onShow }: { result: Result; t: PredictStrings; actual: number; onShow: (step: number | null) => void }) {
  switch (result.kind) {
    case 'right':
      return <p class="po-right">{result.races > 1 ? fill(t.rightRace, { n: result.races }) : t.right}</p>;
    case 'duration-right':
      return (
        <p class="po-right">
          {fill(t.durationRight, { actual })} {t.tolerance}
        </p>
      );
    case 'invalid':
      return <p class="po-wrong">{t.durationInvalid}</p>;
    case 'revealed':
      return <p class="po-note">{t.revealed}</p>;
    case 'duration-wrong': {
      const { hint } = result;
      return (
        <>
          <p class="po-wrong">
            {fill(hint.direction === 'too-long' ? t.tooLong : t.tooShort, {
              answer: result.answer,
            })}
          </p>
          {hint.reason && (
            <>
              <p class="po-why">{t.reasons[hint.reason]}</p>
              <button type="button" class="po-show" onClick={() => onShow(null)}>
                {t.showDuration}
              </button>
            </>
          )}
        </>
      );
    }
    case 'wrong': {
      const { hint } = result;
      return (
        <>
          <p class="po-wrong">{fill(t.wrongPlace, { position: hint.position, got: hint.got })}</p>
          {hint.misconception && <p class="po-why">{t.misconceptions[hint.misconception]}</p>}
          {hint.step !== null && (
            <button type="button" class="po-show" onClick={() => onShow(hint.step)}>
              {t.show}
            </button>
          )}
        </>
      );
    }
  }
}

function MoveButton({ dir, label, disabled, onPress }: { dir: 'up' | 'down'; label: string; disabled: boolean; onPress: () => void }) {
  return (
    <button
      type="button"
      class="po-move"
      data-dir={dir}
      aria-label={label}
      title={label}
      aria-disabled={disabled ? 'true' : undefined}
      onClick={() => !disabled && onPress()}
    >
      <span aria-hidden="true">{dir === 'up' ? '↑' : '↓'}</span>
    </button>
  );
}

function isPermutation(a: readonly unknown[], n: number): boolean {
  return a.length === n && new Set(a).size === n && a.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < n);
}
