import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readProse } from './lib/model/content/prose';
import { articleSchema, proseSchema } from './schemas';

/** Where the content lives: `content/`, or a synthetic corpus for `npm run bench:build`. */
const root = process.env.CONTENT_ROOT ?? 'content';

/** The articles, one markdown file each; `slug` in the frontmatter is the entry id. */
const articles = defineCollection({
  // No raw body in the content store: pages render the stored HTML, the model reads the files
  // itself, and the store is copied whole into the server bundle and the build's memory.
  loader: glob({ base: `./${root}/articles`, pattern: '**/[^_]*.md', retainBody: false }),
  schema: articleSchema,
});

/** The site's own prose (content/pages/): markdown editors change, rendered by the page that shows it. */
const prose = defineCollection({ loader: () => readProse(`${root}/pages`), schema: proseSchema });

/**
 * The editorial data files (src/lib/model/content/data-files.ts) are not collections: the content
 * check reads them once, with the articles, and builds the model before the build (src/corpus.ts).
 */
export const collections = { articles, prose };
