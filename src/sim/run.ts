/**
 * One simulation, end to end: parse, run the module on the simulated runtime, and report
 * stdout, stderr and an exit code the way the `python3` process would.
 */
import { setMeter } from './python/budget';
import { setDialect } from './python/dialect';
import { SimError, formatSimError } from './python/errors';
import { KeyboardInterrupt, PyBaseException, SystemExit } from './python/exceptions';
import { Interpreter } from './python/interpreter';
import { parse } from './python/parse';
import { decodeSource } from './python/source-encoding';
import { formatTraceback, handleSystemExit } from './python/traceback';
import { collectAtExit } from './runtime/finalise';
import { makeModules } from './runtime/modules';
import { Simulation } from './runtime/simulation';
import { varyingNotes } from './stdlib/varying';
import type { ExitCode, SimOptions, SimResult } from './types';
import { DEFAULT_PYTHON, PYTHON_VERSIONS, isPythonVersion } from './versions';

const DEFAULT_STEP_BUDGET = 1_000_000;
const DEFAULT_CPU_COUNT = 2;

export function simulate(source: string, options: SimOptions = {}): SimResult {
  const filename = options.filename ?? 'program.py';
  if (options.python !== undefined && !isPythonVersion(options.python)) {
    // Callers outside TypeScript (a widget's stored choice, a worker message) may pass anything.
    const stderr = `${filename}: cannot follow Python ${JSON.stringify(options.python)}: choose one of ${PYTHON_VERSIONS.join(', ')}\n`;
    return { stdout: '', stderr, exitCode: 2, lines: [], trace: options.trace ? [] : undefined };
  }
  const sim = new Simulation(
    filename,
    options.stepBudget ?? DEFAULT_STEP_BUDGET,
    options.cpuCount ?? DEFAULT_CPU_COUNT,
    options.onTraceEvent ? { push: options.onTraceEvent } : (options.trace ?? false),
    options.outputLimit,
    options.python ?? DEFAULT_PYTHON,
  );
  let exitCode: ExitCode = 0;
  /** The program ended as a Python process does, so the interpreter's shutdown runs. */
  let shutdown = true;
  setMeter(sim);
  setDialect(sim.python);
  try {
    sim.source = source;
    const module = parse(source);
    sim.modules = makeModules(sim);
    sim.interp = new Interpreter(module, sim, source);
    sim.interp.runModule();
  } catch (e) {
    if (e instanceof PyBaseException && e.isInstance(SystemExit)) {
      const exit = handleSystemExit(e);
      sim.stderr += exit.stderr;
      exitCode = exit.status;
    } else if (e instanceof PyBaseException) {
      sim.stderr += formatTraceback(e, source);
      // Modules/main.c: after the traceback, an uncaught KeyboardInterrupt ends the process by
      // SIGINT, which a shell reports as 128 + 2.
      exitCode = e.isInstance(KeyboardInterrupt) ? 130 : 1;
    } else if (e instanceof SimError) {
      shutdown = false;
      sim.stderr += formatSimError(e, filename, source) + '\n';
      exitCode = e.kind === 'budget' || e.kind === 'hang' ? 3 : 2;
    } else if (e instanceof RangeError && e.message.includes('call stack')) {
      // The JavaScript stack ran out before Python's recursion limit: the same error to a learner.
      sim.stderr += 'Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n';
      exitCode = 1;
    } else {
      shutdown = false;
      const msg = e instanceof Error ? e.message : String(e);
      sim.stderr += `${filename}: internal simulator error: ${msg}\n`;
      exitCode = 70;
    }
  }
  if (shutdown) {
    try {
      // Py_FinalizeEx: module teardown frees what globals still held (runtime/finalise.ts).
      collectAtExit(sim);
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      sim.stderr += formatSimError(e, filename, source) + '\n';
      exitCode = 2;
    }
  }
  setMeter(null);
  setDialect(DEFAULT_PYTHON);
  sim.finishOutput();
  const varying = varyingNotes(sim);
  return { stdout: sim.stdout, stderr: sim.stderr, exitCode, lines: sim.lines, trace: Array.isArray(sim.trace) ? sim.trace : undefined, ...(varying.length ? { varying } : {}) };
}

/**
 * One simulation of a program file's bytes, decoded as CPython's tokenizer decodes them (PEP 263:
 * UTF-8 unless a coding cookie says otherwise). Bytes that do not decode are the SyntaxError
 * CPython reports, given as every other syntax error is: located, exit 2. The CLI and the test
 * suites that run files come here; the browser has text and calls `simulate`.
 */
export function simulateFile(bytes: Uint8Array, options: SimOptions = {}): SimResult {
  const filename = options.filename ?? 'program.py';
  let source: string;
  try {
    source = decodeSource(bytes, filename);
  } catch (e) {
    if (!(e instanceof SimError)) throw e;
    // The line is shown as well as it can be; the message names the byte that failed.
    const stderr = formatSimError(e, filename, new TextDecoder().decode(bytes)) + '\n';
    return { stdout: '', stderr, exitCode: 2, lines: [], trace: options.trace ? [] : undefined };
  }
  return simulate(source, options);
}
