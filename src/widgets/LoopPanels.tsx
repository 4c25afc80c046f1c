/**
 * The visualizer's panels: the program with its running line, the ready queue, the timer heap,
 * tasks, futures, threads and the output. Each is memoized on the items it shows, and long lists
 * are capped, so a step renders only what changed and costs the same on a trace of any length.
 */
import { Component, type ComponentChildren, type FunctionComponent } from 'preact';
import { format } from '../sim/narrate';
import type { FutureInfo, HandleInfo, PrintedLine, TaskInfo, ThreadInfo, TimerInfo } from '../sim/trace';
import type { UiStrings } from './event-loop-strings';
import {
  capList,
  capTail,
  clockText,
  futureStateText,
  learnerLabel,
  orderTasks,
  sameItems,
  STATE_MARK,
  taskStateText,
  threadStateText,
  timersByDeadline,
  tokenClass,
  tokenStyle,
  type CompactProgram,
} from './event-loop-view';

/** Rows a panel shows before "+N more", so a step costs the same on a trace of any length. */
const MAX_ROWS = 30;
/** Output lines shown; earlier ones are counted, not drawn. */
const MAX_OUTPUT = 200;

/** Preact's `memo` without preact/compat: renders again only when `same` says the props changed. */
function memo<P extends object>(render: FunctionComponent<P>, same: (a: P, b: P) => boolean) {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props, next);
    }
    override render(props: P) {
      return render(props);
    }
  };
}

/** A list, or the word "empty" when there is nothing in it, and "+N more" past MAX_ROWS. */
function Rows<T>(props: {
  items: readonly T[];
  ordered?: boolean;
  labelledBy: string;
  ui: UiStrings;
  row: (item: T) => ComponentChildren;
  keyOf: (item: T) => string | number;
  classOf?: (item: T) => string | undefined;
}) {
  const { shown, more } = capList(props.items, MAX_ROWS);
  const List = props.ordered ? 'ol' : 'ul';
  return (
    <>
      <List class="el-list" aria-labelledby={props.labelledBy}>
        {shown.map((item) => (
          <li key={props.keyOf(item)} class={props.classOf?.(item)}>
            {props.row(item)}
          </li>
        ))}
      </List>
      {props.items.length === 0 && <p class="el-empty">{props.ui.empty}</p>}
      {more > 0 && <p class="el-more">{format(props.ui.more, { n: String(more) })}</p>}
    </>
  );
}

interface ListProps<T> {
  items: readonly T[];
  ui: UiStrings;
  labelledBy: string;
  /** Rows in the learner's terms ("Your program") rather than CPython's names. */
  plain?: boolean;
}

const sameList = <T,>(a: ListProps<T>, b: ListProps<T>): boolean =>
  sameItems(a.items, b.items) && a.ui === b.ui && a.plain === b.plain;

const shown = (label: string, p: ListProps<unknown>): string => (p.plain ? learnerLabel(label, p.ui) : label);

export const ReadyList = memo((p: ListProps<HandleInfo>) => (
  <Rows
    {...p}
    ordered
    keyOf={(h) => h.id}
    classOf={(h) => (h.cancelled ? 'el-cancelled' : undefined)}
    row={(h) => (
      <>
        <code>{shown(h.label, p)}</code>
        {h.cancelled && <span class="el-tag"> ({p.ui.cancelled})</span>}
      </>
    )}
  />
), sameList);

export const TimerList = memo((p: ListProps<TimerInfo>) => (
  <Rows
    {...p}
    items={timersByDeadline(p.items)}
    ordered
    keyOf={(t) => t.id}
    classOf={(t) => (t.cancelled ? 'el-cancelled' : undefined)}
    row={(t) => (
      <>
        <span class="el-when">{clockText(t.when)}</span> <code>{shown(t.label, p)}</code>
        {t.cancelled && <span class="el-tag"> ({p.ui.cancelled})</span>}
      </>
    )}
  />
), sameList);

export const TaskList = memo((p: ListProps<TaskInfo>) => (
  <Rows
    {...p}
    items={orderTasks(p.items)}
    keyOf={(t) => t.id}
    classOf={(t) => `el-task-${t.state}`}
    row={(t) => (
      <>
        <span class="el-mark" aria-hidden="true">
          {STATE_MARK[t.state]}
        </span>
        <strong>{t.name}</strong> <code>{t.coro.endsWith(')') ? t.coro : `${t.coro}()`}</code>:{' '}
        <span class="el-state">{taskStateText(t, p.ui)}</span>
      </>
    )}
  />
), sameList);

export const FutureList = memo((p: ListProps<FutureInfo>) => (
  <Rows
    {...p}
    keyOf={(f) => f.id}
    classOf={(f) => (f.state === 'pending' ? undefined : 'el-done')}
    row={(f) => (
      <>
        <code>{f.label}</code>: <span class="el-state">{futureStateText(f, p.ui, p.plain)}</span>
      </>
    )}
  />
), sameList);

export const ThreadList = memo(
  (p: ListProps<ThreadInfo> & { queued: string[] }) => (
    <>
      <Rows
        {...p}
        keyOf={(t) => t.name}
        row={(t) => (
          <>
            <strong>{t.name}</strong>: <span class="el-state">{threadStateText(t, p.ui)}</span>
          </>
        )}
      />
      {p.queued.length > 0 && (
        <p class="el-note">{format(p.ui.jobQueued, { job: capList(p.queued, 5).shown.join(', ') })}</p>
      )}
    </>
  ),
  (a, b) => sameList(a, b) && sameItems(a.queued, b.queued),
);

export const OutputView = memo(
  ({ lines, ui }: { lines: readonly PrintedLine[]; ui: UiStrings }) => {
    const { shown, earlier } = capTail(lines, MAX_OUTPUT);
    // Printed text goes in as text nodes, never as markup (README, "Security").
    return (
      <pre class="el-out" tabIndex={0}>
        {earlier > 0 && <span class="el-note">{format(ui.earlier, { n: String(earlier) }) + '\n'}</span>}
        {shown.map((l) => l.text + '\n').join('')}
      </pre>
    );
  },
  (a, b) => a.lines.length === b.lines.length && a.ui === b.ui,
);

interface ProgramViewProps {
  code: CompactProgram;
  line: number | null;
  labelledBy: string;
  /** Called with a line's number when the learner clicks it (run to here). */
  onLine?: (line: number) => void;
}

/**
 * The program, with the running line marked; only the two lines whose mark changes render again.
 * The panel scrolls itself (never the page) so the running line is always in view, and a click on
 * a line asks to run to it.
 */
export class ProgramView extends Component<ProgramViewProps> {
  private pre: HTMLPreElement | null = null;

  override shouldComponentUpdate(next: ProgramViewProps): boolean {
    return next.code !== this.props.code || next.line !== this.props.line || next.onLine !== this.props.onLine;
  }

  private frame = 0;

  override componentDidMount(): void {
    this.reveal();
  }

  override componentDidUpdate(): void {
    // Measured in the next frame, with the layout the browser does for it anyway: measuring here
    // forced a layout of the whole widget inside the step's own task, up to 50 ms on a long run.
    if (typeof requestAnimationFrame === 'undefined') return this.reveal();
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.reveal());
  }

  override componentWillUnmount(): void {
    if (typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.frame);
  }

  /** Scrolls the panel, not the page, so the running line sits inside it with a line to spare. */
  private reveal(): void {
    const pre = this.pre;
    const line = this.props.line;
    if (!pre || line === null) return;
    const el = pre.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (!el) return;
    const top = el.offsetTop - pre.offsetTop;
    const margin = el.offsetHeight;
    if (top - margin < pre.scrollTop) pre.scrollTop = Math.max(0, top - margin);
    else if (top + el.offsetHeight + margin > pre.scrollTop + pre.clientHeight) {
      pre.scrollTop = top + el.offsetHeight + margin - pre.clientHeight;
    }
  }

  override render({ code, line, labelledBy, onLine }: ProgramViewProps) {
    return (
      <pre
        class="el-code"
        tabIndex={0}
        aria-labelledby={labelledBy}
        ref={(el) => {
          this.pre = el;
        }}
        onClick={
          onLine &&
          ((e) => {
            const hit = (e.target as HTMLElement).closest<HTMLElement>('[data-line]');
            if (hit) onLine(Number(hit.dataset.line));
          })
        }
      >
        <code>
          {code.lines.map((tokens, i) => (
            <CodeLine key={i} number={i + 1} tokens={tokens} styles={code.styles} current={line === i + 1} />
          ))}
        </code>
      </pre>
    );
  }
}

interface CodeLineProps {
  number: number;
  tokens: [string, number][];
  styles: CompactProgram['styles'];
  current: boolean;
}

const CodeLine = memo(
  ({ number, tokens, styles, current }: CodeLineProps) => (
    <span class={current ? 'el-line el-now' : 'el-line'} data-line={number} aria-current={current ? 'step' : undefined}>
      <span class="el-ln" aria-hidden="true">
        {number}
      </span>
      <span class="el-lc">
        {tokens.map(([text, s], i) => {
          const style = styles[s] ?? ['', '', 0];
          return (
            <span key={i} class={tokenClass(style[2])} style={tokenStyle(style)}>
              {text}
            </span>
          );
        })}
      </span>
    </span>
  ),
  (a, b) => a.current === b.current && a.tokens === b.tokens,
);
