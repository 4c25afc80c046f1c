/**
 * Gives every built page a Content-Security-Policy made from the inline scripts that page really
 * has, so no script runs on the site but the ones the build wrote.
 *
 * The policy travels in a `<meta http-equiv>` at the top of `<head>`: the site is static and
 * may be served by any host, and a meta policy works on all of them (and under `astro preview`,
 * which the browser tests use). A meta policy cannot carry `frame-ancestors`, `report-uri` or
 * `sandbox`, so it names none of them (browsers warn about each in the console).
 *
 * Inline scripts (Starlight's theme and search setup, Astro's island loader, the widget warm-up)
 * are allowed by their SHA-256 hashes; there is no `'unsafe-inline'` and no `'unsafe-eval'` for
 * scripts. `'wasm-unsafe-eval'` is there for one reason: Pagefind, the site search, compiles its
 * WebAssembly index reader, which a policy without it blocks; it lets no JavaScript be eval'd.
 * Styles keep `'unsafe-inline'`: Starlight and the highlighted programs colour with `style`
 * attributes, which hashes cannot allow, and styles cannot run code.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<script ...>body</script>`: the attributes and the body exactly as the file has them. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser runs; anything else (JSON, templates) is data and needs no hash. */
const RUNNABLE_TYPE = /^\s*$|^(?:module|text\/javascript|application\/javascript)$/i;
const META = '<meta http-equiv="Content-Security-Policy"';

/** The `'sha256-…'` source of each inline script a browser would run, in document order. */
export function inlineScriptHashes(html: string): string[] {
	const hashes: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
		if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
		if (!RUNNABLE_TYPE.test(type)) continue;
		const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
		if (!hashes.includes(hash)) hashes.push(hash);
	}
	return hashes;
}

/** The policy for one page, as the value of the header or meta element. */
export function policyFor(html: string): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html).join(' ')}`.trimEnd(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		// Pagefind fetches its index; the playground's worker and Pagefind's are same-origin files.
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/**
 * The page with its policy as the first element after `<meta charset>` (which must stay within
 * the first 1,024 bytes), before any script: a meta policy covers only what comes after it.
 * A page that already has a policy is returned as it is.
 */
export function withPolicy(html: string): string {
	if (html.includes(META)) return html;
	const meta = `${META} content="${policyFor(html)}">`;
	const charset = /<meta\s+charset=[^>]*>/i.exec(html);
	if (charset) {
		const at = charset.index + charset[0].length;
		return html.slice(0, at) + meta + html.slice(at);
	}
	const head = /<head\b[^>]*>/i.exec(html);
	if (!head) throw new Error('a built page has no <head>: cannot give it a Content-Security-Policy');
	const at = head.index + head[0].length;
	return html.slice(0, at) + meta + html.slice(at);
}

async function htmlFilesUnder(dir: string): Promise<string[]> {
	const files: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) files.push(...(await htmlFilesUnder(path)));
		else if (entry.isFile() && entry.name.endsWith('.html')) files.push(path);
	}
	return files;
}

/** The integration: after the build (and Pagefind's indexing), stamps every HTML file. */
export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = await htmlFilesUnder(fileURLToPath(dir));
				await Promise.all(
					files.map(async (file) => writeFile(file, withPolicy(await readFile(file, 'utf8')))),
				);
				logger.info(`a Content-Security-Policy on ${files.length} pages`);
			},
		},
	};
}
