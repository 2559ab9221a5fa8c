import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../harness/site';

// Size budgets are counts, so they are tests; timings are in the benchmarks.
const site = loadSite('dist');
const gz = (path: string) => gzipSync(readFileSync(join('dist', path))).length;
const KB = 1024;

function assets(path: string, selector: string, attribute: 'src' | 'href'): string[] {
  const page = site.pages.get(path);
  if (!page) throw new Error(`no page ${path}`);
  return selectAll(selector, page.tree).map((el) => String(el.properties[attribute]));
}

describe('budgets', () => {
  // 17 kB, not 15: the split index (≤ 1 MB before the first result at 30,000 quotes) and word
  // forms in the page (table lookup, stemmer, spelling correction) cost about 4 kB; see the README.
  it('the search page ships at most 17 kB of JavaScript, gzipped', () => {
    const scripts = assets('/search/', 'script[src]', 'src');
    const inline = assets('/search/', 'script:not([src]):not([type="application/ld+json"])', 'src');
    expect(scripts.length + inline.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, src) => sum + gz(src), 0);
    expect(total).toBeLessThanOrEqual(17 * KB);
  });

  it('no other page ships any JavaScript', () => {
    for (const page of site.pages.values()) {
      if (page.path === '/search/') continue;
      expect(selectAll('script:not([type="application/ld+json"])', page.tree), page.path).toHaveLength(0);
    }
  });

  it('the stylesheet is at most 10 kB gzipped', () => {
    const sheets = new Set([...site.pages.keys()].flatMap((path) => assets(path, 'link[rel="stylesheet"]', 'href')));
    for (const sheet of sheets) expect(gz(sheet), sheet).toBeLessThanOrEqual(10 * KB);
  });

  it('list pages are at most 30 kB of HTML gzipped', () => {
    for (const path of ['/', '/articles/', '/timeline/', '/actors/', '/countries/', '/search/', '/methodology/']) {
      const page = site.pages.get(path);
      expect(page, path).toBeTruthy();
      if (page) expect(gzipSync(page.html).length, path).toBeLessThanOrEqual(30 * KB);
    }
  });
});
