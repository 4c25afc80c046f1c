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
import { readFileSync } from 'node:fs';
import { allOrders, orderCount } from './races';
import { simulate } from './run';
import { PYTHON_VERSIONS, isPythonVersion, type PythonVersion } from './versions';

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
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`simulate: can't open file '${file}': ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 2;
  }
  const result = simulate(source, { filename: file, trace, cpuCount, stepBudget, python });
  if (trace) {
    process.stdout.write((result.trace ?? []).map((ev) => JSON.stringify(ev)).join('\n') + '\n');
  } else if (orders) {
    const n = orderCount(result.lines);
    const shown = allOrders(result.lines, 24);
    process.stdout.write(`${n} possible order${n === 1 ? '' : 's'}${shown.length < n ? ` (the first ${shown.length} shown)` : ''}\n`);
    shown.forEach((o, i) => process.stdout.write(`--- order ${i + 1} ---\n${o}`));
  } else {
    process.stdout.write(result.stdout);
  }
  process.stderr.write(result.stderr);
  return result.exitCode;
}

process.exitCode = main(process.argv.slice(2));
