import type { Expr } from './ast';

/**
 * How CPython names an expression in "cannot assign to %s" messages: `_PyPegen_get_expr_name`
 * in Parser/pegen.c (3.11).
 */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'Await':
      return 'await expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Comprehension':
      return e.type === 'generator' ? 'generator expression' : `${e.type} comprehension`;
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
      return 'f-string expression';
    case 'Constant':
      switch (e.value.type) {
        case 'None':
          return 'None';
        case 'bool':
          return e.value.value ? 'True' : 'False';
        case 'Ellipsis':
          return 'ellipsis';
        default:
          return 'literal';
      }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'Slice':
      return 'slice';
  }
}

export type TargetsType = 'star' | 'del' | 'for';

/**
 * The first sub-expression that cannot be a target, or null: `_PyPegen_get_invalid_target`.
 */
export function invalidTarget(e: Expr, type: TargetsType): Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` reaches CPython as the comparison `a in b`; look at its left side.
      if (type === 'for') return e.ops[0] === 'in' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

export function invalidTargetMessage(bad: Expr, type: TargetsType): string {
  return `${type === 'del' ? 'cannot delete' : 'cannot assign to'} ${exprName(bad)}`;
}
