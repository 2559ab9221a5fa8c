/**
 * The page's search over the split index (`shards.ts`): a query's words become keys as in the
 * build (the word table, the stemmer, spelling correction), the shards of those keys are fetched
 * once and kept, the records holding every word are the results (so the count is exact), and each
 * group's records are ordered by where their words matched (text before speaker before role before
 * place). Only the records a screen shows are fetched, and Fuse.js ranks them, as it ranks every
 * record of the whole-index engine, and reports the matched keys for highlighting.
 */
import Fuse from 'fuse.js';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, toExpression, toHit, type SearchHit } from './engine';
import { FACET_KEYS, type FacetFields, type FacetKey } from './facets';
import { SEARCH_GROUPS, SEARCH_KEYS, SEARCH_OPTIONS, type SearchGroup, type SearchRecord } from './records';
import { decodePostings, shardOf, type PostingsShard, type ShardMeta } from './shards';
import { queryAlternatives, Vocabulary } from './words';

export type FetchJson = (path: string) => Promise<unknown>;

/** A typed word this short matches only keys equal to it, not keys it begins. */
const MIN_PREFIX = 2;
const FIELD_WEIGHTS = SEARCH_KEYS.map((k) => k.weight);

export interface ShardedResult {
  /** Record numbers per group, best first by where they matched; every result, none left out. */
  groups: Record<SearchGroup, number[]>;
  words: string[][];
}

/** Which record field each facet reads. */
const FACET_FIELDS: Record<FacetKey, keyof FacetFields> = { speaker: 'speaker', country: 'country', article: 'articleTitle', year: 'year', kind: 'kind', attribution: 'attribution' };

export class ShardedEngine {
  private readonly vocabulary: Vocabulary;
  private readonly allKeys: string[];
  private readonly shards = new Map<number, Promise<PostingsShard>>();
  private readonly chunks = new Map<number, Promise<SearchRecord[]>>();
  private readonly decoded = new Map<string, number[]>();
  private readonly keyMatches = new Map<string, string[]>();
  private readonly groupStart: Record<SearchGroup, number>;

  constructor(
    readonly meta: ShardMeta,
    private readonly fetchJson: FetchJson,
  ) {
    this.vocabulary = new Vocabulary(meta.wordKeys);
    this.allKeys = meta.keys.split(' ');
    let start = 0;
    this.groupStart = {} as Record<SearchGroup, number>;
    for (const group of SEARCH_GROUPS) {
      this.groupStart[group] = start;
      start += meta.groups[group];
    }
  }

  count(group: SearchGroup): number {
    return this.meta.groups[group];
  }

  keys(query: string): string[][] {
    return queryAlternatives(query.slice(0, MAX_QUERY_LENGTH), this.vocabulary).slice(0, MAX_QUERY_WORDS);
  }

  /** Every result of a query, per group, in order; nothing but postings is fetched. */
  async search(query: string): Promise<ShardedResult> {
    const words = this.keys(query.slice(0, MAX_QUERY_LENGTH).trim());
    const groups = Object.fromEntries(SEARCH_GROUPS.map((g) => [g, [] as number[]])) as Record<SearchGroup, number[]>;
    if (words.length === 0) return { groups, words };
    const perWord = await Promise.all(words.map((alternatives) => this.postingsOf(alternatives)));
    let score: Map<number, number> | null = null;
    for (const found of perWord) {
      const next = new Map<number, number>();
      for (const [record, weight] of found) {
        const before = score ? score.get(record) : 0;
        if (before !== undefined) next.set(record, before + weight);
      }
      score = next;
      if (score.size === 0) break;
    }
    const ranked = [...(score ?? [])].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([record]) => record);
    for (const record of ranked) groups[this.groupOf(record)].push(record);
    return { groups, words };
  }

  /** A quote's facet values, from meta: facets count and filter every result without fetching it. */
  facetFields(record: number): FacetFields {
    const fields = {} as Record<keyof FacetFields, string>;
    for (const key of FACET_KEYS) {
      const facet = this.meta.facets[key];
      fields[FACET_FIELDS[key]] = facet.values[facet.of[record - this.groupStart.quote] ?? 0] ?? '';
    }
    return fields;
  }

  /** The records at positions [from, to) of a result list, fetched and ranked by Fuse. */
  async hits(records: readonly number[], from: number, to: number, words: string[][]): Promise<SearchHit[]> {
    const wanted = records.slice(from, to);
    const loaded = await Promise.all(wanted.map((record) => this.record(record)));
    const fuse = new Fuse(loaded, SEARCH_OPTIONS);
    const ranked = fuse.search(toExpression(words)).map(toHit);
    // A record Fuse does not score (an odd key split) still shows, last: the count promised it.
    const seen = new Set(ranked.map((h) => h.record.id));
    return [...ranked, ...loaded.filter((r) => !seen.has(r.id)).map((record) => ({ record, score: 1, matchedKeys: [], textRanges: [] }))];
  }

  private groupOf(record: number): SearchGroup {
    let found: SearchGroup = 'quote';
    for (const group of SEARCH_GROUPS) if (record >= this.groupStart[group]) found = group;
    return found;
  }

  private async record(record: number): Promise<SearchRecord> {
    const chunk = Math.floor(record / this.meta.chunkSize);
    let loading = this.chunks.get(chunk);
    if (!loading) {
      loading = this.fetchJson(`records/${chunk}.json`) as Promise<SearchRecord[]>;
      this.chunks.set(chunk, loading);
    }
    return (await loading)[record % this.meta.chunkSize] as SearchRecord;
  }

  private matchingKeys(alternatives: readonly string[]): string[] {
    const id = alternatives.join(' ');
    let found = this.keyMatches.get(id);
    if (!found) {
      found = this.allKeys.filter((key) => alternatives.some((a) => key === a || (a.length >= MIN_PREFIX && key.startsWith(a))));
      if (this.keyMatches.size > 5000) this.keyMatches.clear();
      this.keyMatches.set(id, found);
    }
    return found;
  }

  /** Record → the best weight with which one of the word's keys matched it (an exact key counts double a prefix). */
  private async postingsOf(alternatives: readonly string[]): Promise<Map<number, number>> {
    const best = new Map<number, number>();
    for (const key of this.matchingKeys(alternatives)) {
      const exact = alternatives.includes(key) ? 2 : 1;
      for (const entry of await this.postingList(key)) {
        const record = Math.floor(entry / 4);
        const weight = (FIELD_WEIGHTS[entry % 4] ?? 0) * exact;
        if ((best.get(record) ?? 0) < weight) best.set(record, weight);
      }
    }
    return best;
  }

  private async postingList(key: string): Promise<number[]> {
    const known = this.decoded.get(key);
    if (known) return known;
    const shard = shardOf(key, this.meta.shards);
    let loading = this.shards.get(shard);
    if (!loading) {
      loading = this.fetchJson(`postings/${shard}.json`) as Promise<PostingsShard>;
      this.shards.set(shard, loading);
    }
    const list = decodePostings((await loading)[key] ?? []);
    this.decoded.set(key, list);
    return list;
  }
}
