/** The benchmark's browser side: the same engines, timed with the page's own clock. */
import { buildEngines, measure, type EngineFigures } from './search-bench';
import type { SearchRecord } from '../src/lib/search/records';
import type { WordKeyTable } from '../src/lib/search/words';

declare global {
  interface Window {
    runSearchBench(records: SearchRecord[], wordKeys: WordKeyTable, queries: string[], rounds: number): EngineFigures[];
  }
}

window.runSearchBench = (records, wordKeys, queries, rounds) =>
  [...buildEngines(records, wordKeys, false), ...buildEngines(records, wordKeys, true)].map((built) => ({
    ...measure(built, queries, () => performance.now(), rounds),
    records: records.length,
  }));
