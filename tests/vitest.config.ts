import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	resolve: {
		alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) },
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/hostile/**/*.test.ts'],
		// Conformance tests start CPython once per program; give them room on slow machines.
		testTimeout: 20_000,
	},
});
