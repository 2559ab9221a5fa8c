/**
 * What the quote search searches: one flat record per quote, built from the model at build time
 * and published with a serialised Fuse index, so the browser only parses it.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { countryName } from '../countries';
import { ATTRIBUTION_LABELS, QUOTE_KIND_LABELS } from '../labels';
import type { Model } from '../model/types';

export interface SearchRecord {
  /** `<article>#<quote id>`: quote ids are unique within an article. */
  id: string;
  url: string;
  text: string;
  speakerId: string | null;
  speakerUrl: string | null;
  /** The speaker as shown: the actor's name or the article's description of the source. */
  speaker: string;
  /** Other names of the speaker, or the name again: Fuse's `!` operator fails on an empty key. */
  aliases: string;
  /** The speaker's country, or NO_COUNTRY (never empty, for the same reason). */
  country: string;
  articleTitle: string;
  outlet: string;
  date: string;
  year: string;
  kind: string;
  attribution: string;
  setByHand: boolean;
}

/** Words of the quote count most; then who said it; then where. */
export const SEARCH_KEYS = [
  { name: 'text', weight: 4 },
  { name: 'speaker', weight: 2 },
  { name: 'aliases', weight: 1.5 },
  { name: 'country', weight: 1 },
  { name: 'articleTitle', weight: 0.8 },
  { name: 'outlet', weight: 0.5 },
] as const;

/**
 * `ignoreLocation`: a word late in a long quote must match as well as an early one (Fuse's default
 * location bias misses words after the first ~60 characters). `ignoreFieldNorm`: a long quote is
 * not penalised for being long. Extended search gives the `'` `=` `!` `^` `|` operators.
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  useExtendedSearch: true,
};

export const NO_SPEAKER = 'No speaker given';
export const NO_COUNTRY = 'Country not stated';

export function searchRecords(model: Model): SearchRecord[] {
  const actors = new Map(model.actors.map((a) => [a.id, a]));
  const articles = new Map(model.articles.map((a) => [a.slug, a]));
  return model.quotes.map((quote) => {
    const actor = quote.speaker ? actors.get(quote.speaker) : undefined;
    const article = articles.get(quote.article);
    return {
      id: `${quote.article}#${quote.id}`,
      url: quote.url,
      text: quote.text,
      speakerId: actor?.id ?? null,
      speakerUrl: actor?.url ?? null,
      speaker: actor?.name ?? quote.speakerLabel ?? NO_SPEAKER,
      aliases: actor ? actor.aliases.join(' · ') : (quote.speakerLabel ?? NO_SPEAKER),
      country: actor?.country ? countryName(actor.country) : NO_COUNTRY,
      articleTitle: article?.view.title ?? quote.article,
      outlet: article?.view.outlet ?? 'Outlet not named',
      date: article?.view.published.label ?? '',
      year: article?.view.published.iso.slice(0, 4) ?? '',
      kind: QUOTE_KIND_LABELS[quote.kind],
      attribution: ATTRIBUTION_LABELS[quote.attribution].label,
      setByHand: quote.override !== null,
    };
  });
}

export interface SearchIndexFile {
  records: SearchRecord[];
  index: unknown;
}

/** The records and their Fuse index, serialised at build time. */
export function buildSearchIndex(records: SearchRecord[]): SearchIndexFile {
  return { records, index: Fuse.createIndex(SEARCH_KEYS.map((k) => k.name), records).toJSON() };
}
