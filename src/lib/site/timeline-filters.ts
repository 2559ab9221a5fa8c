/**
 * The timeline's filtered views, each a page built ahead (no script): the events of one actor,
 * one country or bloc, one article, or one kind of entry. Pure: pages list and render these.
 */
import { compareText } from '../analysis/collate';
import { countryName } from '../vocabulary/countries';
import type { Model } from '../model/types';
import { eventEntry, memo, publicationEntries, type TimelineEntry } from '../model/views';
import { timelineFilterUrl } from '../routes';

const TIMELINE_KINDS = ['events', 'context', 'publications'] as const;
type TimelineKind = (typeof TIMELINE_KINDS)[number];

const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  events: 'Events of the story',
  context: 'Context: background the articles give',
  publications: 'Publication of each article',
};

export type TimelineFilter =
  { by: 'actor'; id: string } | { by: 'country'; id: string } | { by: 'article'; id: string } | { by: 'kind'; id: TimelineKind };

export interface FilterOption {
  filter: TimelineFilter;
  label: string;
  /** How many entries the view lists. */
  count: number;
  url: string;
}

/** Every entry of the full timeline: events (and context) and publications; once per model. */
export const allEntries = memo((model: Model): TimelineEntry[] => [...model.events.map(eventEntry), ...publicationEntries(model.articles)]);

const filterKey = (filter: TimelineFilter) => `${filter.by}:${filter.id}`;

/** The filters an entry appears under; an article's view keeps its own publication too. */
function filtersOf(entry: TimelineEntry): TimelineFilter[] {
  if (entry.kind === 'publication')
    return [
      { by: 'kind', id: 'publications' },
      { by: 'article', id: entry.article.slug },
    ];
  const { event } = entry;
  return [
    ...event.actors.map((id): TimelineFilter => ({ by: 'actor', id })),
    ...event.countries.map((id): TimelineFilter => ({ by: 'country', id })),
    ...[...new Set(event.sources.map((s) => s.article))].map((id): TimelineFilter => ({ by: 'article', id })),
    { by: 'kind', id: event.kind === 'context' ? 'context' : 'events' },
  ];
}

/** Every filtered view's entries, in timeline order, found in one pass over the timeline. */
const entriesByFilter = memo((model: Model) => {
  const byFilter = new Map<string, TimelineEntry[]>();
  for (const entry of allEntries(model)) {
    for (const filter of filtersOf(entry)) {
      const key = filterKey(filter);
      const entries = byFilter.get(key);
      if (entries) entries.push(entry);
      else byFilter.set(key, [entry]);
    }
  }
  return byFilter;
});

/** The entries one filter keeps. */
export function filterEntries(model: Model, filter: TimelineFilter): TimelineEntry[] {
  return entriesByFilter(model).get(filterKey(filter)) ?? [];
}

/** Every filtered view with at least one entry, by dimension, each sorted by name. */
export const filterOptions = memo((model: Model): Record<TimelineFilter['by'], FilterOption[]> => {
  const option = (filter: TimelineFilter, label: string): FilterOption => ({
    filter,
    label,
    count: filterEntries(model, filter).length,
    url: timelineFilterUrl(filter.by, filter.id),
  });
  const byLabel = (a: FilterOption, b: FilterOption) => compareText(a.label, b.label);
  const actorIds = new Set(model.events.flatMap((e) => e.actors));
  const countryCodes = new Set(model.events.flatMap((e) => e.countries));
  return {
    actor: model.actors
      .filter((a) => actorIds.has(a.id))
      .map((a) => option({ by: 'actor', id: a.id }, a.name))
      .sort(byLabel),
    country: [...countryCodes].map((code) => option({ by: 'country', id: code }, countryName(code))).sort(byLabel),
    article: model.articles.map((a) => option({ by: 'article', id: a.slug }, a.view.title)),
    kind: TIMELINE_KINDS.map((kind) => option({ by: 'kind', id: kind }, TIMELINE_KIND_LABELS[kind])).filter((o) => o.count > 0),
  };
});

/** The page title of a filtered view: “Timeline: Mike Pompeo”. */
export function filterTitle(option: FilterOption): string {
  const what = { actor: 'involving', country: 'involving', article: 'reported in', kind: '' }[option.filter.by];
  return option.filter.by === 'kind'
    ? `Timeline: ${option.label}`
    : `Timeline: events ${what} ${option.filter.by === 'article' ? `“${option.label}”` : option.label}`;
}
