/**
 * The relevance half of `npm run bench:search`, also runnable alone (`npx tsx scripts/bench-relevance.ts`):
 * the threshold sweep on the tuning half, then every engine on both halves. Writes
 * bench/results/relevance.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import {
  compareEngines,
  miniSearchRanker,
  misses,
  plainFuseRanker,
  relevanceTable,
  siteRanker,
  tuneThreshold,
  wholeIndexRanker,
} from '../bench/relevance';
import { buildShards } from '../src/lib/search/shards';
import { pagefindRanker } from '../bench/pagefind-ranker';
import { loadContentFromDisk } from '../src/lib/model/content/files';
import { buildSearchIndex, writtenRecords } from '../src/lib/search/build-index';
import type { Ranker } from '../bench/relevance';

export async function benchRelevance(browser: Browser): Promise<string> {
  const { result } = loadContentFromDisk('content');
  if (!result) throw new Error('the content check fails: run npm run check:content');
  const written = writtenRecords(result.model);
  const file = buildSearchIndex(written);
  const sweep = await tuneThreshold(file);
  const sweepTable = [
    '| Fuse threshold | score cut-off | success@1 | success@3 | MRR | unanswered with > 2 quotes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sweep.map(
      ({ threshold, maxScore, scores: s }) =>
        `| ${threshold} | ${maxScore} | ${(s.success1 * 100).toFixed(0)}% | ${(s.success3 * 100).toFixed(0)}% | ${s.mrr.toFixed(3)} | ${s.tooManyQuotes} |`,
    ),
  ].join('\n');
  const page = await browser.newPage();
  let pagefind: Ranker | null = null;
  let pagefindError = '';
  try {
    pagefind = await pagefindRanker(written, page);
  } catch (error) {
    pagefindError = `Pagefind could not run here: ${error instanceof Error ? error.message : String(error)}`;
  }
  const rankers: Array<[string, Ranker]> = [
    ['site engine', siteRanker(buildShards(file.records, file.wordKeys))],
    ['site engine, whole index', wholeIndexRanker(file)],
    ['plain Fuse.js', plainFuseRanker(written)],
    ['MiniSearch', miniSearchRanker(written)],
  ];
  if (pagefind) rankers.push(['Pagefind', pagefind]);
  const rows = await compareEngines(rankers);
  await page.close();
  const missed = rows.filter((r) => r.engine === 'site engine').flatMap(misses);
  const md = [
    `Threshold sweep, whole-index engine (the same Fuse options), tuning half (${written.length} records):`,
    '',
    sweepTable,
    '',
    'Every engine, same records, every half (heldout-2: the second held-out set):',
    '',
    relevanceTable(rows),
    pagefindError ? `\n${pagefindError}` : '',
    '',
    'Site engine queries without a right result in the top 3, or with more than 2 quote results where no quote answers:',
    '',
    ...(missed.length > 0 ? missed.map((m) => `- ${m}`) : ['- none']),
  ].join('\n');
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/relevance.json', `${JSON.stringify({ sweep, rows }, null, 2)}\n`);
  writeFileSync('bench/results/relevance.md', `${md}\n`);
  return md;
}

if (process.argv[1]?.endsWith('bench-relevance.ts')) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  console.log(await benchRelevance(browser));
  await browser.close();
}
