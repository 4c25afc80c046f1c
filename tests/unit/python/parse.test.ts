import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Call, Expr, FunctionDef, JoinedStr, Module, Stmt } from '../../../src/sim/python/ast';
import { parse } from '../../../src/sim/python/parse';

const root = join(__dirname, '../../..');

function only(m: Module): Stmt {
  expect(m.body).toHaveLength(1);
  return m.body[0];
}

function value(source: string): Expr {
  const s = only(parse(source));
  if (s.kind === 'ExprStmt') return s.value;
  if (s.kind === 'Assign') return s.value;
  throw new Error(`not an expression statement: ${s.kind}`);
}

function programs(dir: string): string[] {
  const abs = join(root, dir);
  let names: string[] = [];
  try {
    names = readdirSync(abs).filter((f) => f.endsWith('.py'));
  } catch {
    return [];
  }
  return names.sort().map((f) => join(abs, f));
}

describe('parse', () => {
  test('reads an async def with every kind of parameter', () => {
    const source = 'async def worker(name, delay=1.0, *args, flag, opt=None, **kwargs):\n    pass\n';

    const fn = only(parse(source)) as FunctionDef;

    expect(fn).toMatchObject({ kind: 'FunctionDef', name: 'worker', isAsync: true });
    expect(fn.args.args.map((a) => [a.name, a.default?.kind ?? null])).toEqual([
      ['name', null],
      ['delay', 'Constant'],
    ]);
    expect(fn.args.vararg?.name).toBe('args');
    expect(fn.args.kwonlyargs.map((a) => [a.name, a.default?.kind ?? null])).toEqual([
      ['flag', null],
      ['opt', 'Constant'],
    ]);
    expect(fn.args.kwarg?.name).toBe('kwargs');
  });

  test('keeps awaits, calls with keywords and starred arguments', () => {
    const source = 'async def main():\n    r = await asyncio.gather(*aws, return_exceptions=True)\n';

    const fn = only(parse(source)) as FunctionDef;

    const assign = fn.body[0];
    expect(assign.kind).toBe('Assign');
    if (assign.kind !== 'Assign') return;
    expect(assign.targets).toMatchObject([{ kind: 'Name', id: 'r' }]);
    expect(assign.value.kind).toBe('Await');
    const call = (assign.value as { value: Call }).value;
    expect(call.func).toMatchObject({
      kind: 'Attribute',
      attr: 'gather',
      value: { kind: 'Name', id: 'asyncio' },
    });
    expect(call.args).toMatchObject([{ kind: 'Starred', value: { kind: 'Name', id: 'aws' } }]);
    expect(call.keywords).toMatchObject([
      { arg: 'return_exceptions', value: { kind: 'Constant', value: { type: 'bool', value: true } } },
    ]);
  });

  test('turns elif into an If alone in orelse', () => {
    const source = 'if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n';

    const s = only(parse(source));

    expect(s).toMatchObject({
      kind: 'If',
      test: { id: 'a' },
      orelse: [{ kind: 'If', test: { id: 'b' }, orelse: [{ kind: 'Assign' }], loc: { line: 3, col: 0 } }],
    });
  });

  test('chains comparisons and flattens boolean operators as CPython does', () => {
    expect(value('1 < x <= 3 != y is not None not in z\n')).toMatchObject({
      kind: 'Compare',
      ops: ['<', '<=', '!=', 'is not', 'not in'],
      left: { value: { value: 1n } },
      comparators: [
        { id: 'x' },
        { value: { value: 3n } },
        { id: 'y' },
        { value: { type: 'None' } },
        { id: 'z' },
      ],
    });
    expect(value('a and b and c\n')).toMatchObject({ kind: 'BoolOp', op: 'and', values: [{}, {}, {}] });
    // `not` binds tighter than `and`, which binds tighter than `or`.
    expect(value('not a and b or c\n')).toMatchObject({
      kind: 'BoolOp',
      op: 'or',
      values: [
        {
          kind: 'BoolOp',
          op: 'and',
          values: [{ kind: 'UnaryOp', op: 'not', operand: { id: 'a' } }, { id: 'b' }],
        },
        { id: 'c' },
      ],
    });
    expect(value('(a and b) and c\n')).toMatchObject({
      kind: 'BoolOp',
      values: [{ kind: 'BoolOp' }, { id: 'c' }],
    });
  });

  test('reads int literals of every base as bigints and floats as numbers', () => {
    const tuple = value('0xFF, 0o17, 0b101, 1_000_000, 12345678901234567890, 1.5, 1e-3, .5, 1_000.5, 2.\n');

    expect(tuple.kind).toBe('Tuple');
    const values = (tuple as { elts: Expr[] }).elts.map((e) => (e.kind === 'Constant' ? e.value : null));
    expect(values).toEqual([
      { type: 'int', value: 255n },
      { type: 'int', value: 15n },
      { type: 'int', value: 5n },
      { type: 'int', value: 1000000n },
      { type: 'int', value: 12345678901234567890n },
      { type: 'float', value: 1.5 },
      { type: 'float', value: 0.001 },
      { type: 'float', value: 0.5 },
      { type: 'float', value: 1000.5 },
      { type: 'float', value: 2 },
    ]);
  });

  test('decodes string escapes and joins adjacent literals', () => {
    const source =
      String.raw`x = 'a' "b" '''c''' r'\n' "\t\n\x41\u00e9\\\'\"\101" 'd\
e'` + '\n';

    expect(value(source)).toMatchObject({
      kind: 'Constant',
      value: { type: 'str', value: 'abc\\n\t\nAé\\\'"Ade' },
    });
  });

  test('reads f-strings into fields with conversions, specs and self-documenting text', () => {
    const source = 'x = f"a{b!r:>{w}} {c=} {d=:.2f}{{}}" "!"\n';

    const joined = value(source) as JoinedStr;

    expect(joined.kind).toBe('JoinedStr');
    expect(joined.values).toMatchObject([
      'a',
      {
        kind: 'FormattedValue',
        value: { id: 'b' },
        conversion: 'r',
        formatSpec: { kind: 'JoinedStr', values: ['>', { value: { id: 'w' } }] },
      },
      ' ',
      { value: { id: 'c' }, conversion: 'r', selfDocumenting: 'c=', formatSpec: null },
      ' ',
      { value: { id: 'd' }, conversion: null, selfDocumenting: 'd=', formatSpec: { values: ['.2f'] } },
      '{}!',
    ]);
  });

  test('places f-string fields at their real position in the file', () => {
    const source = 'y = f"""\n  {a + b}"""\n';

    const joined = value(source) as JoinedStr;

    const field = (joined.values[1] as { value: Expr }).value;
    expect(field.loc).toEqual({ line: 2, col: 3, endLine: 2, endCol: 8 });
  });

  test('reads slices, subscripts with tuples, and starred targets', () => {
    const m = parse('a[1:2, ::3], a[:]\nfirst, *rest = items\n');

    expect(m.body[0]).toMatchObject({
      value: {
        elts: [
          {
            kind: 'Subscript',
            slice: {
              kind: 'Tuple',
              elts: [
                { kind: 'Slice', step: null },
                { kind: 'Slice', lower: null, upper: null, step: { value: { value: 3n } } },
              ],
            },
          },
          { kind: 'Subscript', slice: { kind: 'Slice', lower: null, upper: null, step: null } },
        ],
      },
    });
    expect(m.body[1]).toMatchObject({
      kind: 'Assign',
      targets: [{ kind: 'Tuple', elts: [{ id: 'first' }, { kind: 'Starred', value: { id: 'rest' } }] }],
    });
  });

  test('keeps every target of a chained assignment', () => {
    expect(only(parse('a = b = 1\n'))).toMatchObject({
      kind: 'Assign',
      targets: [{ id: 'a' }, { id: 'b' }],
      value: { kind: 'Constant' },
    });
  });

  test('reads comprehensions of every kind with several clauses', () => {
    const m = parse(
      '[x for x in a if x for y in b]\n{k: v for k, v in d}\n{i for i in s}\nsum(i for i in r)\n',
    );

    expect(m.body.map((s) => (s as { value: Expr }).value)).toMatchObject([
      {
        kind: 'Comprehension',
        type: 'list',
        generators: [{ target: { id: 'x' }, ifs: [{ id: 'x' }] }, { target: { id: 'y' } }],
      },
      {
        kind: 'Comprehension',
        type: 'dict',
        elt: { id: 'k' },
        value: { id: 'v' },
        generators: [{ target: { kind: 'Tuple' } }],
      },
      { kind: 'Comprehension', type: 'set' },
      { kind: 'Call', args: [{ kind: 'Comprehension', type: 'generator' }] },
    ]);
  });

  test('reads try with every kind of handler, else and finally', () => {
    const source =
      'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n';

    expect(only(parse(source))).toMatchObject({
      kind: 'Try',
      handlers: [
        { type: { kind: 'Tuple' }, name: 'e' },
        { type: { id: 'C' }, name: null },
        { type: null, name: null },
      ],
      orelse: [{ kind: 'Pass' }],
      finalbody: [{ kind: 'Pass' }],
    });
  });

  test('reads with and async with with several items', () => {
    const source =
      'async def f():\n    async with a as x, b:\n        pass\n    with (c as y, d as z):\n        pass\n    with e as self.f:\n        pass\n';

    const fn = only(parse(source)) as FunctionDef;

    expect(fn.body).toMatchObject([
      { kind: 'With', isAsync: true, items: [{ optionalVars: { id: 'x' } }, { optionalVars: null }] },
      { kind: 'With', isAsync: false, items: [{ optionalVars: { id: 'y' } }, { optionalVars: { id: 'z' } }] },
      { kind: 'With', items: [{ optionalVars: { kind: 'Attribute', attr: 'f' } }] },
    ]);
  });

  test('reads imports with aliases', () => {
    const m = parse(
      'import asyncio\nimport time as t\nfrom concurrent.futures import ThreadPoolExecutor\nfrom asyncio import sleep, gather as g\n',
    );

    expect(m.body).toMatchObject([
      { kind: 'Import', names: [{ name: 'asyncio', asname: null }] },
      { kind: 'Import', names: [{ name: 'time', asname: 't' }] },
      { kind: 'ImportFrom', module: 'concurrent.futures', names: [{ name: 'ThreadPoolExecutor' }] },
      {
        kind: 'ImportFrom',
        module: 'asyncio',
        names: [
          { name: 'sleep', asname: null },
          { name: 'gather', asname: 'g' },
        ],
      },
    ]);
  });

  test('reads the small statements', () => {
    const source =
      'global a, b\ndel x[0], y\nassert x, "m"\nraise E("x") from e\nraise\nx += 1\nreturn_ = lambda a, b=2: a\n';

    expect(parse(source).body).toMatchObject([
      { kind: 'Global', names: ['a', 'b'] },
      { kind: 'Delete', targets: [{ kind: 'Subscript' }, { id: 'y' }] },
      { kind: 'Assert', msg: { value: { value: 'm' } } },
      { kind: 'Raise', exc: { kind: 'Call' }, cause: { id: 'e' } },
      { kind: 'Raise', exc: null, cause: null },
      { kind: 'AugAssign', op: '+', target: { id: 'x' } },
      {
        kind: 'Assign',
        value: {
          kind: 'Lambda',
          args: { args: [{ name: 'a' }, { name: 'b', default: { value: { value: 2n } } }] },
        },
      },
    ]);
  });

  test('keeps an annotated assignment and drops the annotations', () => {
    const source = 'def f(a: int, b: "str" = "x") -> None:\n    x: int = 5\n    y: list[int]\n';

    const fn = only(parse(source)) as FunctionDef;

    expect(fn.args.args.map((a) => a.name)).toEqual(['a', 'b']);
    expect(fn.body).toMatchObject([{ kind: 'Assign', targets: [{ id: 'x' }] }, { kind: 'Pass' }]);
  });

  test('gives 1-based lines, 0-based columns and end positions', () => {
    const m = parse('x = 1\nif x:\n    y = foo(a,\n            b)\n');

    expect(m.body[1].loc).toEqual({ line: 2, col: 0, endLine: 4, endCol: 14 });
    const inner = (m.body[1] as { body: Stmt[] }).body[0] as { value: Expr };
    expect(inner.value.loc).toEqual({ line: 3, col: 8, endLine: 4, endCol: 14 });
  });

  test("reads print as an ordinary name, not Python 2's print statement", () => {
    const m = parse('print = 5\nprint * 2\nmap(print, xs)\n');

    expect(m.body).toMatchObject([
      { kind: 'Assign', targets: [{ id: 'print' }] },
      { kind: 'ExprStmt', value: { kind: 'BinOp', left: { id: 'print' }, op: '*' } },
      { kind: 'ExprStmt', value: { kind: 'Call', args: [{ id: 'print' }, { id: 'xs' }] } },
    ]);
  });

  test('reads the __main__ guard as an ordinary if', () => {
    expect(only(parse('if __name__ == "__main__":\n    main()\n'))).toMatchObject({
      kind: 'If',
      test: { kind: 'Compare', left: { id: '__name__' }, comparators: [{ value: { value: '__main__' } }] },
    });
  });

  const lessonPrograms = [...programs('content/programs'), ...programs('tests/conformance/programs')];

  test.each(lessonPrograms.map((f) => [f.slice(root.length + 1), f]))('parses %s', (_name, file) => {
    const source = readFileSync(file, 'utf8');

    expect(() => parse(source)).not.toThrow();
  });

  test("builds the same tree as CPython's ast module for every lesson program", { timeout: 60_000 }, () => {
    const sources = lessonPrograms.map((f) => readFileSync(f, 'utf8'));

    const cpython = cpythonTrees(sources);
    const mine = sources.map((s) => normalize(parse(s)));

    mine.forEach((tree, i) => expect(tree, lessonPrograms[i]).toEqual(cpython[i]));
  });
});

/**
 * The same shape for CPython's `ast` and for ast.ts: node kinds and fields as ast.ts names them,
 * positions as [line, col, endLine, endCol] in characters. Where the two differ by design
 * (f-string fields and comprehension clauses have no useful position in CPython 3.11; an
 * annotated assignment is an Assign or a Pass), positions are left out.
 */
const NORMALIZE = String.raw`
import ast, json, sys
OPS = {'Add':'+','Sub':'-','Mult':'*','Div':'/','FloorDiv':'//','Mod':'%','Pow':'**','MatMult':'@','LShift':'<<','RShift':'>>','BitAnd':'&','BitOr':'|','BitXor':'^',
       'Not':'not','USub':'-','UAdd':'+','Invert':'~','And':'and','Or':'or',
       'Eq':'==','NotEq':'!=','Lt':'<','LtE':'<=','Gt':'>','GtE':'>=','Is':'is','IsNot':'is not','In':'in','NotIn':'not in'}
def run(src):
    lines = src.split('\n')
    def col(line, c): return len(lines[line-1].encode()[:c].decode(errors='replace'))
    def pos(n): return [n.lineno, col(n.lineno, n.col_offset), n.end_lineno, col(n.end_lineno, n.end_col_offset)]
    def const(v):
        if v is None: return {'type':'None'}
        if v is Ellipsis: return {'type':'Ellipsis'}
        if isinstance(v, bool): return {'type':'bool','value':v}
        if isinstance(v, int): return {'type':'int','value':str(v)}
        if isinstance(v, float): return {'type':'float','value':v}
        return {'type':'str','value':v}
    def args(a):
        d = [None]*(len(a.args)-len(a.defaults)) + list(a.defaults)
        arg = lambda x, df: {'name':x.arg,'default':E(df) if df else None}
        return {'args':[arg(x,df) for x,df in zip(a.args,d)],'vararg':arg(a.vararg,None) if a.vararg else None,
                'kwonlyargs':[arg(x,df) for x,df in zip(a.kwonlyargs,a.kw_defaults)],'kwarg':arg(a.kwarg,None) if a.kwarg else None}
    def S(n):
        t = type(n).__name__; L = pos(n)
        if t in ('FunctionDef','AsyncFunctionDef'): return {'k':'FunctionDef','name':n.name,'isAsync':t=='AsyncFunctionDef','args':args(n.args),'body':SS(n.body),'decorators':[E(d) for d in n.decorator_list],'loc':L}
        if t == 'ClassDef': return {'k':'ClassDef','name':n.name,'bases':[E(b) for b in n.bases],'body':SS(n.body),'decorators':[E(d) for d in n.decorator_list],'loc':L}
        if t == 'Import': return {'k':'Import','names':[{'name':a.name,'asname':a.asname} for a in n.names],'loc':L}
        if t == 'ImportFrom': return {'k':'ImportFrom','module':n.module,'names':[{'name':a.name,'asname':a.asname} for a in n.names],'loc':L}
        if t == 'Return': return {'k':'Return','value':E(n.value) if n.value else None,'loc':L}
        if t == 'Expr': return {'k':'ExprStmt','value':E(n.value),'loc':L}
        if t == 'Assign': return {'k':'Assign','targets':[E(x) for x in n.targets],'value':E(n.value),'loc':L}
        if t == 'AnnAssign': return {'k':'Pass','loc':L} if n.value is None else {'k':'Assign','targets':[E(n.target)],'value':E(n.value),'loc':L}
        if t == 'AugAssign': return {'k':'AugAssign','target':E(n.target),'op':OPS[type(n.op).__name__],'value':E(n.value),'loc':L}
        if t in ('Global','Nonlocal'): return {'k':t,'names':n.names,'loc':L}
        if t == 'If': return {'k':'If','test':E(n.test),'body':SS(n.body),'orelse':SS(n.orelse),'loc':L}
        if t in ('For','AsyncFor'): return {'k':'For','isAsync':t=='AsyncFor','target':E(n.target),'iter':E(n.iter),'body':SS(n.body),'orelse':SS(n.orelse),'loc':L}
        if t == 'While': return {'k':'While','test':E(n.test),'body':SS(n.body),'orelse':SS(n.orelse),'loc':L}
        if t in ('Break','Continue','Pass'): return {'k':t,'loc':L}
        if t == 'Try': return {'k':'Try','body':SS(n.body),'handlers':[{'type':E(h.type) if h.type else None,'name':h.name,'body':SS(h.body),'loc':pos(h)} for h in n.handlers],'orelse':SS(n.orelse),'finalbody':SS(n.finalbody),'loc':L}
        if t == 'Raise': return {'k':'Raise','exc':E(n.exc) if n.exc else None,'cause':E(n.cause) if n.cause else None,'loc':L}
        if t in ('With','AsyncWith'): return {'k':'With','isAsync':t=='AsyncWith','items':[{'contextExpr':E(i.context_expr),'optionalVars':E(i.optional_vars) if i.optional_vars else None} for i in n.items],'body':SS(n.body),'loc':L}
        if t == 'Assert': return {'k':'Assert','test':E(n.test),'msg':E(n.msg) if n.msg else None,'loc':L}
        if t == 'Delete': return {'k':'Delete','targets':[E(x) for x in n.targets],'loc':L}
        return {'k':'?'+t}
    def SS(l): return [S(x) for x in l]
    def joined(n):
        out = []
        for v in n.values:
            if isinstance(v, ast.Constant):
                if out and isinstance(out[-1], str): out[-1] += v.value
                else: out.append(v.value)
            else:
                out.append({'k':'FormattedValue','value':E(v.value, False),'conversion':None if v.conversion == -1 else chr(v.conversion),'formatSpec':{'k':'JoinedStr','values':joined(v.format_spec)} if v.format_spec else None})
        return out
    def E(n, located=True):
        t = type(n).__name__; L = pos(n) if located else None
        r = None
        if t == 'Name': r = {'k':'Name','id':n.id}
        elif t == 'Constant': r = {'k':'Constant','value':const(n.value)}
        elif t == 'JoinedStr': r = {'k':'JoinedStr','values':joined(n)}
        elif t == 'BinOp': r = {'k':'BinOp','left':E(n.left,located),'op':OPS[type(n.op).__name__],'right':E(n.right,located)}
        elif t == 'UnaryOp': r = {'k':'UnaryOp','op':OPS[type(n.op).__name__],'operand':E(n.operand,located)}
        elif t == 'BoolOp': r = {'k':'BoolOp','op':OPS[type(n.op).__name__],'values':[E(x,located) for x in n.values]}
        elif t == 'Compare': r = {'k':'Compare','left':E(n.left,located),'ops':[OPS[type(o).__name__] for o in n.ops],'comparators':[E(x,located) for x in n.comparators]}
        elif t == 'Call': r = {'k':'Call','func':E(n.func,located),'args':[E(x,located) for x in n.args],'keywords':[{'arg':k.arg,'value':E(k.value,located)} for k in n.keywords]}
        elif t == 'Attribute': r = {'k':'Attribute','value':E(n.value,located),'attr':n.attr}
        elif t == 'Subscript': r = {'k':'Subscript','value':E(n.value,located),'slice':E(n.slice,located)}
        elif t == 'Slice': r = {'k':'Slice','lower':E(n.lower,located) if n.lower else None,'upper':E(n.upper,located) if n.upper else None,'step':E(n.step,located) if n.step else None}
        elif t in ('List','Tuple','Set'): r = {'k':t,'elts':[E(x,located) for x in n.elts]}
        elif t == 'Dict': r = {'k':'Dict','keys':[E(x,located) if x else None for x in n.keys],'values':[E(x,located) for x in n.values]}
        elif t in ('ListComp','SetComp','DictComp','GeneratorExp'):
            typ = {'ListComp':'list','SetComp':'set','DictComp':'dict','GeneratorExp':'generator'}[t]
            r = {'k':'Comprehension','type':typ,'elt':E(n.key if t=='DictComp' else n.elt,located),'value':E(n.value,located) if t=='DictComp' else None,
                 'generators':[{'target':E(g.target,located),'iter':E(g.iter,located),'ifs':[E(x,located) for x in g.ifs],'isAsync':bool(g.is_async)} for g in n.generators]}
        elif t == 'Lambda': r = {'k':'Lambda','args':args(n.args),'body':E(n.body,located)}
        elif t == 'IfExp': r = {'k':'IfExp','test':E(n.test,located),'body':E(n.body,located),'orelse':E(n.orelse,located)}
        elif t == 'Await': r = {'k':'Await','value':E(n.value,located)}
        elif t == 'Yield': r = {'k':'Yield','value':E(n.value,located) if n.value else None}
        elif t == 'YieldFrom': r = {'k':'YieldFrom','value':E(n.value,located)}
        elif t == 'Starred': r = {'k':'Starred','value':E(n.value,located)}
        elif t == 'NamedExpr': r = {'k':'NamedExpr','target':E(n.target,located),'value':E(n.value,located)}
        else: r = {'k':'?'+t}
        if L: r['loc'] = L
        return r
    return {'k':'Module','body':SS(ast.parse(src).body)}
print(json.dumps([run(s) for s in json.load(sys.stdin)]))
`;

function cpythonTrees(sources: string[]): unknown[] {
  const out = execFileSync('python3', ['-c', NORMALIZE], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out) as unknown[];
}

/** ast.ts → the shape NORMALIZE gives CPython's trees. */
function normalize(m: Module): unknown {
  const loc = (l: { line: number; col: number; endLine: number; endCol: number }) => [
    l.line,
    l.col,
    l.endLine,
    l.endCol,
  ];
  const args = (a: FunctionDef['args']) => {
    const arg = (x: { name: string; default: Expr | null } | null) =>
      x ? { name: x.name, default: x.default ? E(x.default) : null } : null;
    return {
      args: a.args.map(arg),
      vararg: arg(a.vararg),
      kwonlyargs: a.kwonlyargs.map(arg),
      kwarg: arg(a.kwarg),
    };
  };
  const joined = (values: JoinedStr['values'], located: boolean): unknown[] => {
    const out: unknown[] = [];
    const lit = (s: string) => {
      if (typeof out[out.length - 1] === 'string') out[out.length - 1] += s;
      else out.push(s);
    };
    for (const v of values) {
      if (typeof v === 'string') lit(v);
      else {
        if (v.selfDocumenting) lit(v.selfDocumenting);
        out.push({
          k: 'FormattedValue',
          value: E(v.value, false),
          conversion: v.conversion,
          formatSpec: v.formatSpec ? { k: 'JoinedStr', values: joined(v.formatSpec.values, false) } : null,
        });
      }
    }
    void located;
    return out;
  };
  function E(e: Expr, located = true): Record<string, unknown> {
    let r: Record<string, unknown>;
    switch (e.kind) {
      case 'Constant': {
        const c = e.value;
        r = { k: 'Constant', value: c.type === 'int' ? { type: 'int', value: c.value.toString() } : c };
        break;
      }
      case 'JoinedStr':
        r = { k: 'JoinedStr', values: joined(e.values, located) };
        break;
      case 'Name':
        r = { k: 'Name', id: e.id };
        break;
      case 'BinOp':
        r = { k: 'BinOp', left: E(e.left, located), op: e.op, right: E(e.right, located) };
        break;
      case 'UnaryOp':
        r = { k: 'UnaryOp', op: e.op, operand: E(e.operand, located) };
        break;
      case 'BoolOp':
        r = { k: 'BoolOp', op: e.op, values: e.values.map((v) => E(v, located)) };
        break;
      case 'Compare':
        r = {
          k: 'Compare',
          left: E(e.left, located),
          ops: e.ops,
          comparators: e.comparators.map((v) => E(v, located)),
        };
        break;
      case 'Call':
        r = {
          k: 'Call',
          func: E(e.func, located),
          args: e.args.map((v) => E(v, located)),
          keywords: e.keywords.map((k) => ({ arg: k.arg, value: E(k.value, located) })),
        };
        break;
      case 'Attribute':
        r = { k: 'Attribute', value: E(e.value, located), attr: e.attr };
        break;
      case 'Subscript':
        r = { k: 'Subscript', value: E(e.value, located), slice: E(e.slice, located) };
        break;
      case 'Slice':
        r = {
          k: 'Slice',
          lower: e.lower && E(e.lower, located),
          upper: e.upper && E(e.upper, located),
          step: e.step && E(e.step, located),
        };
        break;
      case 'List':
      case 'Tuple':
      case 'Set':
        r = { k: e.kind, elts: e.elts.map((v) => E(v, located)) };
        break;
      case 'Dict':
        r = {
          k: 'Dict',
          keys: e.keys.map((v) => v && E(v, located)),
          values: e.values.map((v) => E(v, located)),
        };
        break;
      case 'Comprehension':
        r = {
          k: 'Comprehension',
          type: e.type,
          elt: E(e.elt, located),
          value: e.value && E(e.value, located),
          generators: e.generators.map((g) => ({
            target: E(g.target, located),
            iter: E(g.iter, located),
            ifs: g.ifs.map((v) => E(v, located)),
            isAsync: g.isAsync,
          })),
        };
        break;
      case 'Lambda':
        r = { k: 'Lambda', args: args(e.args), body: E(e.body, located) };
        break;
      case 'IfExp':
        r = { k: 'IfExp', test: E(e.test, located), body: E(e.body, located), orelse: E(e.orelse, located) };
        break;
      case 'Await':
        r = { k: 'Await', value: E(e.value, located) };
        break;
      case 'Yield':
        r = { k: 'Yield', value: e.value && E(e.value, located) };
        break;
      case 'YieldFrom':
        r = { k: 'YieldFrom', value: E(e.value, located) };
        break;
      case 'NamedExpr':
        r = { k: 'NamedExpr', target: E(e.target, located), value: E(e.value, located) };
        break;
      case 'Starred':
        r = { k: 'Starred', value: E(e.value, located) };
        break;
    }
    if (located) r.loc = loc(e.loc);
    return r;
  }
  function S(s: Stmt): Record<string, unknown> {
    const L = loc(s.loc);
    switch (s.kind) {
      case 'ClassDef':
        return {
          k: 'ClassDef',
          name: s.name,
          bases: s.bases.map((b) => E(b)),
          body: s.body.map(S),
          decorators: s.decorators.map((d) => E(d)),
          loc: L,
        };
      case 'FunctionDef':
        return {
          k: 'FunctionDef',
          name: s.name,
          isAsync: s.isAsync,
          args: args(s.args),
          body: s.body.map(S),
          decorators: s.decorators.map((d) => E(d)),
          loc: L,
        };
      case 'Import':
      case 'ImportFrom': {
        const names = s.names.map((a) => ({ name: a.name, asname: a.asname }));
        return s.kind === 'Import'
          ? { k: 'Import', names, loc: L }
          : { k: 'ImportFrom', module: s.module, names, loc: L };
      }
      case 'Return':
        return { k: 'Return', value: s.value && E(s.value), loc: L };
      case 'ExprStmt':
        return { k: 'ExprStmt', value: E(s.value), loc: L };
      case 'Assign':
        return { k: 'Assign', targets: s.targets.map((t) => E(t)), value: E(s.value), loc: L };
      case 'AugAssign':
        return { k: 'AugAssign', target: E(s.target), op: s.op, value: E(s.value), loc: L };
      case 'Global':
      case 'Nonlocal':
        return { k: s.kind, names: s.names, loc: L };
      case 'If':
      case 'While':
        return { k: s.kind, test: E(s.test), body: s.body.map(S), orelse: s.orelse.map(S), loc: L };
      case 'For':
        return {
          k: 'For',
          isAsync: s.isAsync,
          target: E(s.target),
          iter: E(s.iter),
          body: s.body.map(S),
          orelse: s.orelse.map(S),
          loc: L,
        };
      case 'Break':
      case 'Continue':
      case 'Pass':
        return { k: s.kind, loc: L };
      case 'Try':
        return {
          k: 'Try',
          body: s.body.map(S),
          handlers: s.handlers.map((h) => ({
            type: h.type && E(h.type),
            name: h.name,
            body: h.body.map(S),
            loc: loc(h.loc),
          })),
          orelse: s.orelse.map(S),
          finalbody: s.finalbody.map(S),
          loc: L,
        };
      case 'Raise':
        return { k: 'Raise', exc: s.exc && E(s.exc), cause: s.cause && E(s.cause), loc: L };
      case 'With':
        return {
          k: 'With',
          isAsync: s.isAsync,
          items: s.items.map((i) => ({
            contextExpr: E(i.contextExpr),
            optionalVars: i.optionalVars && E(i.optionalVars),
          })),
          body: s.body.map(S),
          loc: L,
        };
      case 'Assert':
        return { k: 'Assert', test: E(s.test), msg: s.msg && E(s.msg), loc: L };
      case 'Delete':
        return { k: 'Delete', targets: s.targets.map((t) => E(t)), loc: L };
    }
  }
  return { k: 'Module', body: m.body.map(S) };
}
