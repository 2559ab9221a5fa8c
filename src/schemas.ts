/**
 * Zod schemas for everything editors write in `content/`.
 *
 * They live here rather than inline in `content.config.ts` so that the standalone content check
 * (`src/lib/model/content/check-articles.ts`) and the unit tests validate with exactly the same rules as the
 * Astro build, without Astro's virtual modules.
 */
import { z } from 'astro/zod';
import { isKnownCountryCode } from './lib/vocabulary/countries';
import { ACTOR_KINDS } from './lib/vocabulary/actor-kinds';
import { ATTRIBUTIONS } from './lib/vocabulary/attributions';
import { DATE_PRECISIONS, isValidIsoDay, isValidIsoMonth } from './lib/vocabulary/dates';
import { ADVOCACIES, STANCES } from './lib/vocabulary/stances';

/** Precisions a publication date can be known to. */
const PUBLICATION_PRECISIONS = ['day', 'month'] as const;

/**
 * Who decided a piece of analysis: `reviewed`, an editor confirmed it; `proposed`, the pipeline
 * decided it and no editor has confirmed it yet. Pages and the open data always say which.
 */
const ANALYSIS_STATUSES = ['reviewed', 'proposed'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];
/** Data an editor types is reviewed unless it says otherwise. */
const analysisStatus = z.enum(ANALYSIS_STATUSES).default('reviewed');

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

const publicationSchema = z
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
        /**
         * The passages the reasoning rests on; empty only when the date comes from outside the
         * text (an editor's `--published` when drafting), which the reasoning must say.
         */
        evidence: z.array(evidenceQuote),
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
  /** True when the text reads as a machine translation: the article page warns at the top. */
  machineTranslation: z.boolean().default(false),
  /** The raw text in `shared/seeds/` this article was restored from, where there is one. */
  seed: z
    .string()
    .regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must name a seed file such as 000_1dcdc82a3592616d.txt')
    .optional(),
  /**
   * `reviewed` when an editor has checked this article's analysis (every quote's speaker, every
   * date expression placed or excluded); `proposed` (what `npm run draft` writes) while it is the
   * pipeline's. The integrity rules that need an editor's answer apply to reviewed articles only.
   */
  analysis: z.enum(ANALYSIS_STATUSES).default('proposed'),
});

export type ArticleData = z.infer<typeof articleSchema>;

/** A paragraph of an article, by the article's slug and the paragraph's `p-…` id (or `headline`). */
const paragraphRef = z.object({
  /** Slug of the article. */
  article: slug,
  /** Id of the paragraph, as in `/articles/<slug>/#<paragraph>`. */
  paragraph: z.string().regex(/^(p-[a-z0-9-]+|headline)$/, 'must be a paragraph id such as p-the-key-point-here'),
});

/** A passage quoted as evidence: it must stand verbatim in the cited paragraph. */
const evidence = paragraphRef.extend({
  /** The passage, verbatim (typography aside). */
  text: z.string().min(1),
});

const countryCode = z.string().refine(isKnownCountryCode, 'must be an ISO 3166-1 alpha-2 code, EU or NATO');

const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const actorSchema = z.object({
  /** Stable id, used in URLs: `/actors/<id>/`. */
  id: entryId,
  /** The name as the articles most fully give it. */
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  /** The country the articles tie the actor to, or null where they do not say. */
  country: countryCode.nullable(),
  /** Every form of the name the articles use; matched case-sensitively as whole words. */
  aliases: z.array(z.string().min(1)).min(1),
  /** Roles as each article states them; `role` must stand verbatim in the paragraph. */
  roles: z.array(paragraphRef.extend({ role: z.string().min(1) })),
  /** `reviewed` for every actor an editor lists; actors the pipeline finds are `proposed`. */
  status: analysisStatus,
});
export type ActorData = z.infer<typeof actorSchema>;

/** `event`: part of the story; `context`: background an article gives (an era, a historical event). */
const EVENT_KINDS = ['event', 'context'] as const;

export const eventSchema = z.object({
  /** Date plus slug, e.g. `2019-02-18-ft-reports-ncsc-finding`; never derived from list order. */
  id: z
    .string()
    .regex(
      /^\d{4}(?:-\d{2}(?:-\d{2})?|-q[1-4])?-[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'must be a date and a slug, e.g. 2019-02-18-ft-reports-ncsc-finding',
    ),
  /** The date in the form its precision takes (see `parseDateValue`). */
  date: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  /** `context` marks background the articles give, shown apart from the story; default `event`. */
  kind: z.enum(EVENT_KINDS).default('event'),
  /** A short title. */
  title: z.string().min(1),
  /** One paragraph, in the editors' words, of what the sources report. */
  summary: z.string().min(1),
  /** Ids of the actors involved. */
  actors: z.array(entryId),
  /** Codes of the countries and blocs involved. */
  countries: z.array(countryCode),
  /** Every paragraph that reports the event, with the passage and the date expression it uses. */
  sources: z
    .array(
      evidence.extend({
        /** The date expression in the paragraph this event places, e.g. "on Monday"; null if none. */
        dateMention: z.string().min(1).nullable(),
      }),
    )
    .min(1, 'an event needs at least one source'),
  /** What the sources leave unclear about the event, shown on its page. */
  note: z.string().min(1).nullable(),
  /** `reviewed` for what an editor typed; a proposal copied here unchecked may say `proposed`. */
  status: analysisStatus,
});
export type EventData = z.infer<typeof eventSchema>;

/** Whether a stance step's date is when it happened, or only when an article reported it. */
const STEP_DATE_BASES = ['event', 'report'] as const;

const stanceStepSchema = z.object({
  /** When the stance held: a date in the form its precision takes. */
  date: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  /** `event`: the text dates the step; `report`: only the reporting article's date is known. */
  dateBasis: z.enum(STEP_DATE_BASES),
  /**
   * When the step was reported: the evidence article's publication date, or the earlier report the
   * article cites for it ("according to a report in the Financial Times on Monday", "told Bloomberg
   * last month"). Never after the evidence article's publication; shown beside `date`, which is
   * when the position held, so the history reads in the order of events.
   */
  reported: z.object({
    /** The date in the form its precision takes (see `parseDateValue`). */
    date: z.string(),
    precision: z.enum(DATE_PRECISIONS),
  }),
  stance: z.enum(STANCES),
  /** What the government urges others to do, where the articles say. */
  advocacy: z.enum(ADVOCACIES).nullable(),
  /** One sentence, in the editors' words, of the step. */
  summary: z.string().min(1),
  evidence,
  /** `reviewed` for what an editor typed; a proposal copied here unchecked may say `proposed`. */
  status: analysisStatus,
});

export const countrySchema = z.object({
  /** ISO 3166-1 alpha-2 code, or EU / NATO. */
  id: countryCode,
  /** Dated stance steps, each with its evidence. */
  steps: z.array(stanceStepSchema).min(1, 'a country needs at least one stance step'),
});
export type CountryData = z.infer<typeof countrySchema>;

export const attributionOverrideSchema = paragraphRef.extend({
  /** A name for the correction. */
  id: entryId,
  /** The opening words of the quote, verbatim, to find it in the paragraph. */
  quote: z.string().min(1),
  /** The actor who speaks, or null. */
  speaker: entryId.nullable(),
  /** How the article names the speaker, where it is not an actor or differs from the name. */
  speakerLabel: z.string().min(1).nullable(),
  attribution: z.enum(ATTRIBUTIONS),
  /** Why the rules got it wrong, or what is ambiguous: shown on the site. */
  note: z.string().min(1),
});
export type AttributionOverrideData = z.infer<typeof attributionOverrideSchema>;

export const quoteMarkNoteSchema = paragraphRef.extend({
  id: entryId,
  /** The unpaired mark as printed. */
  mark: z.string().length(1),
  /** A few words around it, verbatim, to find it. */
  near: z.string().min(1),
  /** What the mark is and why it is left as printed. */
  note: z.string().min(1),
});
export type QuoteMarkNoteData = z.infer<typeof quoteMarkNoteSchema>;

export const timelineExclusionSchema = paragraphRef.extend({
  id: entryId,
  /** The date expression as printed. */
  text: z.string().min(1),
  /** Why the mention is not on the timeline. */
  reason: z.string().min(1),
});
export type TimelineExclusionData = z.infer<typeof timelineExclusionSchema>;

/** One given anchor: the id and the key (hash) of the text it belongs to. */
const anchorEntrySchema = z.strictObject({
  /** `p-…` or `q-…`, as published. */
  id: z.string(),
  /** Hash of the text, typography folded (src/lib/analysis/anchors/registry.ts). */
  key: z.string().regex(/^[0-9a-f]{14}$/, 'must be the 14 hex digits npm run anchors writes'),
  /** The text's first words, for people reading the map. */
  opening: z.string(),
});

/** content/anchors.json: every paragraph and quote id ever given, by article (written by `npm run anchors`). */
export const anchorMapSchema = z.record(
  z.string(),
  z.strictObject({ paragraphs: z.array(anchorEntrySchema), quotes: z.array(anchorEntrySchema) }),
);

/**
 * A piece of the site's own prose, one markdown file under content/pages/ (the methodology's
 * explanations, the home page's introduction), so editors change it without touching code.
 */
export const proseSchema = z.object({
  /** The heading the prose stands under. */
  title: z.string().min(1),
  /** The markdown below the frontmatter, rendered on the page that shows it. */
  body: z.string().min(1),
});
