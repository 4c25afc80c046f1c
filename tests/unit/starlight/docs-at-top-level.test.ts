import { describe, expect, test } from 'vitest';

import type { AstroIntegration } from 'astro';

import { rewriteImportPath, withDocsAtTopLevel } from '~/starlight/docs-at-top-level';

type SetupParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

describe('withDocsAtTopLevel', () => {
	const root = new URL('file:///site/');
	const srcDir = new URL('file:///site/src/');

	function runSetup() {
		let seen: SetupParams['config'] | undefined;
		const starlight: AstroIntegration = {
			name: '@astrojs/starlight',
			hooks: { 'astro:config:setup': (params) => void (seen = params.config) },
		};
		const integrations: AstroIntegration[] = [starlight];
		const updates: unknown[] = [];
		const params = {
			config: { root, srcDir, integrations },
			updateConfig: (update: unknown) => updates.push(update),
		} as unknown as SetupParams;

		return {
			seen: () => seen,
			integrations,
			updates,
			run: () => withDocsAtTopLevel(starlight).hooks['astro:config:setup']?.(params),
		};
	}

	test('shows Starlight a config whose source folder is the project root', async () => {
		const setup = runSetup();

		await setup.run();

		expect(setup.seen()?.srcDir).toBe(root);
		expect(setup.seen()?.root).toBe(root);
	});

	test('keeps the integrations array Astro reads, so Starlight can add to it', async () => {
		const setup = runSetup();

		await setup.run();

		expect(setup.seen()?.integrations).toBe(setup.integrations);
	});

	test('adds the Vite plugin that points Starlight back at src/content.config.ts', async () => {
		const setup = runSetup();

		await setup.run();

		expect(setup.updates).toEqual([
			{
				vite: {
					plugins: [
						expect.objectContaining({ name: 'asyncio-course:starlight-content-config-path' }),
					],
				},
			},
		]);
	});

	test('keeps the name Starlight finds itself by', () => {
		const starlight: AstroIntegration = {
			name: '@astrojs/starlight',
			hooks: { 'astro:config:setup': () => {} },
		};

		expect(withDocsAtTopLevel(starlight).name).toBe('@astrojs/starlight');
	});
});

describe('rewriteImportPath', () => {
	const module = `let userCollections;
		try {
			userCollections = (await import("/site/content/config.ts")).collections;
		} catch {}`;

	test('points the import at the real content config', () => {
		const rewritten = rewriteImportPath(
			module,
			['/site/content.config.ts', '/site/content/config.ts'],
			'/site/src/content.config.ts',
		);

		expect(rewritten).toContain('await import("/site/src/content.config.ts")');
		expect(rewritten).not.toContain('/site/content/config.ts');
	});

	test('stops the build when the module no longer imports what it expects', () => {
		expect(() =>
			rewriteImportPath(module, ['/elsewhere/content.config.ts'], '/site/src/content.config.ts'),
		).toThrow('no longer imports the content config');
	});
});
