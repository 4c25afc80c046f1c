import { describe, expect, test } from 'vitest';

import { rewriteImportPath } from '~/starlight/docs-at-top-level';

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
