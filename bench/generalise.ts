/**
 * Scores the pipeline on real articles it was never tuned on (tests/generalise/): each article's
 * page text is drafted as `npm run draft` would, the model is built with no hand edit, and the
 * result is compared with what a reader wrote down before the pipeline ran.
 */
import type { Model, Quote } from '../src/lib/model/types';

export interface ExpectedArticle {
  id: string;
  published: string | null;
  quotes: Array<{ text: string; kind: 'statement' | 'phrase'; speaker: string | null }>;
  dates: Array<{ text: string; start: string; end: string; in_quote: boolean }>;
  people: Array<{ name: string; aliases?: string[] }>;
  organisations: Array<{ name: string; aliases?: string[] }>;
}

/** Hits out of a total, for recall and precision alike. */
export interface Count {
  hit: number;
  of: number;
}

export interface ArticleScore {
  id: string;
  quotesRecall: Count;
  quotesPrecision: Count;
  speakers: Count;
  datesFound: Count;
  datesRight: Count;
  people: Count;
  organisations: Count;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

/** Two quote texts are the same quote when their words agree, one perhaps cut short of the other. */
function sameQuote(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 0.8 * long.length && long.includes(short);
}

/** A speaker is right when the names agree, or a surname does ("Pompeo" for "Mike Pompeo"). */
function sameSpeaker(expected: string, found: string | null): boolean {
  if (found === null) return false;
  const [x, y] = [words(expected), words(found)];
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return x.split(' ').at(-1) === y.split(' ').at(-1);
}

const dateWords = (text: string) => words(text).replace(/^(?:on|in|since|by|from|until|of|last|this|earlier|later) /, '');

function sameNamed(expected: { name: string; aliases?: string[] }, names: readonly string[]): boolean {
  const wanted = [expected.name, ...(expected.aliases ?? [])].map(words);
  return names.map(words).some((name) => wanted.includes(name));
}

/**
 * The mention that is this expected expression: the same words, else one holding them, else one
 * they hold (the longest), so "In the spring of this year" is not scored by a "last year" before it.
 */
function closestMention<M extends { text: string }>(mentions: readonly M[], expected: string): M | null {
  const want = dateWords(expected);
  const rank = (m: M) => {
    const got = dateWords(m.text);
    // The very words first: "this month" is not scored by a "last month" before it.
    if (words(m.text) === words(expected)) return 4;
    return got === want ? 3 : got.includes(want) ? 2 : want.includes(got) ? 1 + got.length / (want.length + 1) : 0;
  };
  return mentions.reduce<M | null>((best, m) => (rank(m) > 0 && (best === null || rank(m) > rank(best)) ? m : best), null);
}

/**
 * The texts a quote may be matched by: its whole text and, for a quote that runs on into the next
 * paragraph (the press convention: no closing mark, a new opening one), the text of each paragraph's
 * part, which a reader may have listed as quotes of their own.
 */
function quoteReadings(model: Model, quote: Quote): string[] {
  if (new Set(quote.parts.map((p) => p.blockId)).size < 2) return [quote.text];
  const blocks = model.articles.find((a) => a.slug === quote.article)?.blocks ?? [];
  const parts = quote.parts.map((p) => blocks.find((b) => b.id === p.blockId)?.text.slice(p.start, p.end) ?? '');
  return [quote.text, ...parts];
}

export function scoreArticle(model: Model, slug: string, expected: ExpectedArticle): ArticleScore {
  const quotes = model.quotes.filter((q) => q.article === slug && q.paragraph !== 'headline');
  const matches = (e: { text: string }, q: Quote) => quoteReadings(model, q).some((text) => sameQuote(e.text, text));
  const matched = expected.quotes.map((e) => quotes.find((q) => matches(e, q)) ?? null);
  const withSpeaker = expected.quotes.map((e, i) => [e, matched[i]] as const).filter(([e]) => e.kind === 'statement' && e.speaker !== null);
  const mentions = model.dateMentions.filter((m) => m.article === slug);
  const foundDates = expected.dates.map((e) => closestMention(mentions, e.text));
  const actorNames = model.actors.filter((a) => a.articles.includes(slug)).flatMap((a) => [a.name, ...a.aliases]);
  return {
    id: expected.id,
    quotesRecall: { hit: matched.filter(Boolean).length, of: expected.quotes.length },
    quotesPrecision: { hit: quotes.filter((q) => expected.quotes.some((e) => matches(e, q))).length, of: quotes.length },
    speakers: {
      hit: withSpeaker.filter(([e, q]) => e.speaker !== null && sameSpeaker(e.speaker, q?.speakerLabel ?? null)).length,
      of: withSpeaker.length,
    },
    datesFound: { hit: foundDates.filter(Boolean).length, of: expected.dates.length },
    datesRight: {
      hit: expected.dates.filter((e, i) => foundDates[i]?.resolved.start === e.start && foundDates[i]?.resolved.end === e.end).length,
      of: expected.dates.length,
    },
    people: { hit: expected.people.filter((p) => sameNamed(p, actorNames)).length, of: expected.people.length },
    organisations: { hit: expected.organisations.filter((o) => sameNamed(o, actorNames)).length, of: expected.organisations.length },
  };
}

export const METRICS = ['quotesRecall', 'quotesPrecision', 'speakers', 'datesFound', 'datesRight', 'people', 'organisations'] as const;

export function total(scores: readonly ArticleScore[], metric: (typeof METRICS)[number]): Count {
  return scores.reduce((sum, s) => ({ hit: sum.hit + s[metric].hit, of: sum.of + s[metric].of }), { hit: 0, of: 0 });
}

export const percent = ({ hit, of }: Count) => (of === 0 ? 'n/a' : `${((100 * hit) / of).toFixed(1)}% (${hit}/${of})`);
