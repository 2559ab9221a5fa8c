/**
 * Lighthouse on one page of each type of the built site, served by `astro preview`, in Debian's
 * Chromium (default mobile emulation), in two modes:
 *
 * - `npm run test:lighthouse` (`--gate`, part of `npm test`): accessibility, best practices and
 *   SEO only, which do not depend on how busy the machine is; exits non-zero below the floors in
 *   lighthouse.config.json. Writes nothing.
 * - `npm run lighthouse` (the benchmark): all four categories plus the timing metrics behind the
 *   performance score; prints them and writes bench/results/lighthouse.json. Performance is a
 *   figure, not a gate: on a shared machine the same page scores 94 one minute and 100 the next.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const GATE = process.argv.includes('--gate');
const GATED = ['accessibility', 'best-practices', 'seo'] as const;
const CATEGORIES = GATE ? GATED : (['performance', ...GATED] as const);
/** The lab metrics behind the performance score, reported by the benchmark. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

interface Config {
  floors: Record<(typeof GATED)[number], number>;
  pages: Record<string, string>;
}

const config = JSON.parse(readFileSync('lighthouse.config.json', 'utf8')) as Config;

/** A port nothing else on this (shared) machine is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

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

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
// In its own process group, so stopping it stops astro too and not just the npx in front of it.
// `--force`: astro keeps one preview server per project and refuses a second, and one left over
// from an interrupted run must not fail this one.
const server = spawn('npx', ['astro', 'preview', '--force', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

interface PageResult {
  page: string;
  path: string;
  scores: Record<string, number>;
  /** Lab metrics in milliseconds (layout shift unitless); benchmark mode only. */
  metrics?: Record<string, number>;
}

/** Milliseconds to the unit; layout shift (a unitless fraction) to three places. */
const roundMetric = (metric: string, value: number) =>
  metric === 'cumulative-layout-shift' ? Math.round(value * 1000) / 1000 : Math.round(value);

/**
 * One Lighthouse run of a page; a run Lighthouse itself could not complete (a `runtimeError`, or a
 * category it could not score, which now and then happens in headless Chromium and reads as 0) is
 * run again, up to twice more, and said so: it is the tool's failure, not the page's.
 */
async function lighthouseRun(chromePort: number, path: string) {
  for (let attempt = 1; ; attempt++) {
    const run = await lighthouse(`${origin}${path}`, {
      port: chromePort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const error =
      run?.lhr.runtimeError?.code ??
      (Object.values(run?.lhr.categories ?? {}).some((c) => c.score === null) ? 'a category without a score' : null);
    if (!error || attempt === 3) return run;
    console.log(`${path}: Lighthouse could not complete the run (${error}); running it again`);
  }
}

async function measure(chromePort: number, page: string, path: string): Promise<PageResult> {
  const run = await lighthouseRun(chromePort, path);
  const categories = run?.lhr.categories ?? {};
  const audits = run?.lhr.audits ?? {};
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
  const result: PageResult = { page, path, scores };
  if (!GATE) result.metrics = Object.fromEntries(METRICS.map((m) => [m, roundMetric(m, audits[m]?.numericValue ?? NaN)]));
  const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  const metrics = result.metrics ? `   ${METRICS.map((m) => `${m} ${result.metrics?.[m]}`).join('  ')}` : '';
  console.log(
    `${page.padEnd(18)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}${metrics}${failing.length ? `   (short of 100: ${failing.map((a) => a.id).join(', ')})` : ''}`,
  );
  return result;
}

const results: PageResult[] = [];
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  await waitForServer(`${origin}/`);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  for (const [page, path] of Object.entries(config.pages)) results.push(await measure(chrome.port, page, path));
} finally {
  chrome?.kill();
  stopServer();
}

if (GATE) {
  const below = results.flatMap((r) =>
    GATED.filter((c) => (r.scores[c] ?? 0) < config.floors[c]).map((c) => `${r.page} ${c} ${r.scores[c]} < ${config.floors[c]}`),
  );
  if (below.length > 0) {
    console.error(`Below the floors in lighthouse.config.json:\n  ${below.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Accessibility, best practices and SEO at or above the floors in lighthouse.config.json on every page type.');
} else {
  mkdirSync('bench/results', { recursive: true });
  const machine = { cores: cpus().length, node: process.version, date: new Date().toISOString().slice(0, 10) };
  writeFileSync('bench/results/lighthouse.json', `${JSON.stringify({ machine, pages: results }, null, 2)}\n`);
  console.log('Figures written to bench/results/lighthouse.json (performance is measured, not gated).');
}
