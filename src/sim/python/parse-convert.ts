import { STDLIB_MODULES } from '../stdlib/names';
import type { SyntaxNode } from '@lezer/common';
import type { Alias, BinOperator, ExceptHandler, Expr, If, Keyword, Loc, Module, Stmt, Target, WithItem } from './ast';
import { syntaxError } from './errors';
import { ExpressionConverter } from './parse-expressions';
import { Kids, ReachedError, children, isBitwiseOr, reachOf, type ExprList, isErrorNode } from './parse-node';
import { exprName, invalidTarget, invalidTargetMessage } from './parse-targets';

/**
 * Lezer syntax tree → typed AST (ast.ts): the statements. Besides converting, this checks what
 * CPython's grammar rejects and Lezer's more forgiving one accepts (assignment targets,
 * `except A, e`, `try` without `except`, ...), and refuses constructs outside the simulator's
 * subset.
 *
 * The converter walks the tree in source order. When it meets Lezer's first error node it stops
 * by throwing `ReachedError`, and parse.ts words that error the way CPython would; an error the
 * converter raises itself lies before that point, so it is the one CPython reports first.
 */

/** The modules the simulator models. */
const KNOWN_MODULES = new Set(['asyncio', 'time', 'concurrent.futures', ...STDLIB_MODULES]);

export class Converter extends ExpressionConverter {
  module(top: SyntaxNode): Module {
    const body = this.block(this.kids(top));
    return { kind: 'Module', body, loc: this.loc(0, Math.max(0, this.text.length - 1)) };
  }

  protected block(k: Kids): Stmt[] {
    const body: Stmt[] = [];
    while (!k.done) {
      const n = k.next();
      if (n.to > this.stopAt) throw new ReachedError(null);
      body.push(...this.statement(n));
    }
    return body;
  }

  protected body(n: SyntaxNode): Stmt[] {
    if (n.name !== 'Body') throw new ReachedError(n);
    const k = this.kids(n);
    k.expect(':');
    const stmts = this.block(k);
    if (stmts.length === 0) throw new ReachedError(n);
    return stmts;
  }

  /** End offset of a statement list: CPython ends a compound statement at its last child. */
  protected static endOf(stmts: Stmt[]): Loc {
    return stmts[stmts.length - 1].loc;
  }

  protected compoundLoc(from: number, last: Stmt[]): Loc {
    const start = this.loc(from, from);
    const end = Converter.endOf(last);
    return { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol };
  }

  protected statement(n: SyntaxNode): Stmt[] {
    if (isErrorNode(n)) throw new ReachedError(n);
    const loc = this.nodeLoc(n);
    switch (n.name) {
      case 'StatementGroup': {
        const out: Stmt[] = [];
        for (const c of this.kids(n).list) {
          if (isErrorNode(c)) throw new ReachedError(c);
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
        return [{ kind: 'ExprStmt', value: this.yieldExpr(n), loc }];
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
        return [this.functionDef(n, [])];
      case 'ClassDefinition':
        return [this.classDef(n, [])];
      case 'DecoratedStatement': {
        const k = this.kids(n);
        const decorators: Expr[] = [];
        while (k.at('Decorator')) decorators.push(this.decorator(k.next()));
        const def = k.next();
        if (def.name === 'FunctionDefinition') return [this.functionDef(def, decorators)];
        if (def.name === 'ClassDefinition') return [this.classDef(def, decorators)];
        return this.statement(def);
      }
      case 'MatchStatement':
        this.shared.refuse('match statements', loc);
        this.checkSubtree(n);
        return [{ kind: 'Pass', loc }];
      default:
        throw new ReachedError(n);
    }
  }

  /** `@name.attr(args)`: Lezer reads a decorator as dotted names and an optional call. */
  protected decorator(n: SyntaxNode): Expr {
    let e: Expr | null = null;
    let start = n.from;
    for (const c of children(n)) {
      if (isErrorNode(c)) throw new ReachedError(c);
      if (c.name === 'At') start = c.to;
      else if (c.name === 'VariableName') {
        const id = this.identifier(c);
        e = e === null ? { kind: 'Name', id, loc: this.nodeLoc(c) } : { kind: 'Attribute', value: e, attr: id, loc: this.loc(start, c.to) };
      } else if (c.name === 'ArgList') {
        if (e === null) throw new ReachedError(c);
        e = this.call(c, e, start);
      } else if (c.name !== '.') throw new ReachedError(c);
    }
    if (e === null) throw new ReachedError(n);
    return e;
  }

  protected classDef(n: SyntaxNode, decorators: Expr[], from = n.from): Stmt {
    const k = this.kids(n);
    k.expect('class');
    const name = this.identifier(k.expect('VariableName'));
    if (k.at('TypeParamList')) throw this.generic((k.peek() as SyntaxNode).from);
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (k.at('ArgList')) {
      const argList = k.next();
      const call = this.call(argList, { kind: 'Name', id: name, loc: this.nodeLoc(argList) }, argList.from);
      if (call.kind === 'Call') {
        bases = call.args;
        keywords = call.keywords;
        const kw = keywords[0];
        if (kw) this.shared.refuse(`class keyword arguments (${kw.arg ?? '**'}=...)`, kw.loc);
      }
    }
    const body = this.within('class', () => this.body(k.next()));
    return { kind: 'ClassDef', name, bases, keywords, body, decorators, loc: this.compoundLoc(from, body) };
  }

  protected assign(n: SyntaxNode): Stmt {
    const loc = this.nodeLoc(n);
    const groups: SyntaxNode[][] = [[]];
    let annotation: SyntaxNode | null = null;
    const equals: SyntaxNode[] = [];
    const all = children(n);
    let missing: SyntaxNode | null = null;
    for (let i = 0; i < all.length; i++) {
      const c = all[i];
      if (isErrorNode(c)) {
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
    const value = this.listExpr(lists[lists.length - 1]);
    return { kind: 'Assign', targets: targets.map((t) => this.listExpr(t) as Target), value, loc };
  }

  /** `x: int = 1` keeps the assignment and drops the annotation; `x: int` alone does nothing. */
  protected annAssign(
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
    const value = this.listExpr(this.exprListOf(groups[1]));
    return { kind: 'Assign', targets: [first as Target], value, loc };
  }

  /**
   * CPython's messages for a bad assignment target depend on how its second parser pass gets
   * there (Grammar/python.gram: `invalid_named_expression`, then `invalid_assignment`).
   */
  protected checkAssignTargets(
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
  protected hasLooseOperator(n: SyntaxNode): boolean {
    if (n.name === 'ConditionalExpression' || n.name === 'LambdaExpression') return true;
    if (n.name === 'UnaryExpression') return n.firstChild?.name === 'not';
    if (n.name !== 'BinaryExpression') return false;
    const op = n.firstChild?.nextSibling;
    return !!op && ['or', 'and', 'CompareOp', 'in', 'not', 'is'].includes(op.name);
  }

  /** Can CPython's `bitwise_or` rule start at `n` (not at `not`, `lambda`, `*` or `yield`)? */
  protected startsWithBitwiseOr(n: SyntaxNode): boolean {
    let cur: SyntaxNode | null = n;
    while (cur && (cur.name === 'BinaryExpression' || cur.name === 'ConditionalExpression'))
      cur = cur.firstChild;
    if (!cur) return false;
    if (cur.name === 'UnaryExpression') return cur.firstChild?.name !== 'not';
    return !['*', 'LambdaExpression', 'YieldExpression', 'yield', 'lambda', 'not'].includes(cur.name);
  }

  /** The first `bitwise_or` operand of a value, for the end of CPython's error range. */
  protected leadingOperand(list: ExprList): Expr {
    let e = list.elts[0];
    for (;;) {
      if (e.kind === 'BoolOp') e = e.values[0];
      else if (e.kind === 'Compare') e = e.left;
      else if (e.kind === 'IfExp') e = e.body;
      else return e;
    }
  }

  protected augAssign(n: SyntaxNode): Stmt {
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

  protected raise(n: SyntaxNode): Stmt {
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

  protected importStmt(n: SyntaxNode): Stmt {
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

  protected checkModule(name: string, loc: Loc): void {
    if (!KNOWN_MODULES.has(name)) this.shared.refuse(`import of ${name}`, loc);
  }

  protected ifStmt(n: SyntaxNode): If {
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
  protected test(n: SyntaxNode): Expr {
    if (n.name === 'NamedExpression') return this.walrus(n);
    return this.expr(n);
  }

  protected forStmt(n: SyntaxNode): Stmt[] {
    const k = this.kids(n);
    const isAsync = k.eat('async') !== null;
    k.expect('for');
    const targetList = this.exprList(k, ['in']);
    const target = this.listExpr(targetList);
    this.checkTargets([target], 'for');
    k.expect('in');
    const iter = this.listExpr(this.exprList(k, ['Body']));
    if (isAsync && this.functionScope !== 'async def') {
      this.shared.compilerError("'async for' outside async function", this.nodeLoc(n));
    }
    const body = this.body(k.next());
    const orelse = k.eat('else') ? this.body(k.next()) : [];
    const loc = this.compoundLoc(n.from, orelse.length ? orelse : body);
    return [{ kind: 'For', isAsync, target: target as Target, iter, body, orelse, loc }];
  }

  protected tryStmt(n: SyntaxNode): Stmt {
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
  protected afterBlock(stmts: Stmt[]): number {
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

  protected withStmt(n: SyntaxNode): Stmt {
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
  protected withTarget(v: SyntaxNode): Target {
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

  protected functionDef(n: SyntaxNode, decorators: Expr[], from = n.from): Stmt {
    const k = this.kids(n);
    const isAsync = k.eat('async') !== null;
    k.expect('def');
    const name = this.identifier(k.expect('VariableName'));
    if (k.at('TypeParamList')) throw syntaxError("expected '('", this.nodeLoc(k.peek() as SyntaxNode));
    const params = k.expect('ParamList');
    const args = this.parameters(params, false);
    if (k.at('TypeDef')) this.checkSubtree(k.next());
    const body = this.within(isAsync ? 'async def' : 'def', () => this.body(k.next()));
    return { kind: 'FunctionDef', name, isAsync, args, body, decorators, loc: this.compoundLoc(from, body) };
  }
}
