/**
 * `npm run bench:build`: builds synthetic corpora of 5, 100 and 1,000 articles and reports build
 * time and peak memory for each, so growth is visible. Writes bench/results/build.{json,md}.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/build-corpus';
import { loadContentFromDisk } from '../src/lib/model/content/files';

const SIZES = (process.env.BENCH_SIZES ?? '5,100,1000').split(',').map(Number);
const HEAP_MB = 1536;
const rows: Array<Record<string, number>> = [];

for (const size of SIZES) {
  const root = `bench/.corpus-${size}`;
  generateCorpus('content', root, size);
  const { problems, result } = loadContentFromDisk(root);
  if (!result || problems.length > 0)
    throw new Error(
      `corpus of ${size} does not check:\n${problems
        .slice(0, 5)
        .map((p) => `${p.file}: ${p.field}: ${p.message}`)
        .join('\n')}`,
    );
  const counts = result.model.report.counts;
  // A previous run's output is removed first, so its deletion is not timed as part of the build.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // The same heap cap as `npm run build`: V8 otherwise grows its heap far past the live data.
  // And the same MIMALLOC_PURGE_DELAY (README: build memory): rolldown's allocator hands the
  // memory of Vite's bundling back at once instead of keeping it for a reuse that never comes.
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'bench/build-child.mjs', join(root, 'dist')], {
    env: { ...process.env, CONTENT_ROOT: root, MIMALLOC_PURGE_DELAY: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build of ${size} failed:\n${run.stderr.slice(-2000)}`);
  const figures = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { seconds: number; maxRssMB: number };
  const pages = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  rows.push({
    articles: size,
    quotes: counts.quotes ?? 0,
    actors: counts.actors ?? 0,
    events: counts.events ?? 0,
    pages,
    seconds: figures.seconds,
    maxRssMB: figures.maxRssMB,
  });
  console.error(`built ${size} articles`);
}

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, heap capped at ${HEAP_MB} MB`;
const table = [
  `Machine: ${machine}`,
  '',
  '| articles | quotes | actors | events | pages | build time | peak memory | time per article |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.articles} | ${r.quotes} | ${r.actors} | ${r.events} | ${r.pages} | ${r.seconds?.toFixed(1)} s | ${r.maxRssMB?.toFixed(0)} MB | ${(((r.seconds ?? 0) / (r.articles ?? 1)) * 1000).toFixed(0)} ms |`,
  ),
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/build.json', `${JSON.stringify({ machine, rows }, null, 2)}\n`);
writeFileSync('bench/results/build.md', `${table}\n`);
console.log(table);
