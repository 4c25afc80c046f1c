/**
 * What the end-to-end tests know about the site: which pages the content folder should
 * produce, and what the build in dist/ contains. Read from files, so test lists exist before
 * Playwright starts the server (which is when the site gets built).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DOCS_DIR = join(ROOT, 'content/docs');
export const DIST_DIR = join(ROOT, 'dist');

/** The canonical origin in astro.config.mjs; links to it are links within the site. */
export const SITE = 'https://asyncio-loop.dev';

export interface ContentPage {
	/** URL path, such as `/ko/lessons/coroutines/`. */
	path: string;
	/** Path of the source file inside content/docs, such as `ko/lessons/coroutines.mdx`. */
	file: string;
	/** The page's `title` frontmatter. */
	title: string;
}

/** Every page content/docs produces, sorted by URL path. */
export function contentPages(): ContentPage[] {
	return filesUnder(DOCS_DIR)
		.filter((file) => /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('_')))
		.map((file) => ({ file, path: routeFor(file), title: frontmatterTitle(file) }))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The page for a content file, such as `lessons/coroutines.mdx`; throws if there is none. */
export function contentPage(file: string): ContentPage {
	const page = contentPages().find((p) => p.file === file);
	if (!page) throw new Error(`content/docs/${file} does not exist`);
	return page;
}

/** The source text of a content file. */
export function contentSource(file: string): string {
	return readFileSync(join(DOCS_DIR, file), 'utf8');
}

/** URL paths of the HTML pages in dist/, such as `/` and `/404.html`. */
export function builtPages(): string[] {
	return filesUnder(DIST_DIR)
		.filter((file) => file.endsWith('.html'))
		.map((file) => '/' + file.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** The file in dist/ that serves a URL path, or undefined when nothing does. */
export function builtFileFor(pathname: string): string | undefined {
	const path = join(DIST_DIR, decodeURIComponent(pathname));
	for (const candidate of [path, join(path, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

/** The ids in a built HTML file: the anchors its URL fragments can point at. */
export function idsIn(htmlFile: string): Set<string> {
	const html = readFileSync(htmlFile, 'utf8');
	return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

function routeFor(file: string): string {
	const route = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
	return route ? `/${route}/` : '/';
}

function frontmatterTitle(file: string): string {
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(contentSource(file))?.[1] ?? '';
	const title = /^title:\s*(.+)$/m.exec(frontmatter)?.[1]?.trim();
	if (!title) throw new Error(`content/docs/${file} has no title in its frontmatter`);
	return title.replace(/^(['"])(.*)\1$/, '$2');
}

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => statSync(join(dir, file)).isFile())
		.map((file) => relative(dir, join(dir, file)).split(sep).join('/'));
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
