/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on one page of
 * each type of the built site, served by `astro preview`, in Debian's Chromium. Prints the scores,
 * writes bench/results/lighthouse.json, and exits non-zero below the floors in lighthouse.config.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

// LIGHTHOUSE_PORT: another checkout on the same machine may be serving 4323.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4323);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Config {
  floors: Record<(typeof CATEGORIES)[number], number>;
  pages: Record<string, string>;
}

const config = JSON.parse(readFileSync('lighthouse.config.json', 'utf8')) as Config;

async function waitForServer(url: string, tries = 60): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no server at ${url}`);
}

// In its own process group, so stopping it stops astro too and not just the npx in front of it
// (astro keeps one preview server per project and refuses a second).
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
const stopServer = () => {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
};
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const results: Array<{ page: string; path: string; scores: Record<string, number> }> = [];
try {
  await waitForServer(`${ORIGIN}/`);
  for (const [page, path] of Object.entries(config.pages)) {
    const run = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = run?.lhr.categories ?? {};
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    results.push({ page, path, scores });
    const failing = Object.values(run?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    console.log(`${page.padEnd(18)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}${failing.length ? `   (short of 100: ${failing.map((a) => a.id).join(', ')})` : ''}`);
  }
} finally {
  chrome.kill();
  stopServer();
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`);
const below = results.flatMap((r) => CATEGORIES.filter((c) => (r.scores[c] ?? 0) < config.floors[c]).map((c) => `${r.page} ${c} ${r.scores[c]} < ${config.floors[c]}`));
if (below.length > 0) {
  console.error(`Below the floors in lighthouse.config.json:\n  ${below.join('\n  ')}`);
  process.exit(1);
}
console.log('All page types at or above the floors in lighthouse.config.json.');
