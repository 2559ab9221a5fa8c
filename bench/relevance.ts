/**
 * The relevance benchmark: the judged queries of `bench/relevance/judged.json` (see its README)
 * run through each engine over the same records, scored by success@1, success@3 and mean
 * reciprocal rank, and, for queries no quote answers, how many quote results each shows.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { SearchEngine } from '../src/lib/search/engine';
import { GROUP_DISPLAY, type SearchIndexFile, type SearchRecord } from '../src/lib/search/records';
import { shardedResults } from '../src/lib/search/results';
import { ShardedEngine } from '../src/lib/search/sharded-engine';
import type { ShardedIndex } from '../src/lib/search/shards';

/** The first set's two halves, and the second held-out set, written after the first was tuned on. */
const HALVES = ['tuning', 'held-out', 'heldout-2'] as const;
type Half = (typeof HALVES)[number];

interface JudgedQuery {
  query: string;
  kind: string;
  half: Half;
  noQuoteAnswers: boolean;
  /** Ids of the right results; empty when nothing in the corpus answers. */
  relevant: string[];
}

const readJudged = (file: string) => JSON.parse(readFileSync(new URL(`./relevance/${file}`, import.meta.url), 'utf8')) as JudgedQuery[];

/** Every judged query: `judged.json` (tuning and held-out halves), then `heldout-2.json`. */
const JUDGED: JudgedQuery[] = [...readJudged('judged.json'), ...readJudged('heldout-2.json')];

/** An engine as the benchmark sees it: a query in, record ids out, best first. */
export type Ranker = (query: string) => string[] | Promise<string[]>;

interface Scores {
  queries: number;
  success1: number;
  success3: number;
  mrr: number;
  /** Queries no quote answers that show more than 2 quote results. */
  tooManyQuotes: number;
  /** The most quote results any such query shows. */
  maxQuotesUnanswered: number;
  /** Per query: the rank of the first right result (0 when none) and the quote results shown. */
  perQuery: Array<{ query: string; rank: number; quotes: number }>;
}

const isQuote = (id: string) => id.includes('#q-');

async function score(rank: Ranker, judged: readonly JudgedQuery[]): Promise<Scores> {
  const perQuery: Scores['perQuery'] = [];
  for (const q of judged) {
    const ids = await rank(q.query);
    const right = new Set(q.relevant);
    perQuery.push({ query: q.query, rank: ids.findIndex((id) => right.has(id)) + 1, quotes: ids.filter(isQuote).length });
  }
  const answered = perQuery.filter((_, i) => (judged[i]?.relevant.length ?? 0) > 0);
  const unanswered = perQuery.filter((_, i) => judged[i]?.noQuoteAnswers);
  const share = (test: (r: number) => boolean) => answered.filter((p) => test(p.rank)).length / Math.max(1, answered.length);
  return {
    queries: answered.length,
    success1: share((r) => r === 1),
    success3: share((r) => r >= 1 && r <= 3),
    mrr: answered.reduce((sum, p) => sum + (p.rank > 0 ? 1 / p.rank : 0), 0) / Math.max(1, answered.length),
    tooManyQuotes: unanswered.filter((p) => p.quotes > 2).length,
    maxQuotesUnanswered: Math.max(0, ...unanswered.map((p) => p.quotes)),
    perQuery,
  };
}

/** The whole-index engine (what operator queries use), with a threshold and cut-off to try. */
export function wholeIndexRanker(file: SearchIndexFile, tuning: { threshold?: number; maxScore?: number } = {}): Ranker {
  const engine = new SearchEngine(file.records, file.index, file.wordKeys, tuning);
  return (query) => engine.search(query).map((hit) => hit.record.id);
}

/** The split index served from memory, as the page fetches it. */
export function inMemoryShards(index: ShardedIndex): ShardedEngine {
  return new ShardedEngine(index.meta, (path) => {
    const [kind, file] = path.split('/');
    const n = Number(file?.replace('.json', ''));
    return Promise.resolve(kind === 'postings' ? index.shards[n] : index.chunks[n]);
  });
}

/** This site's engine for plain queries, in the order the page shows results: group by group, page by page. */
export function siteRanker(index: ShardedIndex): Ranker {
  const engine = inMemoryShards(index);
  return async (query) => {
    const view = await shardedResults(engine, query, {});
    const ids: string[] = [];
    for (const group of view.groups) {
      const page = GROUP_DISPLAY[group.group].page;
      for (let from = 0; from < group.total; from += page) ids.push(...(await group.load(from, from + page)).map((h) => h.record.id));
    }
    return ids;
  };
}

const WRITTEN_FIELDS = ['words', 'who', 'role', 'place'] as const;

/** Fuse.js with its default options over the same records in written words. */
export function plainFuseRanker(written: readonly SearchRecord[]): Ranker {
  const fuse = new Fuse(written, { keys: [...WRITTEN_FIELDS] });
  return (query) => fuse.search(query).map((r) => r.item.id);
}

/** MiniSearch over the same written records: fuzzy and prefix search, its defaults otherwise. */
export function miniSearchRanker(written: readonly SearchRecord[]): Ranker {
  const mini = new MiniSearch<SearchRecord>({ fields: [...WRITTEN_FIELDS], storeFields: ['id'], idField: 'id' });
  mini.addAll(written);
  return (query) => mini.search(query, { fuzzy: 0.2, prefix: true }).map((r) => String(r.id));
}

export interface RelevanceRow {
  engine: string;
  half: Half;
  scores: Scores;
}

/** The Fuse thresholds and score cut-offs tried on the tuning half. */
const THRESHOLDS = [0.1, 0.2, 0.3, 0.4];
const MAX_SCORES = [0.3, 0.5, 0.7, 1];

export interface SweepRow {
  threshold: number;
  maxScore: number;
  scores: Scores;
}

/** The whole-index engine (the same Fuse options) on the tuning half at each threshold and cut-off. */
export async function tuneThreshold(file: SearchIndexFile): Promise<SweepRow[]> {
  const tuning = JUDGED.filter((q) => q.half === 'tuning');
  const out: SweepRow[] = [];
  for (const threshold of THRESHOLDS) {
    for (const maxScore of MAX_SCORES)
      out.push({ threshold, maxScore, scores: await score(wholeIndexRanker(file, { threshold, maxScore }), tuning) });
  }
  return out;
}

/** Queries the site engine answers badly: no right result in the top 3, or over 2 quotes where none answers. */
export function misses(row: RelevanceRow): string[] {
  const judged = JUDGED.filter((q) => q.half === row.half);
  return row.scores.perQuery.flatMap((p, i) => {
    const q = judged[i];
    if (!q) return [];
    const missed = q.relevant.length > 0 && (p.rank === 0 || p.rank > 3);
    const noisy = q.noQuoteAnswers && p.quotes > 2;
    return missed || noisy
      ? [`${row.half}: “${p.query}”: first right result ${p.rank ? `at ${p.rank}` : 'not found'}; ${p.quotes} quote results`]
      : [];
  });
}

/** Every engine on every half. */
export async function compareEngines(rankers: ReadonlyArray<readonly [string, Ranker]>): Promise<RelevanceRow[]> {
  const rows: RelevanceRow[] = [];
  for (const [engine, rank] of rankers) {
    for (const half of HALVES)
      rows.push({
        engine,
        half,
        scores: await score(
          rank,
          JUDGED.filter((q) => q.half === half),
        ),
      });
  }
  return rows;
}

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

export function relevanceTable(rows: readonly RelevanceRow[]): string {
  return [
    '| engine | half | queries | success@1 | success@3 | MRR | unanswered queries with > 2 quote results (most shown) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.engine} | ${r.half} | ${r.scores.queries} | ${pct(r.scores.success1)} | ${pct(r.scores.success3)} | ${r.scores.mrr.toFixed(3)} | ${r.scores.tooManyQuotes} (${r.scores.maxQuotesUnanswered}) |`,
    ),
  ].join('\n');
}
