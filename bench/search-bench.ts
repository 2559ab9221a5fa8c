/**
 * The engines the benchmark compares, with the same interface in Node and in the browser:
 * this site's engine (tuned Fuse options, pre-filter past 2,000 quotes), plain Fuse (default
 * options over the raw records) and MiniSearch, as a reference.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { SearchEngine } from '../src/lib/search/engine';
import { applyFacets, countFacets } from '../src/lib/search/facets';
import { SEARCH_KEYS, type SearchRecord } from '../src/lib/search/records';
import type { WordKeyTable } from '../src/lib/search/words';

export interface EngineFigures {
  engine: string;
  records: number;
  indexBytes: number;
  loadMs: number;
  p50Ms: number;
  p95Ms: number;
  /** Top-10 ids per query, for the recall comparison. */
  top: string[][];
  /** Top-10 Fuse scores per query (site engine only), for the tie-aware comparison. */
  scores: number[][];
}

interface Built {
  name: string;
  /** The serialised form a browser would fetch. */
  payload: string;
  load(payload: string): (query: string) => { ids: string[]; scores: number[] };
}

const KEYS = SEARCH_KEYS.map((k) => k.name);
const PLAIN_KEYS = ['words', 'who', 'role', 'place'];
const MINI_FIELDS = ['words', 'who', 'role', 'place'];

export function buildEngines(records: SearchRecord[], wordKeys: WordKeyTable, exhaustive: boolean): Built[] {
  const ours: Built = {
    name: exhaustive ? 'site engine, no pre-filter' : 'site engine',
    // What the site ships: records and word table; a Fuse index only for the exhaustive reference.
    payload: JSON.stringify({ records, index: exhaustive ? Fuse.createIndex(KEYS, records).toJSON() : null, wordKeys }),
    load(payload) {
      const file = JSON.parse(payload) as { records: SearchRecord[]; index: unknown; wordKeys: WordKeyTable };
      const engine = new SearchEngine(file.records, file.index, file.wordKeys, exhaustive ? { prefilter: false } : {});
      // What a keystroke costs besides drawing: the search and the facet counts over the quotes.
      return (query) => {
        const hits = engine.search(query);
        countFacets(
          hits.filter((h) => h.record.group === 'quote'),
          {},
          (h) => h.record,
        );
        const top = applyFacets(hits, {}, (h) => h.record).slice(0, 10);
        return { ids: top.map((h) => h.record.id), scores: top.map((h) => h.score) };
      };
    },
  };
  const plain: Built = {
    name: 'plain Fuse',
    payload: JSON.stringify({ records, index: Fuse.createIndex(PLAIN_KEYS, records).toJSON() }),
    load(payload) {
      const file = JSON.parse(payload) as { records: SearchRecord[]; index: Parameters<typeof Fuse.parseIndex>[0] };
      const fuse = new Fuse(file.records, { keys: PLAIN_KEYS }, Fuse.parseIndex(file.index));
      return (query) => ({ ids: fuse.search(query, { limit: 10 }).map((r) => r.item.id), scores: [] });
    },
  };
  const mini = new MiniSearch<SearchRecord>({ fields: MINI_FIELDS, storeFields: ['id'], idField: 'id' });
  mini.addAll(records);
  const minisearch: Built = {
    name: 'MiniSearch',
    payload: JSON.stringify(mini),
    load(payload) {
      const loaded = MiniSearch.loadJSON<SearchRecord>(payload, { fields: MINI_FIELDS, storeFields: ['id'], idField: 'id' });
      return (query) => ({
        ids: loaded
          .search(query, { fuzzy: 0.2, prefix: true })
          .slice(0, 10)
          .map((r) => String(r.id)),
        scores: [],
      });
    },
  };
  return exhaustive ? [ours] : [ours, plain, minisearch];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Loads an engine from its payload and times the queries (each run several times). */
export function measure(built: Built, queries: readonly string[], now: () => number, rounds = 5): EngineFigures {
  const start = now();
  const search = built.load(built.payload);
  const loadMs = now() - start;
  // One untimed pass first, so the figures are not the JIT warming up.
  const first = queries.map((query) => search(query));
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const t = now();
      search(query);
      times.push(now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return {
    engine: built.name,
    records: 0,
    indexBytes: new TextEncoder().encode(built.payload).length,
    loadMs,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    top: first.map((r) => r.ids),
    scores: first.map((r) => r.scores),
  };
}

/**
 * Share of the reference's top-10 places the candidate fills with an equally good result: its
 * i-th score no worse than the reference's i-th. The synthetic corpus holds hundreds of near
 * copies of each quote with tied scores, where which copy comes first is arbitrary.
 */
export function equallyGood(candidate: number[][], reference: number[][]): number {
  let kept = 0;
  let total = 0;
  reference.forEach((scores, i) => {
    scores.forEach((score, rank) => {
      total++;
      if ((candidate[i]?.[rank] ?? Number.POSITIVE_INFINITY) <= score + 1e-9) kept++;
    });
  });
  return total === 0 ? 1 : kept / total;
}

/** Share of the reference's top-10 results the candidate also returns in its top 10. */
export function recall(candidate: string[][], reference: string[][]): number {
  let kept = 0;
  let total = 0;
  reference.forEach((ids, i) => {
    const mine = new Set(candidate[i] ?? []);
    kept += ids.filter((id) => mine.has(id)).length;
    total += ids.length;
  });
  return total === 0 ? 1 : kept / total;
}
