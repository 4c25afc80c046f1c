import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';

import { inlineScriptHashes, policyFor, withPolicy } from '~/build/content-security-policy';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

const PAGE = [
	'<!DOCTYPE html><html><head><meta charset="utf-8"/>',
	'<script>document.documentElement.dataset.theme = "dark";</script>',
	'<script type="module" src="/_astro/page.js"></script>',
	'<script type="module">import("/_astro/island.js");</script>',
	'<script type="application/ld+json">{"@type":"Course"}</script>',
	'</head><body><script aria-hidden="true">window.x = 1</script></body></html>',
].join('\n');

describe('inlineScriptHashes', () => {
	test('hashes each inline script a browser runs, byte for byte, in document order', () => {
		expect(inlineScriptHashes(PAGE)).toEqual([
			sha('document.documentElement.dataset.theme = "dark";'),
			sha('import("/_astro/island.js");'),
			sha('window.x = 1'),
		]);
	});

	test('leaves out scripts loaded from a file and scripts that are data', () => {
		const hashes = inlineScriptHashes(PAGE);

		expect(hashes).not.toContain(sha(''));
		expect(hashes).not.toContain(sha('{"@type":"Course"}'));
	});

	test('lists a script that appears twice once', () => {
		expect(inlineScriptHashes('<script>a()</script><p></p><script>a()</script>')).toEqual([sha('a()')]);
	});
});

describe('policyFor', () => {
	test('allows scripts from the site and by hash, never inline or eval', () => {
		const scriptSrc = policyFor(PAGE)
			.split('; ')
			.find((d) => d.startsWith('script-src '));

		expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(PAGE).join(' ')}`);
		expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
	});

	test('restricts what the site does not use', () => {
		const policy = policyFor(PAGE).split('; ');

		expect(policy).toEqual(
			expect.arrayContaining([
				"default-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
			]),
		);
	});

	test('names no directive that a meta policy ignores', () => {
		expect(policyFor(PAGE)).not.toMatch(/frame-ancestors|report-uri|sandbox/);
	});
});

describe('withPolicy', () => {
	test('puts the policy right after the charset, before every script', () => {
		const html = withPolicy(PAGE);

		const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
		expect(meta).toBe(html.indexOf('<meta charset="utf-8"/>') + '<meta charset="utf-8"/>'.length);
		expect(meta).toBeLessThan(html.indexOf('<script'));
		expect(html).toContain(`content="${policyFor(PAGE)}"`);
	});

	test('leaves a page that has a policy already as it is', () => {
		const once = withPolicy(PAGE);

		expect(withPolicy(once)).toBe(once);
	});

	test('falls back to the top of <head> when there is no charset', () => {
		const html = withPolicy('<html><head><script>a()</script></head></html>');

		expect(html.startsWith('<html><head><meta http-equiv="Content-Security-Policy"')).toBe(true);
	});

	test('refuses a page without a <head>, rather than shipping it without a policy', () => {
		expect(() => withPolicy('<p>no head</p>')).toThrow(/no <head>/);
	});
});
