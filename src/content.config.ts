import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
	// Pages live in top-level content/docs, beside content/programs (which the simulator and the
	// CPython conformance tests read too), instead of Starlight's default src/content/docs.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	// UI strings Starlight lacks in Korean, and the course's own; one file per language.
	i18n: defineCollection({
		loader: glob({ base: './content/i18n', pattern: '**/[^_]*.json' }),
		schema: i18nSchema({
			extend: z.object({
				/** The label of the button that copies a lesson program. */
				'program.copy': z.string(),
				/** What screen readers announce once a program has been copied. */
				'program.copied': z.string(),
			}),
		}),
	}),
};
