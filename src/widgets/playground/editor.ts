/**
 * The playground's editor: CodeMirror 6 with Python. This module and CodeMirror load only when a
 * learner presses Edit (Playground.tsx imports it dynamically), so lesson pages stay light.
 *
 * Tab is left to the browser (moving focus), as CodeMirror's accessibility guidance advises for
 * editors embedded in a page; indentation comes from Enter and from Python's own rules.
 */
import { defaultKeymap, history, historyKeymap, indentMore, indentLess } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { highlighter } from './highlight';
import type { Problem } from './problem';

export interface EditorHandle {
  getText(): string;
  setText(text: string): void;
  /** Marks a problem at its line (and column), or clears the marks with null. */
  showProblem(problem: Problem | null): void;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  parent: HTMLElement;
  text: string;
  /** The accessible name of the editing area. */
  label: string;
  onChange: (text: string) => void;
  /** Ctrl+Enter or Cmd+Enter. */
  onRun: () => void;
}

export function createEditor({ parent, text, label, onChange, onRun }: EditorOptions): EditorHandle {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of('    '),
        python(),
        syntaxHighlighting(highlighter),
        lintGutter(),
        // Diagnostics come from runs (setDiagnostics); this linter only clears them on edit.
        linter(() => [], { delay: 0 }),
        keymap.of([
          { key: 'Mod-Enter', run: () => (onRun(), true) },
          { key: 'Mod-]', run: indentMore },
          { key: 'Mod-[', run: indentLess },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        // Long lines wrap and the editor grows with its text, so it never scrolls inside the
        // page: a scrolling region would need a tab stop of its own.
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    getText: () => view.state.doc.toString(),
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    showProblem(problem) {
      const diagnostics: Diagnostic[] = [];
      const doc = view.state.doc;
      if (problem?.line != null && problem.line >= 1 && problem.line <= doc.lines) {
        const line = doc.line(problem.line);
        const from = Math.min(line.to, line.from + Math.max(0, (problem.column ?? 1) - 1));
        diagnostics.push({
          from: problem.column == null ? line.from : from,
          to: line.to,
          severity: problem.kind === 'stopped' ? 'warning' : 'error',
          message: problem.message,
        });
      }
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
