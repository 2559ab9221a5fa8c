/**
 * The search index split into files, so a query fetches only what it needs (Pagefind's chunked
 * index is the model): a small `meta` file (the word table, every key, each quote's facet values),
 * postings shards (key → the records holding it, and in which field), each key in the shard its
 * hash names, and record chunks of a few records each. A query reads meta once, then the shards of
 * its keys, then only the chunks of the results it shows.
 */
import { FACET_KEYS, facetValue, type FacetKey } from './facets';
import { SEARCH_GROUPS, SEARCH_KEYS, type SearchGroup, type SearchRecord } from './records';
import type { WordKeyTable } from './words';

/** Records per chunk: a screenful of results touches few records it does not show. */
const CHUNK_SIZE = 8;
/** Roughly how many characters of postings a shard holds. */
const SHARD_CHARS = 48_000;

export interface ShardMeta {
  /** How many records of each group, in record order (quotes first). */
  groups: Record<SearchGroup, number>;
  shards: number;
  chunkSize: number;
  /** Every key of the corpus, space-separated. */
  keys: string;
  wordKeys: WordKeyTable;
  /** Per facet: its values, and for each quote (in record order) the index of its value. */
  facets: Record<FacetKey, { values: string[]; of: number[] }>;
}

/** Key → postings, each `record × 4 + field` (field: the index in SEARCH_KEYS), delta-encoded. */
export type PostingsShard = Record<string, number[]>;

/** A small string hash (FNV-1a), the same at build time and in the page. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

export function decodePostings(deltas: readonly number[]): number[] {
  let value = 0;
  return deltas.map((delta) => (value += delta));
}

function encodePostings(sorted: readonly number[]): number[] {
  return sorted.map((value, i) => value - (sorted[i - 1] ?? 0));
}

function facetTable(quotes: readonly SearchRecord[]): ShardMeta['facets'] {
  const facets = {} as ShardMeta['facets'];
  for (const key of FACET_KEYS) {
    const values: string[] = [];
    const index = new Map<string, number>();
    const of = quotes.map((quote) => {
      const value = facetValue(quote, key);
      if (!index.has(value)) index.set(value, values.push(value) - 1);
      return index.get(value) ?? 0;
    });
    facets[key] = { values, of };
  }
  return facets;
}

export interface ShardedIndex {
  meta: ShardMeta;
  shards: PostingsShard[];
  chunks: SearchRecord[][];
}

/** The split index of keyed records, which must come in group order (quotes first). */
export function buildShards(records: readonly SearchRecord[], wordKeys: WordKeyTable): ShardedIndex {
  const postings = new Map<string, number[]>();
  records.forEach((record, i) => {
    SEARCH_KEYS.forEach((field, f) => {
      for (const key of new Set(record[field.name].split(' '))) {
        if (!key) continue;
        const list = postings.get(key);
        if (list) list.push(i * 4 + f);
        else postings.set(key, [i * 4 + f]);
      }
    });
  });
  const encoded = [...postings].map(([key, list]) => [key, encodePostings(list)] as const);
  const chars = encoded.reduce((sum, [key, list]) => sum + key.length + JSON.stringify(list).length, 0);
  const count = Math.max(1, Math.ceil(chars / SHARD_CHARS));
  const shards: PostingsShard[] = Array.from({ length: count }, () => ({}));
  for (const [key, list] of encoded) (shards[shardOf(key, count)] as PostingsShard)[key] = list;
  const groups = Object.fromEntries(SEARCH_GROUPS.map((g) => [g, records.filter((r) => r.group === g).length])) as Record<
    SearchGroup,
    number
  >;
  const chunks = Array.from({ length: Math.ceil(records.length / CHUNK_SIZE) }, (_, c) =>
    records.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE),
  );
  const meta: ShardMeta = {
    groups,
    shards: count,
    chunkSize: CHUNK_SIZE,
    keys: [...postings.keys()].sort().join(' '),
    wordKeys,
    facets: facetTable(records.filter((r) => r.group === 'quote')),
  };
  return { meta, shards, chunks };
}
