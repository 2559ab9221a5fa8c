/**
 * Zod schemas for everything editors write in `content/`.
 *
 * They live here rather than inline in `content.config.ts` so that the standalone content check
 * (`src/lib/content-check.ts`) and the unit tests validate with exactly the same rules as the
 * Astro build, without Astro's virtual modules.
 */
import { z } from 'astro/zod';
import { isValidIsoDay, isValidIsoMonth } from './lib/dates/iso';

/** Precisions a publication date can be known to. */
export const PUBLICATION_PRECISIONS = ['day', 'month'] as const;
export type PublicationPrecision = (typeof PUBLICATION_PRECISIONS)[number];

/** A URL-safe slug: lower-case words joined by single hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const isoDay = z.string().refine(isValidIsoDay, 'must be a real calendar day written YYYY-MM-DD');

/** A passage from an article, quoted as evidence for an inference. */
const evidenceQuote = z.object({
  /** Slug of the article the passage stands in. */
  article: slug,
  /** The passage, verbatim (typography aside). */
  text: z.string().min(1),
});

export const publicationSchema = z
  .object({
    /** The date as ISO: `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
    date: z.string(),
    /** How precisely the date is known. */
    precision: z.enum(PUBLICATION_PRECISIONS),
    /** The date exactly as printed in the source, or null when the source prints none. */
    printed: z.string().min(1).nullable(),
    /** Why the date is what it is, when the source does not print it. */
    inference: z
      .object({
        /** The reasoning, in prose, shown on the article page. */
        reasoning: z.string().min(1),
        /** The passages the reasoning rests on. */
        evidence: z.array(evidenceQuote).min(1),
      })
      .nullable(),
  })
  .superRefine((value, ctx) => {
    const fits = value.precision === 'day' ? isValidIsoDay(value.date) : isValidIsoMonth(value.date);
    if (!fits) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `must be ${value.precision === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM'} for precision "${value.precision}", got "${value.date}"`,
      });
    }
    if (value.printed === null && value.inference === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['inference'],
        message: 'a date the source does not print needs an inference with its evidence',
      });
    }
  });

export const articleSchema = z.object({
  /** The article's URL slug: `/articles/<slug>/`. Unique across the collection. */
  slug,
  /** The headline as printed, or a descriptive title when the source has none (see `titleSupplied`). */
  title: z.string().min(1),
  /** True when the source has no headline and the editors supplied `title`. */
  titleSupplied: z.boolean(),
  /** The section label printed above the headline, if any. */
  section: z.string().min(1).nullable(),
  /** The publishing outlet, only where the text names it; null otherwise. */
  outlet: z
    .object({
      /** The outlet's name. */
      name: z.string().min(1),
      /** Where in the source the name comes from. */
      basis: z.string().min(1),
    })
    .nullable(),
  /** Authors as the source names them; empty when it names none. */
  authors: z.array(z.string().min(1)),
  /** A note on the byline when it is blank, missing or unusual. */
  bylineNote: z.string().min(1).nullable(),
  /** People and agencies the source credits as contributors. */
  contributors: z.array(z.string().min(1)),
  /** The publication date and how it is known. */
  published: publicationSchema,
  /** The "updated on" date, where the source prints one. */
  updated: z.object({ date: isoDay, printed: z.string().min(1) }).nullable(),
  /** The raw text in `shared/seeds/` this article was restored from. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must name a seed file such as 000_1dcdc82a3592616d.txt'),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type Publication = z.infer<typeof publicationSchema>;
