/** The split-index benchmark's browser side: the page's own code, fetching the files from the Node side's server. */
import { GROUP_DISPLAY } from '../src/lib/search/records';
import { shardedResults } from '../src/lib/search/results';
import { ShardedEngine } from '../src/lib/search/sharded-engine';
import type { ShardMeta } from '../src/lib/search/shards';

export interface ShardedFigures {
  metaMs: number;
  /** Per query, searched on a fresh engine: the files it fetched and the time to its first results. */
  cold: Array<{ query: string; fetched: string[]; firstMs: number }>;
  /** Every keystroke of every query typed letter by letter on one engine. */
  keystrokes: number[];
}

declare global {
  interface Window {
    runShardedBench(queries: string[]): Promise<ShardedFigures>;
  }
}

/** A search as the page runs it: every result, the facet counts, and the first screen of each group. */
async function firstScreen(engine: ShardedEngine, query: string): Promise<void> {
  const view = await shardedResults(engine, query, {});
  await Promise.all(view.groups.map(async (group) => (group.shown = await group.load(0, GROUP_DISPLAY[group.group].page))));
}

window.runShardedBench = async (queries) => {
  // As the page fetches its files (src/scripts/quote-search.ts): fetch() and the response's own JSON parser.
  const fetchJson = (path: string) => fetch(path).then((response) => response.json() as Promise<unknown>);
  const start = performance.now();
  const meta = (await fetchJson('meta.json')) as ShardMeta;
  const metaMs = performance.now() - start;
  const cold: ShardedFigures['cold'] = [];
  for (const query of queries) {
    const fetched: string[] = [];
    const engine = new ShardedEngine(meta, (path) => {
      fetched.push(path);
      return fetchJson(path);
    });
    const t = performance.now();
    await firstScreen(engine, query);
    cold.push({ query, fetched, firstMs: performance.now() - t });
  }
  const engine = new ShardedEngine(meta, fetchJson);
  const keystrokes: number[] = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now();
      await firstScreen(engine, query.slice(0, i));
      keystrokes.push(performance.now() - t);
    }
  }
  return { metaMs, cold, keystrokes };
};
