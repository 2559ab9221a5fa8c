/**
 * What the page shows for a search, from either engine: per group, the total and a way to load
 * the next results; and the facet counts over the quotes. Plain queries go through the split index
 * (`ShardedEngine`); operator queries through the whole index (`SearchEngine`).
 */
import type { SearchEngine, SearchHit } from './engine';
import { applyFacets, countFacets, FACET_KEYS, hasFacets, type FacetCount, type FacetKey, type FacetSelection } from './facets';
import { SEARCH_GROUPS, type SearchGroup } from './records';
import type { ShardedEngine } from './sharded-engine';

export interface GroupResults {
  group: SearchGroup;
  total: number;
  /** Results [from, to) of the group, fetched if need be. */
  load(from: number, to: number): Promise<SearchHit[]>;
  /** What the page shows so far. */
  shown: SearchHit[];
}

export interface ResultsView {
  groups: GroupResults[];
  facets: Record<FacetKey, FacetCount[]>;
}

/** Facets are about quotes (speaker, kind …): with one chosen, only quotes are listed. */
function listed<T>(group: SearchGroup, all: readonly T[], quotes: readonly T[], selection: FacetSelection): readonly T[] {
  if (group === 'quote') return quotes;
  return hasFacets(selection) ? [] : all;
}

export async function shardedResults(engine: ShardedEngine, query: string, selection: FacetSelection): Promise<ResultsView> {
  const result = await engine.search(query);
  const quotes = engine.filterQuotes(result.groups.quote, selection);
  const groups = SEARCH_GROUPS.map((group): GroupResults => {
    const records = listed(group, result.groups[group], quotes, selection);
    return { group, total: records.length, shown: [], load: (from, to) => engine.hits(records, from, to, result.words) };
  });
  return { groups: groups.filter((g) => g.total > 0), facets: engine.countFacets(result.groups.quote, selection) };
}

export function wholeResults(engine: SearchEngine, query: string, selection: FacetSelection): ResultsView {
  const hits = engine.search(query);
  const quotes = hits.filter((h) => h.record.group === 'quote');
  const filtered = applyFacets(quotes, selection, (h) => h.record);
  const groups = SEARCH_GROUPS.map((group): GroupResults => {
    const list = listed(
      group,
      hits.filter((h) => h.record.group === group),
      filtered,
      selection,
    );
    return { group, total: list.length, shown: [], load: (from, to) => Promise.resolve(list.slice(from, to)) };
  });
  return { groups: groups.filter((g) => g.total > 0), facets: countFacets(quotes, selection, (h) => h.record) };
}

/** The facet counts over every quote, for the page before a search. */
export function allQuoteFacets(engine: ShardedEngine): Record<FacetKey, FacetCount[]> {
  return engine.countFacets(
    Array.from({ length: engine.count('quote') }, (_, i) => i),
    {},
  );
}

/** Every facet value the quotes have: what a URL may select. */
export function knownValues(engine: ShardedEngine): Record<FacetKey, ReadonlySet<string>> {
  const known = {} as Record<FacetKey, ReadonlySet<string>>;
  for (const key of FACET_KEYS) known[key] = new Set(engine.meta.facets[key].values);
  return known;
}
