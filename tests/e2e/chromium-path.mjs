/** Where the Chromium binary that Playwright drives lives: Debian's package by default. */
export function chromiumPath() {
	return process.env.PLAYWRIGHT_CHROMIUM || '/usr/bin/chromium';
}
