/**
 * `npm run bench:typing` (after `npm run build`): types 200 characters into the built search page
 * in headless Chromium, one key every 100 ms (a fast typist; slower than the page's 80 ms pause, so every key searches), and reports the main thread's longest task while it
 * searches as you type (every task over 50 ms, from the Long Tasks API, and the longest gap between
 * animation frames). Serves dist/ with `astro preview` on E2E_PORT (default 4321). Writes
 * bench/results/typing.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4321);
const TEXT = 'pompeo going wobbly hannigan nonsense vodafone chief executive spying on british society mitigation of the risk '
  .repeat(3)
  .slice(0, 200);

// Another checkout's preview on the same port would be measured instead of this one's.
const taken = await fetch(`http://127.0.0.1:${PORT}/`).then(
  () => true,
  () => false,
);
if (taken) throw new Error(`port ${PORT} is already serving something: set E2E_PORT to a free port`);
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage();
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/search/`);
      break;
    } catch (error) {
      if (i > 180) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  // A string, not a function: tsx would add helpers the page does not have.
  await page.evaluate(`
    window.longTasks = [];
    window.frameGaps = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    let last = performance.now();
    const frame = (t) => { window.frameGaps.push(t - last); last = t; requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  `);
  const box = page.getByRole('searchbox');
  await box.focus();
  await page.waitForResponse((r) => r.url().endsWith('/search/index.json')).catch(() => undefined);
  await page.waitForTimeout(1000);
  await page.evaluate('window.longTasks = []; window.frameGaps = [];');
  // The same time with nobody typing: what the machine's load alone costs the page.
  await page.waitForTimeout(TEXT.length * 100 + 500);
  const idle = (await page.evaluate('[window.longTasks, window.frameGaps]')) as [number[], number[]];
  await page.evaluate('window.longTasks = []; window.frameGaps = [];');
  await box.pressSequentially(TEXT, { delay: 100 });
  await page.waitForTimeout(500);
  const measured = (await page.evaluate('[window.longTasks, window.frameGaps]')) as [number[], number[]];
  const summary = ([tasks, gaps]: [number[], number[]]) => ({
    longTasksOver50ms: tasks.length,
    longestTaskMs: Math.max(0, ...tasks),
    longestFrameGapMs: Math.round(Math.max(0, ...gaps)),
  });
  const measures = (await page.evaluate("performance.getEntriesByType('measure').map((m) => [m.name, m.duration])")) as Array<
    [string, number]
  >;
  const longest = (name: string) => Math.round(Math.max(0, ...measures.filter(([n]) => n === name).map(([, d]) => d)));
  const count = (name: string) => measures.filter(([n]) => n === name).length;
  const figures = {
    typed: TEXT.length,
    searches: count('search'),
    longestSearchMs: longest('search'),
    draws: count('draw'),
    longestDrawMs: longest('draw'),
    typing: summary(measured),
    idle: summary(idle),
    loadAverage: (await import('node:os')).loadavg()[0],
  };
  await browser.close();
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/typing.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log(figures);
} finally {
  if (server.pid) {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
}
