import type { SyntaxNode } from '@lezer/common';
import type {
  Alias,
  Arg,
  Arguments,
  BinOperator,
  CmpOperator,
  Comprehension,
  ComprehensionFor,
  Constant,
  ExceptHandler,
  Expr,
  FormattedValue,
  If,
  Keyword,
  Loc,
  Module,
  Name,
  Stmt,
  Target,
  TupleExpr,
  WithItem,
} from './ast';
import { SimError, syntaxError } from './errors';
import type { LineMap } from './parse-lines';
import { decodeEscapes, LiteralError, parseFString, splitLiteral } from './parse-strings';
import { exprName, invalidTarget, invalidTargetMessage, type TargetsType } from './parse-targets';
import { tokenAt, type Token } from './parse-tokens';

/**
 * Lezer syntax tree → typed AST (ast.ts), with the checks CPython's grammar makes that Lezer's
 * more forgiving grammar does not (assignment targets, argument and parameter order, `print x`,
 * `except A, e`, ...), and the refusal of constructs outside the simulator's subset.
 *
 * The converter walks the tree in source order. When it meets Lezer's first error node it stops
 * by throwing `ReachedError`, and parse.ts words that error the way CPython would; an error the
 * converter raises itself lies before that point, so it is the one CPython reports first.
 */

/**
 * For an error the converter raises after looking past its location (at the token after a
 * block, or after the arguments), the offset of that token: it decides whether a tokenizer
 * error comes first.
 */
export const reachOf = new WeakMap<SimError, number>();

/** Thrown when conversion reaches a Lezer error node (or a tree it cannot read). */
export class ReachedError {
  constructor(readonly node: SyntaxNode | null) {}
}

/** The modules the simulator models. */
const KNOWN_MODULES = new Set(['asyncio', 'time', 'concurrent.futures']);

type Scope = 'module' | 'def' | 'async def' | 'lambda' | 'list' | 'set' | 'dict' | 'generator';

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
   * wrapped in parentheses, and convert it with `parent`'s scope.
   */
  fieldExpr(text: string, from: number, to: number, parent: Converter, prefix?: string): Expr;
}

function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/** A cursor over a node's children that stops conversion at an error node. */
class Kids {
  private i = 0;
  constructor(
    readonly list: SyntaxNode[],
    readonly owner: SyntaxNode,
  ) {}
  peek(): SyntaxNode | null {
    const n = this.list[this.i];
    if (!n) return null;
    if (n.type.isError) throw new ReachedError(n);
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

const COMPOUND = new Set([
  'IfStatement',
  'WhileStatement',
  'ForStatement',
  'TryStatement',
  'WithStatement',
  'FunctionDefinition',
  'ClassDefinition',
  'DecoratedStatement',
  'MatchStatement',
]);

/** A comma-separated run of expressions, as in `a, *b = c, d`. */
interface ExprList {
  elts: Expr[];
  /** A bare tuple: more than one element or a trailing comma, without parentheses. */
  bare: boolean;
  from: number;
  to: number;
}

export class Converter {
  constructor(
    readonly text: string,
    readonly lines: LineMap,
    readonly tokens: Token[],
    readonly shared: Shared,
    readonly scopes: Scope[] = ['module'],
    /** File offset of a stray INDENT: conversion stops at the statement there. */
    readonly stopAt = Infinity,
  ) {}

  // ------------------------------------------------------------------ helpers

  loc(from: number, to: number): Loc {
    return this.lines.loc(from, to);
  }

  nodeLoc(n: { from: number; to: number }): Loc {
    return this.lines.loc(n.from, n.to);
  }

  private src(n: SyntaxNode): string {
    return this.text.slice(n.from, n.to);
  }

  private kids(n: SyntaxNode): Kids {
    return new Kids(children(n), n);
  }

  private syntax(message: string, from: number, to = from): SimError {
    return syntaxError(message, this.loc(from, to));
  }

  /** The token starting at `offset` (for error positions CPython takes from its tokens). */
  private tokenIndex(offset: number): number {
    return tokenAt(this.tokens, offset);
  }

  private tokenLoc(index: number): Loc {
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

  private get scope(): Scope {
    return this.scopes[this.scopes.length - 1];
  }

  /** The innermost function-like scope (comprehensions are skipped, as for `await`). */
  private get functionScope(): Scope {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i];
      if (s === 'module' || s === 'def' || s === 'async def' || s === 'lambda') return s;
    }
    return 'module';
  }

  private within<T>(scope: Scope, f: () => T): T {
    this.scopes.push(scope);
    try {
      return f();
    } finally {
      this.scopes.pop();
    }
  }

  // ------------------------------------------------------------------ module and statements

  module(top: SyntaxNode): Module {
    const body = this.block(this.kids(top));
    return { kind: 'Module', body, loc: this.loc(0, Math.max(0, this.text.length - 1)) };
  }

  private block(k: Kids): Stmt[] {
    const body: Stmt[] = [];
    while (!k.done) {
      const n = k.next();
      if (n.to > this.stopAt) throw new ReachedError(null);
      body.push(...this.statement(n));
    }
    return body;
  }

  private body(n: SyntaxNode): Stmt[] {
    if (n.name !== 'Body') throw new ReachedError(n);
    const k = this.kids(n);
    k.expect(':');
    const stmts = this.block(k);
    if (stmts.length === 0) throw new ReachedError(n);
    return stmts;
  }

  /** End offset of a statement list: CPython ends a compound statement at its last child. */
  private static endOf(stmts: Stmt[]): Loc {
    return stmts[stmts.length - 1].loc;
  }

  private compoundLoc(from: number, last: Stmt[]): Loc {
    const start = this.loc(from, from);
    const end = Converter.endOf(last);
    return { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol };
  }

  private statement(n: SyntaxNode): Stmt[] {
    if (n.type.isError) throw new ReachedError(n);
    const loc = this.nodeLoc(n);
    switch (n.name) {
      case 'StatementGroup': {
        const out: Stmt[] = [];
        for (const c of this.kids(n).list) {
          if (c.type.isError) throw new ReachedError(c);
          if (c.name !== ';') out.push(...this.statement(c));
        }
        return out;
      }
      case 'ExpressionStatement': {
        const k = this.kids(n);
        const list = this.exprList(k, []);
        return [{ kind: 'ExprStmt', value: this.listExpr(list), loc }];
      }
      case 'AssignStatement':
        return [this.assign(n)];
      case 'UpdateStatement':
        return [this.augAssign(n)];
      case 'DeleteStatement': {
        const k = this.kids(n);
        k.expect('del');
        const list = this.exprList(k, []);
        const targets = list.bare ? list.elts : [list.elts[0]];
        this.checkTargets(list.bare ? [this.listExpr(list)] : targets, 'del');
        return [{ kind: 'Delete', targets: targets as Target[], loc }];
      }
      case 'PassStatement':
        return [{ kind: 'Pass', loc }];
      case 'BreakStatement':
        return [{ kind: 'Break', loc }];
      case 'ContinueStatement':
        return [{ kind: 'Continue', loc }];
      case 'ReturnStatement': {
        const k = this.kids(n);
        k.expect('return');
        const value = k.done ? null : this.listExpr(this.exprList(k, []));
        return [{ kind: 'Return', value, loc }];
      }
      case 'YieldStatement':
        this.yieldExpr(n.firstChild ?? n);
        return [{ kind: 'Pass', loc }];
      case 'RaiseStatement':
        return [this.raise(n)];
      case 'ImportStatement':
        return [this.importStmt(n)];
      case 'ScopeStatement': {
        const k = this.kids(n);
        const kw = k.next();
        const names: string[] = [];
        for (;;) {
          names.push(this.identifier(k.expect('VariableName')));
          if (!k.eat(',')) break;
          if (k.done) throw this.syntax('invalid syntax', n.to);
        }
        if (!k.done) throw new ReachedError(k.peek());
        return [{ kind: kw.name === 'global' ? 'Global' : 'Nonlocal', names, loc }];
      }
      case 'AssertStatement': {
        const k = this.kids(n);
        k.expect('assert');
        const test = this.expr(k.next());
        let msg: Expr | null = null;
        if (k.eat(',')) {
          if (k.done) throw this.generic(n.to);
          msg = this.expr(k.next());
        }
        if (k.at(',')) throw this.generic((k.peek() as SyntaxNode).from);
        return [{ kind: 'Assert', test, msg, loc }];
      }
      case 'PrintStatement':
        // Not produced: parse.ts turns Lezer's Python 2 `print` statement off.
        throw new ReachedError(n);
      case 'TypeDefinition': {
        // `type X = ...` is Python 3.12; 3.11 stops at the second name.
        const name = n.getChild('VariableName');
        throw this.generic(name ? name.from : n.from);
      }
      case 'IfStatement':
        return [this.ifStmt(n)];
      case 'WhileStatement': {
        const k = this.kids(n);
        k.expect('while');
        const test = this.test(k.next());
        const body = this.body(k.next());
        const orelse = k.eat('else') ? this.body(k.next()) : [];
        return [
          { kind: 'While', test, body, orelse, loc: this.compoundLoc(n.from, orelse.length ? orelse : body) },
        ];
      }
      case 'ForStatement':
        return this.forStmt(n);
      case 'TryStatement':
        return [this.tryStmt(n)];
      case 'WithStatement':
        return [this.withStmt(n)];
      case 'FunctionDefinition':
        return [this.functionDef(n)];
      case 'ClassDefinition':
        this.shared.refuse('class definitions', loc);
        this.checkSubtree(n);
        return [{ kind: 'Pass', loc }];
      case 'DecoratedStatement': {
        const k = this.kids(n);
        const first = k.peek() as SyntaxNode;
        this.shared.refuse('decorators', this.nodeLoc(first));
        while (k.at('Decorator')) this.decorator(k.next());
        const def = k.next();
        return def.name === 'FunctionDefinition' ? [this.functionDef(def)] : this.statement(def);
      }
      case 'MatchStatement':
        this.shared.refuse('match statements', loc);
        this.checkSubtree(n);
        return [{ kind: 'Pass', loc }];
      default:
        if (COMPOUND.has(n.name)) throw new ReachedError(n);
        throw new ReachedError(n);
    }
  }

  private generic(offset: number): SimError {
    const i = this.tokenIndex(offset);
    return syntaxError('invalid syntax', this.tokenLoc(i));
  }

  private decorator(n: SyntaxNode): void {
    // Decorators are refused; still read them so an error inside is found in order.
    for (const c of children(n)) {
      if (c.type.isError) throw new ReachedError(c);
      if (c.name === 'ArgList') this.call(c, { kind: 'Name', id: '_', loc: this.nodeLoc(c) }, c.from);
    }
  }

  /**
   * Skipped code (a class body, a match statement, an annotation) is not converted, but an
   * error node inside it still stops conversion, so syntax errors keep their priority.
   */
  private checkSubtree(n: SyntaxNode): void {
    const c = n.cursor();
    let depth = 0;
    for (;;) {
      if (c.type.isError) throw new ReachedError(c.node);
      const skip = c.name === 'String' || c.name === 'FormatString';
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

  /** The value of an f-string field: `(expr)` parsed alone (see Shared.fieldExpr). */
  fieldValue(top: SyntaxNode): Expr {
    const k = this.kids(top);
    const stmt = k.next();
    if (stmt.name !== 'ExpressionStatement') throw new ReachedError(stmt);
    const sk = this.kids(stmt);
    const e = this.expr(sk.next());
    if (!sk.done) throw new ReachedError(sk.peek());
    if (!k.done) throw new ReachedError(k.peek());
    return e;
  }

  private assign(n: SyntaxNode): Stmt {
    const loc = this.nodeLoc(n);
    const groups: SyntaxNode[][] = [[]];
    let annotation: SyntaxNode | null = null;
    const equals: SyntaxNode[] = [];
    const all = children(n);
    let missing: SyntaxNode | null = null;
    for (let i = 0; i < all.length; i++) {
      const c = all[i];
      if (c.type.isError) {
        // `x = ` with nothing after: the targets may still be worth a message (below).
        if (i === all.length - 1 && all[i - 1]?.name === 'AssignOp') {
          missing = c;
          break;
        }
        throw new ReachedError(c);
      }
      if (c.name === 'AssignOp') {
        equals.push(c);
        groups.push([]);
      } else if (c.name === 'TypeDef' && groups.length === 1) {
        annotation = c;
      } else {
        groups[groups.length - 1].push(c);
      }
    }
    if (annotation) {
      if (groups.some((g) => g.length === 0)) throw new ReachedError(null);
      return this.annAssign(n, groups, equals, annotation);
    }
    if (groups.slice(0, -1).some((g) => g.length === 0)) throw new ReachedError(null);
    if (groups[groups.length - 1].length === 0) {
      // `f() =` with nothing after: CPython's `invalid_assignment` still names a bad target.
      for (const g of groups.slice(0, -1)) {
        const bad = invalidTarget(this.listExpr(this.exprListOf(g)), 'star');
        if (bad) throw syntaxError(invalidTargetMessage(bad, 'star'), bad.loc);
      }
      throw new ReachedError(missing);
    }

    const lists = groups.map((g) => this.exprListOf(g));
    const targets = lists.slice(0, -1);
    const valueNodes = groups[groups.length - 1];
    this.checkAssignTargets(targets, groups, valueNodes, equals.length > 1);
    const value = this.valueOrYield(groups[groups.length - 1], lists[lists.length - 1]);
    return { kind: 'Assign', targets: targets.map((t) => this.listExpr(t) as Target), value, loc };
  }

  /** `x: int = 1` keeps the assignment and drops the annotation; `x: int` alone does nothing. */
  private annAssign(
    n: SyntaxNode,
    groups: SyntaxNode[][],
    equals: SyntaxNode[],
    annotation: SyntaxNode,
  ): Stmt {
    const loc = this.nodeLoc(n);
    const targetList = this.exprListOf(groups[0]);
    const first = targetList.elts[0];
    let bad: string | null = null;
    if (targetList.bare) bad = 'only single target (not tuple) can be annotated';
    else if (first.kind === 'List' || first.kind === 'Tuple') {
      bad = `only single target (not ${first.kind.toLowerCase()}) can be annotated`;
    } else if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
      bad = 'illegal target for annotation';
    }
    if (bad) {
      // CPython's first pass stops at the ':'; its `a=expression ':' expression` rules then
      // word the error, but only when the annotation itself is complete.
      try {
        this.checkSubtree(annotation);
      } catch (e) {
        if (e instanceof ReachedError) throw this.generic(annotation.from);
        throw e;
      }
      throw syntaxError(bad, first.loc);
    }
    this.checkSubtree(annotation);
    if (equals.length > 1) throw this.generic(equals[1].from);
    if (equals.length === 0) return { kind: 'Pass', loc };
    const value = this.valueOrYield(groups[1], this.exprListOf(groups[1]));
    return { kind: 'Assign', targets: [first as Target], value, loc };
  }

  private valueOrYield(nodes: SyntaxNode[], list: ExprList): Expr {
    return this.listExpr(list);
  }

  /**
   * CPython's messages for a bad assignment target depend on how its second parser pass gets
   * there (Grammar/python.gram: `invalid_named_expression`, then `invalid_assignment`).
   */
  private checkAssignTargets(
    targets: ExprList[],
    groups: SyntaxNode[][],
    valueNodes: SyntaxNode[],
    chained: boolean,
  ): void {
    const exprs = targets.map((t) => this.listExpr(t));
    const bad = exprs.map((e) => invalidTarget(e, 'star')).find((b) => b !== null) ?? null;
    if (!bad) return;
    // The element right before the first '=' is tried as `a = b` (a named expression):
    // `invalid_named_expression` fires when the right side starts with a `bitwise_or` that no
    // further '=' follows.
    const first = targets[0];
    const last = first.elts[first.elts.length - 1];
    const next = groups[1];
    const spansGroup = next.length === 1 && !this.hasLooseOperator(next[0]);
    if (this.startsWithBitwiseOr(next[0]) && !(chained && spansGroup)) {
      const excluded =
        !isBitwiseOr(last) ||
        last.kind === 'List' ||
        last.kind === 'Tuple' ||
        (last.kind === 'Comprehension' && last.type === 'generator') ||
        (last.kind === 'Constant' && (last.value.type === 'None' || last.value.type === 'bool'));
      if (last.kind === 'Name') {
        const value = this.leadingOperand(this.exprListOf(next));
        throw syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", {
          ...last.loc,
          endLine: value.loc.endLine,
          endCol: value.loc.endCol,
        });
      }
      if (!excluded) {
        throw syntaxError(
          `cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`,
          last.loc,
        );
      }
    }
    throw syntaxError(invalidTargetMessage(bad, 'star'), bad.loc);
  }

  /** Does `n` bind looser than `bitwise_or` (a boolean, comparison or conditional)? */
  private hasLooseOperator(n: SyntaxNode): boolean {
    if (n.name === 'ConditionalExpression' || n.name === 'LambdaExpression') return true;
    if (n.name === 'UnaryExpression') return n.firstChild?.name === 'not';
    if (n.name !== 'BinaryExpression') return false;
    const op = n.firstChild?.nextSibling;
    return !!op && ['or', 'and', 'CompareOp', 'in', 'not', 'is'].includes(op.name);
  }

  /** Can CPython's `bitwise_or` rule start at `n` (not at `not`, `lambda`, `*` or `yield`)? */
  private startsWithBitwiseOr(n: SyntaxNode): boolean {
    let cur: SyntaxNode | null = n;
    while (cur && (cur.name === 'BinaryExpression' || cur.name === 'ConditionalExpression'))
      cur = cur.firstChild;
    if (!cur) return false;
    if (cur.name === 'UnaryExpression') return cur.firstChild?.name !== 'not';
    return !['*', 'LambdaExpression', 'YieldExpression', 'yield', 'lambda', 'not'].includes(cur.name);
  }

  /** The first `bitwise_or` operand of a value, for the end of CPython's error range. */
  private leadingOperand(list: ExprList): Expr {
    let e = list.elts[0];
    for (;;) {
      if (e.kind === 'BoolOp') e = e.values[0];
      else if (e.kind === 'Compare') e = e.left;
      else if (e.kind === 'IfExp') e = e.body;
      else return e;
    }
  }

  private checkTargets(targets: Expr[], type: TargetsType): void {
    for (const t of targets) {
      const bad = invalidTarget(t, type);
      if (bad) throw syntaxError(invalidTargetMessage(bad, type), bad.loc);
    }
  }

  private augAssign(n: SyntaxNode): Stmt {
    const loc = this.nodeLoc(n);
    const k = this.kids(n);
    const left: SyntaxNode[] = [];
    while (!k.at('UpdateOp')) left.push(k.next());
    const opNode = k.next();
    const rest: SyntaxNode[] = [];
    while (!k.done) rest.push(k.next());
    const targetList = this.exprListOf(left);
    const target = this.listExpr(targetList);
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
      throw syntaxError(
        `'${exprName(target)}' is an illegal expression for augmented assignment`,
        target.loc,
      );
    }
    if (rest.length === 0) throw new ReachedError(null);
    const value = this.listExpr(this.exprListOf(rest));
    const op = this.src(opNode).slice(0, -1) as BinOperator;
    return { kind: 'AugAssign', target, op, value, loc };
  }

  private raise(n: SyntaxNode): Stmt {
    const loc = this.nodeLoc(n);
    const k = this.kids(n);
    k.expect('raise');
    if (k.done) return { kind: 'Raise', exc: null, cause: null, loc };
    const exc = this.expr(k.next());
    let cause: Expr | null = null;
    if (k.at(',')) throw this.generic((k.peek() as SyntaxNode).from);
    if (k.eat('from')) cause = this.expr(k.next());
    return { kind: 'Raise', exc, cause, loc };
  }

  private importStmt(n: SyntaxNode): Stmt {
    const loc = this.nodeLoc(n);
    const k = this.kids(n);
    const dotted = (): { name: string; from: number; to: number } => {
      const first = k.expect('VariableName');
      let name = this.identifier(first);
      let to = first.to;
      while (k.at('.')) {
        k.next();
        const part = k.expect('VariableName');
        name += '.' + this.identifier(part);
        to = part.to;
      }
      return { name, from: first.from, to };
    };
    const aliases = (allowTrailing: boolean): Alias[] => {
      const out: Alias[] = [];
      for (;;) {
        const d = dotted();
        let asname: string | null = null;
        let to = d.to;
        if (k.eat('as')) {
          const a = k.expect('VariableName');
          asname = this.identifier(a);
          to = a.to;
        }
        out.push({ name: d.name, asname, loc: this.loc(d.from, to) });
        if (!k.at(',')) break;
        const comma = k.next();
        if (k.done || k.at(')')) {
          if (!allowTrailing) {
            if (kind === 'from') {
              throw syntaxError(
                'trailing comma not allowed without surrounding parentheses',
                this.tokenLoc(this.tokenIndex(comma.to)),
              );
            }
            throw this.generic(comma.to);
          }
          break;
        }
      }
      return out;
    };
    const kind = k.next().name;
    if (kind === 'import') {
      const names = aliases(false);
      if (!k.done) throw new ReachedError(k.peek());
      for (const a of names) this.checkModule(a.name, a.loc);
      return { kind: 'Import', names, loc };
    }
    // from ... import ...
    let dots = 0;
    while (k.at('.', 'Ellipsis')) dots += k.next().name === '.' ? 1 : 3;
    const module = k.at('VariableName') ? dotted() : null;
    k.expect('import');
    if (k.at('*')) {
      k.next();
      this.shared.refuse('star-import', loc);
      return { kind: 'ImportFrom', module: module?.name ?? '', names: [], loc };
    }
    const paren = k.eat('(');
    const names = aliases(paren !== null);
    if (paren) k.expect(')');
    if (!k.done) throw new ReachedError(k.peek());
    if (dots > 0) this.shared.refuse('relative imports', loc);
    else if (module) this.checkModule(module.name, this.loc(module.from, module.to));
    return { kind: 'ImportFrom', module: module?.name ?? '', names, loc };
  }

  private checkModule(name: string, loc: Loc): void {
    if (!KNOWN_MODULES.has(name)) this.shared.refuse(`import of ${name}`, loc);
  }

  private ifStmt(n: SyntaxNode): If {
    const k = this.kids(n);
    k.expect('if');
    const branches: { from: number; test: Expr; body: Stmt[] }[] = [];
    branches.push({ from: n.from, test: this.test(k.next()), body: this.body(k.next()) });
    let orelse: Stmt[] = [];
    while (!k.done) {
      if (k.at('elif')) {
        const kw = k.next();
        branches.push({ from: kw.from, test: this.test(k.next()), body: this.body(k.next()) });
      } else {
        k.expect('else');
        orelse = this.body(k.next());
      }
    }
    let result: If | null = null;
    for (let i = branches.length - 1; i >= 0; i--) {
      const b = branches[i];
      const tail: Stmt[] = result ? [result] : orelse;
      result = {
        kind: 'If',
        test: b.test,
        body: b.body,
        orelse: tail,
        loc: this.compoundLoc(b.from, tail.length ? tail : b.body),
      };
    }
    return result as If;
  }

  /** A condition (`if`, `elif`, `while`): a named expression in CPython's grammar. */
  private test(n: SyntaxNode): Expr {
    if (n.name === 'NamedExpression') return this.walrus(n);
    return this.expr(n);
  }

  private forStmt(n: SyntaxNode): Stmt[] {
    const k = this.kids(n);
    const isAsync = k.eat('async');
    k.expect('for');
    const targetList = this.exprList(k, ['in']);
    const target = this.listExpr(targetList);
    this.checkTargets([target], 'for');
    k.expect('in');
    const iter = this.listExpr(this.exprList(k, ['Body']));
    if (isAsync) {
      if (this.functionScope === 'async def') this.shared.refuse('async for', this.nodeLoc(n));
      else this.shared.compilerError("'async for' outside async function", this.nodeLoc(n));
    }
    const body = this.body(k.next());
    const orelse = k.eat('else') ? this.body(k.next()) : [];
    const loc = this.compoundLoc(n.from, orelse.length ? orelse : body);
    if (isAsync) return [{ kind: 'Pass', loc }];
    return [{ kind: 'For', target: target as Target, iter, body, orelse, loc }];
  }

  private tryStmt(n: SyntaxNode): Stmt {
    const k = this.kids(n);
    k.expect('try');
    const body = this.body(k.next());
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    // CPython wants `except` or `finally` right after the try block.
    if (!k.at('except', 'finally')) {
      const after = this.afterBlock(body);
      const error = syntaxError("expected 'except' or 'finally' block", this.tokenLoc(after));
      reachOf.set(error, this.tokens[after]?.start ?? this.text.length);
      throw error;
    }
    while (k.at('except')) {
      const kw = k.next();
      if (k.at('*')) {
        this.shared.refuse('except* (exception groups)', this.loc(kw.from, (k.peek() as SyntaxNode).to));
        k.next();
      }
      let type: Expr | null = null;
      let name: string | null = null;
      if (!k.at('Body')) {
        type = this.expr(k.next());
        if (k.at(',')) {
          throw syntaxError('multiple exception types must be parenthesized', { ...type.loc });
        }
        if (k.eat('as')) name = this.identifier(k.expect('VariableName'));
      }
      const hbody = this.body(k.next());
      handlers.push({ type, name, body: hbody, loc: this.compoundLoc(kw.from, hbody) });
    }
    if (k.eat('else')) orelse = this.body(k.next());
    if (k.eat('finally')) finalbody = this.body(k.next());
    if (!k.done) throw new ReachedError(k.peek());
    const last = finalbody.length
      ? finalbody
      : orelse.length
        ? orelse
        : handlers.length
          ? handlers[handlers.length - 1].body
          : body;
    return { kind: 'Try', body, handlers, orelse, finalbody, loc: this.compoundLoc(n.from, last) };
  }

  /** The first token after a block (where CPython looks for what follows it). */
  private afterBlock(stmts: Stmt[]): number {
    const end = Converter.endOf(stmts);
    const offset = this.lines.lineStart(end.endLine) + end.endCol;
    let i = this.tokenIndex(offset);
    while (
      i < this.tokens.length &&
      ['NEWLINE', 'DEDENT'].includes(this.tokens[i].type) &&
      this.tokens[i].start < this.text.length - 1
    ) {
      if (this.tokens[i].type === 'DEDENT' && this.tokens[i].start > offset) break;
      i++;
    }
    return i;
  }

  private withStmt(n: SyntaxNode): Stmt {
    const k = this.kids(n);
    const isAsync = k.eat('async') !== null;
    k.expect('with');
    const items: WithItem[] = [];
    for (;;) {
      const e = k.next();
      const contextExpr = this.expr(e);
      let optionalVars: Target | null = null;
      let to = e.to;
      if (k.eat('as')) {
        const v = k.expect('VariableName');
        optionalVars = this.withTarget(v);
        to = v.to;
      }
      items.push({ contextExpr, optionalVars, loc: this.loc(e.from, to) });
      if (!k.eat(',')) break;
    }
    const body = this.body(k.next());
    const loc = this.compoundLoc(n.from, body);
    if (isAsync && this.functionScope !== 'async def') {
      this.shared.compilerError("'async with' outside async function", loc);
    }
    return { kind: 'With', isAsync, items, body, loc };
  }

  /** A `with ... as` target; one other than a name was hidden from Lezer (parse-rewrite.ts). */
  private withTarget(v: SyntaxNode): Target {
    const text = this.src(v);
    if (/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(text)) return this.name(v);
    // CPython names a bad target only when ',' ':' or ')' follows it (`invalid_with_item`).
    const after = this.tokens[this.tokenIndex(v.to)];
    if (!after || after.type !== 'OP' || ![',', ':', ')'].includes(after.text)) throw this.generic(v.to);
    const e = this.shared.fieldExpr(text, v.from, v.to, this, '');
    const bad = invalidTarget(e, 'star');
    if (bad) throw syntaxError(invalidTargetMessage(bad, 'star'), bad.loc);
    return e as Target;
  }

  private functionDef(n: SyntaxNode): Stmt {
    const k = this.kids(n);
    const isAsync = k.eat('async') !== null;
    k.expect('def');
    const name = this.identifier(k.expect('VariableName'));
    if (k.at('TypeParamList')) throw syntaxError("expected '('", this.nodeLoc(k.peek() as SyntaxNode));
    const params = k.expect('ParamList');
    const args = this.parameters(params, false);
    if (k.at('TypeDef')) this.checkSubtree(k.next());
    const body = this.within(isAsync ? 'async def' : 'def', () => this.body(k.next()));
    return { kind: 'FunctionDef', name, isAsync, args, body, loc: this.compoundLoc(n.from, body) };
  }

  /** Parameters of a `def` (`(...)`) or a `lambda` (no parentheses), checked as CPython does. */
  private parameters(n: SyntaxNode, lambda: boolean): Arguments {
    const k = this.kids(n);
    if (!lambda) k.expect('(');
    const args: Arg[] = [];
    const kwonlyargs: Arg[] = [];
    let vararg: Arg | null = null;
    let kwarg: Arg | null = null;
    let seenStar: SyntaxNode | null = null;
    let seenSlash = false;
    let seenDefault = false;
    let count = 0;
    const end = lambda ? null : ')';
    const atEnd = (): boolean => k.done || (end !== null && k.at(end));
    let prevEnd = lambda ? n.from : (k.list[0]?.to ?? n.from);
    for (;;) {
      // Lezer keeps no node for a `/` parameter: look for it in the text before the next node.
      const peeked = k.peek();
      const gap = this.text
        .slice(prevEnd, peeked ? peeked.from : n.to)
        .replace(/#[^\n]*/g, (c) => ' '.repeat(c.length));
      const slashAt = gap.indexOf('/');
      if (slashAt < 0 && atEnd()) break;
      const p: SyntaxNode | { name: '/'; from: number; to: number } =
        slashAt >= 0 ? { name: '/', from: prevEnd + slashAt, to: prevEnd + slashAt + 1 } : k.next();
      if (kwarg) throw syntaxError('arguments cannot follow var-keyword argument', this.nodeLoc(p));
      if (p.name === '/') {
        if (count === 0) throw syntaxError('at least one argument must precede /', this.nodeLoc(p));
        if (seenSlash) throw syntaxError('/ may appear only once', this.nodeLoc(p));
        if (seenStar) throw syntaxError('/ must be ahead of *', this.nodeLoc(p));
        seenSlash = true;
        this.shared.refuse('positional-only parameters (/)', this.nodeLoc(p));
      } else if (p.name === '*') {
        if (seenStar) throw syntaxError('* argument may appear only once', this.nodeLoc(p));
        seenStar = p;
        if (k.at('VariableName')) {
          const v = k.next();
          if (k.at('TypeDef')) this.checkSubtree(k.next());
          if (k.at('AssignOp'))
            throw syntaxError(
              'var-positional argument cannot have default value',
              this.nodeLoc(k.peek() as SyntaxNode),
            );
          vararg = { name: this.identifier(v), default: null, loc: this.nodeLoc(v) };
        } else if (atEnd() || k.at('**') || (k.at(',') && this.afterComma(k, ['**', ')']))) {
          throw syntaxError('named arguments must follow bare *', this.nodeLoc(p));
        }
      } else if (p.name === '**') {
        const v = k.expect('VariableName');
        if (k.at('TypeDef')) this.checkSubtree(k.next());
        if (k.at('AssignOp'))
          throw syntaxError(
            'var-keyword argument cannot have default value',
            this.nodeLoc(k.peek() as SyntaxNode),
          );
        kwarg = { name: this.identifier(v), default: null, loc: this.nodeLoc(v) };
      } else if (p.name === 'VariableName') {
        if (k.at('TypeDef')) this.checkSubtree(k.next());
        let def: Expr | null = null;
        if (k.eat('AssignOp')) {
          if (k.done || k.at(',') || (end !== null && k.at(end))) {
            throw syntaxError('expected default value expression', this.nodeLoc(p));
          }
          def = this.expr(k.next());
        }
        const arg: Arg = { name: this.identifier(p), default: def, loc: this.nodeLoc(p) };
        if (seenStar) {
          kwonlyargs.push(arg);
        } else {
          if (def) seenDefault = true;
          else if (seenDefault)
            throw syntaxError('non-default argument follows default argument', this.nodeLoc(p));
          args.push(arg);
        }
      } else {
        throw new ReachedError(p as SyntaxNode);
      }
      count++;
      if (p.name === '/') {
        prevEnd = p.to;
        if (k.at(',')) prevEnd = k.next().to;
      } else if (!atEnd()) prevEnd = k.expect(',').to;
    }
    if (!lambda) k.expect(')');
    return { args, vararg, kwonlyargs, kwarg };
  }

  /** After a comma: is the next parameter one of `names` (or the end)? */
  private afterComma(k: Kids, names: string[]): boolean {
    const i = k.list.indexOf(k.peek() as SyntaxNode);
    const after = k.list[i + 1];
    return !after || names.includes(after.name);
  }

  // ------------------------------------------------------------------ expressions

  identifier(n: SyntaxNode): string {
    const s = this.src(n);
    // CPython stores identifiers NFKC-normalized (PEP 3131).
    return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC');
  }

  private name(n: SyntaxNode): Name {
    return { kind: 'Name', id: this.identifier(n), loc: this.nodeLoc(n) };
  }

  /** Comma-separated expressions (with `*x` items) from the cursor, up to one of `stop`. */
  private exprList(k: Kids, stop: string[]): ExprList {
    const elts: Expr[] = [];
    let commas = 0;
    let from = -1;
    let to = -1;
    while (!k.done && !k.at(...stop)) {
      const c = k.next();
      if (from < 0) from = c.from;
      let e: Expr;
      if (c.name === '*') {
        const v = k.next();
        e = { kind: 'Starred', value: this.expr(v), loc: this.loc(c.from, v.to) };
        to = v.to;
      } else {
        e = this.expr(c);
        to = c.to;
      }
      elts.push(e);
      if (!k.at(',')) break;
      to = k.next().to;
      commas++;
    }
    if (elts.length === 0) throw new ReachedError(k.peek());
    return { elts, bare: commas > 0, from, to };
  }

  private exprListOf(nodes: SyntaxNode[]): ExprList {
    return this.exprList(new Kids(nodes, nodes[0]), []);
  }

  private listExpr(list: ExprList): Expr {
    if (!list.bare) return list.elts[0];
    const t: TupleExpr = { kind: 'Tuple', elts: list.elts, loc: this.loc(list.from, list.to) };
    return t;
  }

  expr(n: SyntaxNode): Expr {
    if (n.type.isError) throw new ReachedError(n);
    const loc = this.nodeLoc(n);
    switch (n.name) {
      case 'VariableName':
        return this.name(n);
      case 'Number':
        return this.number(n);
      case 'String':
      case 'FormatString':
      case 'ContinuedString':
        return this.strings(n);
      case 'Ellipsis':
        return { kind: 'Constant', value: { type: 'Ellipsis' }, loc };
      case 'None':
        return { kind: 'Constant', value: { type: 'None' }, loc };
      case 'Boolean':
        return { kind: 'Constant', value: { type: 'bool', value: this.src(n) === 'True' }, loc };
      case 'BinaryExpression':
        return this.isBoolean(n) ? this.booleans(n) : this.binary(n);
      case 'UnaryExpression': {
        if (this.isBoolean(n)) return this.booleans(n);
        const k = this.kids(n);
        const op = k.next();
        const operand = this.expr(k.next());
        const text = this.src(op);
        return { kind: 'UnaryOp', op: text as '-' | '+' | '~' | 'not', operand, loc };
      }
      case 'AwaitExpression': {
        const k = this.kids(n);
        k.expect('await');
        return { kind: 'Await', value: this.expr(k.next()), loc };
      }
      case 'ParenthesizedExpression': {
        if (this.src(n) === 'yield') return this.yieldExpr(n);
        const k = this.kids(n);
        k.expect('(');
        const inner = k.next();
        if (inner.name === '*') {
          const v = k.next();
          throw syntaxError('cannot use starred expression here', this.loc(inner.from, v.to));
        }
        const e = inner.name === 'NamedExpression' ? this.walrus(inner) : this.expr(inner);
        k.expect(')');
        return e;
      }
      case 'TupleExpression': {
        const k = this.kids(n);
        k.expect('(');
        const elts = k.at(')') ? [] : this.exprList(k, [')']).elts;
        k.expect(')');
        return { kind: 'Tuple', elts, loc };
      }
      case 'ArrayExpression': {
        const k = this.kids(n);
        k.expect('[');
        const elts = k.at(']') ? [] : this.exprList(k, [']']).elts;
        k.expect(']');
        return { kind: 'List', elts, loc };
      }
      case 'SetExpression': {
        const k = this.kids(n);
        k.expect('{');
        const elts = this.exprList(k, ['}']).elts;
        k.expect('}');
        return { kind: 'Set', elts, loc };
      }
      case 'DictionaryExpression':
        return this.dict(n);
      case 'ComprehensionExpression':
        return this.comprehension(n, 'generator');
      case 'ArrayComprehensionExpression':
        return this.comprehension(n, 'list');
      case 'SetComprehensionExpression':
        return this.comprehension(n, 'set');
      case 'DictionaryComprehensionExpression':
        return this.comprehension(n, 'dict');
      case 'CallExpression': {
        const k = this.kids(n);
        const func = this.expr(k.next());
        return this.call(k.expect('ArgList'), func, n.from);
      }
      case 'MemberExpression':
        return this.member(n);
      case 'ConditionalExpression': {
        const k = this.kids(n);
        const body = this.expr(k.next());
        k.expect('if');
        const test = this.expr(k.next());
        k.expect('else');
        const orelse = this.expr(k.next());
        return { kind: 'IfExp', test, body, orelse, loc };
      }
      case 'LambdaExpression': {
        const k = this.kids(n);
        k.expect('lambda');
        const params = k.at('ParamList')
          ? this.parameters(k.next(), true)
          : { args: [], vararg: null, kwonlyargs: [], kwarg: null };
        k.expect(':');
        const body = this.within('lambda', () => this.expr(k.next()));
        return { kind: 'Lambda', args: params, body, loc };
      }
      case 'NamedExpression':
        return this.walrus(n);
      case 'YieldExpression':
        return this.yieldExpr(n);
      default:
        throw new ReachedError(n);
    }
  }

  private walrus(n: SyntaxNode): Expr {
    this.shared.refuse('the walrus operator (:=)', this.nodeLoc(n));
    const k = this.kids(n);
    k.next();
    k.expect('AssignOp');
    return this.expr(k.next());
  }

  /** `yield` is outside the subset, but CPython's "'yield' outside function" comes first. */
  private yieldExpr(n: SyntaxNode): Expr {
    const loc = this.nodeLoc(n);
    const scope = this.scope;
    if (scope === 'list' || scope === 'set' || scope === 'dict' || scope === 'generator') {
      const what = scope === 'generator' ? 'generator expression' : `${scope} comprehension`;
      this.shared.symtableError(`'yield' inside ${what}`, loc);
    } else if (this.functionScope === 'module') {
      this.shared.compilerError("'yield' outside function", loc);
    } else {
      this.shared.refuse('yield (generators)', loc);
    }
    if (n.name === 'ParenthesizedExpression') return { kind: 'Constant', value: { type: 'None' }, loc };
    for (const c of children(n)) {
      if (c.type.isError) throw new ReachedError(c);
      if (c.name !== 'yield' && c.name !== 'from' && c.name !== ',' && c.name !== '*') this.expr(c);
    }
    return { kind: 'Constant', value: { type: 'None' }, loc };
  }

  private number(n: SyntaxNode): Constant {
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

  /** `and`, `or` or `not` at the top of `n`. */
  private isBoolean(n: SyntaxNode): boolean {
    const first = n.firstChild;
    if (n.name === 'UnaryExpression') return first?.name === 'not';
    const op = first?.nextSibling;
    return n.name === 'BinaryExpression' && (op?.name === 'and' || op?.name === 'or');
  }

  /**
   * `not`, `and` and `or`. Lezer's `not` takes everything to its right (`not a and b` comes
   * out as `not (a and b)`), so flatten the region into operands and operators and parse it
   * again with Python's precedence: `or` < `and` < `not`.
   */
  private booleans(top: SyntaxNode): Expr {
    type Item = { op: 'and' | 'or' | 'not'; node: SyntaxNode } | { op: null; node: SyntaxNode };
    const items: Item[] = [];
    const stack: SyntaxNode[] = [top];
    while (stack.length) {
      const n = stack.pop() as SyntaxNode;
      if (n.type.isError) throw new ReachedError(n);
      if (this.isBoolean(n)) {
        const k = children(n);
        for (const c of k) if (c.type.isError) throw new ReachedError(c);
        // Push in reverse so items come out in source order.
        for (let i = k.length - 1; i >= 0; i--) stack.push(k[i]);
      } else if (n.name === 'and' || n.name === 'or' || n.name === 'not') {
        items.push({ op: n.name, node: n });
      } else {
        items.push({ op: null, node: n });
      }
    }
    // CPython's locations run from the first token to the last, parentheses included.
    interface Part {
      e: Expr;
      from: number;
      to: number;
    }
    let pos = 0;
    const peek = (): Item | undefined => items[pos];
    const chain = (op: 'and' | 'or', next: () => Part): Part => {
      const parts = [next()];
      while (peek()?.op === op) {
        pos++;
        parts.push(next());
      }
      if (parts.length === 1) return parts[0];
      const from = parts[0].from;
      const to = parts[parts.length - 1].to;
      return { e: { kind: 'BoolOp', op, values: parts.map((p) => p.e), loc: this.loc(from, to) }, from, to };
    };
    const notExpr = (): Part => {
      const nots: SyntaxNode[] = [];
      while (peek()?.op === 'not') nots.push((items[pos++] as Item).node);
      const item = items[pos++];
      if (!item || item.op !== null) throw new ReachedError(item?.node ?? top);
      let e = this.expr(item.node);
      for (let i = nots.length - 1; i >= 0; i--) {
        e = { kind: 'UnaryOp', op: 'not', operand: e, loc: this.loc(nots[i].from, item.node.to) };
      }
      return { e, from: nots.length ? nots[0].from : item.node.from, to: item.node.to };
    };
    const andExpr = (): Part => chain('and', notExpr);
    return chain('or', andExpr).e;
  }

  private binary(top: SyntaxNode): Expr {
    // Walk the left spine iteratively: `1 + 2 + ... + n` nests to the left in Lezer's tree.
    const spine: { node: SyntaxNode; op: string; right: SyntaxNode }[] = [];
    let cur = top;
    let leftmost: SyntaxNode;
    for (;;) {
      const k = this.kids(cur);
      const left = k.next();
      const opNode = k.next();
      let op =
        opNode.name === 'ArithOp' || opNode.name === 'BitOp' || opNode.name === 'CompareOp'
          ? this.src(opNode)
          : opNode.name;
      if (op === 'not') {
        k.expect('in');
        op = 'not in';
      } else if (op === 'is' && k.eat('not')) {
        op = 'is not';
      }
      if (op === '<>') throw this.generic(opNode.from);
      const right = k.next();
      // `a == not b`: Lezer allows `not` there, Python's grammar does not.
      if (right.name === 'UnaryExpression' && right.firstChild?.name === 'not')
        throw this.generic(right.from);
      spine.push({ node: cur, op, right });
      if (left.name === 'BinaryExpression') {
        cur = left;
        continue;
      }
      leftmost = left;
      break;
    }
    let acc = this.expr(leftmost);
    let chained = false;
    for (let i = spine.length - 1; i >= 0; i--) {
      const { node, op, right } = spine[i];
      const loc = this.nodeLoc(node);
      const r = this.expr(right);
      if (CMP_OPS.has(op)) {
        if (chained && acc.kind === 'Compare')
          acc = { ...acc, ops: [...acc.ops, op as CmpOperator], comparators: [...acc.comparators, r], loc };
        else acc = { kind: 'Compare', left: acc, ops: [op as CmpOperator], comparators: [r], loc };
      } else {
        acc = { kind: 'BinOp', left: acc, op: op as BinOperator, right: r, loc };
      }
      chained = true;
    }
    return acc;
  }

  private dict(n: SyntaxNode): Expr {
    const k = this.kids(n);
    k.expect('{');
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    while (!k.at('}')) {
      if (k.eat('**')) {
        keys.push(null);
        values.push(this.expr(k.next()));
      } else {
        keys.push(this.expr(k.next()));
        k.expect(':');
        values.push(this.expr(k.next()));
      }
      if (!k.eat(',')) break;
    }
    k.expect('}');
    return { kind: 'Dict', keys, values, loc: this.nodeLoc(n) };
  }

  private comprehension(n: SyntaxNode, type: Comprehension['type']): Expr {
    const k = this.kids(n);
    const open = k.next();
    let elt: Expr;
    let value: Expr | null = null;
    if (k.at('*')) {
      const star = k.next();
      const v = k.next();
      throw syntaxError('iterable unpacking cannot be used in comprehension', this.loc(star.from, v.to));
    }
    if (k.at('**')) {
      throw syntaxError('dict unpacking cannot be used in dict comprehension', this.nodeLoc(k.next()));
    }
    // The first iterable is evaluated in the enclosing scope; the rest inside the comprehension.
    const eltNode = k.next();
    let valueNode: SyntaxNode | null = null;
    if (type === 'dict') {
      k.expect(':');
      valueNode = k.next();
    }
    const generators = this.forIfClauses(k, type, [open.name === '(' ? ')' : open.name === '[' ? ']' : '}']);
    k.next();
    return this.within(type, () => {
      elt = this.expr(eltNode);
      if (valueNode) value = this.expr(valueNode);
      const g = generators();
      return { kind: 'Comprehension', type, elt, value, generators: g, loc: this.nodeLoc(n) };
    });
  }

  /**
   * Read `for ... in ... if ...` clauses. The first clause's iterable is converted now (it
   * belongs to the enclosing scope); the returned function converts the rest inside the
   * comprehension's scope.
   */
  private forIfClauses(k: Kids, type: Comprehension['type'], stop: string[]): () => ComprehensionFor[] {
    interface Raw {
      from: number;
      isAsync: boolean;
      targets: SyntaxNode[];
      iter: SyntaxNode;
      ifs: SyntaxNode[];
      to: number;
    }
    const raws: Raw[] = [];
    while (!k.done && !k.at(...stop)) {
      const first = k.peek() as SyntaxNode;
      const isAsync = k.eat('async') !== null;
      k.expect('for');
      const targets: SyntaxNode[] = [];
      while (!k.at('in')) targets.push(k.next());
      k.expect('in');
      const iter = k.next();
      const ifs: SyntaxNode[] = [];
      while (k.at('if')) {
        k.next();
        ifs.push(k.next());
      }
      raws.push({ from: first.from, isAsync, targets, iter, ifs, to: (ifs[ifs.length - 1] ?? iter).to });
    }
    const firstIter = raws.length ? this.expr(raws[0].iter) : null;
    return () =>
      raws.map((r, i) => {
        if (r.isAsync) {
          if (this.functionScope === 'async def')
            this.shared.refuse('async comprehensions', this.loc(r.from, r.to));
          else
            this.shared.compilerError(
              'asynchronous comprehension outside of an asynchronous function',
              this.loc(r.from, r.to),
            );
        }
        const target = this.listExpr(this.exprListOf(r.targets));
        this.checkTargets([target], 'for');
        const iter = i === 0 && firstIter ? firstIter : this.expr(r.iter);
        const ifs = r.ifs.map((c) => this.expr(c));
        void type;
        return { target: target as Target, iter, ifs, isAsync: r.isAsync, loc: this.loc(r.from, r.to) };
      });
  }

  call(argList: SyntaxNode, func: Expr, from: number): Expr {
    const k = this.kids(argList);
    k.expect('(');
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    const groups: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    while (!k.at(')')) {
      const c = k.next();
      if (c.name === ',') {
        groups.push(cur);
        cur = [];
      } else {
        cur.push(c);
      }
    }
    if (cur.length) groups.push(cur);
    k.expect(')');
    const callLoc = this.loc(from, argList.to);
    for (const g of groups) {
      if (g.length === 0) throw this.generic(argList.to);
      const head = g[0];
      if (head.name === '*') {
        const v = g[1];
        if (sawDoubleStar)
          throw syntaxError(
            'iterable argument unpacking follows keyword argument unpacking',
            this.nodeLoc(head),
          );
        args.push({ kind: 'Starred', value: this.expr(v), loc: this.loc(head.from, v.to) });
      } else if (head.name === '**') {
        sawDoubleStar = true;
        const v = g[1];
        keywords.push({ arg: null, value: this.expr(v), loc: this.loc(head.from, v.to) });
      } else if (g.length > 1 && g[1].name === 'AssignOp') {
        const op = g[1];
        if (this.src(op) === ':=') {
          this.shared.refuse('the walrus operator (:=)', this.loc(head.from, g[2].to));
          args.push(this.expr(g[2]));
          continue;
        }
        if (g.length > 3 && (g[3].name === 'for' || g[3].name === 'async')) {
          throw syntaxError(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            this.loc(head.from, op.to),
          );
        }
        sawKeyword = true;
        keywords.push({
          arg: this.identifier(head),
          value: this.expr(g[2]),
          loc: this.loc(head.from, g[2].to),
        });
      } else if (g.length > 1 && (g[1].name === 'for' || g[1].name === 'async')) {
        // A generator expression without its own parentheses: only as the sole argument.
        if (groups.length > 1) {
          const last = g[g.length - 1];
          throw syntaxError('Generator expression must be parenthesized', this.loc(head.from, last.to));
        }
        const gk = new Kids(g.slice(1), argList);
        const generators = this.forIfClauses(gk, 'generator', []);
        const genLoc = this.loc(argList.from, argList.to);
        args.push(
          this.within('generator', () => ({
            kind: 'Comprehension',
            type: 'generator',
            elt: this.expr(head),
            value: null,
            generators: generators(),
            loc: genLoc,
          })),
        );
      } else {
        if (sawKeyword || sawDoubleStar) {
          const message = sawDoubleStar
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument';
          // CPython points at the token after the arguments (the last one its parser read).
          const lastGroup = groups[groups.length - 1];
          const last = lastGroup[lastGroup.length - 1];
          const after = this.tokenIndex(last.to);
          const error = syntaxError(message, this.tokenLoc(after));
          reachOf.set(error, this.tokens[after]?.start ?? this.text.length);
          throw error;
        }
        if (g.length > 1) throw new ReachedError(g[1]);
        args.push(this.expr(head));
      }
    }
    return { kind: 'Call', func, args, keywords, loc: callLoc };
  }

  private member(n: SyntaxNode): Expr {
    const k = this.kids(n);
    const value = this.expr(k.next());
    if (k.eat('.')) {
      const prop = k.expect('PropertyName');
      // Lezer allows any word after the dot; Python does not allow a keyword.
      if (KEYWORDS.has(this.src(prop))) throw this.generic(prop.from);
      return { kind: 'Attribute', value, attr: this.identifier(prop), loc: this.nodeLoc(n) };
    }
    const open = k.expect('[');
    const items: Expr[] = [];
    let commas = 0;
    while (!k.at(']')) {
      const parts: (SyntaxNode | null)[] = [null];
      let colons = 0;
      const from = (k.peek() as SyntaxNode).from;
      let to = from;
      while (!k.at(']', ',')) {
        const c = k.next();
        to = c.to;
        if (c.name === ':') {
          colons++;
          parts.push(null);
        } else {
          parts[parts.length - 1] = c;
        }
      }
      const conv = (c: SyntaxNode | null): Expr | null =>
        c ? (c.name === 'NamedExpression' ? this.walrus(c) : this.expr(c)) : null;
      if (colons === 0) {
        items.push(conv(parts[0]) as Expr);
      } else {
        items.push({
          kind: 'Slice',
          lower: conv(parts[0]),
          upper: conv(parts[1]),
          step: conv(parts[2] ?? null),
          loc: this.loc(from, to),
        });
      }
      if (!k.eat(',')) break;
      commas++;
    }
    const close = k.expect(']');
    const slice: Expr =
      commas === 0 && items.length === 1
        ? items[0]
        : {
            kind: 'Tuple',
            elts: items,
            loc: this.loc(items[0]?.loc ? this.offsetOf(items[0].loc) : open.to, close.from),
          };
    return { kind: 'Subscript', value, slice, loc: this.nodeLoc(n) };
  }

  private offsetOf(loc: Loc): number {
    return this.lines.lineStart(loc.line) + loc.col;
  }

  // ------------------------------------------------------------------ strings

  /**
   * A run of adjacent string literals. Boundaries come from the CPython-style tokens, not from
   * Lezer: in 3.11 `f"{x["a"]}"` ends at the second quote, whatever a 3.12-aware grammar says.
   */
  private strings(n: SyntaxNode): Expr {
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
  private stringGroup(first: number, last: number): Expr {
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

/** Could CPython's `bitwise_or` rule have produced `e` (no boolean, comparison, lambda...)? */
function isBitwiseOr(e: Expr): boolean {
  if (e.kind === 'UnaryOp') return e.op !== 'not';
  return !['BoolOp', 'Compare', 'IfExp', 'Lambda', 'Starred'].includes(e.kind);
}

const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

const CMP_OPS = new Set(['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in']);
