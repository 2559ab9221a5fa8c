/**
 * Pagefind over the same records, for the relevance benchmark: the npm `pagefind` package's Node
 * API builds the index (one custom record per search record, every searched field as its content),
 * and Pagefind's own `pagefind.js` searches it in headless Chromium, served from memory.
 */
import type { Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/lib/search/records';
import type { Ranker } from './relevance';

const ORIGIN = 'http://pagefind.bench';

export async function pagefindRanker(written: readonly SearchRecord[], page: Page): Promise<Ranker> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
  for (const [i, record] of written.entries()) {
    const content = [record.title, record.words, record.who, record.role, record.place].filter(Boolean).join('\n');
    const added = await index.addCustomRecord({ url: `/r/${i}/`, content, language: 'en', meta: { title: record.title || record.id } });
    if (added.errors.length > 0) throw new Error(`pagefind refused record ${record.id}: ${added.errors.join('; ')}`);
  }
  const { files } = await index.getFiles();
  await pagefind.close();
  const served = new Map(files.map((f) => [`/pagefind/${f.path}`, Buffer.from(f.content)]));
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pagefind bench</title>' });
    const body = served.get(path);
    const type = path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    return body ? route.fulfill({ body, contentType: type }) : route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(async () => {
    const pf = (await import('/pagefind/pagefind.js' as string)) as { init(): Promise<void> };
    (window as unknown as { pf: unknown }).pf = pf;
    await pf.init();
  });
  return async (query) => {
    const urls = await page.evaluate(async (q) => {
      const pf = (window as unknown as { pf: { search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }> } }).pf;
      const found = await pf.search(q);
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    }, query);
    return urls.map((url) => written[Number(url.split('/')[2])]?.id ?? url);
  };
}
