import { defineConfig, devices } from '@playwright/test';

import { chromiumPath } from './e2e/chromium-path.mjs';

// E2E_PORT lets several checkouts run the suite side by side on one machine.
const PORT = Number(process.env.E2E_PORT) || 4329;
const CI = Boolean(process.env.CI);

// Build unless asked to reuse the last one (E2E_REUSE_BUILD=1, for quick local reruns): the
// suite reads dist/ to know which pages and anchors exist, so a stale build gives stale answers.
const build = process.env.E2E_REUSE_BUILD && !CI ? '' : 'npm run build && ';

export default defineConfig({
	testDir: './e2e',
	forbidOnly: CI,
	retries: CI ? 1 : 0,
	workers: 2,
	fullyParallel: true,
	reporter: CI
		? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]]
		: 'list',
	outputDir: '../test-results',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					// Debian's Chromium: Playwright's own browser download cannot run on our machines.
					executablePath: chromiumPath(),
					// The network is closed: keep Chromium from reaching for Google's services.
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
					],
				},
			},
		},
	],
	webServer: {
		command: `${build}npx astro preview --port ${PORT}`,
		cwd: '..',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
