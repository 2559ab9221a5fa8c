/**
 * The search engine the page runs: Fuse.js over the quote records, with the index built at build
 * time. Past a few thousand records a trigram pre-filter picks the candidates Fuse then ranks, so
 * a keystroke stays fast at 30,000 quotes (see `npm run bench:search`).
 */
import Fuse, { type Expression, type FuseIndex, type FuseResult } from 'fuse.js';
import { SEARCH_KEYS, SEARCH_OPTIONS, type SearchRecord } from './records';

export interface SearchHit {
  record: SearchRecord;
  /** Fuse's score: 0 is a perfect match. */
  score: number;
  /** Matched character ranges in the quote text, inclusive. */
  textRanges: Array<[number, number]>;
}

/** From this many records on, candidates are pre-filtered before Fuse ranks them. */
export const PREFILTER_FROM = 2000;
/** How many candidates the pre-filter hands to Fuse. */
export const PREFILTER_CANDIDATES = 1000;
/** A trigram found in the quote text counts this many times one found in another field. */
const TEXT_WEIGHT = 3;
/** Extended-search operators need Fuse over every record: exact, inverse, prefix, suffix, or. */
const EXTENDED = /(^|\s)[!'=^]|\$(\s|$)|\s\|\s/;

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');

function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalise(text).split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/**
 * A plain query as Fuse's logical form: every word must match, each in any field. Fuse's string
 * form needs all words in the same field, so "hannigan nerve" (a speaker and a word he said)
 * would find nothing.
 */
export function toExpression(query: string): Expression {
  const words = query.split(/\s+/).filter(Boolean);
  return { $and: words.map((word) => ({ $or: SEARCH_KEYS.map((key) => ({ [key.name]: word })) })) };
}

function otherFields(record: SearchRecord): string {
  return [record.speaker, record.aliases, record.country, record.articleTitle, record.outlet].join(' ');
}

function toHit(result: FuseResult<SearchRecord>): SearchHit {
  const textRanges = (result.matches ?? [])
    .filter((m) => m.key === 'text')
    .flatMap((m) => m.indices.map(([s, e]): [number, number] => [s, e]));
  return { record: result.item, score: result.score ?? 0, textRanges };
}

export class QuoteSearchEngine {
  private readonly fuse: Fuse<SearchRecord>;
  /** Trigram → records, for the quote text and for the other fields apart (the text weighs more). */
  private readonly postings: { text: Map<string, number[]>; other: Map<string, number[]> } | null;

  constructor(
    private readonly records: SearchRecord[],
    serialisedIndex?: unknown,
    options: { prefilter?: boolean } = {},
  ) {
    const index = serialisedIndex
      ? (Fuse.parseIndex<SearchRecord>(serialisedIndex as Parameters<typeof Fuse.parseIndex>[0]) as FuseIndex<SearchRecord>)
      : Fuse.createIndex(SEARCH_KEYS.map((k) => k.name), records);
    this.fuse = new Fuse(records, SEARCH_OPTIONS, index);
    this.postings = options.prefilter !== false && records.length >= PREFILTER_FROM ? buildPostings(records) : null;
  }

  get size(): number {
    return this.records.length;
  }

  /** Ranked hits for a query; an empty query returns every record in order. */
  search(query: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return this.records.slice(0, limit).map((record) => ({ record, score: 0, textRanges: [] }));
    // Operators keep Fuse's own syntax; plain words match across fields.
    const fuseQuery = EXTENDED.test(trimmed) ? trimmed : toExpression(trimmed);
    if (!this.postings || typeof fuseQuery === 'string') return this.fuse.search(fuseQuery, { limit }).map(toHit);
    const subset = new Fuse(this.candidates(trimmed), SEARCH_OPTIONS);
    return subset.search(fuseQuery, { limit }).map(toHit);
  }

  /**
   * The records most likely to match: first those that contain every word of the query (half
   * of a word's trigrams or more counts as containing it, so misspellings pass), then by how
   * many of the query's trigrams they share.
   */
  private candidates(query: string): SearchRecord[] {
    const words = normalise(query).split(' ').filter(Boolean);
    const covered = new Uint8Array(this.records.length);
    const shared = new Uint16Array(this.records.length);
    const hits = new Uint16Array(this.records.length);
    for (const word of words) {
      const grams = trigrams(word);
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
    for (const gram of trigrams(record.text)) add(text, gram, i);
    for (const gram of trigrams(otherFields(record))) add(other, gram, i);
  });
  return { text, other };
}
