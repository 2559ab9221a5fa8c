import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas';

/** The five articles, one markdown file each; `slug` in the frontmatter is the entry id. */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/[^_]*.md' }),
  schema: articleSchema,
});

export const collections = { articles };
