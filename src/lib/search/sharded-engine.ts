/**
 * The page's search over the split index (`shards.ts`): a query's words become keys as in the
 * build (the word table, the stemmer, spelling correction), the shards of those keys are fetched
 * once and kept, the records holding every word are the results (so the count is exact), and each
 * group's records are ordered by where their words matched (text before speaker before role before
 * place). Only the records a screen shows are fetched, and Fuse.js ranks them, as it ranks every
 * record of the whole-index engine, and reports the matched keys for highlighting.
 */
import { compareText } from '../analysis/collate';
import Fuse from 'fuse.js';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, toExpression, toHit, type SearchHit } from './engine';
import { FACET_KEYS, type FacetCount, type FacetKey, type FacetSelection } from './facets';
import { SEARCH_GROUPS, SEARCH_KEYS, SEARCH_OPTIONS, type SearchGroup, type SearchRecord } from './records';
import { decodePostings, shardOf, type PostingsShard, type ShardMeta } from './shards';
import { queryAlternatives, Vocabulary } from './words';

export type FetchJson = (path: string) => Promise<unknown>;

/** A typed word shorter than this matches only keys equal to it, not every key it begins. */
const MIN_PREFIX = 3;
const FIELD_WEIGHTS = SEARCH_KEYS.map((k) => k.weight);

export interface ShardedResult {
  /** Record numbers per group, best first by where they matched; every result, none left out. */
  groups: Record<SearchGroup, number[]>;
  words: string[][];
}

export class ShardedEngine {
  private readonly vocabulary: Vocabulary;
  private readonly allKeys: string[];
  private readonly shards = new Map<number, Promise<PostingsShard>>();
  private readonly chunks = new Map<number, Promise<SearchRecord[]>>();
  private readonly decoded = new Map<string, number[]>();
  private readonly keyMatches = new Map<string, string[]>();
  private readonly groupStart: Record<SearchGroup, number>;
  private readonly recordCount: number;

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
    this.recordCount = start;
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
    // Typed arrays, not maps: at 75,000 records a keystroke must not build and merge maps.
    const total = new Float64Array(this.recordCount);
    const matched = new Uint8Array(this.recordCount);
    for (const best of perWord) {
      for (let record = 0; record < best.length; record++) {
        const weight = best[record] ?? 0;
        if (weight > 0) {
          matched[record] = (matched[record] ?? 0) + 1;
          total[record] = (total[record] ?? 0) + weight;
        }
      }
    }
    const found: number[] = [];
    for (let record = 0; record < this.recordCount; record++) if (matched[record] === perWord.length) found.push(record);
    found.sort((a, b) => (total[b] ?? 0) - (total[a] ?? 0) || a - b);
    for (const record of found) groups[this.groupOf(record)].push(record);
    return { groups, words };
  }

  /**
   * Facet counts over quotes, each facet counted over the quotes the *other* facets keep, straight
   * from meta's value numbers (no object per quote: there may be 30,000).
   */
  countFacets(records: readonly number[], selection: FacetSelection): Record<FacetKey, FacetCount[]> {
    const selected = this.selectedValues(selection);
    const active = FACET_KEYS.filter((key) => selected[key] !== null);
    const tallies = FACET_KEYS.map((key) => new Int32Array(this.meta.facets[key].values.length));
    for (const record of records) {
      const quote = record - this.groupStart.quote;
      let failing = 0;
      let failedKey: FacetKey | null = null;
      for (const key of active) {
        if (!selected[key]?.has(this.meta.facets[key].of[quote] ?? -1)) {
          failing++;
          failedKey = key;
        }
      }
      if (failing > 1) continue;
      FACET_KEYS.forEach((key, k) => {
        const tally = tallies[k] as Int32Array;
        const value = this.meta.facets[key].of[quote] ?? 0;
        if (failing === 0 || failedKey === key) tally[value] = (tally[value] ?? 0) + 1;
      });
    }
    const counts = {} as Record<FacetKey, FacetCount[]>;
    FACET_KEYS.forEach((key, k) => {
      const { values } = this.meta.facets[key];
      const tally = tallies[k] as Int32Array;
      counts[key] = values
        .map((value, i) => ({ value, count: tally[i] ?? 0 }))
        .filter((c, i) => c.count > 0 || selected[key]?.has(i))
        .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
    });
    return counts;
  }

  /** Quotes whose value is selected in every facet with a selection. */
  filterQuotes(records: readonly number[], selection: FacetSelection): number[] {
    const selected = this.selectedValues(selection);
    const active = FACET_KEYS.filter((key) => selected[key] !== null);
    if (active.length === 0) return [...records];
    return records.filter((record) =>
      active.every((key) => selected[key]?.has(this.meta.facets[key].of[record - this.groupStart.quote] ?? -1)),
    );
  }

  private selectedValues(selection: FacetSelection): Record<FacetKey, Set<number> | null> {
    const selected = {} as Record<FacetKey, Set<number> | null>;
    for (const key of FACET_KEYS) {
      const chosen = selection[key] ?? [];
      const { values } = this.meta.facets[key];
      selected[key] = chosen.length > 0 ? new Set(values.flatMap((value, i) => (chosen.includes(value) ? [i] : []))) : null;
    }
    return selected;
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

  /** Per record, the best weight with which one of the word's keys matched it (an exact key counts double a prefix). */
  private async postingsOf(alternatives: readonly string[]): Promise<Float64Array> {
    const best = new Float64Array(this.recordCount);
    const keys = this.matchingKeys(alternatives);
    const lists = await Promise.all(keys.map((key) => this.postingList(key)));
    keys.forEach((key, k) => {
      const exact = alternatives.includes(key) ? 2 : 1;
      for (const entry of lists[k] ?? []) {
        const record = entry >> 2;
        const weight = (FIELD_WEIGHTS[entry & 3] ?? 0) * exact;
        if ((best[record] ?? 0) < weight) best[record] = weight;
      }
    });
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
