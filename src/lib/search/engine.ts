/**
 * The search engine the page runs: Fuse.js over the records' word-form keys, with the index built
 * at build time. A typed query becomes keys the same way (the build's word table, the stemmer for
 * unknown words), so "spying" finds "spy" while Fuse's fuzzy matching, held to a tuned threshold,
 * still forgives typos. A key index picks the candidates first (the records holding, for every
 * word, a key it is or begins), so Fuse ranks a handful of records, not all of them, and a long
 * query stays fast (see `npm run bench:search` and `npm run bench:typing`).
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
/** At most this many candidates go to Fuse (in the page's order: quotes first). */
const MAX_CANDIDATES = 2000;
/** A typed word shorter than this matches only keys equal to it, not every key it begins. */
const MIN_PREFIX = 3;
/** Extended-search operators need Fuse over the written words: exact, inverse, prefix, suffix, or. */
const EXTENDED = /(^|\s)[!'=^]|\$(\s|$)|\s\|\s/;

/** Whether a query uses Fuse's operators, which search the written words of every record. */
export const isOperatorQuery = (query: string): boolean => EXTENDED.test(query.slice(0, MAX_QUERY_LENGTH).trim());

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

export function toHit(result: FuseResult<SearchRecord>): SearchHit {
  const matchedKeys = (result.matches ?? []).filter((m) => m.key === 'words' && m.value).flatMap((m) => keysAt(m.value ?? '', m.indices));
  const textRanges = (result.matches ?? [])
    .filter((m) => m.key === 'text')
    .flatMap((m) => m.indices.map(([s, e]): [number, number] => [s, e]));
  return { record: result.item, score: result.score ?? 0, matchedKeys: [...new Set(matchedKeys)], textRanges };
}

/** Results in the order the page shows them: by group (quotes first), then by score. */
function byGroup(hits: SearchHit[]): SearchHit[] {
  const rank = (group: SearchGroup) => SEARCH_GROUPS.indexOf(group);
  return hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => rank(a.hit.record.group) - rank(b.hit.record.group) || a.i - b.i)
    .map(({ hit }) => hit);
}

export class SearchEngine {
  private fuse: Fuse<SearchRecord> | null = null;
  private readonly serialisedIndex: unknown;
  private operatorFuse: Fuse<SearchRecord> | null = null;
  private readonly vocabulary: Vocabulary;
  /** Fuse's options: the site's, or another threshold (the benchmark's tuning). */
  private readonly options: IFuseOptions<SearchRecord>;
  private readonly maxScore: number;
  /** Key → the records holding it in any searched field; null to let Fuse search every record. */
  private readonly postings: Map<string, number[]> | null;
  /** Typed word → the keys it matches, remembered: typing repeats every earlier word. */
  private readonly keyMatches = new Map<string, string[]>();

  constructor(
    private readonly records: SearchRecord[],
    serialisedIndex?: unknown,
    wordKeys: WordKeyTable = {},
    options: { prefilter?: boolean; threshold?: number; maxScore?: number } = {},
  ) {
    this.maxScore = options.maxScore ?? MAX_SCORE;
    this.vocabulary = new Vocabulary(wordKeys);
    this.options = options.threshold === undefined ? SEARCH_OPTIONS : { ...SEARCH_OPTIONS, threshold: options.threshold };
    this.serialisedIndex = serialisedIndex ?? null;
    this.postings = options.prefilter === false ? null : buildPostings(records);
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
    const fuse = this.postings ? new Fuse(this.candidates(keys), this.options) : this.everything();
    return byGroup(
      fuse
        .search(expression)
        .filter((r) => (r.score ?? 0) <= this.maxScore)
        .map(toHit),
    );
  }

  /** Fuse over every record: only without the key index (the benchmark's reference). */
  private everything(): Fuse<SearchRecord> {
    if (!this.fuse) {
      const index = this.serialisedIndex
        ? (Fuse.parseIndex<SearchRecord>(this.serialisedIndex as Parameters<typeof Fuse.parseIndex>[0]) as FuseIndex<SearchRecord>)
        : Fuse.createIndex(
            SEARCH_KEYS.map((k) => k.name),
            this.records,
          );
      this.fuse = new Fuse(this.records, this.options, index);
    }
    return this.fuse;
  }

  private operators(): Fuse<SearchRecord> {
    this.operatorFuse ??= new Fuse(this.records, { ...SEARCH_OPTIONS, keys: [...OPERATOR_KEYS], threshold: 0.34 });
    return this.operatorFuse;
  }

  /** The keys of the corpus a typed word's alternatives match: each alternative, and keys it begins. */
  private matchingKeys(alternatives: readonly string[]): string[] {
    const id = alternatives.join(' ');
    let found = this.keyMatches.get(id);
    if (!found) {
      const keys = [...(this.postings?.keys() ?? [])];
      found = keys.filter((key) => alternatives.some((a) => key === a || (a.length >= MIN_PREFIX && key.startsWith(a))));
      if (this.keyMatches.size > 5000) this.keyMatches.clear();
      this.keyMatches.set(id, found);
    }
    return found;
  }

  /** The records that hold, for every word, one of the keys it matches, in record order. */
  private candidates(words: ReadonlyArray<readonly string[]>): SearchRecord[] {
    let kept: Set<number> | null = null;
    for (const alternatives of words) {
      const holding = new Set<number>();
      for (const key of this.matchingKeys(alternatives))
        for (const i of this.postings?.get(key) ?? []) if (!kept || kept.has(i)) holding.add(i);
      kept = holding;
      if (kept.size === 0) break;
    }
    return [...(kept ?? [])]
      .sort((a, b) => a - b)
      .slice(0, MAX_CANDIDATES)
      .map((i) => this.records[i] as SearchRecord);
  }
}

function buildPostings(records: readonly SearchRecord[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  records.forEach((record, i) => {
    for (const key of new Set(`${record.words} ${record.who} ${record.role} ${record.place}`.split(' '))) {
      if (!key) continue;
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  return postings;
}
