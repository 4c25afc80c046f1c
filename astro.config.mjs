// @ts-check
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'astro/config';

import { contentSecurityPolicy } from './src/build/content-security-policy.ts';
import { withDocsAtTopLevel } from './src/starlight/docs-at-top-level.ts';
import remarkHiddenAnswers from './src/markdown/remark-hidden-answers.ts';
import rehypeUnindexedHeadings from './src/markdown/rehype-unindexed-headings.ts';

export default defineConfig({
	// Needed for the sitemap and for canonical URLs; Starlight builds both from it.
	site: 'https://asyncio-loop.dev',
	markdown: {
		// Stops the build when a lesson prints a predict exercise's answer in the open (see the file).
		remarkPlugins: [[remarkHiddenAnswers, { programs: fileURLToPath(new URL('./content/programs', import.meta.url)) }]],
		// Keeps the "Check yourself" heading every lesson repeats out of search (see the file).
		rehypePlugins: [rehypeUnindexedHeadings],
	},
	integrations: [
		// The docs live in top-level content/docs; Starlight expects src/content/docs (see the file).
		withDocsAtTopLevel(
			starlight({
				title: { en: 'asyncio, step by step', ko: '한 걸음씩 배우는 asyncio' },
				description:
					'Learn Python asyncio by stepping through an exact model of CPython’s event loop.',
				favicon: '/favicon.svg',
				defaultLocale: 'root',
				locales: {
					root: { label: 'English', lang: 'en' },
					ko: { label: '한국어', lang: 'ko' },
				},
				customCss: ['./src/styles/custom.css'],
				components: {
					// Starlight's own read localStorage unguarded and throw where storage is refused.
					ThemeProvider: './src/starlight/ThemeProvider.astro',
					ThemeSelect: './src/starlight/ThemeSelect.astro',
				},
				sidebar: [
					{
						label: 'Lessons',
						translations: { ko: '레슨' },
						autogenerate: { directory: 'lessons' },
					},
					// The Korean study note the lessons adapt and keep quoting: what it says, what they correct.
					{ label: 'The study note', translations: { ko: '학습 노트' }, slug: 'study-note' },
				],
			}),
		),
		// Preact renders the interactive widgets (islands) that lessons embed.
		preact(),
		// Last, so it sees each page as it ships: a policy made of that page's own inline scripts.
		contentSecurityPolicy(),
	],
	vite: {
		// Terser packs the islands about 2% tighter than esbuild's minifier (1.2 KB gzipped on a
		// lesson page, measured with `npm run size`), which keeps lesson pages inside their 60 KB.
		build: { minify: 'terser' },
		resolve: {
			alias: [
				// Starlight's search imports the Pagefind UI when the browser is first idle; this
				// stand-in loads it when the search dialog first opens (see the file).
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/starlight/pagefind-on-open.ts', import.meta.url)),
				},
			],
		},
	},
});
