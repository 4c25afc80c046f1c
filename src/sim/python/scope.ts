/**
 * Name resolution, decided before the program runs, the way CPython's symtable.c does it:
 * a name bound anywhere in a function is local to the whole function (so reading it early is
 * UnboundLocalError, not a read of the global), unless declared `global` or `nonlocal`.
 */
import type * as A from './ast';

/** How a `Name` is looked up at run time. */
export type Resolution =
  | { kind: 'local' }
  | { kind: 'global' }
  /** A variable of an enclosing function, `depth` scopes out. */
  | { kind: 'free'; depth: number }
  /** A name bound in a class body: the class namespace, then globals and builtins (LOAD_NAME). */
  | { kind: 'name' };

const LOCAL: Resolution = { kind: 'local' };
const GLOBAL: Resolution = { kind: 'global' };
const CLASS_NAME: Resolution = { kind: 'name' };

export interface ScopeTable {
  /** The resolution of every Name node, by node. */
  names: Map<A.Name, Resolution>;
  /** Locals of each function or lambda or comprehension, by its node. */
  locals: Map<A.AnyNode, Set<string>>;
}

interface Scope {
  node: A.AnyNode;
  parent: Scope | null;
  isModule: boolean;
  /** A class body: its names are invisible to the functions defined in it (symtable.c). */
  isClass: boolean;
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  uses: A.Name[];
  children: Scope[];
}

function newScope(node: A.AnyNode, parent: Scope | null, isModule = false): Scope {
  const s: Scope = {
    node,
    parent,
    isModule,
    isClass: false,
    locals: new Set(),
    globals: new Set(),
    nonlocals: new Set(),
    uses: [],
    children: [],
  };
  parent?.children.push(s);
  return s;
}

function bindTarget(t: A.Expr, s: Scope): void {
  switch (t.kind) {
    case 'Name':
      s.locals.add(t.id);
      s.uses.push(t);
      break;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) bindTarget(e, s);
      break;
    case 'Starred':
      bindTarget(t.value, s);
      break;
    default:
      visitExpr(t, s);
  }
}

function visitArgs(args: A.Arguments, s: Scope): void {
  for (const a of [...args.args, ...args.kwonlyargs]) if (a.default) visitExpr(a.default, s);
}

function declareParams(args: A.Arguments, s: Scope): void {
  for (const a of args.args) s.locals.add(a.name);
  for (const a of args.kwonlyargs) s.locals.add(a.name);
  if (args.vararg) s.locals.add(args.vararg.name);
  if (args.kwarg) s.locals.add(args.kwarg.name);
}

function visitStmts(body: A.Stmt[], s: Scope): void {
  for (const st of body) visitStmt(st, s);
}

function visitStmt(st: A.Stmt, s: Scope): void {
  switch (st.kind) {
    case 'Import':
      for (const a of st.names) s.locals.add(a.asname ?? a.name.split('.')[0]);
      break;
    case 'ImportFrom':
      for (const a of st.names) s.locals.add(a.asname ?? a.name);
      break;
    case 'ClassDef': {
      for (const d of st.decorators) visitExpr(d, s);
      for (const b of st.bases) visitExpr(b, s);
      for (const k of st.keywords) visitExpr(k.value, s);
      s.locals.add(st.name);
      const inner = newScope(st, s);
      inner.isClass = true;
      visitStmts(st.body, inner);
      break;
    }
    case 'FunctionDef': {
      for (const d of st.decorators) visitExpr(d, s);
      s.locals.add(st.name);
      visitArgs(st.args, s);
      const inner = newScope(st, s);
      declareParams(st.args, inner);
      visitStmts(st.body, inner);
      break;
    }
    case 'Return':
      if (st.value) visitExpr(st.value, s);
      break;
    case 'ExprStmt':
      visitExpr(st.value, s);
      break;
    case 'Assign':
      visitExpr(st.value, s);
      for (const t of st.targets) bindTarget(t, s);
      break;
    case 'AugAssign':
      visitExpr(st.value, s);
      bindTarget(st.target, s);
      break;
    case 'Global':
      for (const n of st.names) s.globals.add(n);
      break;
    case 'Nonlocal':
      for (const n of st.names) s.nonlocals.add(n);
      break;
    case 'If':
    case 'While':
      visitExpr(st.test, s);
      visitStmts(st.body, s);
      visitStmts(st.orelse, s);
      break;
    case 'For':
      visitExpr(st.iter, s);
      bindTarget(st.target, s);
      visitStmts(st.body, s);
      visitStmts(st.orelse, s);
      break;
    case 'Try':
      visitStmts(st.body, s);
      for (const h of st.handlers) {
        if (h.type) visitExpr(h.type, s);
        if (h.name) s.locals.add(h.name);
        visitStmts(h.body, s);
      }
      visitStmts(st.orelse, s);
      visitStmts(st.finalbody, s);
      break;
    case 'Raise':
      if (st.exc) visitExpr(st.exc, s);
      if (st.cause) visitExpr(st.cause, s);
      break;
    case 'With':
      for (const it of st.items) {
        visitExpr(it.contextExpr, s);
        if (it.optionalVars) bindTarget(it.optionalVars, s);
      }
      visitStmts(st.body, s);
      break;
    case 'Assert':
      visitExpr(st.test, s);
      if (st.msg) visitExpr(st.msg, s);
      break;
    case 'Delete':
      for (const t of st.targets) bindTarget(t, s);
      break;
    case 'Break':
    case 'Continue':
    case 'Pass':
      break;
  }
}

function visitExpr(e: A.Expr, s: Scope): void {
  switch (e.kind) {
    case 'Name':
      s.uses.push(e);
      break;
    case 'Constant':
      break;
    case 'JoinedStr':
      for (const v of e.values) {
        if (typeof v === 'string') continue;
        visitExpr(v.value, s);
        if (v.formatSpec) visitExpr(v.formatSpec, s);
      }
      break;
    case 'BinOp':
      visitExpr(e.left, s);
      visitExpr(e.right, s);
      break;
    case 'UnaryOp':
      visitExpr(e.operand, s);
      break;
    case 'BoolOp':
      for (const v of e.values) visitExpr(v, s);
      break;
    case 'Compare':
      visitExpr(e.left, s);
      for (const c of e.comparators) visitExpr(c, s);
      break;
    case 'Call':
      visitExpr(e.func, s);
      for (const a of e.args) visitExpr(a, s);
      for (const k of e.keywords) visitExpr(k.value, s);
      break;
    case 'Attribute':
      visitExpr(e.value, s);
      break;
    case 'Subscript':
      visitExpr(e.value, s);
      visitExpr(e.slice, s);
      break;
    case 'Slice':
      if (e.lower) visitExpr(e.lower, s);
      if (e.upper) visitExpr(e.upper, s);
      if (e.step) visitExpr(e.step, s);
      break;
    case 'List':
    case 'Tuple':
    case 'Set':
      for (const x of e.elts) visitExpr(x, s);
      break;
    case 'Dict':
      for (const k of e.keys) if (k) visitExpr(k, s);
      for (const v of e.values) visitExpr(v, s);
      break;
    case 'Comprehension': {
      // The first iterable is evaluated in the enclosing scope; the rest in the comprehension's.
      visitExpr(e.generators[0].iter, s);
      const inner = newScope(e, s);
      e.generators.forEach((g, i) => {
        if (i > 0) visitExpr(g.iter, inner);
        bindTarget(g.target, inner);
        for (const c of g.ifs) visitExpr(c, inner);
      });
      visitExpr(e.elt, inner);
      if (e.value) visitExpr(e.value, inner);
      break;
    }
    case 'Lambda': {
      visitArgs(e.args, s);
      const inner = newScope(e, s);
      declareParams(e.args, inner);
      visitExpr(e.body, inner);
      break;
    }
    case 'IfExp':
      visitExpr(e.test, s);
      visitExpr(e.body, s);
      visitExpr(e.orelse, s);
      break;
    case 'Await':
    case 'Starred':
    case 'YieldFrom':
      visitExpr(e.value, s);
      break;
    case 'Yield':
      if (e.value) visitExpr(e.value, s);
      break;
    case 'NamedExpr': {
      visitExpr(e.value, s);
      // PEP 572: the name belongs to the nearest scope that is not a comprehension.
      let owner = s;
      while (owner.node.kind === 'Comprehension' && owner.parent) owner = owner.parent;
      owner.locals.add(e.target.id);
      s.uses.push(e.target);
      break;
    }
  }
}

function isLocal(s: Scope, name: string): boolean {
  return !s.isModule && s.locals.has(name) && !s.globals.has(name) && !s.nonlocals.has(name);
}

function resolve(s: Scope, name: string): Resolution {
  if (s.isModule || s.globals.has(name)) return GLOBAL;
  if (isLocal(s, name)) return s.isClass ? CLASS_NAME : LOCAL;
  let depth = 0;
  for (let p: Scope | null = s.parent; p && !p.isModule; p = p.parent) {
    // Enclosing class bodies are skipped: a method's closure is the scope around its class.
    if (p.isClass) continue;
    depth++;
    if (p.globals.has(name)) return GLOBAL;
    if (isLocal(p, name)) return { kind: 'free', depth };
  }
  return GLOBAL;
}

function finish(s: Scope, table: ScopeTable): void {
  const own = new Set<string>();
  for (const n of s.locals) if (isLocal(s, n)) own.add(n);
  table.locals.set(s.node, own);
  for (const use of s.uses) table.names.set(use, resolve(s, use.id));
  for (const c of s.children) finish(c, table);
}

export function analyzeScopes(module: A.Module): ScopeTable {
  const root = newScope(module, null, true);
  visitStmts(module.body, root);
  const table: ScopeTable = { names: new Map(), locals: new Map() };
  finish(root, table);
  return table;
}
