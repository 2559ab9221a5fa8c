/**
 * The search records and their index, computed at build time from the model. Every searched field
 * goes through the language layer here, once, so the page never needs it: it gets the keys, and
 * a table for the written words whose key the stemmer alone would get wrong.
 */
import { countryName } from '../vocabulary/countries';
import { QUOTE_KIND_LABELS } from '../vocabulary/quote-kinds';
import { ATTRIBUTION_LABELS } from '../vocabulary/attributions';
import { sentenceAround } from '../analysis/language/sentences';
import { formsOf, lemmaOf } from '../analysis/language/inflections';
import { stemKey, textWordKeys } from '../analysis/language/word-forms';
import type { Actor, Model, ModelArticle, Quote } from '../model/types';
import { NO_COUNTRY, NO_SPEAKER, type SearchIndexFile, type SearchRecord } from './records';
import { bundleOf, buildShards, type ShardedIndex } from './shards';
import { stemmedKeys, surfaceWords, type WordKeyTable } from './words';
import { paragraphUrl } from '../routes';

/** The written words of several fields as one searched field. */
const join = (...texts: Array<string | null | undefined>): string => texts.filter(Boolean).join(' · ');

/** Fields only quotes have, empty for the other groups. */
const NOT_A_QUOTE = {
  context: null,
  speakerId: null,
  speakerUrl: null,
  speaker: '',
  country: '',
  articleTitle: '',
  outlet: '',
  date: '',
  year: '',
  kind: '',
  attribution: '',
  setByHand: false,
} as const;

/** The words around a quote in its sentence, when the sentence says more than the quote. */
export function quoteContext(paragraph: string, quote: string): SearchRecord['context'] {
  const at = paragraph.indexOf(quote);
  if (at === -1) return null;
  const sentence = sentenceAround(paragraph, at, at + quote.length);
  const before = paragraph.slice(sentence.start, at);
  const after = paragraph.slice(at + quote.length, sentence.end);
  return before.trim() || after.trim() ? { before, after } : null;
}

function actorRoles(actor: Actor | undefined): string {
  return [...new Set(actor?.roles.map((r) => r.role) ?? [])].join(' · ');
}

function quoteRecord(quote: Quote, actor: Actor | undefined, article: ModelArticle | undefined): SearchRecord {
  const speaker = actor?.name ?? quote.speakerLabel ?? NO_SPEAKER;
  const country = actor?.country ? countryName(actor.country) : NO_COUNTRY;
  const paragraph = article?.blocks.find((b) => b.id === quote.paragraph)?.text ?? '';
  const articleTitle = article?.view.title ?? quote.article;
  const outlet = article?.view.outlet ?? 'Outlet not named';
  return {
    id: `${quote.article}#${quote.id}`,
    group: 'quote',
    url: quote.url,
    text: quote.text,
    title: articleTitle,
    words: join(quote.text),
    who: join(speaker, ...(actor?.aliases ?? [])),
    role: join(actorRoles(actor)),
    place: join(actor?.country ? country : '', articleTitle, outlet),
    context: quoteContext(paragraph, quote.text),
    speakerId: actor?.id ?? null,
    speakerUrl: actor?.url ?? null,
    speaker,
    country,
    articleTitle,
    outlet,
    date: article?.view.published.label ?? '',
    year: article?.view.published.iso.slice(0, 4) ?? '',
    kind: QUOTE_KIND_LABELS[quote.kind],
    attribution: ATTRIBUTION_LABELS[quote.attribution].label,
    setByHand: quote.override !== null,
  };
}

function passageRecords(article: ModelArticle): SearchRecord[] {
  const place = join(article.view.title, article.view.outlet);
  return article.blocks
    .filter((block) => block.id.startsWith('p-'))
    .map((block) => ({
      ...NOT_A_QUOTE,
      id: `${article.slug}#${block.id}`,
      group: 'passage',
      url: paragraphUrl(article.slug, block.id),
      text: block.text,
      title: article.view.title,
      words: join(block.text),
      who: '',
      role: '',
      place,
    }));
}

function entityRecords(model: Model): SearchRecord[] {
  const actors = model.actors.map((actor): SearchRecord => ({
    ...NOT_A_QUOTE,
    id: `actor:${actor.id}`,
    group: 'entity',
    url: actor.url,
    text: actorRoles(actor),
    title: actor.name,
    words: join(actor.name, ...actor.aliases),
    who: '',
    role: join(actorRoles(actor)),
    place: join(actor.country ? countryName(actor.country) : ''),
  }));
  const countries = model.countries.map((country): SearchRecord => ({
    ...NOT_A_QUOTE,
    id: `country:${country.code}`,
    group: 'entity',
    url: country.url,
    text: country.steps.at(-1)?.summary ?? '',
    title: country.name,
    words: join(country.name),
    who: '',
    role: join(country.steps.at(-1)?.summary),
    place: '',
  }));
  return [...actors, ...countries];
}

/**
 * Every record the search finds, quotes first, then passages, events, people and countries, with
 * the searched fields (`words`, `who`, `role`, `place`) still in written words: what the
 * benchmark hands the other engines. `searchRecords` turns them into keys.
 */
export function writtenRecords(model: Model): SearchRecord[] {
  const actors = new Map(model.actors.map((a) => [a.id, a]));
  const articles = new Map(model.articles.map((a) => [a.slug, a]));
  const quotes = model.quotes.map((quote) =>
    quoteRecord(quote, quote.speaker ? actors.get(quote.speaker) : undefined, articles.get(quote.article)),
  );
  const events = model.events.map((event): SearchRecord => ({
    ...NOT_A_QUOTE,
    id: `event:${event.id}`,
    group: 'event',
    url: event.url,
    text: event.summary,
    title: event.title,
    words: join(event.title, event.summary),
    who: join(...event.actors.map((id) => actors.get(id)?.name)),
    role: '',
    place: join(...event.countries.map(countryName)),
  }));
  return [...quotes, ...model.articles.flatMap(passageRecords), ...events, ...entityRecords(model)];
}

/**
 * Records with their searched fields as word-form keys: each written word through the table the
 * language layer made. Word by word, not text by text: the language layer then runs once per
 * distinct word rather than once per record (a build with 50,000 records would spend minutes), and
 * the records are keyed exactly as a typed word is.
 */
function keyRecords(written: readonly SearchRecord[], table: WordKeyTable): SearchRecord[] {
  const keys = (text: string) =>
    surfaceWords(text)
      .map(({ word }) => table[word] ?? stemmedKeys(word).join(' '))
      .filter(Boolean)
      .join(' ');
  return written.map((record) => ({
    ...record,
    words: keys(record.words),
    who: keys(record.who),
    role: keys(record.role),
    place: keys(record.place),
  }));
}

/**
 * Written word → key, for every searched word of the written records ("spies" → spy), and for the
 * other forms of their words that the stemmer alone would key apart ("went" → go, "spying" → spy).
 */
function wordKeyTable(written: readonly SearchRecord[]): WordKeyTable {
  const table: Record<string, string> = {};
  const lemmas = new Set<string>();
  for (const record of written) {
    for (const { word } of surfaceWords([record.words, record.who, record.role, record.place, record.text, record.title].join(' '))) {
      if (Object.hasOwn(table, word)) continue;
      table[word] = textWordKeys(word).join(' ') || stemmedKeys(word).join(' ');
      if (/^[a-z]+$/.test(word)) lemmas.add(lemmaOf(word));
    }
  }
  for (const lemma of lemmas) {
    const key = stemKey(lemma);
    for (const form of formsOf(lemma)) if (!Object.hasOwn(table, form) && stemKey(form) !== key) table[form] = key;
  }
  return table;
}

/**
 * The keyed records and the word table, from the written records. No Fuse index: the page's key
 * index hands Fuse a few candidates, which it indexes as it ranks them.
 */
export function buildSearchIndex(written: readonly SearchRecord[]): SearchIndexFile {
  const wordKeys = wordKeyTable(written);
  return { records: keyRecords(written, wordKeys), index: null, wordKeys };
}

export interface BuiltSearch {
  /** The whole index in one file: what operator queries load. */
  file: SearchIndexFile;
  /** The same records split for plain queries. */
  sharded: ShardedIndex;
  /** The split files as one, for a small index; null for a large one. */
  bundle: Record<string, unknown> | null;
}

const built = new WeakMap<Model, BuiltSearch>();

/** The search index of a model, computed once per build (the language layer is slow). */
export function searchIndexFor(model: Model): BuiltSearch {
  let found = built.get(model);
  if (!found) {
    const file = buildSearchIndex(writtenRecords(model));
    const sharded = buildShards(file.records, file.wordKeys);
    found = { file, sharded, bundle: bundleOf(sharded) };
    built.set(model, found);
  }
  return found;
}
