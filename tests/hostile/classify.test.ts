/**
 * The verdicts the hostile suite and the differential fuzzer rest on: each class is reached by
 * the runs that belong to it and by no other.
 */
import { describe, expect, test } from 'vitest';
import { classify, countVerdicts, isLocated, type OracleRun, type SimRun } from './classify';
import { loadPrograms, parseProgram } from './programs';

const SRC = 'x = 1\nprint(x)\nwhile True:\n    pass\n';
const py = (stdout: string, exitCode = 0, stderr = ''): OracleRun => ({ ranOn: false, stdout, stderr, exitCode });
const sim = (stdout: string, exitCode = 0, stderr = ''): SimRun => ({ ok: true, stdout, stderr, exitCode });
const verdict = (p: OracleRun, s: SimRun) => classify(p, s, 'p.py', SRC).verdict;

describe('classify', () => {
  test('the same stdout and exit 0 is exact', () => {
    expect(verdict(py('1\n'), sim('1\n'))).toBe('exact');
  });

  test('an uncaught exception is exact only when the last stderr line matches too', () => {
    const tb = (last: string) => `Traceback (most recent call last):\n  File "p.py", line 2\n${last}\n`;
    expect(verdict(py('', 1, tb('ValueError: boom')), sim('', 1, tb('ValueError: boom')))).toBe('exact');
    expect(verdict(py('', 1, tb('ValueError: boom')), sim('', 1, tb('ValueError: bang')))).toBe('wrong');
  });

  test('an object address in the last stderr line is no difference; the words around it are', () => {
    const last = (at: string, what = 'function main') => `ValueError: a coroutine was expected, got <${what} at ${at}>\n`;
    expect(verdict(py('', 1, last('0x7fd568f9f420')), sim('', 1, last('0x7f3a5c1e0080')))).toBe('exact');
    expect(verdict(py('', 1, last('0x7fd568f9f420')), sim('', 1, last('0x7f3a5c1e0080', 'function other')))).toBe('wrong');
  });

  test('a different line of output is wrong, and the detail names the line', () => {
    const c = classify(py('a\nb\n'), sim('a\nc\n'), 'p.py', SRC);
    expect(c.verdict).toBe('wrong');
    expect(c.detail).toContain('stdout line 2: CPython "b", simulator "c"');
  });

  test('a different exit status with the same stdout is wrong', () => {
    expect(verdict(py('', 1, 'TypeError: x'), sim('', 0))).toBe('wrong');
  });

  test('exit 2 with a located message is refused; without one it is wrong', () => {
    expect(verdict(py('1\n'), sim('', 2, 'p.py:2:1: classes are not supported by the simulator\n'))).toBe('refused');
    expect(verdict(py('1\n'), sim('', 2, 'something went wrong\n'))).toBe('wrong');
    // A location past the program's last line is no location.
    expect(verdict(py('1\n'), sim('', 2, 'p.py:99:1: nope\n'))).toBe('wrong');
  });

  test('exit 3 is stopped only where CPython runs on', () => {
    const stop = sim('1\n', 3, 'p.py:3:1: stopped after 1,000,000 steps: an infinite loop?\n');
    expect(verdict({ ranOn: true }, stop)).toBe('stopped');
    expect(verdict(py('1\n'), stop)).toBe('wrong');
    expect(verdict({ ranOn: true }, sim('1\n', 0))).toBe('wrong');
  });

  test('a SystemExit(3) in CPython is not matched by a budget stop', () => {
    expect(verdict(py('', 3), sim('', 3, 'p.py:3:1: stopped after 1,000,000 steps\n'))).toBe('wrong');
    expect(verdict(py('', 3), sim('', 3))).toBe('exact');
  });

  test('a stop at the output cap, where CPython prints on, is stopped', () => {
    const cap = 'p.py:2:5: stopped: the program printed more than 4 characters, the most the simulator keeps\n';
    expect(verdict(py('xxxxxxxx\n'), sim('xxxx', 3, cap))).toBe('stopped');
    // A cut that does not match CPython's beginning is still wrong, and so is any other stop.
    expect(verdict(py('yyyyyyyy\n'), sim('xxxx', 3, cap))).toBe('wrong');
    expect(verdict(py('xxxxxxxx\n'), sim('xxxx', 3, 'p.py:2:5: stopped after 1,000,000 steps\n'))).toBe('wrong');
  });

  test('exit 70, an unknown exit and a failed run are crashes', () => {
    expect(verdict(py('1\n'), sim('', 70, 'p.py: internal simulator error: x\n'))).toBe('crash');
    expect(verdict(py('1\n'), sim('', 256))).toBe('crash');
    expect(verdict(py('1\n'), { ok: false, problem: 'hang' })).toBe('crash');
  });

  test("a SystemExit's own status is exact when CPython ends with it too, even the simulator's 2 and 3", () => {
    expect(verdict(py('a\n', 5), sim('a\n', 5))).toBe('exact');
    expect(verdict(py('a\n', 2), sim('a\n', 2))).toBe('exact');
    expect(verdict(py('a\n', 5), sim('a\n', 4))).toBe('wrong');
    expect(verdict(py('', 130, 'KeyboardInterrupt\n'), sim('', 130, 'KeyboardInterrupt\n'))).toBe('exact');
  });

  test('isLocated wants FILE:LINE:COL inside the program', () => {
    expect(isLocated('p.py:1:1: x\n', 'p.py', SRC)).toBe(true);
    expect(isLocated('q.py:1:1: x\n', 'p.py', SRC)).toBe(false);
    expect(isLocated('p.py:1:0: x\n', 'p.py', SRC)).toBe(false);
  });

  test('countVerdicts lists every class', () => {
    expect(countVerdicts(['exact', 'exact', 'crash'])).toEqual({ exact: 2, refused: 0, stopped: 0, wrong: 0, crash: 1 });
  });
});

describe('parseProgram', () => {
  test('reads the probe and the runs-on marker', () => {
    const p = parseProgram('a.py', '# Probe: a loop\n# hostile: runs-on\nwhile True: pass\n');
    expect(p).toMatchObject({ probe: 'a loop', runsOn: true, headerError: null });
  });

  test('a coding cookie may come before the probe', () => {
    expect(parseProgram('a.py', '# -*- coding: latin-1 -*-\n# Probe: x\n').headerError).toBeNull();
  });

  test('a missing probe or a misspelt marker is an error', () => {
    expect(parseProgram('a.py', 'print(1)\n').headerError).toMatch(/first line/);
    expect(parseProgram('a.py', '# Probe: x\n# hostile: run-on\n').headerError).toMatch(/unknown marker/);
  });
});

describe('loadPrograms', () => {
  test('keeps each file\'s bytes for the simulator, so a latin-1 program is not read as UTF-8', () => {
    const latin1 = loadPrograms().find((p) => p.file === 'ws_coding_cookie_latin1.py');

    expect(latin1?.bytes.includes(0xe9)).toBe(true);
    expect(latin1?.source).toContain('caf\ufffd');
  });
});
