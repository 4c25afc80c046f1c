import { describe, expect, test } from 'vitest';
import { SimError } from '../../../src/sim/python/errors';
import { parse } from '../../../src/sim/python/parse';

/** Valid Python outside the simulator's subset: refused by name, at the construct's start. */
const CASES: [construct: string, source: string, line: number, col: number][] = [
  ['class keyword arguments (metaclass=...)', 'class A(metaclass=M):\n    pass\n', 1, 8],
  ["'yield' inside a lambda", 'f = lambda: (yield)\n', 1, 13],
  ["'yield' inside a lambda", 'f = lambda: (yield 1)\n', 1, 13],
  ['match statements', 'match x:\n    case 1:\n        pass\n', 1, 0],
  ['star-import', 'from asyncio import *\n', 1, 0],
  ['relative imports', 'from . import x\n', 1, 0],
  ['import of socket', 'import socket\n', 1, 7],
  ['import of socket', 'import asyncio, socket\n', 1, 16],
  ['import of os.path', 'import os.path\n', 1, 7],
  ['import of socket', 'from socket import create_connection\n', 1, 5],
  ['bytes literals', 'x = b"bytes"\n', 1, 4],
  ['complex numbers', 'x = 1j\n', 1, 4],
  ['positional-only parameters (/)', 'def f(a, /, b):\n    pass\n', 1, 9],
  ['named Unicode escapes (\\N{...})', 'x = "\\N{BULLET}"\n', 1, 5],
  ['except* (exception groups)', 'try:\n    pass\nexcept* ValueError:\n    pass\n', 3, 0],
  ['a form feed (\\f) in the indentation of a line', 'if 1:\n\f    print(1)\n', 2, 0],
];

function refusal(source: string): SimError {
  try {
    parse(source);
  } catch (e) {
    if (e instanceof SimError) return e;
    throw e;
  }
  throw new Error('parse() accepted the program');
}

describe('parse', () => {
  test.each(CASES)('refuses %s, naming the construct and its place', (construct, source, line, col) => {
    const error = refusal(source);

    expect(error.kind).toBe('unsupported');
    expect(error.message).toBe(`not supported by the simulator: ${construct}`);
    expect(error.loc).toMatchObject({ line, col });
  });

  test('reports the first refused construct in the file', () => {
    const error = refusal('import socket\nmatch x:\n    case 1:\n        pass\n');

    expect(error.message).toBe('not supported by the simulator: import of socket');
  });

  test('reports an error CPython would raise before any refusal, wherever it is', () => {
    const syntax = refusal('match x:\n    case 1:\n        pass\nx = (1,\n');
    const compile = refusal('match x:\n    case 1:\n        pass\nreturn 1\n');

    expect(syntax).toMatchObject({ kind: 'syntax', message: "'(' was never closed" });
    expect(compile).toMatchObject({ kind: 'syntax', message: "'return' outside function", loc: { line: 4 } });
  });

  test('accepts the modules the simulator models', () => {
    const source =
      'import asyncio\nimport time\nimport concurrent.futures\nfrom concurrent.futures import ThreadPoolExecutor\nfrom asyncio import sleep, gather\n';

    expect(() => parse(source)).not.toThrow();
  });
});

describe('a form feed', () => {
  test('on a line of its own (a page break) is a blank line, inside a block and inside a string', () => {
    expect(() => parse('def f():\n    x = 1\n\f\n    return x\n\nprint(f())\n')).not.toThrow();
    expect(() => parse('s = """a\n\f\nb"""\nif 1:\n    x = 1\n  \f  \n    print(x)\n')).not.toThrow();
  });
});
