import type { Arguments, Comprehension, Expr, Loc, Module, Stmt } from './ast';

/**
 * The checks CPython makes after parsing, in its two later phases:
 *
 * - the symbol table (Python/symtable.c): duplicate parameters, `global`/`nonlocal` after a
 *   use or an assignment, `nonlocal` without a binding;
 * - the compiler (Python/compile.c): `return`/`break`/`continue`/`await` in the wrong place,
 *   repeated keyword arguments, misplaced starred expressions, a bare `except:` not last.
 *
 * A symbol-table error wins over any compiler error, as in CPython, wherever they are.
 */

export interface Found {
  message: string;
  loc: Loc;
}

export interface ScopeReport {
  symtable: Found | null;
  compiler: Found[];
  /** Constructs the checks meet that the simulator refuses. */
  refused: Found[];
}

const PARAM = 1;
const LOCAL = 2;
const USE = 4;
const GLOBAL = 8;
const NONLOCAL = 16;

type Kind = 'module' | 'class' | 'def' | 'async def' | 'lambda' | 'comprehension';

class Scope {
  readonly flags = new Map<string, number>();
  /** The first `global`/`nonlocal` statement naming each name. */
  readonly directives = new Map<string, Loc>();
  readonly children: Scope[] = [];
  /** The body holds `yield`: the function is a generator. */
  yields = false;
  /** Each `return value` in the body (an error in an async generator). */
  readonly valueReturns: Loc[] = [];
  constructor(
    readonly kind: Kind,
    readonly parent: Scope | null,
    readonly comp: Comprehension | null = null,
  ) {
    parent?.children.push(this);
  }
  add(name: string, flag: number): void {
    this.flags.set(name, (this.flags.get(name) ?? 0) | flag);
  }
  get isFunction(): boolean {
    return this.kind !== 'module' && this.kind !== 'class';
  }
}

export function checkScopes(module: Module): ScopeReport {
  const report: ScopeReport = { symtable: null, compiler: [], refused: [] };
  const symtable = (message: string, loc: Loc): void => {
    if (!report.symtable) report.symtable = { message, loc };
  };
  const compiler = (message: string, loc: Loc): void => {
    report.compiler.push({ message, loc });
  };

  const root = new Scope('module', null);
  let scope = root;
  let loops = 0;

  const enter = <T>(s: Scope, f: () => T): T => {
    const saved = scope;
    const savedLoops = loops;
    scope = s;
    loops = 0;
    try {
      return f();
    } finally {
      scope = saved;
      loops = savedLoops;
    }
  };

  function stmts(list: Stmt[]): void {
    for (const s of list) stmt(s);
  }

  function stmt(s: Stmt): void {
    switch (s.kind) {
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) scope.add(a.asname ?? a.name.split('.')[0], LOCAL);
        return;
      case 'ClassDef':
        for (const d of s.decorators) expr(d);
        for (const b of s.bases) expr(b);
        for (const k of s.keywords) expr(k.value);
        scope.add(s.name, LOCAL);
        enter(new Scope('class', scope), () => stmts(s.body));
        return;
      case 'FunctionDef':
        for (const d of s.decorators) expr(d);
        scope.add(s.name, LOCAL);
        defaults(s.args);
        enter(new Scope(s.isAsync ? 'async def' : 'def', scope), () => {
          params(s.args);
          stmts(s.body);
          // compile.c `compiler_return`: an async generator cannot return a value.
          if (scope.kind === 'async def' && scope.yields && scope.valueReturns.length) {
            compiler("'return' with value in async generator", scope.valueReturns[0]);
          }
        });
        return;
      case 'Return':
        if (s.value) {
          expr(s.value);
          scope.valueReturns.push(s.loc);
        }
        if (!scope.isFunction) compiler("'return' outside function", s.loc);
        return;
      case 'ExprStmt':
        expr(s.value);
        return;
      case 'Assign':
        for (const t of s.targets) target(t);
        expr(s.value);
        return;
      case 'AugAssign':
        target(s.target);
        expr(s.value);
        return;
      case 'Global':
      case 'Nonlocal':
        declare(s.kind, s.names, s.loc);
        return;
      case 'If':
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        return;
      case 'For':
        target(s.target);
        expr(s.iter);
        loops++;
        stmts(s.body);
        loops--;
        stmts(s.orelse);
        return;
      case 'While':
        expr(s.test);
        loops++;
        stmts(s.body);
        loops--;
        stmts(s.orelse);
        return;
      case 'Break':
        if (loops === 0) compiler("'break' outside loop", s.loc);
        return;
      case 'Continue':
        if (loops === 0) compiler("'continue' not properly in loop", s.loc);
        return;
      case 'Try':
        stmts(s.body);
        s.handlers.forEach((h, i) => {
          if (h.type) expr(h.type);
          else if (i < s.handlers.length - 1) compiler("default 'except:' must be last", h.loc);
          if (h.name) scope.add(h.name, LOCAL);
          stmts(h.body);
        });
        stmts(s.orelse);
        stmts(s.finalbody);
        return;
      case 'Raise':
        if (s.exc) expr(s.exc);
        if (s.cause) expr(s.cause);
        return;
      case 'With':
        for (const item of s.items) {
          expr(item.contextExpr);
          if (item.optionalVars) target(item.optionalVars);
        }
        stmts(s.body);
        return;
      case 'Assert':
        expr(s.test);
        if (s.msg) expr(s.msg);
        return;
      case 'Delete':
        for (const t of s.targets) target(t);
        return;
      case 'Pass':
        return;
    }
  }

  function declare(kind: 'Global' | 'Nonlocal', names: string[], loc: Loc): void {
    const word = kind === 'Global' ? 'global' : 'nonlocal';
    for (const name of names) {
      const cur = scope.flags.get(name) ?? 0;
      if (cur & (PARAM | LOCAL | USE)) {
        const message =
          cur & PARAM
            ? `name '${name}' is parameter and ${word}`
            : cur & USE
              ? `name '${name}' is used prior to ${word} declaration`
              : `name '${name}' is assigned to before ${word} declaration`;
        symtable(message, loc);
      }
      scope.add(name, kind === 'Global' ? GLOBAL : NONLOCAL);
      if (!scope.directives.has(name)) scope.directives.set(name, loc);
    }
  }

  function defaults(args: Arguments): void {
    for (const a of [...args.args, ...args.kwonlyargs]) if (a.default) expr(a.default);
  }

  function params(args: Arguments): void {
    const all = [
      ...args.args,
      ...(args.vararg ? [args.vararg] : []),
      ...args.kwonlyargs,
      ...(args.kwarg ? [args.kwarg] : []),
    ];
    for (const a of all) {
      if ((scope.flags.get(a.name) ?? 0) & PARAM) {
        symtable(`duplicate argument '${a.name}' in function definition`, a.loc);
      }
      scope.add(a.name, PARAM);
    }
  }

  /** An assignment, `for`, `with ... as` or `del` target. */
  function target(t: Expr): void {
    switch (t.kind) {
      case 'Name':
        scope.add(t.id, LOCAL);
        return;
      case 'Tuple':
      case 'List': {
        const starred = t.elts.filter((e) => e.kind === 'Starred');
        if (starred.length > 1) compiler('multiple starred expressions in assignment', t.loc);
        for (const e of t.elts) {
          if (e.kind === 'Starred') target(e.value);
          else target(e);
        }
        return;
      }
      case 'Starred':
        compiler('starred assignment target must be in a list or tuple', t.loc);
        target(t.value);
        return;
      case 'Attribute':
        expr(t.value);
        return;
      case 'Subscript':
        expr(t.value);
        expr(t.slice);
        return;
      default:
        expr(t);
    }
  }

  /** `starredOk`: a `*x` is allowed here (a display element or a call argument). */
  function expr(e: Expr, starredOk = false): void {
    switch (e.kind) {
      case 'Name':
        scope.add(e.id, USE);
        return;
      case 'Constant':
        return;
      case 'JoinedStr':
        for (const v of e.values) {
          if (typeof v === 'string') continue;
          expr(v.value);
          if (v.formatSpec) expr(v.formatSpec);
        }
        return;
      case 'BinOp':
        expr(e.left);
        expr(e.right);
        return;
      case 'UnaryOp':
        expr(e.operand);
        return;
      case 'BoolOp':
        for (const v of e.values) expr(v);
        return;
      case 'Compare':
        expr(e.left);
        for (const c of e.comparators) expr(c);
        return;
      case 'Call': {
        expr(e.func);
        for (const a of e.args) expr(a, true);
        const seen = new Set<string>();
        for (const k of e.keywords) {
          if (k.arg !== null) {
            if (seen.has(k.arg)) compiler(`keyword argument repeated: ${k.arg}`, k.loc);
            seen.add(k.arg);
          }
          expr(k.value);
        }
        return;
      }
      case 'Attribute':
        expr(e.value);
        return;
      case 'Subscript':
        expr(e.value);
        expr(e.slice);
        return;
      case 'Slice':
        if (e.lower) expr(e.lower);
        if (e.upper) expr(e.upper);
        if (e.step) expr(e.step);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const v of e.elts) expr(v, true);
        return;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) expr(k);
          expr(e.values[i]);
        });
        return;
      case 'Comprehension':
        comprehension(e);
        return;
      case 'Lambda':
        defaults(e.args);
        enter(new Scope('lambda', scope), () => {
          params(e.args);
          expr(e.body);
        });
        return;
      case 'IfExp':
        expr(e.test);
        expr(e.body);
        expr(e.orelse);
        return;
      case 'Await':
        awaitCheck(e.loc);
        expr(e.value);
        return;
      case 'Yield':
      case 'YieldFrom':
        scope.yields = true;
        if (e.value) expr(e.value);
        return;
      case 'NamedExpr': {
        expr(e.value);
        // PEP 572: the target binds in the nearest scope that is not a comprehension.
        let owner = scope;
        while (owner.kind === 'comprehension' && owner.parent) owner = owner.parent;
        owner.add(e.target.id, LOCAL);
        return;
      }
      case 'Starred':
        if (!starredOk) compiler("can't use starred expression here", e.loc);
        expr(e.value);
        return;
    }
  }

  function comprehension(c: Comprehension): void {
    // The first iterable is evaluated where the comprehension stands.
    expr(c.generators[0].iter);
    enter(new Scope('comprehension', scope, c), () => {
      // compile.c `compiler_comprehension`: `async for` needs an async function around it.
      if (c.generators.some((g) => g.isAsync)) awaitCheck(c.loc);
      c.generators.forEach((g, i) => {
        target(g.target);
        if (i > 0) expr(g.iter);
        for (const cond of g.ifs) expr(cond);
      });
      expr(c.elt);
      if (c.value) expr(c.value);
    });
  }

  /** compile.c, `compiler_visit_expr1` (Await) and `compiler_comprehension`. */
  function awaitCheck(loc: Loc): void {
    let s: Scope | null = scope;
    let outerComp: Comprehension | null = null;
    while (s && s.kind === 'comprehension') {
      // compile.c: a generator expression with `await` or `async for` is an async generator,
      // allowed wherever a generator expression is.
      if (s.comp?.type === 'generator') return;
      outerComp = s.comp;
      s = s.parent;
    }
    const kind = s?.kind ?? 'module';
    if (outerComp) {
      if (kind !== 'async def')
        compiler('asynchronous comprehension outside of an asynchronous function', outerComp.loc);
      return;
    }
    if (kind === 'module' || kind === 'class') compiler("'await' outside function", loc);
    else if (kind !== 'async def') compiler("'await' outside async function", loc);
  }

  stmts(module.body);
  if (report.symtable) return report;

  // symtable.c `analyze_name`: resolve `nonlocal` once every scope is known.
  const analyze = (s: Scope, bound: Set<string> | null): void => {
    for (const [name, flags] of s.flags) {
      if (!(flags & NONLOCAL)) continue;
      const where = s.directives.get(name) as Loc;
      if (flags & GLOBAL) return symtable(`name '${name}' is nonlocal and global`, where);
      if (!bound) return symtable('nonlocal declaration not allowed at module level', where);
      if (!bound.has(name)) return symtable(`no binding for nonlocal '${name}' found`, where);
    }
    let next = bound ?? new Set<string>();
    if (s.isFunction) {
      next = new Set(bound ?? []);
      for (const [name, flags] of s.flags) {
        if (flags & GLOBAL) next.delete(name);
        else if (flags & (PARAM | LOCAL)) next.add(name);
      }
    }
    for (const child of s.children) {
      if (report.symtable) return;
      analyze(child, next);
    }
  };
  analyze(root, null);
  return report;
}
