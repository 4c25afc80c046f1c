/**
 * Predict the output: the learner orders the program's output lines (by dragging, or with each
 * line's Move up and Move down buttons) and presses Check; or, with `ask="duration"`, types how
 * long the run takes. Everything it checks against was computed at build time
 * (src/components/PredictOutput.astro); the logic is in predict-check.ts.
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { EventLoopProps } from './EventLoop';
import type { CompactProgram } from './event-loop-view';
import { ProgramView } from './LoopPanels';
import {
  durationRight,
  firstDifference,
  isAllowed,
  misconception,
  parseSeconds,
  type PredictLine,
  type ProgramFeatures,
} from './predict-check';
import { fill, type PredictStrings } from './predict-strings';
import { seekVisualizer } from './predict-visualizer';
import { loadPage, rememberAnswer } from './progress-page';

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
}

type Result =
  | { kind: 'right'; races: number }
  | { kind: 'wrong'; position: number; got: string; want: string; hint: string; step: number | null }
  | { kind: 'duration-right' }
  | { kind: 'duration-wrong'; answer: number }
  | { kind: 'invalid' };

export default function PredictOutput(props: PredictOutputProps) {
  const t = useMemo(() => JSON.parse(props.text) as PredictStrings, [props.text]);
  const lines = useMemo(() => JSON.parse(props.lines) as PredictLine[], [props.lines]);
  const code = useMemo(() => JSON.parse(props.program) as CompactProgram, [props.program]);
  const [order, setOrder] = useState<number[]>(() => JSON.parse(props.start) as number[]);
  const [seconds, setSeconds] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [said, setSaid] = useState('');
  const [solved, setSolved] = useState(false);
  const [dragging, setDragging] = useState<number | null>(null);
  const focusAfter = useRef<{ line: number; dir: 'up' | 'down' } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const vizRoot = useRef<HTMLDivElement>(null);
  const [viz, setViz] = useState<{ View: ComponentType<EventLoopProps>; step: number } | null>(null);
  // Preact numbers useId per island from P0-0, so two islands on a page repeat ids: this widget's
  // ids carry the exercise's name instead. The useId call is kept so that the visualizer rendered
  // inside this island numbers its ids from P0-1, not P0-0 like a page's own <EventLoop>.
  useId();
  const id = `po-${props.exercise.replace(/[^\w-]/g, '-')}`;
  const actual = Number(props.duration.toFixed(2));

  // Restore what this page remembers (nothing, when storage is off or its data was discarded).
  useEffect(() => {
    const rec = loadPage().exercises[props.exercise];
    if (!rec) return;
    setSolved(rec.solved);
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
    setSaid(fill(t.moved, { line: lines[line].text, position: to + 1, total: order.length }));
  };

  const check = (): void => {
    if (props.ask === 'duration') {
      const answer = parseSeconds(seconds);
      if (answer === null) return setResult({ kind: 'invalid' });
      const right = durationRight(answer, props.duration);
      rememberAnswer(props.exercise, answer, right);
      if (right) setSolved(true);
      return setResult(right ? { kind: 'duration-right' } : { kind: 'duration-wrong', answer });
    }
    const right = isAllowed(lines, order);
    rememberAnswer(props.exercise, order, right);
    if (right) {
      setSolved(true);
      return setResult({ kind: 'right', races: lines.filter((l) => l.race !== null).length });
    }
    const diff = firstDifference(lines, order);
    if (!diff) return;
    setResult({
      kind: 'wrong',
      position: diff.position + 1,
      got: lines[diff.got].text,
      want: lines[diff.expected].text,
      hint: t.misconceptions[misconception(lines, diff, props.features)],
      step: lines[diff.expected].step,
    });
  };

  // The visualizer's code loads only when the learner first asks for it.
  const showAt = (step: number | null): void => {
    const at = step ?? Number.MAX_SAFE_INTEGER;
    if (viz) setViz({ ...viz, step: at });
    else void import('./EventLoop').then((m) => setViz({ View: m.default, step: at }));
  };
  useEffect(() => {
    if (viz && vizRoot.current) seekVisualizer(vizRoot.current, viz.step);
  }, [viz]);

  return (
    <div class="po not-content" role="group" aria-labelledby={`${id}-title`} ref={root}>
      <div class="po-head">
        <span class="po-title" id={`${id}-title`}>
          {fill(t.title, { file: props.file })}
        </span>
        {solved && <span class="po-solved">✓ {t.solved}</span>}
      </div>
      <p class="po-prompt">{props.ask === 'duration' ? t.durationPrompt : t.orderPrompt}</p>
      <div class="po-grid">
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
        </div>
      </div>
      {viz && (
        <div class="po-viz" ref={vizRoot}>
          <viz.View file={props.file} program={props.program} trace={props.trace} text={props.loopText} />
        </div>
      )}
    </div>
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
    case 'duration-wrong':
      return (
        <>
          <p class="po-wrong">
            {fill(t.durationWrong, { answer: result.answer, actual })} {t.tolerance}
          </p>
          <button type="button" class="po-show" onClick={() => onShow(null)}>
            {t.showDuration}
          </button>
        </>
      );
    case 'wrong':
      return (
        <>
          <p class="po-wrong">{fill(t.firstWrong, { position: result.position, got: result.got, want: result.want })}</p>
          <p class="po-why">{result.hint}</p>
          {result.step !== null && (
            <button type="button" class="po-show" onClick={() => onShow(result.step)}>
              {t.show}
            </button>
          )}
        </>
      );
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
