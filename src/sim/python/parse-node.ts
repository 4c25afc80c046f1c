import type { SyntaxNode } from '@lezer/common';
import type { Expr, Loc } from './ast';
import type { SimError } from './errors';

/**
 * What the Lezer-tree converters (parse-literals.ts, parse-expressions.ts, parse-convert.ts)
 * share: how they walk a node's children, how they stop at Lezer's first error, and the
 * state they report to parse.ts.
 */

/** Thrown when conversion reaches a Lezer error node (or a tree it cannot read). */
export class ReachedError {
  constructor(readonly node: SyntaxNode | null) {}
}

/**
 * For an error the converter raises after looking past its location (at the token after a
 * block, or after the arguments), the offset of that token: it decides whether a tokenizer
 * error comes first.
 */
export const reachOf = new WeakMap<SimError, number>();

/** The scopes that decide what `yield`, `async for` and comprehensions may do. */
export type Scope = 'module' | 'class' | 'def' | 'async def' | 'lambda' | 'list' | 'set' | 'dict' | 'generator';

/** State shared by the converter of a file and those of the f-string fields inside it. */
export interface Shared {
  /** Record the first construct outside the subset (reported after CPython's own errors). */
  refuse(construct: string, loc: Loc): void;
  /** Record an error CPython's symbol table would raise. */
  symtableError(message: string, loc: Loc): void;
  /** Record an error CPython's compiler would raise. */
  compilerError(message: string, loc: Loc): void;
  /**
   * Parse the text of an f-string field at file offsets `[from, to)` as CPython 3.11 does,
   * wrapped in parentheses, and convert it within `parent`'s scopes. Syntax errors get
   * `prefix` ("f-string: " unless told otherwise).
   */
  fieldExpr(text: string, from: number, to: number, parent: { scopes: Scope[] }, prefix?: string): Expr;
}

/**
 * An error node, or a token Lezer's error recovery inserted (a zero-width node around one,
 * like the `=` it adds to read `f(a "b")` as `f(a="b")`).
 */
export function isErrorNode(n: SyntaxNode): boolean {
  if (n.type.isError) return true;
  const c = n.firstChild;
  return n.from === n.to && !!c && c.type.isError;
}

/** A node's children, without comments. */
export function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/** A cursor over a node's children that stops conversion at an error node. */
export class Kids {
  private i = 0;
  constructor(readonly list: SyntaxNode[]) {}
  peek(): SyntaxNode | null {
    const n = this.list[this.i];
    if (!n) return null;
    if (isErrorNode(n)) throw new ReachedError(n);
    return n;
  }
  next(): SyntaxNode {
    const n = this.peek();
    if (!n) throw new ReachedError(null);
    this.i++;
    return n;
  }
  at(...names: string[]): boolean {
    const n = this.peek();
    return n !== null && names.includes(n.name);
  }
  eat(name: string): SyntaxNode | null {
    return this.at(name) ? this.next() : null;
  }
  expect(name: string): SyntaxNode {
    const n = this.next();
    if (n.name !== name) throw new ReachedError(n);
    return n;
  }
  get done(): boolean {
    return this.peek() === null;
  }
}

/** A comma-separated run of expressions, as in `a, *b = c, d`. */
export interface ExprList {
  elts: Expr[];
  /** A bare tuple: more than one element or a trailing comma, without parentheses. */
  bare: boolean;
  from: number;
  to: number;
}

/** Python's keywords (Lezer reads some of them as plain words). */
export const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

/** Could CPython's `bitwise_or` rule have produced `e` (no boolean, comparison, lambda...)? */
export function isBitwiseOr(e: Expr): boolean {
  if (e.kind === 'UnaryOp') return e.op !== 'not';
  return !['BoolOp', 'Compare', 'IfExp', 'Lambda', 'Starred'].includes(e.kind);
}
