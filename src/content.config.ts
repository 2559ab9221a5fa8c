import { defineCollection } from 'astro:content';
import { parseDataText } from './lib/model/content/read';
import { DATA_FILES } from './lib/model/content/data-files';
import { readProse } from './lib/model/content/prose';
import { file, glob } from 'astro/loaders';
import {
  actorSchema,
  articleSchema,
  attributionOverrideSchema,
  countrySchema,
  eventSchema,
  proseSchema,
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

/**
 * Editorial data, one YAML list per file (the file names live in src/lib/model/content/data-files.ts), read
 * through the project's one loader (UTF-8 checked, YAML aliases limited) rather than file()'s own.
 */
const data = (name: keyof typeof DATA_FILES) => {
  const path = `${root}/${DATA_FILES[name]}`;
  // Entries that are not objects are refused by the content check, which runs before this.
  return file(path, { parser: (text) => parseDataText(text, path) as Array<Record<string, unknown>> });
};
const actors = defineCollection({ loader: data('actors'), schema: actorSchema });
const events = defineCollection({ loader: data('events'), schema: eventSchema });
const countries = defineCollection({ loader: data('countries'), schema: countrySchema });
const attributionOverrides = defineCollection({ loader: data('overrides'), schema: attributionOverrideSchema });
const quoteMarkNotes = defineCollection({ loader: data('quoteMarkNotes'), schema: quoteMarkNoteSchema });
const timelineExclusions = defineCollection({ loader: data('timelineExclusions'), schema: timelineExclusionSchema });

/** The site's own prose (content/pages/): markdown editors change, rendered by the page that shows it. */
const prose = defineCollection({ loader: () => readProse(`${root}/pages`), schema: proseSchema });

export const collections = { articles, actors, events, countries, attributionOverrides, quoteMarkNotes, timelineExclusions, prose };
