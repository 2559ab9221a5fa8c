import { defineCollection } from 'astro:content';
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

/** The five articles, one markdown file each; `slug` in the frontmatter is the entry id. */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/[^_]*.md' }),
  schema: articleSchema,
});

/** Editorial data, one YAML list per file (the file names live in src/lib/content-files.ts). */
const actors = defineCollection({ loader: file('content/actors.yaml'), schema: actorSchema });
const events = defineCollection({ loader: file('content/events.yaml'), schema: eventSchema });
const countries = defineCollection({ loader: file('content/countries.yaml'), schema: countrySchema });
const attributionOverrides = defineCollection({ loader: file('content/attribution-overrides.yaml'), schema: attributionOverrideSchema });
const quoteMarkNotes = defineCollection({ loader: file('content/quote-mark-notes.yaml'), schema: quoteMarkNoteSchema });
const timelineExclusions = defineCollection({ loader: file('content/timeline-exclusions.yaml'), schema: timelineExclusionSchema });

export const collections = { articles, actors, events, countries, attributionOverrides, quoteMarkNotes, timelineExclusions };
