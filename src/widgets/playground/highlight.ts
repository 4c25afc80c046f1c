/** Lezer's syntax tags as the palette's classes (palette.ts), for the editor and the worker alike. */
import { tags as t, tagHighlighter, type Highlighter } from '@lezer/highlight';

/** Classes Lezer's tree gets, named `pg-<class>`; CodeMirror and the tokenizer share them. */
export const highlighter: Highlighter = tagHighlighter([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword, t.operator, t.self], class: 'pg-keyword' },
  { tag: [t.comment, t.lineComment], class: 'pg-comment' },
  { tag: [t.string, t.special(t.string), t.docString], class: 'pg-string' },
  { tag: [t.number, t.integer, t.float], class: 'pg-number' },
  { tag: [t.bool, t.null, t.atom], class: 'pg-constant' },
  { tag: [t.function(t.definition(t.variableName)), t.definition(t.variableName)], class: 'pg-definition' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.propertyName], class: 'pg-call' },
  { tag: [t.standard(t.variableName)], class: 'pg-builtin' },
  { tag: [t.className, t.definition(t.className)], class: 'pg-className' },
  { tag: [t.punctuation, t.paren, t.bracket, t.brace, t.separator, t.derefOperator], class: 'pg-punctuation' },
]);

