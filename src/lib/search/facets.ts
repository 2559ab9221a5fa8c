/** Facets that narrow a search, and their counts over the current results. */
import type { SearchRecord } from './records';
import { compareText } from '../analysis/collate';

export const FACET_KEYS = ['speaker', 'country', 'article', 'year', 'kind', 'attribution'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const FACET_LABELS: Record<FacetKey, string> = {
  speaker: 'Speaker',
  country: 'Speaker’s country',
  article: 'Article',
  year: 'Year',
  kind: 'Kind',
  attribution: 'Attribution',
};

/** What the facets read of a quote record. */
export type FacetFields = Pick<SearchRecord, 'speaker' | 'country' | 'articleTitle' | 'year' | 'kind' | 'attribution'>;

export function facetValue(record: FacetFields, key: FacetKey): string {
  switch (key) {
    case 'speaker':
      return record.speaker;
    case 'country':
      return record.country;
    case 'article':
      return record.articleTitle;
    case 'year':
      return record.year;
    case 'kind':
      return record.kind;
    case 'attribution':
      return record.attribution;
  }
}

export type FacetSelection = Partial<Record<FacetKey, readonly string[]>>;

/** Records that have one of the selected values in every facet with a selection. */
export function applyFacets<T>(items: readonly T[], selection: FacetSelection, recordOf: (item: T) => FacetFields): T[] {
  const active = FACET_KEYS.filter((key) => (selection[key]?.length ?? 0) > 0);
  return items.filter((item) => active.every((key) => selection[key]?.includes(facetValue(recordOf(item), key))));
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per facet value. Each facet is counted over the results filtered by the *other* facets,
 * so a reader sees what choosing another value would give.
 */
export function countFacets<T>(
  items: readonly T[],
  selection: FacetSelection,
  recordOf: (item: T) => FacetFields,
): Record<FacetKey, FacetCount[]> {
  const counts = {} as Record<FacetKey, FacetCount[]>;
  for (const key of FACET_KEYS) {
    const others = { ...selection, [key]: [] };
    const tally = new Map<string, number>();
    for (const item of applyFacets(items, others, recordOf)) {
      const value = facetValue(recordOf(item), key);
      tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    for (const value of selection[key] ?? []) if (!tally.has(value)) tally.set(value, 0);
    counts[key] = [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  }
  return counts;
}

/** The selection less every value the records do not have (a URL can say anything). */
export function keepKnownFacets(selection: FacetSelection, known: Record<FacetKey, ReadonlySet<string>>): FacetSelection {
  const kept: FacetSelection = {};
  for (const key of FACET_KEYS) {
    const values = (selection[key] ?? []).filter((value) => known[key].has(value));
    if (values.length > 0) kept[key] = values;
  }
  return kept;
}

export function hasFacets(selection: FacetSelection): boolean {
  return FACET_KEYS.some((key) => (selection[key]?.length ?? 0) > 0);
}
