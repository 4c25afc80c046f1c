import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { SimError } from '../../../src/sim/python/errors';
import { parse } from '../../../src/sim/python/parse';

/**
 * Every program here is wrong in a way CPython rejects before running it. The expected message,
 * line and column come from the python3 on this machine (3.11), not from this file: a test
 * fails if parse() words or places an error differently from the real interpreter.
 */

interface Case {
  /** What the learner did wrong, in words. */
  name: string;
  source: string;
  /**
   * Columns CPython computes oddly, where parse() reports the real position instead:
   * - 'field': errors inside an f-string field (3.11 counts from the field's own text);
   * - 'dedent': CPython reports offset 0 for a DEDENT token, which has no column.
   */
  column?: 'field' | 'dedent';
}

const CASES: Case[] = [
  // The tokenizer
  { name: 'an unterminated string', source: 'x = 1\ny = "abc\n' },
  { name: 'an unterminated string with a prefix', source: 'x = f"abc\n' },
  { name: 'an unterminated triple-quoted string', source: 'x = """abc\ndef\n' },
  { name: "a '(' never closed", source: 'print("a",\n      "b"\n' },
  { name: "a '[' never closed, noticed on a later line", source: 'x = [1, 2\ny = 3\n' },
  { name: "a '{' never closed", source: 'd = {"a": 1,\n' },
  { name: "an unmatched ')'", source: 'x = 1)\n' },
  { name: 'mismatched brackets on one line', source: 'x = (1]\n' },
  { name: 'mismatched brackets on two lines', source: 'x = (\n  1]\n' },
  { name: 'an unindent that matches no outer level', source: 'if x:\n    a = 1\n  b = 2\n' },
  { name: 'tabs and spaces mixed in indentation', source: 'if x:\n\tpass\n        pass\n' },
  { name: 'a character after a line-continuation backslash', source: 'x = 1 \\ y\n' },
  { name: 'a backslash at the end of the file', source: 'x = \\' },
  { name: 'an invalid character', source: 'x = 5 € 3\n' },
  { name: 'a non-printable character', source: 'x = 1\u00a0+ 2\n' },
  { name: 'an old-style octal literal', source: 'x = 0777\n' },
  { name: 'a digit-letter literal', source: 'x = 1a\n' },
  { name: 'a trailing underscore in a number', source: 'x = 1_000_\n' },
  { name: 'a bad hexadecimal literal', source: 'x = 0xg\n' },
  { name: 'a bad binary digit', source: 'x = 0b102\n' },
  { name: 'too many nested parentheses', source: `x = ${'('.repeat(201)}1${')'.repeat(201)}\n` },
  { name: 'a tokenizer error after a parser error', source: 'x = = 1\ny = "abc\n' },
  { name: 'an unclosed bracket on a later line than a parser error', source: 'x = = 3\ny = (1,\nz = 2\n' },

  // Blocks and colons
  { name: "a missing ':' after if", source: 'if x\n    pass\n' },
  { name: "a missing ':' before a comment", source: 'if x  # check\n    pass\n' },
  { name: "a missing ':' after def", source: 'async def main()\n    pass\n' },
  { name: "a missing ':' after for", source: 'for i in range(3)\n    print(i)\n' },
  { name: "a missing ':' after while", source: 'while True\n    pass\n' },
  { name: "a missing ':' after else", source: 'if x:\n    pass\nelse\n    pass\n' },
  { name: "a missing ':' after try", source: 'try\n    pass\nexcept:\n    pass\n' },
  { name: "a missing ':' after except", source: 'try:\n    pass\nexcept ValueError as e\n    pass\n' },
  { name: "a missing ':' after with", source: 'with lock\n    pass\n' },
  { name: "'else if' instead of 'elif'", source: 'if a:\n    pass\nelse if b:\n    pass\n' },
  { name: "a def without '('", source: 'def main:\n    pass\n' },
  { name: 'an if without a body', source: 'if x:\npass\n' },
  { name: 'a def without a body', source: 'async def main():\nprint(1)\n' },
  { name: 'a for without a body', source: 'for i in x:\n\nprint(i)\n' },
  { name: 'a while without a body at the end of the file', source: 'while True:\n' },
  { name: 'a try without a body', source: 'try:\nx = 1\n' },
  { name: 'an except without a body', source: 'try:\n    pass\nexcept:\npass\n' },
  { name: 'a finally without a body', source: 'try:\n    pass\nfinally:\npass\n' },
  { name: 'a with without a body', source: 'with a:\npass\n' },
  { name: 'an else without a body', source: 'if x:\n    pass\nelse:\npass\n' },
  { name: 'an elif without a body', source: 'if x:\n    pass\nelif y:\npass\n' },
  { name: 'a class without a body', source: 'class A:\npass\n' },
  {
    name: 'a nested if without a body, then a dedent',
    source: 'def f():\n    if x:\ny = 1\n',
    column: 'dedent',
  },
  {
    name: 'a nested try without except, then a dedent',
    source: 'def f():\n    try:\n        x = 1\n    y = 2\n',
  },
  { name: 'an unexpected indent', source: 'x = 1\n    y = 2\n' },
  { name: 'an unexpected indent in a function', source: 'def f():\n    x = 1\n        y = 2\n' },
  { name: 'an unexpected indent before a tokenizer error', source: 'x = 1\n  y = 2\nz = "abc\n' },
  { name: 'a try without except or finally', source: 'try:\n    x = 1\ny = 2\n' },
  { name: 'a try without except or finally at the end', source: 'try:\n    x = 1\n' },
  { name: 'a try with only else', source: 'try:\n    x = 1\nelse:\n    pass\n' },
  { name: "an else with no 'if'", source: 'else:\n    pass\n' },
  { name: 'an elif after else', source: 'if a:\n    pass\nelse:\n    pass\nelif b:\n    pass\n' },
  { name: 'a finally after a for loop', source: 'for x in y:\n    pass\nfinally:\n    pass\n' },

  // Expressions
  { name: 'an incomplete expression', source: 'x = 1 +\n' },
  { name: 'two equals signs', source: 'x = = 1\n' },
  { name: 'a missing comma in a call', source: 'print("a" x)\n' },
  { name: 'a missing comma between names', source: 'f(a, b c)\n' },
  { name: 'a missing comma in a list', source: 'x = [1 2]\n' },
  { name: 'a missing comma before a call', source: 'asyncio.gather(a() b())\n' },
  { name: "no comma hint for a name CPython mistakes for 'match'", source: 'f(m b())\n' },
  { name: 'two statements on one line', source: 'x = 5 y = 6\n' },
  { name: "'=' in an if", source: 'if x = 1:\n    pass\n' },
  { name: "'=' after a call in a while", source: 'while f() = 1:\n    pass\n' },
  { name: "'=' after a comparison in an if", source: 'if x < 1 = 2:\n    pass\n' },
  { name: "'=' in a list", source: 'x = [y = 1]\n' },
  { name: 'an expression as a keyword argument', source: 'f(a.b=1)\n' },
  { name: 'True as a keyword argument', source: 'f(True=1)\n' },
  { name: "'if' without 'else' in an expression", source: 'x = 1 if y\n' },
  { name: "'not' after '=='", source: 'x = a == not b\n' },
  { name: "'<>' for not-equal", source: 'x = 1 <> 2\n' },
  { name: 'a keyword after a dot', source: 'x = t.except\n' },
  { name: 'a print statement', source: 'print "hello"\n' },
  { name: 'a print statement with two values', source: 'print "a", x\n' },
  { name: 'a print statement as a value', source: 'x = print "a"\n' },
  { name: 'an exec statement', source: 'exec "code"\n' },
  { name: 'print followed by a call', source: 'print(1)\nprint (2) 3\n' },
  { name: 'a starred expression in parentheses', source: 'x = (*a)\n' },
  { name: 'unpacking in a comprehension', source: 'x = [*a for a in b]\n' },
  { name: 'a comprehension target without parentheses', source: 'x = [a, b for a, b in c]\n' },
  { name: 'raise with a comma', source: 'raise ValueError, "x"\n' },
  { name: 'except with a comma', source: 'try:\n    pass\nexcept ValueError, e:\n    pass\n' },
  { name: 'a trailing comma in an import', source: 'from asyncio import sleep,\n' },
  { name: 'assert with three parts', source: 'assert x, y, z\n' },
  { name: 'cannot mix bytes and str', source: 'x = b"a" "b"\n' },
  { name: 'Python 3.12 type statement', source: 'type X = int\n' },
  { name: 'a generic function', source: 'def f[T](x): pass\n' },

  // Assignment targets
  { name: 'assigning to a call', source: 'f() = 1\n' },
  { name: 'assigning to a literal', source: '1 = x\n' },
  { name: 'assigning to an expression', source: 'x + 1 = 2\n' },
  { name: 'assigning to a call in a tuple', source: 'a, f() = 1, 2\n' },
  { name: 'assigning to a call in a chain', source: 'x = f() = 1\n' },
  { name: 'assigning to a call in a list', source: '[a, f()] = 1\n' },
  { name: 'assigning to None', source: 'None = 1\n' },
  { name: 'assigning to True', source: 'True = 1\n' },
  { name: 'assigning to a lambda', source: 'lambda: 1 = 1\n' },
  { name: 'assigning to a conditional', source: 'x if y else z = 1\n' },
  { name: 'assigning to an await', source: 'await x = 1\n' },
  { name: 'assigning to a comprehension', source: '[x for x in y] = 1\n' },
  { name: 'assigning to a name after a bad first target', source: 'f(), x = 1, 2\n' },
  { name: 'assigning to a call with nothing after', source: 'f() =\n' },
  { name: 'augmented assignment to a tuple', source: 'a, b += 1\n' },
  { name: 'augmented assignment to a call', source: 'f() += 1\n' },
  { name: 'a call as a for target', source: 'for f() in x:\n    pass\n' },
  { name: 'a literal as a for target', source: 'for 1 in x:\n    pass\n' },
  { name: 'a call as a comprehension target', source: 'x = [1 for f() in y]\n' },
  { name: 'a call as a with target', source: 'with a as f():\n    pass\n' },
  { name: 'deleting a call', source: 'del f()\n' },
  { name: 'deleting a literal', source: 'del 1\n' },
  { name: 'deleting a starred name', source: 'del *a\n' },
  { name: 'annotating a tuple', source: 'a, b: int = 1, 2\n' },
  { name: 'annotating a call', source: 'f(): int = 1\n' },

  // Calls and definitions
  { name: 'a positional argument after a keyword', source: 'f(x=1, 2)\n' },
  { name: 'a positional argument after **kwargs', source: 'f(**k, a)\n' },
  { name: '*args after **kwargs', source: 'f(**k, *a)\n' },
  { name: 'an unparenthesized generator among arguments', source: 'f(x for x in y, 1)\n' },
  { name: "'=' in a generator argument", source: 'f(a=1 for a in b)\n' },
  { name: 'a non-default parameter after a default', source: 'def f(a=1, b):\n    pass\n' },
  { name: 'a bare * with nothing after', source: 'def f(*, **k):\n    pass\n' },
  { name: 'a parameter after **kwargs', source: 'def f(**k, a):\n    pass\n' },
  { name: 'two *args', source: 'def f(*a, *b):\n    pass\n' },
  { name: 'a default for *args', source: 'def f(*a=1):\n    pass\n' },
  { name: 'a default for **kwargs', source: 'def f(**k=1):\n    pass\n' },
  { name: 'an empty default', source: 'def f(a=):\n    pass\n' },
  { name: "a '/' first", source: 'def f(/, a):\n    pass\n' },
  { name: 'parenthesized parameters', source: 'def f(a, (b, c)):\n    pass\n' },
  { name: 'a lambda non-default parameter after a default', source: 'f = lambda a=1, b: 0\n' },

  // f-strings
  { name: 'an empty f-string field', source: 'x = 1\ny =   f"{}"\n' },
  { name: 'a blank f-string field', source: 'y = f"{ }"\n' },
  { name: "an f-string field missing '}'", source: 'y = f"{x"\n' },
  { name: "a single '}' in an f-string", source: 'y = f"a}b"\n' },
  { name: 'a bad f-string conversion', source: 'y = f"{a!x}"\n' },
  { name: 'a missing f-string conversion', source: 'y = f"{a!}"\n' },
  { name: "an f-string '!' without an expression", source: 'y = f"{!r}"\n' },
  { name: 'a backslash in an f-string field', source: 'y = f"{x\\n}"\n' },
  { name: "a '#' in an f-string field", source: 'y = f"{x#}"\n' },
  { name: 'an unmatched bracket in an f-string field', source: 'y = f"{x)}"\n' },
  { name: 'f-string fields nested too deeply', source: 'y = f"{x:{y:{z}}}"\n' },
  { name: 'the same quotes inside an f-string field', source: 'y = f"{x["a"]}"\n' },
  { name: 'an unterminated string in an f-string field', source: 'y = f"{\'a}"\n' },
  { name: 'a missing comma in an f-string field', source: 'x = 1\ny = f"{a b}"\n', column: 'field' },
  { name: 'an incomplete expression in an f-string field', source: 'y = f"{1 +}"\n', column: 'field' },
  { name: 'an f-string error after an earlier f-string', source: 'y = f"{x}" + f"{}"\n' },
  { name: 'a nested f-string error', source: 'y = f"{f\'{}\'}"\n', column: 'field' },

  // String escapes
  { name: 'a truncated \\x escape', source: 'x = 1\ny = "ab\\x4"\n' },
  { name: 'a truncated \\u escape', source: 'y = "ab\\u12" + 1\n' },
  { name: 'a \\U escape beyond Unicode', source: 'y = "\\U0011ffff"\n' },
  { name: 'a truncated escape after a non-ASCII letter', source: 'y = "é\\x4"\n' },
  { name: 'a bad escape in an f-string literal', source: 'y = f"{x}\\x4"\n' },

  // The symbol table and the compiler
  { name: "'await' on a negated operand", source: 'async def f():\n    print(await -x)\n' },
  { name: "'await' on a negated operand of a sum", source: 'async def f():\n    return await ~x + 1\n' },
  { name: "'await await'", source: 'async def f():\n    return await await x\n' },
  { name: "'await' at module level", source: 'await x\n' },
  { name: "'await' in a plain def", source: 'def f():\n    await x\n' },
  { name: "'await' in a lambda", source: 'async def f():\n    g = lambda: await x\n' },
  {
    name: "'await' in a comprehension in a plain def",
    source: 'def f():\n    return [await x for x in y]\n',
  },
  { name: "'await' in a comprehension at module level", source: 'x = [await y for y in z]\n' },
  { name: "'return' at module level", source: 'x = 1\nreturn x\n' },
  { name: "'yield' at module level", source: 'x = 1\nyield x\n' },
  { name: "'yield' in a class body", source: 'class A:\n    yield 1\n' },
  { name: "'yield' in a list comprehension", source: 'def f():\n    return [(yield x) for x in y]\n' },
  { name: "'yield from' in an async def", source: 'async def f():\n    yield from g()\n' },
  { name: "'return' with a value in an async generator", source: 'async def f():\n    yield 1\n    return 2\n' },
  { name: "'return' with a value before the yield of an async generator", source: 'async def f():\n    if x:\n        return 2\n    yield 1\n' },
  { name: "'async for' in a plain def", source: 'def f():\n    async for x in y:\n        pass\n' },
  { name: "an async comprehension in a plain def", source: 'def f():\n    return [x async for x in y]\n' },
  { name: "'break' outside a loop", source: 'if x:\n    break\n' },
  { name: "'break' in a loop's else", source: 'for x in y:\n    pass\nelse:\n    break\n' },
  { name: "'break' in a function inside a loop", source: 'for x in y:\n    def f():\n        break\n' },
  { name: "'continue' outside a loop", source: 'continue\n' },
  { name: "'async with' in a plain def", source: 'def f():\n    async with a:\n        pass\n' },
  { name: "'async with' at module level", source: 'async with a:\n    pass\n' },
  { name: "'async for' in a plain def", source: 'def f():\n    async for x in y:\n        pass\n' },
  { name: "'yield' at module level", source: 'yield x\n' },
  { name: "a bare 'yield' at module level", source: 'x = 1\nyield\n' },
  { name: "'yield' in a comprehension", source: 'def f():\n    x = [(yield) for i in y]\n' },
  { name: 'a global after an assignment', source: 'def f():\n    x = 1\n    global x\n' },
  { name: 'a global after a use', source: 'def f():\n    print(x)\n    global x\n' },
  { name: 'a global naming a parameter', source: 'def f(x):\n    global x\n' },
  { name: 'a global after an assignment at module level', source: 'x = 1\nglobal x\n' },
  { name: 'a global after an augmented assignment', source: 'def f():\n    x += 1\n    global x\n' },
  {
    name: 'a nonlocal after a use',
    source: 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
  },
  { name: 'a nonlocal without a binding', source: 'def f():\n    nonlocal x\n' },
  { name: 'a nonlocal naming a global', source: 'x = 1\ndef f():\n    def g():\n        nonlocal x\n' },
  { name: 'a nonlocal at module level', source: 'nonlocal x\n' },
  { name: 'a name both nonlocal and global', source: 'def f():\n    global x\n    nonlocal x\n' },
  { name: 'a duplicate parameter', source: 'def f(a, b, a):\n    pass\n' },
  { name: 'a duplicate lambda parameter', source: 'f = lambda a, a: 0\n' },
  { name: 'a symbol-table error after a compiler error', source: 'return 1\ndef f(a, a): pass\n' },
  { name: 'a repeated keyword argument', source: 'f(x=1, x=2)\n' },
  { name: 'a starred target alone', source: '*a = 1\n' },
  { name: 'two starred targets', source: '*a, *b = 1\n' },
  { name: 'a starred for target', source: 'for *a in x:\n    pass\n' },
  { name: 'a starred value alone', source: 'x = *a\n' },
  { name: 'a starred return value', source: 'def f():\n    return *a\n' },
  {
    name: "a bare 'except:' not last",
    source: 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
  },
];

interface CPythonError {
  msg: string;
  lineno: number;
  /** 1-based, as CPython's SyntaxError.offset. */
  offset: number;
}

/** Ask python3 to compile every case; null where it compiles. */
function compileWithCPython(sources: string[]): (CPythonError | null)[] {
  const script = `
import json, sys, warnings
warnings.simplefilter('ignore')
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, 'f.py', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append({'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset})
print(json.dumps(out))
`;
  const stdout = execFileSync('python3', ['-c', script], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as (CPythonError | null)[];
}

function parseError(source: string): SimError | null {
  try {
    parse(source);
    return null;
  } catch (e) {
    if (e instanceof SimError) return e;
    throw e;
  }
}

const cpython = compileWithCPython(CASES.map((c) => c.source));

describe('parse', () => {
  test.each(CASES.map((c, i) => [c.name, c, i] as const))('reports %s as CPython does', (_name, c, i) => {
    const expected = cpython[i];

    const error = parseError(c.source);

    expect(expected, 'CPython compiled this program; the case is wrong').not.toBeNull();
    expect(error, 'parse() accepted the program').not.toBeNull();
    const e = error as SimError;
    const want = expected as CPythonError;
    expect(e.kind).toBe('syntax');
    expect(e.message).toBe(want.msg);
    expect(e.loc.line).toBe(want.lineno);
    if (c.column === 'dedent') expect(want.offset).toBe(0);
    else if (c.column !== 'field') expect(e.loc.col + 1).toBe(want.offset);
  });

  test('reports errors inside an f-string field at their real column', () => {
    const source = 'x = 1\ny = f"{a b}"\n';

    const error = parseError(source);

    // CPython 3.11 says column 2 here, counting inside "(a b)"; the caret belongs under `a`.
    expect(error?.message).toBe('f-string: invalid syntax. Perhaps you forgot a comma?');
    expect(error?.loc).toMatchObject({ line: 2, col: 7 });
  });
});
