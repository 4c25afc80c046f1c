/**
 * `npm run --silent simulate -- FILE.py [--trace] [--cpus N] [--budget N] [--python 3.12]`
 *
 * Prints what CPython would print for FILE.py, with the same exit status: 0 on success, 1 for an
 * uncaught exception (traceback on stderr), 2 for a syntax error or a construct outside the
 * subset (`FILE:LINE:COL: message` on stderr), 3 when the step budget stops a runaway program or
 * the program would wait forever. `--trace` prints the trace as JSON lines instead of stdout;
 * `--orders` prints every output CPython could print, when threads or set order make it vary.
 * `--python X.Y` follows that version's asyncio rules (src/sim/versions.ts; 3.11 by default).
 *
 * The npm script starts node with `--max-semi-space-size=64`: the interpreter makes many
 * short-lived generator objects, and a larger young generation halves the time spent in GC.
 */
import { readFileSync, writeSync } from 'node:fs';
import { allOrders, describeCount, orderCount } from './races';
import { simulateFile } from './run';
import { PYTHON_VERSIONS, isPythonVersion, type PythonVersion } from './versions';
import type { TraceEvent } from './trace';

/** What a blocked write waits on (Atomics.wait needs shared memory; nothing ever wakes it). */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes `--trace` as JSON lines while the run goes on, in chunks, with blocking writes: the
 * trace of a runaway program has millions of events, and holding them (and then one string of
 * all of them) took nearly a gigabyte.
 */
class TraceWriter {
  private chunk: string[] = [];
  private size = 0;

  readonly event = (ev: TraceEvent): void => {
    const line = JSON.stringify(ev) + '\n';
    this.chunk.push(line);
    this.size += line.length;
    if (this.size >= 1 << 16) this.flush();
  };

  flush(): void {
    if (this.chunk.length === 0) return;
    const bytes = Buffer.from(this.chunk.join(''));
    this.chunk = [];
    this.size = 0;
    for (let at = 0; at < bytes.length; ) {
      try {
        at += writeSync(1, bytes, at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A pipe node opened non-blocking is full: wait a moment for the reader, then go on.
        if (code === 'EAGAIN') Atomics.wait(PAUSE, 0, 0, 1);
        // A reader that stopped early (`--trace | head`): the rest has nowhere to go.
        else if (code === 'EPIPE') process.exit();
        else throw e;
      }
    }
  }
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: simulate FILE.py [--trace | --orders] [--cpus N] [--budget N] [--python X.Y]\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  let file: string | null = null;
  let trace = false;
  let orders = false;
  let cpuCount: number | undefined;
  let stepBudget: number | undefined;
  let python: PythonVersion | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--trace') trace = true;
    else if (a === '--orders') orders = true;
    else if (a === '--python') {
      const v = argv[++i];
      if (!isPythonVersion(v)) usage(`--python needs one of ${PYTHON_VERSIONS.join(', ')}${v === undefined ? '' : `, not ${v}`}`);
      python = v;
    } else if (a === '--cpus' || a === '--budget') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) usage(`${a} needs a positive whole number`);
      if (a === '--cpus') cpuCount = n;
      else stepBudget = n;
    } else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (file === null) file = a;
    else usage('only one program at a time');
  }
  if (file === null) usage('no program given');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`simulate: can't open file '${file}': ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 2;
  }
  const out = trace ? new TraceWriter() : null;
  const result = simulateFile(bytes, { filename: file, cpuCount, stepBudget, python, onTraceEvent: out?.event });
  if (out) {
    out.flush();
  } else if (orders) {
    const n = orderCount(result.lines);
    const shown = allOrders(result.lines, 24);
    const more = BigInt(shown.length) < n ? ` (the first ${shown.length} shown)` : '';
    process.stdout.write(`${describeCount(n)} possible order${n === 1n ? '' : 's'}${more}\n`);
    shown.forEach((o, i) => process.stdout.write(`--- order ${i + 1} ---\n${o}`));
  } else {
    process.stdout.write(result.stdout);
  }
  process.stderr.write(result.stderr);
  // Not CPython's output: the simulator's word that this run is one of many CPython can print.
  for (const note of result.varying ?? []) process.stderr.write(`${file}:${note.line}:${note.col + 1}: note: ${note.message}\n`);
  return result.exitCode;
}

// A reader that stops early (`simulate big.py | head -1`) closes the pipe while the output is still
// being written. The run itself is over by then, so stop writing and exit with the program's
// status, as a filter should, rather than with node's unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });
}
process.exitCode = main(process.argv.slice(2));
