/**
 * `npm run bench:shards`: the split index at 1k, 10k and 30k synthetic quotes (each with passages
 * in the real proportion), in headless Chromium running the page's own code: what a query
 * downloads before its first results (the meta file, the postings shards of its keys, the record
 * chunks of the first screen; gzipped), the time to those results on a fresh engine, and every
 * keystroke of the benchmark queries typed letter by letter. Files are served from memory by a
 * server on 127.0.0.1 and fetched as the page fetches them (`fetch()`, then the response's JSON),
 * so the times include each request and its parsing on the page, but no real network. Writes
 * bench/results/shards.{json,md}.
 *
 * `BENCH_CPU_SLOWDOWN=4` runs the page's CPU four times slower (Chromium's own throttling, as
 * DevTools does it): a busy machine, reproducibly, without loading the machine for others.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { QUERIES, syntheticCorpus } from '../bench/search-corpus';
import type { ShardedFigures } from '../bench/sharded-entry';
import { launchChromium, pageBundle, realSearchIndex } from '../bench/browser';
import { buildShards } from '../src/lib/search/shards';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,30000').split(',').map(Number);
const SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? '1');
const MB = 1024 * 1024;

const real = realSearchIndex();
const bundle = await pageBundle('bench/sharded-entry.ts');
const browser = await launchChromium();

/** The files of the size being measured, served at their paths; anything else is an empty page. */
let files = new Map<string, string>();
const server = createServer((request, response) => {
  const body = files.get((request.url ?? '/').slice(1));
  // no-store: a fresh engine must fetch its files again, as a fresh page would.
  response.writeHead(200, { 'content-type': body === undefined ? 'text/html' : 'application/json', 'cache-control': 'no-store' });
  response.end(body ?? '<!doctype html><title>bench</title>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0;
const rows: Array<Record<string, number>> = [];
for (const size of SIZES) {
  const corpus = syntheticCorpus(real.records, size);
  const index = buildShards(corpus, real.wordKeys);
  files = new Map<string, string>([['meta.json', JSON.stringify(index.meta)]]);
  index.shards.forEach((shard, i) => files.set(`postings/${i}.json`, JSON.stringify(shard)));
  index.chunks.forEach((chunk, i) => files.set(`records/${i}.json`, JSON.stringify(chunk)));
  const gz = new Map<string, number>();
  const gzipped = (path: string) => {
    if (!gz.has(path)) gz.set(path, gzipSync(files.get(path) ?? '').length);
    return gz.get(path) ?? 0;
  };
  const page = await browser.newPage();
  if (SLOWDOWN > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await page.goto(origin);
  await page.addScriptTag({ content: bundle });
  const figures = (await page.evaluate((queries) => window.runShardedBench(queries), QUERIES)) as ShardedFigures;
  await page.close();
  const downloaded = figures.cold.map((c) => gzipped('meta.json') + [...new Set(c.fetched)].reduce((sum, path) => sum + gzipped(path), 0));
  const total = [...files.keys()].reduce((sum, path) => sum + gzipped(path), 0);
  rows.push({
    quotes: size,
    records: corpus.length,
    wholeMb: total / MB,
    metaMb: gzipped('meta.json') / MB,
    files: files.size,
    downloadP50Mb: percentile(downloaded, 50) / MB,
    downloadMaxMb: Math.max(...downloaded) / MB,
    metaMs: figures.metaMs,
    firstP50Ms: percentile(
      figures.cold.map((c) => c.firstMs),
      50,
    ),
    firstMaxMs: Math.max(...figures.cold.map((c) => c.firstMs)),
    keystrokes: figures.keystrokes.length,
    keystrokeP50Ms: percentile(figures.keystrokes, 50),
    keystrokeP95Ms: percentile(figures.keystrokes, 95),
    // Other work on the machine slows every figure: the 1-minute load average at the end.
    loadAverage: loadavg()[0] ?? 0,
    cpuSlowdown: SLOWDOWN,
  });
  console.error(`measured ${size} quotes`);
}
await browser.close();
server.close();

const f = (v: number | undefined, digits = 2) => (v ?? 0).toFixed(digits);
const table = [
  '| quotes | records | whole index, gzipped | files | meta, gzipped | downloaded before first results p50 / max (gzipped, meta included) | meta load + parse | first results p50 / max | keystrokes | keystroke p50 | keystroke p95 | load average | CPU slowdown |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${(r.quotes ?? 0).toLocaleString('en')} | ${(r.records ?? 0).toLocaleString('en')} | ${f(r.wholeMb)} MB | ${(r.files ?? 0).toLocaleString('en')} | ${f(r.metaMb)} MB | ${f(r.downloadP50Mb)} / ${f(r.downloadMaxMb)} MB | ${f(r.metaMs, 0)} ms | ${f(r.firstP50Ms, 0)} / ${f(r.firstMaxMs, 0)} ms | ${r.keystrokes} | ${f(r.keystrokeP50Ms, 1)} ms | ${f(r.keystrokeP95Ms, 1)} ms | ${f(r.loadAverage, 1)} | ${r.cpuSlowdown}× |`,
  ),
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/shards.json', `${JSON.stringify(rows, null, 2)}\n`);
writeFileSync('bench/results/shards.md', `${table}\n`);
console.log(table);
