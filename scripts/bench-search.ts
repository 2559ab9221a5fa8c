/**
 * `npm run bench:search`: the quote search at 1k, 10k and 30k synthetic quotes, in Node and in
 * headless Chromium, for this site's engine, plain Fuse and MiniSearch: index bytes, load and
 * parse time, query latency p50/p95, and how many of the exhaustive search's top-10 results the
 * pre-filtered search keeps. Writes bench/results/search.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildEngines, equallyGood, measure, recall, type EngineFigures } from '../bench/search-bench';
import { QUERIES, syntheticCorpus } from '../bench/search-corpus';
import { launchChromium, pageBundle, realSearchIndex } from '../bench/browser';
import { benchRelevance } from './bench-relevance';

/** Quote counts (each with passages in the real proportion); BENCH_SIZES=1000,10000 for a shorter run. */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,30000').split(',').map(Number);
const rounds = (size: number) => (size >= 30_000 ? 2 : 3);

interface Row extends Omit<EngineFigures, 'top' | 'scores'> {
  runtime: 'node' | 'chromium';
  /** Share of the exhaustive search's top 10 kept, by id (site engine only). */
  keptTop10: number | null;
  /** Share of the exhaustive search's top-10 places filled as well (site engine only). */
  equallyGoodTop10: number | null;
  /** Share of plain Fuse's top 10 also in this engine's top 10. */
  overlapPlainFuse: number | null;
}

function rows(runtime: Row['runtime'], figures: EngineFigures[]): Row[] {
  const exhaustive = figures.find((f) => f.engine === 'site engine, no pre-filter');
  const plain = figures.find((f) => f.engine === 'plain Fuse');
  return figures.map(({ top, scores, ...f }) => ({
    ...f,
    runtime,
    keptTop10: f.engine === 'site engine' && exhaustive ? recall(top, exhaustive.top) : null,
    equallyGoodTop10: f.engine === 'site engine' && exhaustive ? equallyGood(scores, exhaustive.scores) : null,
    overlapPlainFuse: plain && f.engine !== 'plain Fuse' ? recall(top, plain.top) : null,
  }));
}

const real = realSearchIndex();
const bundle = await pageBundle('bench/browser-entry.ts');
const browser = await launchChromium();
const page = await browser.newPage();
await page.setContent('<!doctype html><title>bench</title>');
await page.addScriptTag({ content: bundle });

const relevance = await benchRelevance(browser);
console.log(relevance);

const all: Row[] = [];
/** What a browser downloads before its first result, gzipped: the whole payload, per size and engine. */
const gzipped = new Map<string, string>();
for (const size of SIZES) {
  const corpus = syntheticCorpus(real.records, size);
  const built = [...buildEngines(corpus, real.wordKeys, false), ...buildEngines(corpus, real.wordKeys, true)];
  for (const engine of built) gzipped.set(`${size}/${engine.name}`, `${(gzipSync(engine.payload).length / 1024 / 1024).toFixed(2)} MB`);
  const node = built.map((built) => ({
    ...measure(built, QUERIES, () => performance.now(), rounds(size)),
    records: size,
  }));
  all.push(...rows('node', node));
  const inBrowser = (
    await page.evaluate(([records, wordKeys, queries, r]) => window.runSearchBench(records, wordKeys, queries, r), [
      corpus,
      real.wordKeys,
      QUERIES,
      rounds(size),
    ] as const)
  ).map((f) => ({ ...f, records: size }));
  all.push(...rows('chromium', inBrowser));
  console.error(`measured ${size} quotes`);
}
await browser.close();

const pct = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(1)}%`);
const ms = (v: number) => v.toFixed(v < 10 ? 2 : 0);
const table = [
  '| runtime | quotes | engine | index | gzipped | load + parse | query p50 | query p95 | exhaustive top-10 kept (ids) | top-10 places as good | overlap with plain Fuse top-10 |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...all.map(
    (r) =>
      `| ${r.runtime} | ${r.records.toLocaleString('en')} | ${r.engine} | ${(r.indexBytes / 1024 / 1024).toFixed(2)} MB | ${gzipped.get(`${r.records}/${r.engine}`) ?? ''} | ${ms(r.loadMs)} ms | ${ms(r.p50Ms)} ms | ${ms(r.p95Ms)} ms | ${pct(r.keptTop10)} | ${pct(r.equallyGoodTop10)} | ${pct(r.overlapPlainFuse)} |`,
  ),
].join('\n');

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search.json', `${JSON.stringify(all, null, 2)}\n`);
writeFileSync('bench/results/search.md', `${table}\n`);
console.log(table);
