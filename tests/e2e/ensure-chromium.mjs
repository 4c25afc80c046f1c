// Makes sure the Chromium that Playwright drives exists before the tests start.
// Playwright's own browser download cannot reach its servers from our machines, so the
// suite uses Debian's package instead (see tests/playwright.config.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromiumPath } from './chromium-path.mjs';

const path = chromiumPath();
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.env.PLAYWRIGHT_CHROMIUM || !isRoot) {
	const fix = process.env.PLAYWRIGHT_CHROMIUM
		? `point PLAYWRIGHT_CHROMIUM at an existing Chromium binary`
		: `run: sudo apt-get update && sudo apt-get install -y chromium`;
	console.error(`Chromium not found at ${path}; ${fix}`);
	process.exit(1);
}

console.log(`Chromium not found at ${path}; installing it with apt-get (takes a minute)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
	const run = spawnSync('apt-get', ['-q', ...args], {
		stdio: ['ignore', 'inherit', 'inherit'],
		env,
	});
	if (run.status !== 0) {
		console.error(`apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}).`);
		process.exit(1);
	}
}
if (!existsSync(path)) {
	console.error(`apt-get installed chromium, but ${path} still does not exist.`);
	process.exit(1);
}
