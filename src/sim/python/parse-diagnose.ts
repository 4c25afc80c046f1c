import type { SyntaxNode, Tree } from '@lezer/common';
import type { Loc } from './ast';
import { SimError, syntaxError, unsupported } from './errors';
import type { LineMap } from './parse-lines';
import { KEYWORDS } from './parse-node';
import { tokenAt, type Token } from './parse-tokens';

/**
 * Word Lezer's first syntax error the way CPython 3.11 would.
 *
 * CPython's parser fails at the first token it cannot use, then re-parses with its `invalid_*`
 * rules (Grammar/python.gram) to find a better message. Lezer stops at (nearly) the same token;
 * from that token and the tree around it, this module picks the message the matching
 * `invalid_*` rule would raise, falling back to CPython's plain "invalid syntax".
 */

export interface Diagnosis {
  error: SimError;
  /** The failing token is the end of input (CPython's tokenizer would report EOF instead). */
  atEof: boolean;
  /** Line of the furthest token CPython's parser would have read. */
  furthestLine: number;
}

const HEADER: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  while: "'while' statement",
  for: "'for' statement",
  with: "'with' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  def: 'function definition',
  class: 'class definition',
  match: "'match' statement",
  case: "'case' statement",
};

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const COMPOUND = words(`
  IfStatement WhileStatement ForStatement TryStatement WithStatement FunctionDefinition ClassDefinition`);

/** Lezer nodes that can make up a CPython `disjunction` (no conditional, no lambda). */
const DISJUNCTION_PARTS = words(`
  BinaryExpression UnaryExpression AwaitExpression CallExpression MemberExpression ParenthesizedExpression
  TupleExpression ComprehensionExpression ArrayExpression ArrayComprehensionExpression DictionaryExpression
  DictionaryComprehensionExpression SetExpression SetComprehensionExpression ContinuedString`);
/** Nodes a `disjunction` cannot extend through. */
const NOT_DISJUNCTION = words(`
  ConditionalExpression LambdaExpression Script Body ParamList StatementGroup ExpressionStatement
  AssignStatement UpdateStatement ReturnStatement`);
const ARITHMETIC = words('+ - * / // % ** @ | & ^ << >> < > == != <= >=');
const ATOMS = words('Number String FormatString None Boolean Ellipsis');

const HEADER_KEYWORDS = words('if elif else while for with def class try except finally');
/** Headers whose ':' CPython demands outright (`&&':'`), whatever follows. */
const FORCED_COLON = words('def else try finally');

/** Can an expression (not just an operand) start right after `t`? */
function startsStatementOrExpression(t: Token): boolean {
  if (t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT') return true;
  if (t.type === 'NAME') return ['return', 'if', 'elif', 'while', 'assert', 'else', 'yield'].includes(t.text);
  return (
    t.type === 'OP' &&
    (['=', '(', '[', '{', ',', ':', ';'].includes(t.text) ||
      (t.text.endsWith('=') && !['==', '!=', '<=', '>='].includes(t.text)))
  );
}

/** Lezer makes a new object for each visit of a node: compare positions and types. */
function same(a: SyntaxNode | null, b: SyntaxNode | null): boolean {
  return !!a && !!b && a.from === b.from && a.to === b.to && a.type === b.type;
}

/** Tokens that may begin an expression (for the "forgot a comma" and `print x` rules). */
function startsExpression(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME')
    return !KEYWORDS.has(t.text) || ['None', 'True', 'False', 'not', 'lambda', 'await'].includes(t.text);
  return t.type === 'OP' && ['(', '[', '{', '-', '+', '~', '...'].includes(t.text);
}

/** Tokens that may end an expression. */
function endsExpression(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME') return !KEYWORDS.has(t.text) || ['None', 'True', 'False'].includes(t.text);
  return t.type === 'OP' && [')', ']', '}', '...'].includes(t.text);
}

export class Diagnoser {
  constructor(
    readonly text: string,
    readonly lines: LineMap,
    readonly tokens: Token[],
    readonly tree: Tree | null = null,
  ) {}

  private get endOffset(): number {
    return Math.max(0, this.text.length - 1);
  }

  eofLoc(): Loc {
    return this.lines.loc(this.endOffset);
  }

  /** CPython's location for a token: its start; INDENT and end-of-input are special. */
  tokenLoc(i: number): Loc {
    const t = this.tokens[i];
    if (!t || t.type === 'ENDMARKER' || (t.type === 'DEDENT' && t.start >= this.endOffset))
      return this.eofLoc();
    if (t.type === 'INDENT') {
      const line = this.lines.lineOf(t.end);
      return this.lines.at(line, Math.max(0, this.lines.colOf(t.end, line) - 1));
    }
    if (t.type === 'NEWLINE' || t.type === 'DEDENT') return this.lines.loc(t.start);
    return this.lines.loc(t.start, t.end);
  }

  private isEof(i: number): boolean {
    const t = this.tokens[i];
    return !t || t.type === 'ENDMARKER' || (t.type === 'DEDENT' && t.start >= this.endOffset);
  }

  /** A rule looked past the last token: CPython's tokenizer would have hit the end first. */
  private reachedEnd = false;
  /** The furthest token a rule looked at. */
  private furthest = 0;

  diagnose(err: SyntaxNode): Diagnosis {
    const i = tokenAt(this.tokens, err.from);
    this.reachedEnd = false;
    this.furthest = i;
    const error = this.message(err, i);
    const t = this.tokens[Math.min(this.furthest, this.tokens.length - 1)];
    const furthestLine = t ? this.lines.lineOf(t.start) : error.loc.line;
    return {
      error,
      atEof: this.isEof(i) || this.reachedEnd,
      furthestLine: Math.max(furthestLine, error.loc.line),
    };
  }

  /** Note how far a rule read: `end` is the index after the last token it used. */
  private lookedAt(end: number): void {
    if (end >= this.tokens.length) this.reachedEnd = true;
    this.furthest = Math.max(this.furthest, end);
  }

  private message(err: SyntaxNode, i: number): SimError {
    const T = this.tokens[i];
    const P = this.tokens[i - 1];

    // Python can never fail between a binary operator and its operand. Lezer does, on purpose,
    // when a left-associative chain grows past about 300 operators (@lezer/lr's
    // `MaxLeftAssociativeReductionCount`, which keeps its trees shallow).
    const afterOperator =
      (P?.type === 'OP' &&
        ARITHMETIC.has(P.text) &&
        startsExpression(T) &&
        !['not', 'lambda'].includes(T.text)) ||
      (P?.type === 'NAME' &&
        (P.text === 'and' || P.text === 'or') &&
        startsExpression(T) &&
        T.text !== 'lambda');
    if (afterOperator && this.inExpressionContext(i - 1)) {
      return unsupported('an expression with hundreds of operators in a row', this.tokenLoc(i - 1));
    }

    if (T?.type === 'INDENT') return syntaxError('unexpected indent', this.tokenLoc(i));

    const block = this.expectedBlock(i);
    if (block) return block;

    // `function_def_raw`: `'def' NAME &&'('`.
    if (
      P?.type === 'NAME' &&
      this.tokens[i - 2]?.type === 'NAME' &&
      this.tokens[i - 2].text === 'def' &&
      T?.text !== '('
    ) {
      return syntaxError("expected '('", this.tokenLoc(i));
    }

    const colon = this.expectedColon(err, i);
    if (colon) return colon;

    const legacy = this.legacyPrint(i);
    if (legacy) return legacy;

    if (T?.type === 'OP' && T.text === '=') {
      const eq = this.misusedEquals(err, i);
      if (eq) return eq;
    }

    const param = this.parameterError(err, i);
    if (param) return param;

    if (err.parent?.name === 'DeleteStatement' && T?.type === 'OP' && T.text === '*') {
      const end = Math.max(i + 2, this.skipOperand(i + 1));
      return syntaxError('cannot delete starred', this.lines.loc(T.start, this.tokens[end - 1].end));
    }

    const target = this.forTarget(i);
    if (target) return target;

    const compTarget = this.comprehensionTarget(i);
    if (compTarget) return compTarget;

    const cond = this.missingElse(err, i);
    if (cond) return cond;

    const comma = this.forgotComma(i);
    if (comma) return comma;

    return syntaxError('invalid syntax', this.tokenLoc(i));
  }

  /** `invalid_*_stmt`: `':' NEWLINE !INDENT` → "expected an indented block after ...". */
  private expectedBlock(i: number): SimError | null {
    const nl = this.tokens[i - 1];
    const colon = this.tokens[i - 2];
    if (!nl || nl.type !== 'NEWLINE' || !colon || colon.type !== 'OP' || colon.text !== ':') return null;
    let s = i - 2;
    while (s > 0 && !['NEWLINE', 'INDENT', 'DEDENT'].includes(this.tokens[s - 1].type)) s--;
    let kw = this.tokens[s];
    if (kw.text === 'async') kw = this.tokens[s + 1];
    let what = kw && kw.type === 'NAME' ? HEADER[kw.text] : undefined;
    if (!what) return null;
    if (kw.text === 'except' && this.tokens[this.tokens.indexOf(kw) + 1]?.text === '*')
      what = "'except*' statement";
    const line = this.lines.lineOf(kw.start);
    return syntaxError(`expected an indented block after ${what} on line ${line}`, this.tokenLoc(i));
  }

  /** A compound header that is complete but for its ':'. */
  private expectedColon(err: SyntaxNode, i: number): SimError | null {
    let anchor = err;
    let parent = err.parent;
    if (parent?.name === 'Body' && same(this.firstChild(parent), err)) {
      anchor = parent;
      parent = parent.parent;
    }
    if (!parent || !COMPOUND.has(parent.name)) return null;
    const prev = this.prevSibling(anchor);
    if (!prev) return null;
    // The keyword that opened this header.
    let kw: SyntaxNode | null = prev;
    while (kw && !HEADER_KEYWORDS.has(kw.name)) kw = this.prevSibling(kw);
    if (!kw) return null;
    const T = this.tokens[i];
    if (same(prev, kw) && !['else', 'try', 'finally', 'except'].includes(kw.name)) return null;
    if (prev.name === 'in' || prev.name === 'as' || prev.name === ',') return null;
    const forced = FORCED_COLON.has(kw.name);
    if (forced || T?.type === 'NEWLINE') return syntaxError("expected ':'", this.tokenLoc(i));
    return null;
  }

  /** `invalid_legacy_expression`: `print x` and `exec code`. */
  private legacyPrint(i: number): SimError | null {
    const P = this.tokens[i - 1];
    const before = this.tokens[i - 2];
    if (!P || P.type !== 'NAME' || (P.text !== 'print' && P.text !== 'exec')) return null;
    // The rule is tried where an expression starts, not for an operand (`await print x`).
    if (before && !startsStatementOrExpression(before)) return null;
    if (!startsExpression(this.tokens[i]) || this.tokens[i].text === '(') return null;
    if (!this.inExpressionContext(i - 1)) return null;
    const end = this.skipExpressions(i);
    if (end < 0) {
      this.lookedAt(i + 1);
      return null;
    }
    this.lookedAt(end);
    const from = this.lines.loc(P.start);
    const to = this.lines.loc(this.tokens[end - 1].end);
    return syntaxError(`Missing parentheses in call to '${P.text}'. Did you mean ${P.text}(...)?`, {
      ...from,
      endLine: to.line,
      endCol: to.col,
    });
  }

  /** `=` where `==` was meant: `invalid_named_expression` and `invalid_kwarg`. */
  private misusedEquals(err: SyntaxNode, i: number): SimError | null {
    const before = this.prevSibling(err);
    if (!before) return null;
    const context = err.parent;
    if (!context) return null;
    const eq = this.tokens[i];
    if (context.name === 'ArgList') {
      if (before.name === 'Boolean' || before.name === 'None') {
        return syntaxError(
          `cannot assign to ${this.text.slice(before.from, before.to)}`,
          this.lines.loc(before.from, eq.end),
        );
      }
      if (before.name === 'VariableName') return null;
      return syntaxError(
        'expression cannot contain assignment, perhaps you meant "=="?',
        this.lines.loc(before.from, eq.end),
      );
    }
    const named = [
      'IfStatement',
      'WhileStatement',
      'ArrayExpression',
      'ArrayComprehensionExpression',
      'TupleExpression',
      'ParenthesizedExpression',
      'ComprehensionExpression',
      'SetExpression',
      'SetComprehensionExpression',
      'MemberExpression',
    ];
    if (!named.includes(context.name)) return null;
    const rhs = i + 1;
    if (
      !startsExpression(this.tokens[rhs]) ||
      this.tokens[rhs].text === 'not' ||
      this.tokens[rhs].text === 'lambda'
    )
      return null;
    const rhsEnd = this.skipOperand(rhs);
    if (rhsEnd < 0) return null;
    this.lookedAt(rhsEnd);
    const after = this.tokens[rhsEnd];
    if (after && after.type === 'OP' && (after.text === '=' || after.text === ':=')) return null;
    if (before.name === 'VariableName') {
      const from = this.lines.loc(before.from);
      const to = this.lines.loc(this.tokens[rhsEnd - 1].end);
      return syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", {
        ...from,
        endLine: to.line,
        endCol: to.col,
      });
    }
    if (before.name === 'UnaryExpression' && before.firstChild?.name === 'not') return null;
    if (before.name === 'BinaryExpression' && this.lezerExprName(before) === 'comparison') return null;
    if (
      before.name === 'BinaryExpression' &&
      ['and', 'or'].includes(before.firstChild?.nextSibling?.name ?? '')
    )
      return null;
    if (before.name === 'ConditionalExpression' || before.name === 'LambdaExpression') return null;
    const name = this.lezerExprName(before);
    if (!name) return null;
    return syntaxError(
      `cannot assign to ${name} here. Maybe you meant '==' instead of '='?`,
      this.lines.loc(before.from, before.to),
    );
  }

  /** `invalid_parameters`, `invalid_star_etc`, `invalid_kwds`, `invalid_default`. */
  private parameterError(err: SyntaxNode, i: number): SimError | null {
    if (err.parent?.name !== 'ParamList') return null;
    const T = this.tokens[i];
    const P = this.tokens[i - 1];
    const PP = this.tokens[i - 2];
    if (T?.type === 'OP' && T.text === '=' && P?.type === 'NAME' && PP?.type === 'OP') {
      if (PP.text === '*')
        return syntaxError('var-positional argument cannot have default value', this.tokenLoc(i));
      if (PP.text === '**')
        return syntaxError('var-keyword argument cannot have default value', this.tokenLoc(i));
    }
    if (T?.type === 'OP' && (T.text === ',' || T.text === ')') && P?.type === 'OP' && P.text === '=') {
      return syntaxError('expected default value expression', this.tokenLoc(i - 1));
    }
    // `def f((a, b)):` — names in parentheses, a Python 2 habit.
    if (T?.type === 'OP' && T.text === '(') {
      let j = i + 1;
      while (this.tokens[j]?.type === 'NAME' && this.tokens[j + 1]?.text === ',') j += 2;
      if (this.tokens[j]?.type === 'NAME') j++;
      if (j > i + 1 && this.tokens[j]?.text === ')') {
        const what =
          err.parent.parent?.name === 'LambdaExpression'
            ? 'Lambda expression parameters'
            : 'Function parameters';
        return syntaxError(`${what} cannot be parenthesized`, this.lines.loc(T.start, this.tokens[j].end));
      }
    }
    return null;
  }

  /** `invalid_expression`: `a if b` without `else`. */
  private missingElse(err: SyntaxNode, i: number): SimError | null {
    const parent = err.parent;
    if (!parent || parent.name !== 'ConditionalExpression') return null;
    const test = this.prevSibling(err);
    const kw = test && this.prevSibling(test);
    const body = kw && this.prevSibling(kw);
    if (!test || !kw || kw.name !== 'if' || !body) return null;
    const T = this.tokens[i];
    if (T && T.type === 'OP' && T.text === ':') return null;
    return syntaxError("expected 'else' after 'if' expression", this.lines.loc(body.from, test.to));
  }

  /**
   * `invalid_expression`: two expressions side by side. CPython's second pass parses the second
   * one wherever an expression is expected (so it may run into the end of input), but words
   * the error as a forgotten comma only inside brackets.
   */
  private forgotComma(i: number): SimError | null {
    const T = this.tokens[i];
    const P = this.tokens[i - 1];
    if (!startsExpression(T) || !endsExpression(P)) return null;
    if (T.type === 'NAME' && ['not', 'lambda'].includes(T.text)) return null;
    if (!this.inExpressionContext(i - 1)) return null;
    const end = this.skipOperandChain(i);
    if (end < 0) {
      this.lookedAt(i + 1);
      return null;
    }
    this.lookedAt(end);
    if (P.level === 0) return null;
    const a = this.operandEndingAt(P.end);
    if (!a) return null;
    const aFirst = tokenAt(this.tokens, a.from);
    const first = this.tokens[aFirst];
    // CPython's `SOFT_KEYWORD` test compares only the name's length of characters, so `m`,
    // `ca` or `matc` count as `match`/`case` here (Parser/pegen.c, 3.11).
    if (
      first.type === 'NAME' &&
      (first.text === '_' || 'match'.startsWith(first.text) || 'case'.startsWith(first.text))
    )
      return null;
    if (first.type === 'NAME' && aFirst === i - 1 && T.type === 'STRING') return null;
    if (first.type === 'NAME' && aFirst === i - 1 && (first.text === 'print' || first.text === 'exec'))
      return null;
    const from = this.lines.loc(a.from);
    const to = this.lines.loc(this.tokens[end - 1].end);
    return syntaxError('invalid syntax. Perhaps you forgot a comma?', {
      ...from,
      endLine: to.line,
      endCol: to.col,
    });
  }

  /** The largest expression (a `disjunction`, as CPython's rule wants) that ends at `offset`. */
  private operandEndingAt(offset: number): SyntaxNode | null {
    if (!this.tree) return null;
    let n: SyntaxNode | null = this.tree.resolveInner(offset, -1);
    let best: SyntaxNode | null = null;
    while (n && n.to === offset && !n.type.isError && !NOT_DISJUNCTION.has(n.name)) {
      if (DISJUNCTION_PARTS.has(n.name) || ATOMS.has(n.name) || n.name === 'VariableName') best = n;
      n = n.parent;
    }
    return best;
  }

  /** The largest expression node that starts at `from` and ends by `to`. */
  private nodeSpanning(from: number, to: number): SyntaxNode | null {
    if (!this.tree) return null;
    let n: SyntaxNode | null = this.tree.resolveInner(from, 1);
    let best: SyntaxNode | null = null;
    while (n && n.from === from && n.to <= to && !n.type.isError) {
      if (
        DISJUNCTION_PARTS.has(n.name) ||
        ATOMS.has(n.name) ||
        n.name === 'VariableName' ||
        n.name === 'ConditionalExpression' ||
        n.name === 'LambdaExpression'
      )
        best = n;
      n = n.parent;
    }
    return best;
  }

  /**
   * Is the token at `i` inside something CPython parses as expressions (a statement, call
   * arguments, a display), rather than a parameter list or an import list?
   */
  private inExpressionContext(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    let depth = 0;
    // A parameter's default value (`def f(a=1 2)`) is an expression again.
    let defaultValue = false;
    let segmentDone = false;
    for (let j = i; j >= 0; j--) {
      const u = this.tokens[j];
      if (u.type === 'NEWLINE' || u.type === 'INDENT' || u.type === 'DEDENT') return true;
      if (u.type !== 'OP') continue;
      if (depth === 0 && !segmentDone) {
        if (u.text === ',') segmentDone = true;
        else if (u.text === '=') defaultValue = true;
      }
      if (u.text === ')' || u.text === ']' || u.text === '}') depth++;
      else if (u.text === '(' || u.text === '[' || u.text === '{') {
        if (depth > 0) {
          depth--;
          continue;
        }
        // The innermost open bracket: `def f(` and `import (` hold no expressions.
        const name = this.tokens[j - 1];
        const kw = this.tokens[j - 2];
        if (u.text === '(' && name?.type === 'NAME' && kw?.type === 'NAME' && kw.text === 'def') return defaultValue;
        if (u.text === '(' && name?.type === 'NAME' && name.text === 'import') return false;
        return true;
      }
    }
    return true;
  }

  /** `invalid_for_target`: `for f() in ...`, in a statement or a comprehension. */
  private forTarget(i: number): SimError | null {
    const T = this.tokens[i];
    if (!T || (T.type === 'NAME' && T.text === 'in')) return null;
    const level = this.tokens[i - 1]?.level ?? 0;
    // The `for` this error follows, on the same bracket level, with no `in` in between.
    let f = -1;
    for (let j = i - 1; j >= 0; j--) {
      const u = this.tokens[j];
      if (u.type === 'NEWLINE' || u.type === 'INDENT' || u.type === 'DEDENT' || u.level < level) return null;
      if (u.level > level) continue;
      if (u.type === 'NAME' && u.text === 'in') return null;
      if (u.type === 'NAME' && u.text === 'for') {
        f = j;
        break;
      }
    }
    if (f < 0 || f + 1 >= i) return null;
    // Each comma-separated target between `for` and the failing token.
    let start = f + 1;
    for (let j = f + 1; j <= i; j++) {
      const u = this.tokens[j];
      if (j === i || (u.level === level && u.type === 'OP' && u.text === ',')) {
        if (j > start) {
          let from = this.tokens[start].start;
          if (this.tokens[start].text === '*') from = this.tokens[start + 1]?.start ?? from;
          const node = this.nodeSpanning(from, this.tokens[j - 1].end);
          const bad = node && this.invalidTargetNode(node);
          if (bad) {
            const name = this.lezerExprName(bad) ?? 'expression';
            return syntaxError(`cannot assign to ${name}`, this.lines.loc(bad.from, bad.to));
          }
        }
        start = j + 1;
      }
    }
    return null;
  }

  /** The part of a Lezer expression that cannot be assigned to (see parse-targets.ts). */
  private invalidTargetNode(n: SyntaxNode): SyntaxNode | null {
    switch (n.name) {
      case 'VariableName':
        return null;
      case 'MemberExpression':
        return null;
      case 'ParenthesizedExpression':
      case 'TupleExpression':
      case 'ArrayExpression':
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (['(', ')', '[', ']', ',', '*', 'Comment'].includes(c.name) || c.type.isError) continue;
          const bad = this.invalidTargetNode(c);
          if (bad) return bad;
        }
        return null;
      default:
        return n;
    }
  }

  /** `invalid_comprehension`: `[a, b for ...]`. */
  private comprehensionTarget(i: number): SimError | null {
    const T = this.tokens[i];
    if (T?.type !== 'NAME' || T.text !== 'for') return null;
    const level = this.tokens[i - 1]?.level ?? 0;
    let comma = -1;
    for (let j = i - 1; j >= 0; j--) {
      const u = this.tokens[j];
      if (u.level < level) return null;
      const opener = u.type === 'OP' && ['(', '[', '{'].includes(u.text);
      if (opener && u.level === level) {
        if (u.text === '(' || comma < 0) return null;
        const from = this.lines.loc(this.tokens[j + 1].start);
        const to = this.lines.loc(this.tokens[i - 1].end);
        return syntaxError('did you forget parentheses around the comprehension target?', {
          ...from,
          endLine: to.line,
          endCol: to.col,
        });
      }
      if (u.level === level && u.type === 'OP' && u.text === ',') comma = j;
    }
    return null;
  }

  // ------------------------------------------------------------------ token skipping

  /**
   * Skip one operand (unary operators, an atom, trailers) as CPython's parser would read it;
   * return the index after it, or -1 when no operand starts there.
   */
  private skipOperand(i: number): number {
    const toks = this.tokens;
    while (
      toks[i] &&
      ((toks[i].type === 'OP' && ['-', '+', '~'].includes(toks[i].text)) || toks[i].text === 'await')
    )
      i++;
    const t = toks[i];
    if (!t) return i;
    if (t.type === 'STRING') {
      while (toks[i]?.type === 'STRING') i++;
    } else if (t.type === 'OP' && ['(', '[', '{'].includes(t.text)) {
      // CPython stops inside the brackets at the first token that cannot start an item.
      const inner = toks[i + 1];
      const closes = inner?.type === 'OP' && [')', ']', '}'].includes(inner.text);
      if (!closes && !startsExpression(inner) && !(inner?.type === 'OP' && ['*', '**'].includes(inner.text)))
        return -1;
      i = this.skipBrackets(i);
    } else if (startsExpression(t) && !(t.type === 'OP')) {
      i++;
    } else if (t.type === 'OP' && t.text === '...') {
      i++;
    } else {
      return -1;
    }
    // trailers
    for (;;) {
      const n = toks[i];
      if (n?.type === 'OP' && n.text === '.' && toks[i + 1]?.type === 'NAME') i += 2;
      else if (n?.type === 'OP' && (n.text === '(' || n.text === '[')) i = this.skipBrackets(i);
      else return i;
    }
  }

  private skipBrackets(i: number): number {
    const open = this.tokens[i].level;
    i++;
    while (i < this.tokens.length && this.tokens[i].level >= open) i++;
    return Math.min(i + 1, this.tokens.length);
  }

  /** Skip an operand and any binary-operator continuation (`a.b + c * d`); -1 if none. */
  private skipOperandChain(i: number): number {
    const BIN = new Set([
      '+',
      '-',
      '*',
      '/',
      '//',
      '%',
      '**',
      '@',
      '|',
      '&',
      '^',
      '<<',
      '>>',
      '<',
      '>',
      '==',
      '!=',
      '<=',
      '>=',
    ]);
    let j = this.skipOperand(i);
    if (j < 0) return -1;
    for (;;) {
      const t = this.tokens[j];
      if (!t) return j;
      const isOp =
        (t.type === 'OP' && BIN.has(t.text)) ||
        (t.type === 'NAME' && ['and', 'or', 'in', 'is'].includes(t.text));
      if (!isOp || !startsExpression(this.tokens[j + 1])) return j;
      const k = this.skipOperand(j + 1);
      if (k < 0) return j;
      j = k;
    }
  }

  /** Skip `a, b, c` for `print a, b`; -1 if no expression starts there. */
  private skipExpressions(i: number): number {
    let j = this.skipOperandChain(i);
    if (j < 0) return -1;
    while (
      this.tokens[j]?.type === 'OP' &&
      this.tokens[j].text === ',' &&
      startsExpression(this.tokens[j + 1])
    ) {
      const k = this.skipOperandChain(j + 1);
      if (k < 0) return j;
      j = k;
    }
    return j;
  }

  // ------------------------------------------------------------------ tree helpers

  private firstChild(n: SyntaxNode): SyntaxNode | null {
    let c = n.firstChild;
    while (c && c.name === 'Comment') c = c.nextSibling;
    return c;
  }

  private prevSibling(n: SyntaxNode): SyntaxNode | null {
    let c = n.prevSibling;
    while (c && (c.name === 'Comment' || c.type.isError)) c = c.prevSibling;
    return c;
  }

  /** CPython's name for the expression a Lezer node stands for (see parse-targets.ts). */
  private lezerExprName(n: SyntaxNode): string | null {
    const op = n.firstChild?.nextSibling;
    switch (n.name) {
      case 'CallExpression':
        return 'function call';
      case 'MemberExpression':
        return n.getChild('.') ? 'attribute' : 'subscript';
      case 'Number':
      case 'String':
      case 'ContinuedString':
        return 'literal';
      case 'FormatString':
        return 'f-string expression';
      case 'Ellipsis':
        return 'ellipsis';
      case 'UnaryExpression':
        return 'expression';
      case 'AwaitExpression':
        return 'await expression';
      case 'BinaryExpression':
        return op && ['CompareOp', 'in', 'not', 'is'].includes(op.name) ? 'comparison' : 'expression';
      case 'DictionaryExpression':
        return 'dict literal';
      case 'SetExpression':
        return 'set display';
      case 'ArrayComprehensionExpression':
        return 'list comprehension';
      case 'SetComprehensionExpression':
        return 'set comprehension';
      case 'DictionaryComprehensionExpression':
        return 'dict comprehension';
      case 'LambdaExpression':
        return 'lambda';
      case 'ConditionalExpression':
        return 'conditional expression';
      default:
        return null;
    }
  }
}
