import type { SyntaxNode } from '@lezer/common';
import type {
  Arg,
  Arguments,
  BinOperator,
  CmpOperator,
  Comprehension,
  ComprehensionFor,
  Expr,
  Keyword,
  Target,
  TupleExpr,
} from './ast';
import { syntaxError } from './errors';
import { ConverterBase } from './parse-literals';
import { Kids, KEYWORDS, ReachedError, children, reachOf, type ExprList, isErrorNode } from './parse-node';
import { exprName } from './parse-targets';

/**
 * Lezer expression nodes → ast.ts expressions, with the checks CPython's grammar makes that
 * Lezer's does not (argument and parameter order, starred and keyword misuse, `a == not b`),
 * and Lezer's `not` precedence corrected.
 */
export class ExpressionConverter extends ConverterBase {
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

  /** Parameters of a `def` (`(...)`) or a `lambda` (no parentheses), checked as CPython does. */
  protected parameters(n: SyntaxNode, lambda: boolean): Arguments {
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
  protected afterComma(k: Kids, names: string[]): boolean {
    const i = k.list.indexOf(k.peek() as SyntaxNode);
    const after = k.list[i + 1];
    return !after || names.includes(after.name);
  }

  /** Comma-separated expressions (with `*x` items) from the cursor, up to one of `stop`. */
  protected exprList(k: Kids, stop: string[]): ExprList {
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

  protected exprListOf(nodes: SyntaxNode[]): ExprList {
    return this.exprList(new Kids(nodes), []);
  }

  protected listExpr(list: ExprList): Expr {
    if (!list.bare) return list.elts[0];
    const t: TupleExpr = { kind: 'Tuple', elts: list.elts, loc: this.loc(list.from, list.to) };
    return t;
  }

  /**
   * The primary an enclosing `await` applies to. Lezer parses `await a + 1` as
   * `await (a + 1)`; CPython's grammar (`await_primary: AWAIT primary`) binds `await` tighter
   * than every binary operator, so the converter moves it onto the leftmost operand.
   */
  private awaitTarget: { node: SyntaxNode; from: number } | null = null;

  expr(n: SyntaxNode): Expr {
    const target = this.awaitTarget;
    if (target !== null && target.node.from === n.from && target.node.to === n.to && target.node.name === n.name) {
      this.awaitTarget = null;
      const value = this.expr(n);
      return { kind: 'Await', value, loc: this.loc(target.from, n.to) };
    }
    if (isErrorNode(n)) throw new ReachedError(n);
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
        const operand = k.next();
        let primary = operand;
        while ((primary.name === 'BinaryExpression' || primary.name === 'ConditionalExpression') && primary.firstChild) {
          primary = primary.firstChild;
        }
        // `-x`, `~x` and `await x` are no primary: CPython's parser stops at their first token.
        if ((primary.name === 'UnaryExpression' || primary.name === 'AwaitExpression') && primary.firstChild) {
          throw syntaxError('invalid syntax', this.loc(primary.firstChild.from, primary.firstChild.to));
        }
        if (primary === operand) return { kind: 'Await', value: this.expr(operand), loc };
        const saved = this.awaitTarget;
        this.awaitTarget = { node: primary, from: n.from };
        try {
          const e = this.expr(operand);
          // Every node on the way down to the await starts where `await` does, as in CPython.
          for (let x: Expr | undefined = e; x && x.kind !== 'Await'; ) {
            x.loc = { ...x.loc, line: loc.line, col: loc.col };
            x = x.kind === 'BinOp' ? x.left : x.kind === 'BoolOp' ? x.values[0] : x.kind === 'Compare' ? x.left : x.kind === 'IfExp' ? x.body : undefined;
          }
          return e;
        } finally {
          this.awaitTarget = saved;
        }
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

  protected walrus(n: SyntaxNode): Expr {
    const k = this.kids(n);
    const t = k.next();
    k.expect('AssignOp');
    return this.namedExpr(t, k.next(), n.from, n.to);
  }

  protected namedExpr(t: SyntaxNode, v: SyntaxNode, from: number, to: number): Expr {
    const target = this.expr(t);
    if (target.kind !== 'Name') throw syntaxError(`cannot use assignment expressions with ${exprName(target)}`, target.loc);
    return { kind: 'NamedExpr', target, value: this.expr(v), loc: this.loc(from, to) };
  }

  /**
   * `yield`, `yield x`, `yield a, *b` and `yield from x`, as an expression or (for
   * `YieldStatement`) a statement: both list the keyword, then the operand's nodes. A bare
   * `yield` reaches here as the `(...)` the rewrite made of it.
   */
  protected yieldExpr(n: SyntaxNode): Expr {
    const loc = this.nodeLoc(n);
    const scope = this.scope;
    if (scope === 'list' || scope === 'set' || scope === 'dict' || scope === 'generator') {
      const what = scope === 'generator' ? 'generator expression' : `${scope} comprehension`;
      this.shared.symtableError(`'yield' inside ${what}`, loc);
    } else if (this.functionScope === 'module') {
      this.shared.compilerError("'yield' outside function", loc);
    } else if (this.functionScope === 'lambda') {
      this.shared.refuse("'yield' inside a lambda", loc);
    }
    if (n.name === 'ParenthesizedExpression') return { kind: 'Yield', value: null, loc };
    const k = this.kids(n);
    for (const c of k.list) if (isErrorNode(c)) throw new ReachedError(c);
    k.expect('yield');
    if (k.eat('from')) {
      // compile.c `compiler_visit_expr1` (YieldFrom_kind).
      if (this.functionScope === 'async def') this.shared.compilerError("'yield from' inside async function", loc);
      return { kind: 'YieldFrom', value: this.expr(k.next()), loc };
    }
    if (k.done) return { kind: 'Yield', value: null, loc };
    return { kind: 'Yield', value: this.listExpr(this.exprList(k, [])), loc };
  }

  /** `and`, `or` or `not` at the top of `n`. */
  protected isBoolean(n: SyntaxNode): boolean {
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
  protected booleans(top: SyntaxNode): Expr {
    type Item = { op: 'and' | 'or' | 'not'; node: SyntaxNode } | { op: null; node: SyntaxNode };
    const items: Item[] = [];
    const stack: SyntaxNode[] = [top];
    while (stack.length) {
      const n = stack.pop() as SyntaxNode;
      if (isErrorNode(n)) throw new ReachedError(n);
      if (this.isBoolean(n)) {
        const k = children(n);
        for (const c of k) if (isErrorNode(c)) throw new ReachedError(c);
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

  protected binary(top: SyntaxNode): Expr {
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

  protected dict(n: SyntaxNode): Expr {
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

  protected comprehension(n: SyntaxNode, type: Comprehension['type']): Expr {
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
  protected forIfClauses(k: Kids, type: Comprehension['type'], stop: string[]): () => ComprehensionFor[] {
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
        // Whether `async for` may stand here is the compiler's question (parse-scope.ts).
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
          args.push(this.namedExpr(head, g[2], head.from, g[2].to));
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
        const gk = new Kids(g.slice(1));
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

  protected member(n: SyntaxNode): Expr {
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
}

const CMP_OPS = new Set(['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in']);
