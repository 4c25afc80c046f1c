/**
 * A remark plugin that stops the build when a lesson prints a predict exercise's answer in the
 * open: a code block, after a `<PredictOutput program="…">` and before the next heading, that
 * shows the program's output (two of its lines one after the other, or its only line). A learner
 * would read it before predicting. The answer belongs inside the exercise, which shows CPython's
 * output and the explanation (its children) once solved or revealed (src/widgets/PredictOutput.tsx).
 * Blocks inside the exercise or inside a `<details>` are folded away, so they pass.
 *
 * The program's output comes from the simulator, which the conformance tests hold to CPython's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { simulate } from '../sim';

/** The little of mdast (and its MDX JSX nodes) this plugin reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: Position;
}

interface Position {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** The part of a VFile the plugin uses: `fail` throws a located error that stops the build. */
interface File {
  fail(reason: string, options: { place?: Position }): never;
}

export interface Options {
  /** The folder holding the lesson programs (content/programs). */
  programs: string;
  /** The output of a program by its name; by default its simulated run. For tests. */
  outputOf?: (program: string) => string[];
}

/** Elements whose children a learner sees only when they ask. */
const FOLDED = new Set(['PredictOutput', 'details']);

/** True when the code block's text shows `output`: two of its lines in a row, or its only line. */
export function showsOutput(code: string, output: readonly string[]): boolean {
  const shown = code.split('\n').map((l) => l.trimEnd());
  const want = output.map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  if (want.length === 0) return false;
  if (want.length === 1) return shown.includes(want[0] ?? '');
  for (let i = 0; i + 1 < shown.length; i++) {
    for (let k = 0; k + 1 < want.length; k++) {
      if (shown[i] === want[k] && shown[i + 1] === want[k + 1]) return true;
    }
  }
  return false;
}

function programOf(node: Node): string | null {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'PredictOutput') return null;
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'program');
  return typeof attr?.value === 'string' ? attr.value : null;
}

/** The code blocks a reader sees in `node` without opening anything. */
function openCode(node: Node): Node[] {
  if (node.type === 'code') return [node];
  if (node.type === 'mdxJsxFlowElement' && FOLDED.has(node.name ?? '')) return [];
  return (node.children ?? []).flatMap(openCode);
}

function simulatedOutput(dir: string): (program: string) => string[] {
  const cache = new Map<string, string[]>();
  return (program) => {
    let lines = cache.get(program);
    if (!lines) {
      const source = readFileSync(join(dir, program), 'utf8');
      lines = simulate(source, { filename: program }).lines.map((l) => l.text);
      cache.set(program, lines);
    }
    return lines;
  };
}

export default function remarkHiddenAnswers(options: Options) {
  const outputOf = options.outputOf ?? simulatedOutput(options.programs);
  const check = (parent: Node, file: File): void => {
    let exercise: { program: string; node: Node } | null = null;
    for (const child of parent.children ?? []) {
      const program = programOf(child);
      if (program !== null) {
        exercise = { program, node: child };
        continue;
      }
      if (child.type === 'heading') exercise = null;
      if (exercise) {
        const output = outputOf(exercise.program);
        const leak = openCode(child).find((c) => showsOutput(String(c.value ?? ''), output));
        if (leak) {
          const at = exercise.node.position?.start.line;
          file.fail(
            `This code block prints the output of ${exercise.program} in the open, right after its <PredictOutput>` +
              `${at ? ` (line ${at})` : ''}, so a learner reads the answer before predicting it. Remove it, and put ` +
              `what explains the answer inside <PredictOutput>…</PredictOutput>: the exercise shows CPython's output ` +
              `with it once the learner solves it or asks for the answer.`,
            { place: leak.position },
          );
        }
      }
      if (child.children && !FOLDED.has(child.name ?? '')) check(child, file);
    }
  };
  // The tree is mdast with MDX's JSX nodes; only the fields of `Node` above are read.
  return (tree: unknown, file: File): void => check(tree as Node, file);
}
