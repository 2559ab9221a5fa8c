import { readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures';

// axe over every page in the sitemap, in light and dark, plus the 404 page.
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThanOrEqual(7);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of [...paths, '/404.html']) {
    test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
