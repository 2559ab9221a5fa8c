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
import { FACET_KEYS, type FacetCount, type FacetKey, type FacetSelection } from './facets';
import { SEARCH_GROUPS, SEARCH_KEYS, SEARCH_OPTIONS, type SearchGroup, type SearchRecord } from './records';
import { decodePostings, shardOf, type PostingsShard, type ShardMeta } from './shards';
import { queryAlternatives, Vocabulary } from './words';

export type FetchJson = (path: string) => Promise<unknown>;

/** A typed word shorter than this matches only keys equal to it, not every key it begins. */
const MIN_PREFIX = 3;
/**
 * Field weights in tenths, as integers: a record's total is then the same whatever order its
 * words' weights are added in, so results tie exactly where they should.
 */
const FIELD_WEIGHTS = SEARCH_KEYS.map((k) => Math.round(k.weight * 10));
/** Typing repeats the earlier words of a query at every keystroke: their matches are kept. */
const WORDS_KEPT = 64;
/** And goes back and forth over a few queries (a deleted letter, a facet chosen): their results too. */
const QUERIES_KEPT = 16;

/** One word's matches in record order: each record holding one of its keys, with the best weight one matched with. */
interface WordMatches {
  records: Int32Array;
  weights: Int32Array;
}

/** The records two words both match, in record order, with their weights added. */
function intersect(a: WordMatches, b: WordMatches): WordMatches {
  const records = new Int32Array(Math.min(a.records.length, b.records.length));
  const weights = new Int32Array(records.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.records.length && j < b.records.length) {
    const x = a.records[i] ?? 0;
    const y = b.records[j] ?? 0;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      records[n] = x;
      weights[n++] = (a.weights[i++] ?? 0) + (b.weights[j++] ?? 0);
    }
  }
  return { records: records.subarray(0, n), weights: weights.subarray(0, n) };
}

/** Keeps at most `size` entries, dropping the oldest. */
function remember<V>(cache: Map<string, V>, key: string, value: V, size: number): V {
  if (cache.size >= size) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

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
  private readonly wordMatches = new Map<string, Promise<WordMatches>>();
  private readonly results = new Map<string, Promise<ShardedResult>>();
  private readonly groupStart: Record<SearchGroup, number>;
  /** Per record, the best weight of the word being collected; all zeros between words. */
  private readonly scratch: Int32Array;

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
    this.scratch = new Int32Array(start);
  }

  count(group: SearchGroup): number {
    return this.meta.groups[group];
  }

  keys(query: string): string[][] {
    return queryAlternatives(query.slice(0, MAX_QUERY_LENGTH), this.vocabulary).slice(0, MAX_QUERY_WORDS);
  }

  /** Every result of a query, per group, in order; nothing but postings is fetched. */
  search(query: string): Promise<ShardedResult> {
    const words = this.keys(query.slice(0, MAX_QUERY_LENGTH).trim());
    const id = words.map((alternatives) => alternatives.join(' ')).join('|');
    return this.results.get(id) ?? remember(this.results, id, this.resultsOf(words), QUERIES_KEPT);
  }

  private async resultsOf(words: string[][]): Promise<ShardedResult> {
    const groups = Object.fromEntries(SEARCH_GROUPS.map((g) => [g, [] as number[]])) as Record<SearchGroup, number[]>;
    if (words.length === 0) return { groups, words };
    // Sparse lists, rarest word first: the work grows with the matches, not with the corpus.
    const [rarest, ...others] = (await Promise.all(words.map((alternatives) => this.matchesOf(alternatives)))).sort(
      (a, b) => a.records.length - b.records.length,
    );
    const found = others.reduce(intersect, rarest as WordMatches);
    // Records come in group order, so each group is a run of them; within it, best total first,
    // then record order. Totals take few values, so records are bucketed by total, not sorted.
    let at = 0;
    for (const group of SEARCH_GROUPS) {
      const end = this.groupStart[group] + this.count(group);
      const byTotal = new Map<number, number[]>();
      for (; at < found.records.length && (found.records[at] ?? 0) < end; at++) {
        const total = found.weights[at] ?? 0;
        const bucket = byTotal.get(total);
        if (bucket) bucket.push(found.records[at] ?? 0);
        else byTotal.set(total, [found.records[at] ?? 0]);
      }
      groups[group] = [...byTotal.keys()].sort((a, b) => b - a).flatMap((total) => byTotal.get(total) ?? []);
    }
    return { groups, words };
  }

  /**
   * Facet counts over quotes, each facet counted over the quotes the *other* facets keep, straight
   * from meta's value numbers (no object per quote: there may be 30,000).
   */
  countFacets(records: readonly number[], selection: FacetSelection): Record<FacetKey, FacetCount[]> {
    const selected = this.selectedValues(selection);
    const active = FACET_KEYS.filter((key) => selected[key] !== null);
    const columns = FACET_KEYS.map((key) => this.meta.facets[key].of);
    const tallies = FACET_KEYS.map((key) => new Int32Array(this.meta.facets[key].values.length));
    // No facet chosen (a reader typing): every result counts in every facet, one column at a time.
    if (active.length === 0) {
      columns.forEach((column, k) => {
        const tally = tallies[k] as Int32Array;
        for (const record of records) {
          const value = column[record - this.groupStart.quote] ?? 0;
          tally[value] = (tally[value] ?? 0) + 1;
        }
      });
    } else {
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
        for (let k = 0; k < FACET_KEYS.length; k++) {
          if (failing === 0 || failedKey === FACET_KEYS[k]) {
            const tally = tallies[k] as Int32Array;
            const value = columns[k]?.[quote] ?? 0;
            tally[value] = (tally[value] ?? 0) + 1;
          }
        }
      }
    }
    const counts = {} as Record<FacetKey, FacetCount[]>;
    FACET_KEYS.forEach((key, k) => {
      const { values } = this.meta.facets[key];
      const tally = tallies[k] as Int32Array;
      const listed: FacetCount[] = [];
      values.forEach((value, i) => {
        if ((tally[i] ?? 0) > 0 || selected[key]?.has(i)) listed.push({ value, count: tally[i] ?? 0 });
      });
      // Meta lists the values in collation order and the sort is stable, so equal counts stay in
      // that order without collating thousands of names at every keystroke.
      counts[key] = listed.sort((a, b) => b.count - a.count);
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

  /** The records one typed word matches, each with the best weight one of its keys matched with (an exact key counts double a prefix). */
  private matchesOf(alternatives: readonly string[]): Promise<WordMatches> {
    const id = alternatives.join(' ');
    return this.wordMatches.get(id) ?? remember(this.wordMatches, id, this.collectMatches(alternatives), WORDS_KEPT);
  }

  private async collectMatches(alternatives: readonly string[]): Promise<WordMatches> {
    const keys = this.matchingKeys(alternatives);
    const lists = await Promise.all(keys.map((key) => this.postingList(key)));
    // One dense array, reused and left clean: only the records touched are visited again.
    const best = this.scratch;
    const touched: number[] = [];
    keys.forEach((key, k) => {
      const exact = alternatives.includes(key) ? 2 : 1;
      for (const entry of lists[k] ?? []) {
        const record = entry >> 2;
        const weight = (FIELD_WEIGHTS[entry & 3] ?? 0) * exact;
        const before = best[record] ?? 0;
        if (before === 0) touched.push(record);
        if (before < weight) best[record] = weight;
      }
    });
    const records = Int32Array.from(touched).sort();
    const weights = records.map((record) => best[record] ?? 0);
    for (const record of touched) best[record] = 0;
    return { records, weights };
  }

  private async postingList(key: string): Promise<number[]> {
    const known = this.decoded.get(key);
    if (known) return known;
    const shard = shardOf(key, this.meta.shardStarts);
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
