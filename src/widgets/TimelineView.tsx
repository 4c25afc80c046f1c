/**
 * The timeline panel: lanes for the loop, each task and each worker thread (src/sim/timeline.ts
 * derives them from the trace), drawn as SVG, with a cursor at the current step. A click seeks
 * to the nearest step; the arrow keys step, as everywhere in the widget. The lanes are drawn
 * once per trace and width; a step moves only the cursor and the lanes' state words. Only the
 * lanes scrolled into the panel (and a few either side) are drawn: a run of 200 tasks made 3,300
 * SVG nodes, and laying them out on every step held the page for 200 ms. A table says the same
 * for screen readers, built only when it is opened.
 */
import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { eventAt, laneStateAt, type Lane, type Span, type Timeline } from '../sim/timeline';
import type { UiStrings } from './event-loop-strings';
import { clockText } from './event-loop-view';
import { spanText, SPAN_MARK } from './timeline-text';

const LABEL = 150;
const LANE = 30;
const TOP = 18;
/** Lanes drawn beyond the panel's edges, so a quick scroll shows lanes, not blank space. */
const SPARE = 4;
/** The panel's height before it is measured: its CSS max-height, 16rem. */
const VIEW = 16 * 16;

interface Props {
  timeline: Timeline;
  cursor: number;
  ui: UiStrings;
  id: string;
  /** Hidden behind another tab on a phone. */
  hidden?: boolean;
  /** Called with an event index when the learner clicks the timeline. */
  onSeek: (event: number) => void;
}

export function TimelineView({ timeline, cursor, ui, id, onSeek, hidden }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  // The panel's scroll position and height, in pixels: which lanes are in view.
  const [view, setView] = useState({ top: 0, height: VIEW });
  const [table, setTable] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => {
      setWidth(Math.max(240, Math.floor(el.clientWidth)));
      setView({ top: el.scrollTop, height: el.clientHeight || VIEW });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const from = Math.max(0, Math.floor((view.top - TOP) / LANE) - SPARE);
  const to = Math.min(timeline.lanes.length, Math.ceil((view.top + view.height - TOP) / LANE) + SPARE);
  const plot = width - LABEL - 8;
  const n = timeline.x.length - 1;
  const at = Math.max(0, Math.min(cursor, n));
  const cx = LABEL + timeline.x[at] * plot;
  const height = TOP + timeline.lanes.length * LANE + 4;

  return (
    <section class="el-panel el-timeline" id={`${id}-p-timeline`} aria-labelledby={`${id}-timeline`} hidden={hidden}>
      <h3 class="el-h" id={`${id}-timeline`}>
        {ui.timeline}
      </h3>
      <p class="el-note" id={`${id}-timeline-help`}>
        {ui.timelineHelp}
      </p>
      <div
        class="el-tl-box"
        ref={box}
        onScroll={(e) => {
          const el = e.currentTarget as HTMLDivElement;
          setView({ top: el.scrollTop, height: el.clientHeight || VIEW });
        }}
      >
        <svg
          class="el-tl"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          tabIndex={0}
          role="img"
          aria-labelledby={`${id}-timeline`}
          aria-describedby={`${id}-timeline-help`}
          onClick={(e) => {
            const r = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
            const pos = (e.clientX - r.left - LABEL) / plot;
            if (pos < 0 || pos > 1) return;
            onSeek(eventAt(timeline, pos));
          }}
        >
          <Lanes timeline={timeline} width={width} plot={plot} from={from} to={to} />
          {timeline.lanes.slice(from, to).map((lane, i) => (
            <LaneState key={from + i} lane={lane} k={from + i} cursor={cursor} ui={ui} />
          ))}
          <line class="el-tl-cursor" x1={cx} x2={cx} y1={2} y2={height - 2} />
          <text class="el-tl-clock" x={Math.min(cx + 4, width - 70)} y={12}>
            {clockText(timeline.times[Math.max(0, at - 1)] ?? 0)}
          </text>
        </svg>
      </div>
      <details
        class="el-tl-table"
        onToggle={(e) => setTable((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{ui.timelineTable}</summary>
        {table && <TimelineTable timeline={timeline} ui={ui} />}
      </details>
    </section>
  );
}

/** A lane's name and, under it, what it is doing at the cursor. */
function LaneState({ lane, k, cursor, ui }: { lane: Lane; k: number; cursor: number; ui: UiStrings }) {
  const span = laneStateAt(lane, cursor);
  const y = TOP + k * LANE;
  return (
    <g class="el-tl-label">
      <text x={4} y={y + 11} class="el-tl-name">
        {lane.kind === 'loop' ? ui.loopLane : lane.name}
      </text>
      <text x={4} y={y + 24} class="el-tl-state">
        {span ? `${SPAN_MARK[span.state]} ${spanText(span, ui)}` : ui.notYet}
      </text>
    </g>
  );
}

interface LanesProps {
  timeline: Timeline;
  width: number;
  plot: number;
  /** The lanes in view: from `from` up to, not including, `to`. */
  from: number;
  to: number;
}

/** The spans and the time axis: drawn again only when the trace, the width or the lanes in view change. */
class Lanes extends Component<LanesProps> {
  override shouldComponentUpdate(next: LanesProps): boolean {
    const p = this.props;
    return next.timeline !== p.timeline || next.width !== p.width || next.from !== p.from || next.to !== p.to;
  }

  override render({ timeline, width, plot, from, to }: LanesProps) {
    const X = (i: number): number => LABEL + timeline.x[i] * plot;
    return (
      <g aria-hidden="true">
        <defs>
          <pattern id="el-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" class="el-tl-hatch" />
          </pattern>
        </defs>
        {timeline.ticks.map((t) => (
          <g key={t.time}>
            <line class="el-tl-tick" x1={LABEL + t.x * plot} x2={LABEL + t.x * plot} y1={TOP - 4} y2={TOP + timeline.lanes.length * LANE} />
          </g>
        ))}
        {timeline.ticks.map((t) => (
          <text key={`t${t.time}`} class="el-tl-time" x={LABEL + t.x * plot + 2} y={TOP - 6}>
            {`${t.time}s`}
          </text>
        ))}
        {timeline.lanes.slice(from, to).map((lane, i) => {
          const k = from + i;
          const y = TOP + k * LANE + 6;
          return (
            <g key={k}>
              <line class="el-tl-rule" x1={0} x2={width} y1={TOP + k * LANE} y2={TOP + k * LANE} />
              {visibleSpans(lane.spans, X).map((s, j) => (
                <SpanShape key={j} span={s} x1={X(s.from)} x2={X(s.to)} y={y} />
              ))}
            </g>
          );
        })}
      </g>
    );
  }
}

/**
 * The spans worth a shape at this width: one starting in each pixel at most, and every end mark.
 * A busy loop makes hundreds of thousands of spans a pixel or less wide; drawn one by one they
 * froze the page for half a minute, and no eye can tell them apart (the table lists them all).
 */
function visibleSpans(spans: readonly Span[], X: (i: number) => number): Span[] {
  const shown: Span[] = [];
  let covered = -Infinity;
  for (const s of spans) {
    const x1 = X(s.from);
    const mark = s.state === 'finished' || s.state === 'failed' || s.state === 'cancelled';
    if (!mark && x1 < covered) continue;
    shown.push(s);
    covered = Math.max(covered, x1 + 1);
  }
  return shown;
}

/** Each state its own shape: solid (running, busy), outlined (ready), hatched (waiting, sleeping), and end marks. */
function SpanShape({ span, x1, x2, y }: { span: Span; x1: number; x2: number; y: number }) {
  const h = LANE - 12;
  const w = Math.max(2, x2 - x1);
  switch (span.state) {
    case 'running':
    case 'busy':
      return <rect class={`el-tl-${span.state}`} x={x1} y={y} width={w} height={h} />;
    case 'ready':
      return <rect class="el-tl-ready" x={x1} y={y + 3} width={w} height={h - 6} />;
    case 'waiting':
    case 'sleeping':
      return <rect class="el-tl-waiting" x={x1} y={y + 2} width={w} height={h - 4} fill="url(#el-hatch)" />;
    case 'finished':
      return <circle class="el-tl-finished" cx={x1 + 5} cy={y + h / 2} r={5} />;
    case 'failed':
      return (
        <path class="el-tl-failed" d={`M${x1} ${y + 2}l10 ${h - 4}M${x1 + 10} ${y + 2}l-10 ${h - 4}`} />
      );
    case 'cancelled':
      return (
        <g class="el-tl-cancelled">
          <circle cx={x1 + 6} cy={y + h / 2} r={6} />
          <path d={`M${x1 + 2} ${y + h / 2 + 4}l8 -8`} />
        </g>
      );
  }
}

/** Every span as a row: lane, state, from, to. */
function TimelineTable({ timeline, ui }: { timeline: Timeline; ui: UiStrings }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{ui.lane}</th>
          <th scope="col">{ui.state}</th>
          <th scope="col">{ui.from}</th>
          <th scope="col">{ui.to}</th>
        </tr>
      </thead>
      <tbody>
        {timeline.lanes.flatMap((lane, k) =>
          lane.spans.map((s, j) => (
            <tr key={`${k}-${j}`}>
              <th scope="row">{lane.kind === 'loop' ? ui.loopLane : lane.name}</th>
              <td>{spanText(s, ui)}</td>
              <td>{clockText(timeline.times[s.from])}</td>
              <td>{s.to > s.from ? clockText(timeline.times[s.to]) : ui.at}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
