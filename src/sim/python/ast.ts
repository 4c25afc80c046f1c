/**
 * The simulator's typed AST: the Python the simulator runs (the site's "What Python runs here"
 * page lists it), and nothing more.
 *
 * Node and field names follow CPython's own `ast` module (Lib/ast.py, Parser/Python.asdl) so
 * that `ast.dump` output and this file can be read side by side. Every node carries a `loc`.
 * Lines are 1-based and columns 0-based, as in CPython's `lineno`/`col_offset`.
 */

export interface Loc {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

interface Node<K extends string> {
  kind: K;
  loc: Loc;
}

// ---------------------------------------------------------------- module

export interface Module extends Node<'Module'> {
  body: Stmt[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | Import
  | ImportFrom
  | FunctionDef
  | ClassDef
  | Return
  | ExprStmt
  | Assign
  | AugAssign
  | Global
  | Nonlocal
  | If
  | For
  | While
  | Break
  | Continue
  | Try
  | Raise
  | With
  | Pass
  | Assert
  | Delete;

/** `import asyncio`, `import time as t` */
export interface Import extends Node<'Import'> {
  names: Alias[];
}

/** `from concurrent.futures import ThreadPoolExecutor` */
export interface ImportFrom extends Node<'ImportFrom'> {
  module: string;
  names: Alias[];
}

export interface Alias {
  name: string;
  asname: string | null;
  loc: Loc;
}

export interface Arg {
  name: string;
  default: Expr | null;
  loc: Loc;
}

/** Parameters of a `def`, `async def` or `lambda`. */
export interface Arguments {
  /** Positional-or-keyword parameters, in order; a default may be set on a trailing run. */
  args: Arg[];
  /** `*args`, or null. */
  vararg: Arg | null;
  /** Keyword-only parameters (after `*` or `*args`). */
  kwonlyargs: Arg[];
  /** `**kwargs`, or null. */
  kwarg: Arg | null;
}

/** `def f(...)` and `async def f(...)`, with its decorators, outermost first. */
export interface FunctionDef extends Node<'FunctionDef'> {
  name: string;
  isAsync: boolean;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
}

/** `class C(A, B): ...`, with its decorators, outermost first. */
export interface ClassDef extends Node<'ClassDef'> {
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}

export interface Return extends Node<'Return'> {
  value: Expr | null;
}

/** An expression used as a statement (CPython calls it `Expr`). */
export interface ExprStmt extends Node<'ExprStmt'> {
  value: Expr;
}

/** `a = b = value`: one or more targets. */
export interface Assign extends Node<'Assign'> {
  targets: Target[];
  value: Expr;
}

export interface AugAssign extends Node<'AugAssign'> {
  target: Name | Attribute | Subscript;
  op: BinOperator;
  value: Expr;
}

export interface Global extends Node<'Global'> {
  names: string[];
}

export interface Nonlocal extends Node<'Nonlocal'> {
  names: string[];
}

/** `if/elif/else`: an `elif` is an `If` alone in `orelse`, as in CPython's AST. */
export interface If extends Node<'If'> {
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface For extends Node<'For'> {
  /** `async for`: the iterable's `__aiter__`, and `await __anext__()` for each item. */
  isAsync: boolean;
  target: Target;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Node<'While'> {
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export type Break = Node<'Break'>;
export type Continue = Node<'Continue'>;
export type Pass = Node<'Pass'>;

export interface ExceptHandler {
  /** null for a bare `except:`. A tuple of classes is a `Tuple` expression. */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
  loc: Loc;
}

export interface Try extends Node<'Try'> {
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Raise extends Node<'Raise'> {
  /** null for a bare `raise` (re-raise). */
  exc: Expr | null;
  /** `raise X from Y` */
  cause: Expr | null;
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Target | null;
  loc: Loc;
}

/** `with` and `async with`. */
export interface With extends Node<'With'> {
  isAsync: boolean;
  items: WithItem[];
  body: Stmt[];
}

export interface Assert extends Node<'Assert'> {
  test: Expr;
  msg: Expr | null;
}

export interface Delete extends Node<'Delete'> {
  targets: Target[];
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | Name
  | Constant
  | JoinedStr
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | Call
  | Attribute
  | Subscript
  | Slice
  | ListExpr
  | TupleExpr
  | DictExpr
  | SetExpr
  | Comprehension
  | Lambda
  | IfExp
  | Await
  | Yield
  | YieldFrom
  | NamedExpr
  | Starred;

/** What may stand on the left of `=`, after `for`, or after `as`. */
export type Target = Name | Attribute | Subscript | TupleExpr | ListExpr | Starred;

export interface Name extends Node<'Name'> {
  id: string;
}

/**
 * A literal. `int` literals are bigints so that no digit is lost; the evaluator decides how to
 * represent them. Adjacent string literals are already concatenated.
 */
export interface Constant extends Node<'Constant'> {
  value:
    | { type: 'int'; value: bigint }
    | { type: 'float'; value: number }
    | { type: 'str'; value: string }
    | { type: 'bool'; value: boolean }
    | { type: 'None' }
    | { type: 'Ellipsis' };
}

/** One `{...}` inside an f-string. */
export interface FormattedValue {
  kind: 'FormattedValue';
  value: Expr;
  /** `!r`, `!s`, `!a`, or null. */
  conversion: 'r' | 's' | 'a' | null;
  /** The part after `:`; it may itself hold `{...}` fields. */
  formatSpec: JoinedStr | null;
  /** `f"{x=}"`: the literal text `x=` that precedes the value, or null. */
  selfDocumenting: string | null;
  loc: Loc;
}

/** An f-string (or an f-string concatenated with plain strings). */
export interface JoinedStr extends Node<'JoinedStr'> {
  values: (string | FormattedValue)[];
}

export type BinOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '//'
  | '%'
  | '**'
  | '@'
  | '<<'
  | '>>'
  | '&'
  | '|'
  | '^';

export interface BinOp extends Node<'BinOp'> {
  left: Expr;
  op: BinOperator;
  right: Expr;
}

export interface UnaryOp extends Node<'UnaryOp'> {
  op: 'not' | '-' | '+' | '~';
  operand: Expr;
}

/** `a and b and c` is one BoolOp with three values, as in CPython. */
export interface BoolOp extends Node<'BoolOp'> {
  op: 'and' | 'or';
  values: Expr[];
}

export type CmpOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

/** `a < b <= c` is one Compare with ops `['<', '<=']`, as in CPython. */
export interface Compare extends Node<'Compare'> {
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

export interface Keyword {
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
  loc: Loc;
}

/** Positional arguments may include `Starred` (`f(*xs)`). */
export interface Call extends Node<'Call'> {
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface Attribute extends Node<'Attribute'> {
  value: Expr;
  attr: string;
}

/** `a[i]`, `a[i:j]`; `a[i, j]` has a `TupleExpr` slice. */
export interface Subscript extends Node<'Subscript'> {
  value: Expr;
  slice: Expr;
}

/** Only ever the `slice` of a `Subscript` (or an element of a tuple slice). */
export interface Slice extends Node<'Slice'> {
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export interface ListExpr extends Node<'List'> {
  elts: Expr[];
}

export interface TupleExpr extends Node<'Tuple'> {
  elts: Expr[];
}

/** A null key stands for `**mapping` in the matching value. */
export interface DictExpr extends Node<'Dict'> {
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetExpr extends Node<'Set'> {
  elts: Expr[];
}

export interface ComprehensionFor {
  target: Target;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
  loc: Loc;
}

/**
 * List/set/dict comprehensions and generator expressions. `elt` is the element; for a dict
 * comprehension `elt` is the key and `value` the value.
 */
export interface Comprehension extends Node<'Comprehension'> {
  type: 'list' | 'set' | 'dict' | 'generator';
  elt: Expr;
  value: Expr | null;
  generators: ComprehensionFor[];
}

export interface Lambda extends Node<'Lambda'> {
  args: Arguments;
  body: Expr;
}

/** `body if test else orelse` */
export interface IfExp extends Node<'IfExp'> {
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `(name := value)`: binds in the enclosing function, even from a comprehension (PEP 572). */
export interface NamedExpr extends Node<'NamedExpr'> {
  target: Name;
  value: Expr;
}

export interface Await extends Node<'Await'> {
  value: Expr;
}

/** `yield` or `yield value`: makes the function a generator (an async generator in `async def`). */
export interface Yield extends Node<'Yield'> {
  value: Expr | null;
}

/** `yield from iterable` (PEP 380): delegates `next`, `send`, `throw` and `close`. */
export interface YieldFrom extends Node<'YieldFrom'> {
  value: Expr;
}

/** `*xs` in a call, a display, or an assignment target. */
export interface Starred extends Node<'Starred'> {
  value: Expr;
}

export type AnyNode = Module | Stmt | Expr;
