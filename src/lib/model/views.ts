/**
 * Read-only views over the model that pages render: lookups, timeline groups, co-mentions,
 * stance snapshots. Pure functions; pages call them and render the result as is.
 */
import { format, parseISO } from 'date-fns';
import { describeInterval, isWholeYears, parseDateValue, type DateInterval } from '../analysis/dates/interval';
import { HEADLINE_BLOCK_ID } from '../analysis/body/parse';
import { segmentText, type TextSegment } from '../analysis/quotes/segments';
import { groupBy } from './group-by';
import { excerpt } from '../analysis/text';
import type { Actor, CountryStance, Model, ModelArticle, Quote, StanceStep, TimelineEvent } from './types';
import { compareText } from '../analysis/collate';

export interface Lookup {
  article(slug: string): ModelArticle;
  actor(id: string): Actor;
  event(id: string): TimelineEvent;
  country(code: string): CountryStance | undefined;
  quote(id: string, article: string): Quote;
}

/**
 * Per-model caches: every page of a build asks the same model, so indexes are built once per
 * build rather than once per page (which grew with the square of the corpus).
 */
/** A function of the model computed once per model: pages of one build share the result. */
export function memo<T>(compute: (model: Model) => T): (model: Model) => T {
  const cache = new WeakMap<Model, T>();
  return (model) => {
    if (!cache.has(model)) cache.set(model, compute(model));
    return cache.get(model) as T;
  };
}

export const createLookup = memo(buildLookup);

function buildLookup(model: Model): Lookup {
  const articles = new Map(model.articles.map((a) => [a.slug, a]));
  const actors = new Map(model.actors.map((a) => [a.id, a]));
  const events = new Map(model.events.map((e) => [e.id, e]));
  const countries = new Map(model.countries.map((c) => [c.code, c]));
  const quotes = new Map(model.quotes.map((q) => [`${q.article}#${q.id}`, q]));
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`unknown ${what}`);
    return value;
  };
  return {
    article: (slug) => must(articles.get(slug), `article ${slug}`),
    actor: (id) => must(actors.get(id), `actor ${id}`),
    event: (id) => must(events.get(id), `event ${id}`),
    country: (code) => countries.get(code),
    quote: (id, article) => must(quotes.get(`${article}#${id}`), `quote ${article}#${id}`),
  };
}

const headlineQuotes = memo((model) =>
  groupBy(
    model.quotes.filter((q) => q.paragraph === HEADLINE_BLOCK_ID),
    (q) => q.article,
  ),
);

/** An article's headline split around its quotes. */
export function headlineSegments(model: Model, article: ModelArticle): TextSegment[] {
  const spans = (headlineQuotes(model).get(article.slug) ?? []).flatMap((q) =>
    q.parts.filter((p) => p.blockId === HEADLINE_BLOCK_ID).map((p) => ({ start: p.start, end: p.end, id: q.id })),
  );
  return segmentText(article.data.title, spans);
}

export type TimelineEntry =
  | { kind: 'event'; id: string; interval: DateInterval; event: TimelineEvent }
  | { kind: 'publication'; id: string; interval: DateInterval; article: ModelArticle };

interface TimelineMonth {
  /** `2019-02`, or `2011` for entries known only to whole years. */
  key: string;
  label: string;
  entries: TimelineEntry[];
}

export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
}

function publicationInterval(article: ModelArticle): DateInterval {
  const { iso, precision } = article.view.published;
  return parseDateValue(iso, precision);
}

/** The publication of each article as a timeline entry, so readers see what was known when. */
export function publicationEntries(articles: readonly ModelArticle[]): TimelineEntry[] {
  return articles.map((article) => ({
    kind: 'publication',
    id: `published-${article.slug}`,
    interval: publicationInterval(article),
    article,
  }));
}

/** Timeline order: by start, then the shorter first, events before publications, then id. */
function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    compareText(a.interval.start, b.interval.start) ||
    compareText(a.interval.end, b.interval.end) ||
    (a.kind === b.kind ? compareText(a.id, b.id) : a.kind === 'publication' ? 1 : -1)
  );
}

/**
 * Entries grouped by year and month, in order of their start: a span sits at its start (its label
 * shows its extent), so “week of 29 April 2019” is under April. An entry known only to whole years
 * starts on 1 January and heads its year, before the year's months.
 */
export function groupTimeline(entries: readonly TimelineEntry[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  const headsYear = (e: TimelineEntry) => Number(isWholeYears(e.interval));
  for (const entry of [...entries].sort(
    (a, b) => compareText(a.interval.start, b.interval.start) || headsYear(b) - headsYear(a) || compareEntries(a, b),
  )) {
    const year = entry.interval.start.slice(0, 4);
    const wholeYears = isWholeYears(entry.interval);
    const key = wholeYears ? year : entry.interval.start.slice(0, 7);
    let group = years.at(-1);
    if (group?.year !== year) {
      group = { year, months: [] };
      years.push(group);
    }
    let month = group.months.at(-1);
    if (month?.key !== key) {
      month = {
        key,
        label: wholeYears ? `${year}, known only to the year` : format(parseISO(entry.interval.start), 'MMMM yyyy'),
        entries: [],
      };
      group.months.push(month);
    }
    month.entries.push(entry);
  }
  return years;
}

/** The sources of an event grouped by article, each article once, in the order first cited. */
export function sourcesByArticle<S extends { article: string }>(sources: readonly S[]): Array<{ article: string; sources: S[] }> {
  return [...groupBy(sources, (s) => s.article)].map(([article, list]) => ({ article, sources: list }));
}

/** Which actors each paragraph names. */
const actorsByParagraph = memo((model) => groupBy(model.actors, (a) => a.mentions.map((m) => `${m.article}#${m.paragraph}`)));

/** Actors most often named in the same paragraphs as this one. */
function coMentionedActors(model: Model, actorId: string, limit = 8): Array<{ actor: Actor; shared: number }> {
  const index = actorsByParagraph(model);
  const shared = new Map<Actor, number>();
  for (const m of createLookup(model).actor(actorId).mentions) {
    for (const other of index.get(`${m.article}#${m.paragraph}`) ?? []) {
      if (other.id !== actorId) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .map(([actor, count]) => ({ actor, shared: count }))
    .sort((a, b) => b.shared - a.shared || compareText(a.actor.name, b.actor.name))
    .slice(0, limit);
}

const quotesByParagraph = memo((model) => groupBy(model.quotes, (q) => `${q.article}#${q.paragraph}`));

/** Quotes from the paragraphs an event cites. */
export function quotesForEvent(model: Model, event: TimelineEvent): Quote[] {
  const index = quotesByParagraph(model);
  return [...new Set(event.sources.flatMap((s) => index.get(`${s.article}#${s.paragraph}`) ?? []))];
}

const eventsBySourceArticle = memo((model) => groupBy(model.events, (e) => e.sources.map((s) => s.article)));

/** The events an article reports, in timeline order. */
function eventsReportedIn(model: Model, slug: string): TimelineEvent[] {
  return eventsBySourceArticle(model).get(slug) ?? [];
}

export interface Snapshot {
  /** `latest`, or the slug of the article whose publication date it is. */
  id: string;
  label: string;
  /** The date alone (“20 February 2019”), or “Latest”, for a column heading. */
  shortLabel: string;
  /** Each country's stance as known then; countries not yet described are absent. */
  stances: Map<string, StanceStep>;
}

/** The last step a country had reached, using only articles published by `asOf`. */
const publicationEnds = memo((model) => new Map(model.articles.map((a) => [a.slug, publicationInterval(a).end])));

function stanceAsOf(country: CountryStance, model: Model, asOf: string | null): StanceStep | undefined {
  const published = publicationEnds(model);
  const known = country.steps.filter((step) => asOf === null || (published.get(step.evidence.article) ?? '9999') <= asOf);
  return known.at(-1);
}

/** The stance map as the corpus knew it on each article's publication date, and now. */
export const stanceSnapshots = memo(buildSnapshots);

function buildSnapshots(model: Model): Snapshot[] {
  const at = (id: string, label: string, asOf: string | null, shortLabel = label): Snapshot => ({
    id,
    label,
    shortLabel,
    stances: new Map(
      model.countries.flatMap((c) => {
        const step = stanceAsOf(c, model, asOf);
        return step ? [[c.code, step] as const] : [];
      }),
    ),
  });
  return [
    ...model.articles.map((a) =>
      at(
        a.slug,
        `As reported on ${describeInterval(publicationInterval(a))}`,
        publicationInterval(a).end,
        describeInterval(publicationInterval(a)),
      ),
    ),
    at('latest', 'Latest', null),
  ];
}

/** How many articles describe the country's position: “described in 2 of 3 articles”. */
export function describedInLabel(country: CountryStance, total: number): string {
  return `described in ${country.describedIn.length} of ${total} article${total === 1 ? '' : 's'}`;
}

export interface ActorPage {
  actor: Actor;
  country: CountryStance | undefined;
  roles: Array<{ role: string; article: ModelArticle; paragraph: string }>;
  events: TimelineEntry[];
  mentions: Array<{ article: ModelArticle; paragraph: string; excerpt: string }>;
  companions: Array<{ actor: Actor; shared: number }>;
}

/** Everything an actor's page shows, in article order. */
export function actorPage(model: Model, id: string): ActorPage {
  const lookup = createLookup(model);
  const actor = lookup.actor(id);
  return {
    actor,
    country: actor.country ? lookup.country(actor.country) : undefined,
    roles: model.articles.flatMap((article) =>
      actor.roles.filter((r) => r.article === article.slug).map((r) => ({ role: r.role, article, paragraph: r.paragraph })),
    ),
    events: actor.eventIds.map((eventId) => eventEntry(lookup.event(eventId))),
    mentions: model.articles.flatMap((article) =>
      actor.mentions
        .filter((m) => m.article === article.slug)
        .map((m) => ({
          article,
          paragraph: m.paragraph,
          excerpt: excerpt(article.blocks.find((b) => b.id === m.paragraph)?.text ?? '', 160),
        })),
    ),
    companions: coMentionedActors(model, id),
  };
}

export function eventEntry(event: TimelineEvent): TimelineEntry {
  return { kind: 'event', id: event.id, interval: event.interval, event };
}

export interface CountryPage {
  country: CountryStance;
  describedIn: string;
  actors: Actor[];
  events: TimelineEntry[];
}

/** Everything a country's page shows. */
export function countryPage(model: Model, code: string): CountryPage {
  const country = model.countries.find((c) => c.code === code);
  if (!country) throw new Error(`unknown country ${code}`);
  return {
    country,
    describedIn: describedInLabel(country, model.articles.length),
    actors: model.actors.filter((a) => a.country === code).sort((a, b) => b.quotes.length - a.quotes.length || compareText(a.name, b.name)),
    events: model.events.filter((e) => e.countries.includes(code)).map(eventEntry),
  };
}

/** Every quote grouped by its speaker (named or described), most quoted first; unspoken ones last. */
export function quotesBySpeaker(model: Model): Array<{ speaker: string; actor: Actor | null; quotes: Quote[] }> {
  const lookup = createLookup(model);
  const groups = new Map<string, { speaker: string; actor: Actor | null; quotes: Quote[] }>();
  for (const quote of model.quotes) {
    const actor = quote.speaker ? lookup.actor(quote.speaker) : null;
    const speaker = actor?.name ?? quote.speakerLabel ?? 'No speaker given';
    const key = actor ? `actor:${actor.id}` : `label:${speaker}`;
    const group = groups.get(key) ?? { speaker, actor, quotes: [] };
    group.quotes.push(quote);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.speaker === 'No speaker given') - Number(b.speaker === 'No speaker given') ||
      b.quotes.length - a.quotes.length ||
      compareText(a.speaker, b.speaker),
  );
}

export interface ArticleLinks {
  events: TimelineEvent[];
  quotes: number;
  countries: CountryStance[];
  /** People and organisations the article names or credits, by name. */
  actors: Actor[];
}

/** What an article page links to: its events, its quotes, the countries and people in it. */
/** Per article: its quotes and the actors it names or credits (an actor's `articles`), once per model. */
const quotesByArticle = memo((model) => groupBy(model.quotes, (q) => q.article));
const actorsByArticle = memo((model) => groupBy(model.actors, (a) => a.articles));

export function articleLinks(model: Model, slug: string): ArticleLinks {
  const events = eventsReportedIn(model, slug);
  const countryCodes = new Set([
    ...events.flatMap((e) => e.countries),
    ...model.countries.filter((c) => c.describedIn.includes(slug)).map((c) => c.code),
  ]);
  return {
    events,
    quotes: quotesByArticle(model).get(slug)?.length ?? 0,
    countries: model.countries.filter((c) => countryCodes.has(c.code)),
    actors: actorsByArticle(model).get(slug) ?? [],
  };
}

/** Each actor's page by the name an article prints, once per model. */
export const actorUrlsByName = memo((model) => new Map(model.actors.map((a) => [a.name, a.url])));

const dateMentionsByArticle = memo((model) => groupBy(model.dateMentions, (m) => m.article));

/** An article's date expressions, in document order. */
export function dateMentionsOf(model: Model, slug: string): Model['dateMentions'] {
  return dateMentionsByArticle(model).get(slug) ?? [];
}

const unpairedMarksByArticle = memo((model) => groupBy(model.report.unpairedMarks, (m) => m.article));

/** An article's quote marks that cannot be paired, in document order. */
export function unpairedMarksOf(model: Model, slug: string): Model['report']['unpairedMarks'] {
  return unpairedMarksByArticle(model).get(slug) ?? [];
}

/** An article's quotes, in document order. */
export function quotesOf(model: Model, slug: string): Quote[] {
  return quotesByArticle(model).get(slug) ?? [];
}
