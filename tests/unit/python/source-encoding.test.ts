import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { SimError } from '../../../src/sim/python/errors';
import { decodeSource } from '../../../src/sim/python/source-encoding';
import { simulate, simulateFile } from '../../../src/sim/run';
import { PYTHON } from '../../conformance/harness';

const dir = mkdtempSync(join(tmpdir(), 'source-encoding-'));

/** A file of these bytes, and what CPython makes of it: its stdout, or its SyntaxError's text. */
function cpython(name: string, bytes: number[]): { file: string; stdout: string; error: string | null } {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(bytes));
  const run = spawnSync(PYTHON, ['-I', file], { encoding: 'utf8' });
  const error = /^SyntaxError: (.*)$/m.exec(run.stderr)?.[1] ?? null;
  return { file, stdout: run.stdout, error };
}

const text = (s: string) => [...Buffer.from(s, 'latin1')];
const CASES: Array<[string, number[]]> = [
  ['plain.py', text('print("plain")\n')],
  ['bom.py', [0xef, 0xbb, 0xbf, ...text('print("bom")\n')]],
  ['latin1.py', text('# -*- coding: latin-1 -*-\nprint("caf\xe9")\n')],
  ['second-line.py', text('#!/usr/bin/env python3\n# vim: set fileencoding=latin_1 :\nprint("\xe9t\xe9")\n')],
  ['cp1252.py', text('# coding: cp1252\nprint("\x80 \x93quoted\x94")\n')],
  ['euc-kr.py', [...text('# coding: euc-kr\nprint("'), 0xc7, 0xd1, ...text('")\n')]],
  ['utf8-cookie.py', text('# coding=UTF8\nprint("ok")\n')],
  ['undeclared.py', text('x = 1\nprint("caf\xe9")\n')],
  ['cookie-too-late.py', text('x = 1\n# coding: latin-1\nprint("\xe9")\n')],
  ['cookie-after-code.py', text('x = 1  # coding: latin-1\nprint("\xe9")\n')],
  ['unknown.py', text('# coding: klingon\nprint(1)\n')],
  ['bom-and-latin1.py', [0xef, 0xbb, 0xbf, ...text('# coding: latin-1\nprint(1)\n')]],
  ['ascii.py', text('# coding: ascii\nprint("caf\xe9")\n')],
  ['overlong.py', text('print("\xc0\xaf")\n')],
  ['surrogate.py', text('print("\xed\xa0\x80")\n')],
];

describe('decodeSource', () => {
  for (const [name, bytes] of CASES) {
    it(`reads ${name} as CPython does`, () => {
      const want = cpython(name, bytes);

      let got: string | SimError;
      try {
        got = decodeSource(Uint8Array.from(bytes), want.file);
      } catch (e) {
        if (!(e instanceof SimError)) throw e;
        got = e;
      }

      if (want.error === null) {
        expect(got).toBeTypeOf('string');
        expect(simulate(got as string).stdout).toBe(want.stdout);
      } else {
        expect(got).toBeInstanceOf(SimError);
        expect((got as SimError).message).toBe(want.error);
      }
    });
  }

  it('names the line of a bad byte, declared UTF-8 or not', () => {
    const bytes = Uint8Array.from(text('# coding: utf-8\nx = 1\nprint("caf\xe9")\n'));

    expect(() => decodeSource(bytes, 'f.py')).toThrowError(/^\(unicode error\) 'utf-8' codec can't decode byte 0xe9$/);
    try {
      decodeSource(bytes, 'f.py');
    } catch (e) {
      expect((e as SimError).loc.line).toBe(3);
    }
  });
});

describe('simulateFile', () => {
  it('runs a latin-1 file by its coding cookie', () => {
    const r = simulateFile(Uint8Array.from(text('# -*- coding: latin-1 -*-\nprint("caf\xe9")\n')), { filename: 'f.py' });

    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('caf\u00e9\n');
  });

  it('refuses a byte that is not UTF-8, with no cookie, in CPython\'s words at its line', () => {
    const r = simulateFile(Uint8Array.from(text('x = 1\nprint("\xff")\n')), { filename: 'f.py' });

    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      "f.py:2:1: Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; " +
        'see https://peps.python.org/pep-0263/ for details',
    );
  });
});

