import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas';

/** Where the content lives: `content/`, or a synthetic corpus for `npm run bench:build`. */
const root = process.env.CONTENT_ROOT ?? 'content';

/** The articles, one markdown file each; `slug` in the frontmatter is the entry id. */
const articles = defineCollection({
  loader: glob({ base: `./${root}/articles`, pattern: '**/[^_]*.md' }),
  schema: articleSchema,
});

/**
 * Only the articles are a collection: Astro renders their bodies. The editorial data files
 * (src/lib/data-files.ts) are read once, with the articles, by the content check that builds the
 * model before the build (src/corpus.ts), so they are not loaded a second time here.
 */
export const collections = { articles };
