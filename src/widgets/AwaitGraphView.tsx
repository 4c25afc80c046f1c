/**
 * The await graph panel: who awaits whom at the current step, drawn as the awaited-by tree of
 * CPython 3.14's `python -m asyncio pstree` (src/sim/await-graph.ts derives it from the call graph
 * that `asyncio.capture_call_graph` returns). Suspended frames are drawn dashed and in italics,
 * the running one solid and bold, each with its word.
 */
import { format } from '../sim/narrate';
import { treeLines, type GraphNode } from '../sim/await-graph';
import type { UiStrings } from './event-loop-strings';
import { clockText } from './event-loop-view';

interface Props {
  forest: GraphNode[];
  file: string;
  ui: UiStrings;
  id: string;
  /** Hidden behind another tab on a phone. */
  hidden?: boolean;
}

/** Lines drawn before "+N more", so a step costs the same with hundreds of tasks. */
const MAX_LINES = 60;

export function AwaitGraphView({ forest, file, ui, id, hidden }: Props) {
  const all = treeLines(forest);
  const lines = all.length > MAX_LINES ? all.slice(0, MAX_LINES) : all;
  return (
    <section class="el-panel el-graph" id={`${id}-p-graph`} aria-labelledby={`${id}-graph`} hidden={hidden} tabIndex={0}>
      <h3 class="el-h" id={`${id}-graph`}>
        {ui.graph}
      </h3>
      <p class="el-note">{ui.graphNote}</p>
      {lines.length === 0 ? (
        <p class="el-empty">{ui.empty}</p>
      ) : (
        <ul class="el-tree" aria-labelledby={`${id}-graph`}>
          {lines.map((l, k) => (
            <li key={k} class={lineClass(l.node, l.frame)}>
              <span class="el-tree-branch" aria-hidden="true">
                {l.prefix}
              </span>
              {describe(l.node, l.frame, file, ui)}
            </li>
          ))}
        </ul>
      )}
      {all.length > lines.length && <p class="el-more">{format(ui.more, { n: String(all.length - lines.length) })}</p>}
    </section>
  );
}

function lineClass(node: GraphNode, frame: boolean): string {
  if (node.kind === 'future') return 'el-tree-future';
  return frame ? `el-tree-frame el-tree-${node.state}` : 'el-tree-task';
}

function describe(node: GraphNode, frame: boolean, file: string, ui: UiStrings) {
  if (node.kind === 'future') {
    const where = node.thread
      ? format(ui.graphThread, { thread: node.thread })
      : node.until !== null
        ? format(ui.graphUntil, { until: clockText(node.until) })
        : null;
    return (
      <>
        <code>{node.label}</code>
        {where && <span class="el-tree-note"> ({where})</span>}
      </>
    );
  }
  if (!frame) return <strong>(T) {node.name}</strong>;
  const state = node.state === 'running' ? ui.graphRunning : node.state === 'suspended' ? ui.graphSuspended : ui.graphReady;
  return (
    <>
      <code>
        {node.frame} {node.line === null ? file : `${file}:${node.line}`}
      </code>{' '}
      <span class="el-tree-state">[{state}]</span>
    </>
  );
}
