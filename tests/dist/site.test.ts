import { describe, expect, it } from 'vitest';
import { ARTICLE_COUNT } from '../harness/corpus';
import { loadSite } from '../harness/site';
import { findBrokenLinks, findDocumentProblems, findInvalidHtml, findOffsiteLoads, findScripts } from '../harness/static-checks';

// Every HTML file the build wrote goes through every detector.
const site = loadSite('dist');
const origins = { site: 'https://huawei-5g-watch.example' };
const pages = [...site.pages.values()];
/** The one page that ships a script; every other page works without JavaScript. */
const PAGES_WITH_SCRIPTS = new Set<string>(['/search/']);

describe('the built site', () => {
  it('has the pages the site promises', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/', '/articles/', '/404.html']));
    expect(paths.filter((p) => /^\/articles\/[^/]+\/$/.test(p))).toHaveLength(ARTICLE_COUNT);
  });

  describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
    it('is valid HTML', async () => {
      expect(await findInvalidHtml(page)).toEqual([]);
    });

    it('has one <h1> and a lang', () => {
      expect(findDocumentProblems(page)).toEqual([]);
    });

    it('links only to pages, files and fragments that exist', () => {
      expect(findBrokenLinks(site, page, origins)).toEqual([]);
    });

    it('loads nothing from another origin', () => {
      expect(findOffsiteLoads(page, origins)).toEqual([]);
    });

    it(PAGES_WITH_SCRIPTS.has(page.path) ? 'ships only its bundled script' : 'ships no script', () => {
      const scripts = findScripts(page);
      if (PAGES_WITH_SCRIPTS.has(page.path)) {
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) expect(script).toMatch(/<script src="\/_astro\/[^"]+\.js">/);
      } else {
        expect(scripts).toEqual([]);
      }
    });
  });
});
