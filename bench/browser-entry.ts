/** The benchmark's browser side: the same engines, timed with the page's own clock. */
import { buildEngines, measure, type EngineFigures } from './search-bench';
import type { SearchRecord } from '../src/lib/search/records';

declare global {
  interface Window {
    runSearchBench(records: SearchRecord[], queries: string[], rounds: number): EngineFigures[];
  }
}

window.runSearchBench = (records, queries, rounds) =>
  [...buildEngines(records, false), ...buildEngines(records, true)].map((built) => ({ ...measure(built, queries, () => performance.now(), rounds), records: records.length }));
