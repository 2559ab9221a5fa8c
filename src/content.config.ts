import { defineCollection } from 'astro:content';
import { DATA_FILES } from './lib/data-files';
import { file, glob } from 'astro/loaders';
import {
  actorSchema,
  articleSchema,
  attributionOverrideSchema,
  countrySchema,
  eventSchema,
  quoteMarkNoteSchema,
  timelineExclusionSchema,
} from './schemas';

/** Where the content lives: `content/`, or a synthetic corpus for `npm run bench:build`. */
const root = process.env.CONTENT_ROOT ?? 'content';

/** The articles, one markdown file each; `slug` in the frontmatter is the entry id. */
const articles = defineCollection({
  loader: glob({ base: `./${root}/articles`, pattern: '**/[^_]*.md' }),
  schema: articleSchema,
});

/** Editorial data, one YAML list per file (the file names live in src/lib/content-files.ts). */
const data = (name: keyof typeof DATA_FILES) => file(`${root}/${DATA_FILES[name]}`);
const actors = defineCollection({ loader: data('actors'), schema: actorSchema });
const events = defineCollection({ loader: data('events'), schema: eventSchema });
const countries = defineCollection({ loader: data('countries'), schema: countrySchema });
const attributionOverrides = defineCollection({ loader: data('overrides'), schema: attributionOverrideSchema });
const quoteMarkNotes = defineCollection({ loader: data('quoteMarkNotes'), schema: quoteMarkNoteSchema });
const timelineExclusions = defineCollection({ loader: data('timelineExclusions'), schema: timelineExclusionSchema });

export const collections = { articles, actors, events, countries, attributionOverrides, quoteMarkNotes, timelineExclusions };
