import { readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures';

// axe (WCAG 2.2 AA and best practices) over every page in the sitemap in the light scheme, and
// over one page of each kind in the dark scheme (the kinds share their templates and colours).
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const ONE_OF_EACH_KIND =
  /^\/(?:|articles\/|articles\/us-[^/]+\/|timeline\/|timeline\/2019-02-18[^/]+\/|timeline\/(?:articles\/us-anti[^/]+|actors\/mike-pompeo|countries\/gb|kinds\/context)\/|actors\/|actors\/mike-pompeo\/|countries\/|countries\/gb\/|countries\/as-of\/[^/]*blow\/|articles\/us-anti[^/]+\/cite\/|data\/|methodology\/)$/;
// The filtered timeline views (about a hundred pages) share one template and its data; axe
// checks one of each dimension, in light and dark, rather than every one.
const FILTERED_VIEW = /^\/timeline\/(?:articles|actors|countries|kinds)\/[^/]+\/$/;
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((match) => new URL(match[1] ?? '').pathname)
  .filter((path) => !FILTERED_VIEW.test(path) || ONE_OF_EACH_KIND.test(path));

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThanOrEqual(7);
});

for (const path of [...paths, '/404.html']) {
  test(`${path} has no axe violations (light)`, async ({ page }) => {
    // axe on the longest pages (a country with fifteen steps and their citations) takes a while on a busy machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const path of [...paths.filter((p) => ONE_OF_EACH_KIND.test(p)), '/404.html']) {
  test(`${path} has no axe violations (dark)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
