import type { SyntaxNode } from '@lezer/common';
import type { Constant, Expr, FormattedValue, Loc, Name } from './ast';
import { SimError, syntaxError } from './errors';
import type { LineMap } from './parse-lines';
import { Kids, ReachedError, children, type Scope, type Shared } from './parse-node';
import { decodeEscapes, LiteralError, parseFString, splitLiteral } from './parse-strings';
import { invalidTarget, invalidTargetMessage, type TargetsType } from './parse-targets';
import { isRealString, tokenAt, type Token } from './parse-tokens';

/**
 * The base of the Lezer-tree converter: positions, scopes, and the literals (names, numbers,
 * strings and f-strings). parse-expressions.ts and parse-convert.ts build on it.
 */
export class ConverterBase {
  constructor(
    readonly text: string,
    readonly lines: LineMap,
    readonly tokens: Token[],
    readonly shared: Shared,
    readonly scopes: Scope[] = ['module'],
    /** File offset of a stray INDENT: conversion stops at the statement there. */
    readonly stopAt = Infinity,
  ) {}

  loc(from: number, to: number): Loc {
    return this.lines.loc(from, to);
  }

  nodeLoc(n: { from: number; to: number }): Loc {
    return this.lines.loc(n.from, n.to);
  }

  protected src(n: SyntaxNode): string {
    return this.text.slice(n.from, n.to);
  }

  protected kids(n: SyntaxNode): Kids {
    return new Kids(children(n));
  }

  protected syntax(message: string, from: number, to = from): SimError {
    return syntaxError(message, this.loc(from, to));
  }

  /** The token starting at `offset` (for error positions CPython takes from its tokens). */
  protected tokenIndex(offset: number): number {
    return tokenAt(this.tokens, offset);
  }

  protected tokenLoc(index: number): Loc {
    const t = this.tokens[Math.min(index, this.tokens.length - 1)];
    if (!t || t.type === 'ENDMARKER' || (t.type === 'DEDENT' && t.start >= this.text.length - 1)) {
      return this.eofLoc();
    }
    return this.loc(t.start, t.type === 'INDENT' || t.type === 'DEDENT' ? t.start : t.end);
  }

  /** Where CPython reports the end of input: one past the last line's last character. */
  eofLoc(): Loc {
    const end = Math.max(0, this.text.length - 1);
    return this.loc(end, end);
  }

  protected get scope(): Scope {
    return this.scopes[this.scopes.length - 1];
  }

  /** The innermost function-like scope (comprehensions are skipped, as for `await`). */
  protected get functionScope(): Scope {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i];
      // A class body is not a function: `await` there is outside one, as at module level.
      if (s === 'class') return 'module';
      if (s === 'module' || s === 'def' || s === 'async def' || s === 'lambda') return s;
    }
    return 'module';
  }

  protected within<T>(scope: Scope, f: () => T): T {
    this.scopes.push(scope);
    try {
      return f();
    } finally {
      this.scopes.pop();
    }
  }

  protected generic(offset: number): SimError {
    const i = this.tokenIndex(offset);
    return syntaxError('invalid syntax', this.tokenLoc(i));
  }

  /**
   * Skipped code (a class body, a match statement, an annotation) is not converted, but an
   * error node inside it still stops conversion, so syntax errors keep their priority.
   */
  protected checkSubtree(n: SyntaxNode): void {
    const c = n.cursor();
    let depth = 0;
    for (;;) {
      if (c.type.isError) throw new ReachedError(c.node);
      const skip = isRealString(c.name, c.from, this.tokens);
      if (!skip && c.firstChild()) {
        depth++;
        continue;
      }
      for (;;) {
        if (depth === 0) return;
        if (c.nextSibling()) break;
        c.parent();
        depth--;
      }
    }
  }

  protected checkTargets(targets: Expr[], type: TargetsType): void {
    for (const t of targets) {
      const bad = invalidTarget(t, type);
      if (bad) throw syntaxError(invalidTargetMessage(bad, type), bad.loc);
    }
  }

  identifier(n: SyntaxNode): string {
    const s = this.src(n);
    // CPython stores identifiers NFKC-normalized (PEP 3131).
    return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC');
  }

  protected name(n: SyntaxNode): Name {
    return { kind: 'Name', id: this.identifier(n), loc: this.nodeLoc(n) };
  }

  protected number(n: SyntaxNode): Constant {
    const loc = this.nodeLoc(n);
    const text = this.src(n).replace(/_/g, '');
    if (/[jJ]$/.test(text)) {
      this.shared.refuse('complex numbers', loc);
      return { kind: 'Constant', value: { type: 'int', value: 0n }, loc };
    }
    if (/^0[xXoObB]/.test(text))
      return { kind: 'Constant', value: { type: 'int', value: BigInt(text) }, loc };
    if (/[.eE]/.test(text)) return { kind: 'Constant', value: { type: 'float', value: Number(text) }, loc };
    return { kind: 'Constant', value: { type: 'int', value: BigInt(text) }, loc };
  }

  protected offsetOf(loc: Loc): number {
    return this.lines.lineStart(loc.line) + loc.col;
  }

  /**
   * A run of adjacent string literals. Boundaries come from the CPython-style tokens, not from
   * Lezer: in 3.11 `f"{x["a"]}"` ends at the second quote, whatever a 3.12-aware grammar says.
   */
  protected strings(n: SyntaxNode): Expr {
    const first = this.tokenIndex(n.from);
    let last = first;
    while (
      last + 1 < this.tokens.length &&
      this.tokens[last + 1].type === 'STRING' &&
      this.tokens[last + 1].start < n.to
    )
      last++;
    // Past a tokenizer error there are no tokens; that error is reported instead.
    if (this.tokens[first]?.type !== 'STRING') throw this.syntax('invalid syntax', n.from);
    const e = this.stringGroup(first, last);
    const pieces = this.tokens.slice(first, last + 1);
    const disagree = pieces[0].start !== n.from || pieces[pieces.length - 1].end !== n.to;
    if (disagree) throw syntaxError('invalid syntax', this.tokenLoc(last + 1));
    return e;
  }

  /**
   * Check the run of string tokens starting at token `first` on its own, as CPython's parser
   * does when it reaches it (parse.ts calls this for f-strings before a later parser error).
   */
  checkStringsAt(first: number): void {
    let last = first;
    while (last + 1 < this.tokens.length && this.tokens[last + 1].type === 'STRING') last++;
    this.stringGroup(first, last);
  }

  /** Tokens `first..last` (all STRING): decode and concatenate them. */
  protected stringGroup(first: number, last: number): Expr {
    const pieces = this.tokens.slice(first, last + 1);
    const errLoc = this.tokenLoc(last + 1);
    const loc = this.loc(pieces[0].start, pieces[pieces.length - 1].end);
    const parts = pieces.map((t) => ({ t, ...splitLiteral(t.text) }));
    if (parts.some((p) => p.bytes) && parts.some((p) => !p.bytes)) {
      throw syntaxError('cannot mix bytes and nonbytes literals', errLoc);
    }
    const values: (string | FormattedValue)[] = [];
    let isF = false;
    const push = (v: string | FormattedValue): void => {
      const prev = values[values.length - 1];
      if (typeof v === 'string' && typeof prev === 'string') values[values.length - 1] = prev + v;
      else if (v !== '') values.push(v);
    };
    const shared = this.shared;
    try {
      for (const p of parts) {
        const bodyStart = p.t.start + p.bodyOffset;
        const refuse = (construct: string, from: number, to: number): void =>
          shared.refuse(construct, this.loc(from, to));
        if (p.bytes) {
          this.shared.refuse('bytes literals', this.loc(p.t.start, p.t.end));
          continue;
        }
        if (p.format) {
          isF = true;
          const fvalues = parseFString(p.body, bodyStart, p.raw, {
            refuse,
            loc: (from, to) => this.loc(from, to),
            compile: (text, from, to) => this.shared.fieldExpr(text, from, to, this),
          });
          for (const v of fvalues) push(v);
        } else {
          push(p.raw ? p.body : decodeEscapes(p.body, bodyStart, { refuse }));
        }
      }
    } catch (e) {
      if (e instanceof LiteralError) throw syntaxError(e.message, errLoc);
      throw e;
    }
    if (isF) return { kind: 'JoinedStr', values, loc };
    const value = values.length ? (values[0] as string) : '';
    return { kind: 'Constant', value: { type: 'str', value }, loc };
  }
}
