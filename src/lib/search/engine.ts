/**
 * The search engine the page runs: Fuse.js over the records' word-form keys, with the index built
 * at build time. A typed query becomes keys the same way (the build's word table, the stemmer for
 * unknown words), so "spying" finds "spy" while Fuse's fuzzy matching, held to a tuned threshold,
 * still forgives typos. Past a few thousand records a trigram pre-filter picks the candidates Fuse
 * then ranks, so a keystroke stays fast at 30,000 quotes (see `npm run bench:search`).
 */
import Fuse, { type Expression, type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import { MAX_SCORE, OPERATOR_KEYS, SEARCH_GROUPS, SEARCH_KEYS, SEARCH_OPTIONS, type SearchGroup, type SearchRecord } from './records';
import { queryAlternatives, Vocabulary, type WordKeyTable } from './words';

export interface SearchHit {
  record: SearchRecord;
  /** Fuse's score: 0 is a perfect match. */
  score: number;
  /** The record's word keys the query matched, for highlighting the written words. */
  matchedKeys: string[];
  /** Matched character ranges in the written text, inclusive (operator queries only). */
  textRanges: Array<[number, number]>;
}

/** The engine reads at most this much of a query; the box holds no more either. */
export const MAX_QUERY_LENGTH = 200;
/** And at most this many words of it: each word is one more pass of Fuse over the records. */
export const MAX_QUERY_WORDS = 12;
/** From this many records on, candidates are pre-filtered before Fuse ranks them. */
export const PREFILTER_FROM = 2000;
/** How many candidates the pre-filter hands to Fuse. */
export const PREFILTER_CANDIDATES = 1000;
/** A trigram found in the text's words counts this many times one found in another field. */
const TEXT_WEIGHT = 3;
/** Extended-search operators need Fuse over the written words: exact, inverse, prefix, suffix, or. */
const EXTENDED = /(^|\s)[!'=^]|\$(\s|$)|\s\|\s/;

function trigrams(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const padded = ` ${key} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/**
 * A query as Fuse's logical form: every word must match (any of its alternative keys), each in any
 * field. Fuse's string form needs all words in the same field, so "hannigan nerve" (a speaker and a
 * word he said) would fail.
 */
export function toExpression(words: ReadonlyArray<readonly string[]>): Expression {
  return { $and: words.map((keys) => ({ $or: keys.flatMap((key) => SEARCH_KEYS.map((field) => ({ [field.name]: key }))) })) };
}

/** The whole keys a match's character ranges fall in. */
function keysAt(value: string, indices: ReadonlyArray<readonly [number, number]>): string[] {
  return indices.map(([start, end]) => {
    const from = value.lastIndexOf(' ', start) + 1;
    const to = value.indexOf(' ', end);
    return value.slice(from, to === -1 ? value.length : to);
  });
}

function toHit(result: FuseResult<SearchRecord>): SearchHit {
  const matchedKeys = (result.matches ?? []).filter((m) => m.key === 'words' && m.value).flatMap((m) => keysAt(m.value ?? '', m.indices));
  const textRanges = (result.matches ?? []).filter((m) => m.key === 'text').flatMap((m) => m.indices.map(([s, e]): [number, number] => [s, e]));
  return { record: result.item, score: result.score ?? 0, matchedKeys: [...new Set(matchedKeys)], textRanges };
}

/** Results in the order the page shows them: by group (quotes first), then by score. */
function byGroup(hits: SearchHit[]): SearchHit[] {
  const rank = (group: SearchGroup) => SEARCH_GROUPS.indexOf(group);
  return hits.map((hit, i) => ({ hit, i })).sort((a, b) => rank(a.hit.record.group) - rank(b.hit.record.group) || a.i - b.i).map(({ hit }) => hit);
}

export class SearchEngine {
  private readonly fuse: Fuse<SearchRecord>;
  private operatorFuse: Fuse<SearchRecord> | null = null;
  private readonly vocabulary: Vocabulary;
  /** Fuse's options: the site's, or another threshold (the benchmark's tuning). */
  private readonly options: IFuseOptions<SearchRecord>;
  private readonly maxScore: number;
  /** Trigram → records, for the text's keys and for the other fields apart (the text weighs more). */
  private readonly postings: { text: Map<string, number[]>; other: Map<string, number[]> } | null;

  constructor(
    private readonly records: SearchRecord[],
    serialisedIndex?: unknown,
    wordKeys: WordKeyTable = {},
    options: { prefilter?: boolean; threshold?: number; maxScore?: number } = {},
  ) {
    this.maxScore = options.maxScore ?? MAX_SCORE;
    this.vocabulary = new Vocabulary(wordKeys);
    this.options = options.threshold === undefined ? SEARCH_OPTIONS : { ...SEARCH_OPTIONS, threshold: options.threshold };
    const index = serialisedIndex
      ? (Fuse.parseIndex<SearchRecord>(serialisedIndex as Parameters<typeof Fuse.parseIndex>[0]) as FuseIndex<SearchRecord>)
      : Fuse.createIndex(SEARCH_KEYS.map((k) => k.name), records);
    this.fuse = new Fuse(records, this.options, index);
    this.postings = options.prefilter !== false && records.length >= PREFILTER_FROM ? buildPostings(records) : null;
  }

  get size(): number {
    return this.records.length;
  }

  /** How many records of a group there are. */
  count(group: SearchGroup): number {
    return this.records.filter((r) => r.group === group).length;
  }

  /** What each word of a query stands for, as the engine reads it (capped in length and words). */
  keys(query: string): string[][] {
    return queryAlternatives(query.slice(0, MAX_QUERY_LENGTH), this.vocabulary).slice(0, MAX_QUERY_WORDS);
  }

  /** Ranked hits, grouped (quotes first); an empty query returns every record in order. */
  search(query: string): SearchHit[] {
    const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim();
    if (!trimmed) return this.records.map((record) => ({ record, score: 0, matchedKeys: [], textRanges: [] }));
    // Operators keep Fuse's own syntax over the written words; plain words match keys across fields.
    if (EXTENDED.test(trimmed)) return byGroup(this.operators().search(trimmed).map(toHit));
    const keys = this.keys(trimmed);
    if (keys.length === 0) return [];
    const expression = toExpression(keys);
    const fuse = this.postings ? new Fuse(this.candidates(keys.flat()), this.options) : this.fuse;
    return byGroup(fuse.search(expression).filter((r) => (r.score ?? 0) <= this.maxScore).map(toHit));
  }

  private operators(): Fuse<SearchRecord> {
    this.operatorFuse ??= new Fuse(this.records, { ...SEARCH_OPTIONS, keys: [...OPERATOR_KEYS], threshold: 0.34 });
    return this.operatorFuse;
  }

  /**
   * The records most likely to match: first those that contain every key of the query (half
   * of a key's trigrams or more counts as containing it, so misspellings pass), then by how
   * many of the query's trigrams they share.
   */
  private candidates(keys: readonly string[]): SearchRecord[] {
    const covered = new Uint8Array(this.records.length);
    const shared = new Uint16Array(this.records.length);
    const hits = new Uint16Array(this.records.length);
    for (const key of keys) {
      const grams = trigrams([key]);
      hits.fill(0);
      for (const gram of grams) {
        for (const i of this.postings?.text.get(gram) ?? []) {
          hits[i] = (hits[i] ?? 0) + 1;
          shared[i] = (shared[i] ?? 0) + TEXT_WEIGHT;
        }
        for (const i of this.postings?.other.get(gram) ?? []) {
          hits[i] = (hits[i] ?? 0) + 1;
          shared[i] = (shared[i] ?? 0) + 1;
        }
      }
      const needed = Math.max(1, Math.ceil(grams.size / 2));
      hits.forEach((count, i) => {
        if (count >= needed) covered[i] = (covered[i] ?? 0) + 1;
      });
    }
    const ranked: number[] = [];
    shared.forEach((count, i) => {
      if (count > 0) ranked.push(i);
    });
    ranked.sort((a, b) => (covered[b] ?? 0) - (covered[a] ?? 0) || (shared[b] ?? 0) - (shared[a] ?? 0) || a - b);
    return ranked.slice(0, PREFILTER_CANDIDATES).map((i) => this.records[i] as SearchRecord);
  }
}

function buildPostings(records: readonly SearchRecord[]): { text: Map<string, number[]>; other: Map<string, number[]> } {
  const text = new Map<string, number[]>();
  const other = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, gram: string, i: number) => {
    const list = map.get(gram);
    if (list) list.push(i);
    else map.set(gram, [i]);
  };
  records.forEach((record, i) => {
    for (const gram of trigrams(record.words.split(' '))) add(text, gram, i);
    for (const gram of trigrams(`${record.who} ${record.role} ${record.place}`.split(' '))) add(other, gram, i);
  });
  return { text, other };
}
