#!/usr/bin/env -S node --max-semi-space-size=64
/**
 * `npm run simulate -- FILE.py [options]`: runs src/sim/cli.ts as one bundled file, built with
 * esbuild the first time and again whenever a file the bundle was made from changes, and started
 * from V8's code cache, as python3 starts the asyncio package from its .pyc files.
 *
 * The bundle, the list of its inputs (each with the size and modification time it was built
 * from) and the code cache live in node_modules/.cache/asyncio-sim/. On every start the inputs
 * are checked with one stat each, which costs about a millisecond, so editing anything under
 * src/sim shows in the next run without a build step. The code cache is written by the first run
 * of a new bundle and named after that build, so a cache can never be applied to another bundle.
 * Arguments, output and exit status are the CLI's own (see src/sim/cli.ts); a bundle that cannot
 * be built exits 70 with esbuild's messages.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const root = path.join(__dirname, '..');
const entry = 'src/sim/cli.ts';
const cacheDir = path.join(root, 'node_modules', '.cache', 'asyncio-sim');
const bundleFile = path.join(cacheDir, 'cli.cjs');
const stampFile = path.join(cacheDir, 'cli.inputs.json');

/** The stamp of a file the bundle depends on: its size and modification time, or null if gone. */
function stampOf(rel) {
  try {
    const st = fs.statSync(path.join(root, rel));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The build id of the bundle on disk when every input is as it was built from, else null. */
function currentBuild() {
  let recorded;
  try {
    recorded = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
  if (!fs.existsSync(bundleFile)) return null;
  for (const [rel, stamp] of Object.entries(recorded.inputs)) {
    if (stampOf(rel) !== stamp) return null;
  }
  return recorded.build;
}

/** Writes a file whole or not at all, so a run started meanwhile never reads half of it. */
function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function build() {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    process.stderr.write('simulate: esbuild is missing; run `npm install` in the checkout first\n');
    process.exit(70);
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  let result;
  try {
    result = esbuild.buildSync({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
  } catch (e) {
    const messages = (e.errors ?? []).map((m) => `${m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ` : ''}${m.text}`);
    process.stderr.write(`simulate: the simulator does not build:\n${messages.join('\n') || e.message}\n`);
    process.exit(70);
  }
  const inputs = {};
  // This file decides how the bundle is built, so a change to it rebuilds too.
  for (const rel of [...Object.keys(result.metafile.inputs), path.relative(root, __filename)]) inputs[rel] = stampOf(rel);
  const buildId = `${Date.now().toString(36)}-${process.pid}`;
  writeAtomically(bundleFile, result.outputFiles[0].contents);
  writeAtomically(stampFile, JSON.stringify({ build: buildId, inputs }));
  for (const f of fs.readdirSync(cacheDir)) {
    if (f.endsWith('.code-cache')) fs.rmSync(path.join(cacheDir, f), { force: true });
  }
  return buildId;
}

const buildId = currentBuild() ?? build();
const codeCacheFile = path.join(cacheDir, `cli.${buildId}.code-cache`);
let cachedData;
try {
  cachedData = fs.readFileSync(codeCacheFile);
} catch {
  cachedData = undefined;
}
// The CommonJS module wrapper, so that the bundle's `require` is node's.
const source = `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(bundleFile, 'utf8')}\n})`;
const script = new vm.Script(source, { filename: bundleFile, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // At exit the cache holds the bytecode of every function this run compiled.
  process.on('exit', () => {
    try {
      writeAtomically(codeCacheFile, script.createCachedData());
    } catch {
      // A read-only checkout runs from source every time; nothing is lost but speed.
    }
  });
}
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, bundleFile, cacheDir);
