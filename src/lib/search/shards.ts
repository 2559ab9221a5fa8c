/**
 * The search index split into files, so a query fetches only what it needs (Pagefind's chunked
 * index is the model): a small `meta` file (the word table, every key, each quote's facet values),
 * postings shards (key → the records holding it, and in which field), each a run of keys in sorted
 * order, as Pagefind's are, and record chunks of a few records each. A query reads meta once, then
 * the shards of its keys, then only the chunks of the results it shows. A word being typed matches
 * every key it begins, and those keys sit side by side: one or two shards, not one per key.
 *
 * A small index also ships meta, its postings and the quotes' chunks as one bundle: a linked query
 * then waits on one request beside the page's script (quotes are drawn first), not on meta, then a
 * shard, then a dozen chunks in turn; the other groups' chunks follow as they are shown.
 */
import { compareText } from '../analysis/collate';
import { FACET_KEYS, facetValue, type FacetKey } from './facets';
import { SEARCH_GROUPS, SEARCH_KEYS, type SearchGroup, type SearchRecord } from './records';
import type { WordKeyTable } from './words';

/** Records per chunk: a screenful of results touches few records it does not show. */
const CHUNK_SIZE = 8;
/** Roughly how many characters of postings a shard holds (more only when one key alone is longer). */
const SHARD_CHARS = 48_000;
/** Up to this many characters (about 50 kB gzipped) the files a first screen of quotes needs also ship as one bundle. */
const BUNDLE_MAX_CHARS = 250_000;
/** The bundle's name beside the split files. */
export const BUNDLE_FILE = 'bundle.json';

export interface ShardMeta {
  /** How many records of each group, in record order (quotes first). */
  groups: Record<SearchGroup, number>;
  /** The first key of each shard, in order: a key is in the last shard starting at or before it. */
  shardStarts: string[];
  chunkSize: number;
  /** Every key of the corpus, space-separated. */
  keys: string;
  wordKeys: WordKeyTable;
  /** Per facet: its values in collation order, and for each quote (in record order) the index of its value. */
  facets: Record<FacetKey, { values: string[]; of: number[] }>;
}

/** Key → postings, each `record × 4 + field` (field: the index in SEARCH_KEYS), delta-encoded. */
export type PostingsShard = Record<string, number[]>;

/** The shard holding a key: the last whose first key is not after it (keys compare as in `sort()`). */
export function shardOf(key: string, shardStarts: readonly string[]): number {
  let low = 0;
  let high = shardStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((shardStarts[middle] ?? '') <= key) low = middle;
    else high = middle - 1;
  }
  return low;
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
    // In collation order, so the page orders equal counts by position, never collating in the page.
    const values = [...new Set(quotes.map((quote) => facetValue(quote, key)))].sort(compareText);
    const index = new Map(values.map((value, i) => [value, i]));
    facets[key] = { values, of: quotes.map((quote) => index.get(facetValue(quote, key)) ?? 0) };
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
  const keys = [...postings.keys()].sort();
  const shards: PostingsShard[] = [{}];
  const shardStarts = [keys[0] ?? ''];
  let chars = 0;
  for (const key of keys) {
    const list = encodePostings(postings.get(key) ?? []);
    const size = key.length + JSON.stringify(list).length;
    if (chars > 0 && chars + size > SHARD_CHARS) {
      shards.push({});
      shardStarts.push(key);
      chars = 0;
    }
    (shards.at(-1) as PostingsShard)[key] = list;
    chars += size;
  }
  const groups = Object.fromEntries(SEARCH_GROUPS.map((g) => [g, records.filter((r) => r.group === g).length])) as Record<
    SearchGroup,
    number
  >;
  const chunks = Array.from({ length: Math.ceil(records.length / CHUNK_SIZE) }, (_, c) =>
    records.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE),
  );
  const meta: ShardMeta = {
    groups,
    shardStarts,
    chunkSize: CHUNK_SIZE,
    keys: keys.join(' '),
    wordKeys,
    facets: facetTable(records.filter((r) => r.group === 'quote')),
  };
  return { meta, shards, chunks };
}

/** Meta, the postings and the quotes' chunks by name (as the page fetches them), or null when together they pass the bundle's size. */
export function bundleOf(index: ShardedIndex): Record<string, unknown> | null {
  const quoteChunks = index.chunks.slice(0, Math.ceil(index.meta.groups.quote / CHUNK_SIZE));
  const files: Array<[string, unknown]> = [
    ['meta.json', index.meta],
    ...index.shards.map((shard, i): [string, unknown] => [`postings/${i}.json`, shard]),
    ...quoteChunks.map((chunk, i): [string, unknown] => [`records/${i}.json`, chunk]),
  ];
  let chars = 0;
  for (const [name, content] of files) {
    chars += name.length + JSON.stringify(content).length;
    if (chars > BUNDLE_MAX_CHARS) return null;
  }
  return Object.fromEntries(files);
}
