/**
 * Runs the bundled simulator CLI from V8's code cache, as python3 runs the asyncio package from
 * its .pyc files: the bundle is not parsed and compiled again on every start.
 *
 *   SIM_BUNDLE=cli.cjs SIM_CODE_CACHE=cli.cache node cached-cli.cjs FILE.py [options]
 *
 * With SIM_WRITE_CACHE=1 the run writes the cache when it exits, holding the bytecode of every
 * function that run compiled; `npm run bench` does that once, on a warm-up program of its own,
 * and never while timing. V8 rejects a cache made by another V8 version or with other flags,
 * and the bundle then compiles from source, as it would without one. With SIM_REPORT_RSS=1 the
 * process prints its peak resident memory last on stderr.
 * `npm run bench` keeps this path to compare with bin/simulate.cjs, which starts the bundle the
 * same way for `npm run simulate`.
 */
'use strict';
const fs = require('node:fs');
const vm = require('node:vm');

const bundle = process.env.SIM_BUNDLE;
const cacheFile = process.env.SIM_CODE_CACHE;
if (!bundle || !cacheFile) throw new Error('set SIM_BUNDLE and SIM_CODE_CACHE');

let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The CommonJS module wrapper, so that the bundle's `require` is node's.
const source = `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(bundle, 'utf8')}\n})`;
const script = new vm.Script(source, { filename: bundle, cachedData });
process.on('exit', () => {
  if (process.env.SIM_WRITE_CACHE === '1') fs.writeFileSync(cacheFile, script.createCachedData());
  if (process.env.SIM_REPORT_RSS === '1') process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`);
});
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, bundle, __dirname);
