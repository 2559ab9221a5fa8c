/** The search as a URL: `?q=…&speaker=…&year=…`, so a search can be shared, restored and navigated. */
import { FACET_KEYS, type FacetSelection } from './facets';

export interface SearchState {
  q: string;
  facets: FacetSelection;
}

const MAX_QUERY_LENGTH = 200;

export function parseSearchState(params: URLSearchParams): SearchState {
  const facets: FacetSelection = {};
  for (const key of FACET_KEYS) {
    const values = params.getAll(key).filter((v) => v.length > 0 && v.length <= MAX_QUERY_LENGTH);
    if (values.length > 0) facets[key] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), facets };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const value of state.facets[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmptySearch(state: SearchState): boolean {
  return !state.q.trim() && FACET_KEYS.every((key) => (state.facets[key]?.length ?? 0) === 0);
}
