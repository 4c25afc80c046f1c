/**
 * The hostile programs on disk: `programs/*.py`, each one idea, its first line a comment naming
 * what it probes. A program CPython never finishes (a runaway loop, a wait nobody ends) says so
 * with `# hostile: runs-on` among its leading comments; CPython then gets RUNS_ON_MS before it
 * is stopped, and the simulator must stop it cleanly too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROGRAMS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'programs');

/** How long CPython runs a `runs-on` program before it counts as running on. */
export const RUNS_ON_MS = 1500;
/** How long CPython may take on any other program: far more than one needs, on a loaded machine. */
export const FINISH_MS = 30_000;

export interface HostileProgram {
  file: string;
  /** The file as it is on disk: what the simulator is given, to decode as CPython does (PEP 263). */
  bytes: Uint8Array;
  /** Its text read as UTF-8 (a byte that is not becomes U+FFFD), for the header and for locations. */
  source: string;
  /** The first line's comment, without the `#`. */
  probe: string;
  /** True when the program declares that CPython never finishes it. */
  runsOn: boolean;
  /** Why the header is malformed, or null. */
  headerError: string | null;
}

const MARKER = /^#\s*hostile:\s*(.*)$/;

export function parseProgram(file: string, source: string, bytes: Uint8Array = new TextEncoder().encode(source)): HostileProgram {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // A coding cookie must come first when a program tests one; the probe comment follows it.
  const first = /^#.*coding[:=]/.test(lines[0] ?? '') ? (lines[1] ?? '') : (lines[0] ?? '');
  let headerError: string | null = /^#\s*Probe:\s*\S/.test(first) ? null : 'the first line must be "# Probe: what it probes"';
  let runsOn = false;
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const m = MARKER.exec(line);
    if (!m) continue;
    if (m[1].trim() === 'runs-on') runsOn = true;
    else headerError = `unknown marker ${JSON.stringify(line)}; the only one is "# hostile: runs-on"`;
  }
  return { file, bytes, source, probe: first.replace(/^#\s*Probe:\s*/, ''), runsOn, headerError };
}

export function loadPrograms(dir: string = PROGRAMS_DIR): HostileProgram[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return parseProgram(f, bytes.toString('utf8'), bytes);
    });
}
