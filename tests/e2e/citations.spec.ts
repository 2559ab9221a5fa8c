import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { expect, test } from './fixtures';

const FORMATS = ['APA', 'MLA', 'Chicago', 'BibTeX', 'RIS', 'CSL-JSON'];

const PAGES = [
  {
    kind: 'article',
    path: '/articles/us-anti-huawei-campaign-suffers-a-blow/',
    summary: 'Cite this article',
    title: 'US anti-Huawei campaign suffers a blow',
  },
  {
    kind: 'paragraph',
    path: '/articles/us-anti-huawei-campaign-suffers-a-blow/cite/#p-the-key-point-here-hannigan-continued',
    summary: 'Cite this paragraph',
    title: 'US anti-Huawei campaign suffers a blow',
  },
  {
    kind: 'quote',
    path: '/articles/us-anti-huawei-campaign-suffers-a-blow/cite/#q-the-key-point-here',
    summary: 'Cite this quote',
    title: 'US anti-Huawei campaign suffers a blow',
  },
  { kind: 'event', path: '/timeline/2019-02-18-ft-reports-ncsc-finding/', summary: 'Cite this event', title: 'FT reports' },
  { kind: 'stance step', path: '/countries/gb/', summary: 'Cite this step', title: 'United Kingdom' },
];

for (const { kind, path, summary, title } of PAGES) {
  test(`a ${kind} offers every citation format without script, and its BibTeX parses`, async ({ page }) => {
    await page.goto(path);
    const hash = new URL(path, 'http://x').hash;
    const scope = hash ? page.locator(`[id="${hash.slice(1)}"]`) : page.locator('main');
    const details = scope.locator('details.cite').filter({ hasText: summary }).first();
    await details.locator('summary').click();
    for (const format of FORMATS) await expect(details.locator('dt', { hasText: new RegExp(`^${format}$`) })).toBeVisible();
    const bibtex = await details.locator('.cite__format--bibtex code').textContent();
    const parsed = new Cite(bibtex ?? '').format('data', { format: 'object' }) as Array<{ title?: string; URL?: string }>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.title ?? '').toContain(title);
    expect(await details.locator('.cite__format--apa p').textContent()).toContain('Huawei');
  });
}

test('an author page lists their articles; the byline leads to it', async ({ page }) => {
  await page.goto('/articles/trump-is-losing-the-fight-to-ban-huawei-from-global-networks/');
  await page.locator('.article-header').getByRole('link', { name: 'Bill Allison' }).click();
  await expect(page).toHaveURL(/\/actors\/bill-allison\/$/);
  const articles = page.getByRole('region', { name: /^Articles/ });
  await expect(articles.getByRole('link', { name: 'Trump Is Losing the Fight to Ban Huawei From Global Networks' })).toBeVisible();
  await expect(articles).toContainText('Author');
});

test('an outlet is an organisation with the articles it published', async ({ page }) => {
  await page.goto('/actors/world-socialist-web-site/');
  await expect(page.getByRole('region', { name: /^Articles/ })).toContainText('Published: US anti-Huawei campaign suffers a blow');
});

test('a quote outside its article stands in its sentence, the quote highlighted', async ({ page }) => {
  await page.goto('/actors/robert-hannigan/');
  const card = page.locator('.quote-card').filter({ has: page.locator('mark', { hasText: /^“reinforced”$/ }) });
  await expect(card).toHaveCount(1);
  await expect(card.locator('blockquote')).toContainText('as having “reinforced” the view that');
});

test('the machine-translation warning is at the top of the article', async ({ page }) => {
  await page.goto('/articles/pompeo-in-london-reaffirms-us-concerns-over-huawei/');
  const warning = page.locator('.article-header .warning');
  await expect(warning).toContainText('machine translation');
  await expect(warning).toBeInViewport();
  await expect(page.locator('main')).not.toContainText('shared/seeds');
});

test('an article links its events, countries and people', async ({ page }) => {
  await page.goto('/articles/us-anti-huawei-campaign-suffers-a-blow/');
  const section = page.getByRole('region', { name: 'What this article reports' });
  await expect(section.getByRole('link', { name: 'Nick Beams' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'Poland' })).toBeVisible();
  await expect(section.getByRole('link', { name: /FT reports/ })).toBeVisible();
});

test('the navigation keeps to one line on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/timeline/');
  const tops = await page
    .locator('.site-header nav li')
    .evaluateAll((items) => [
      ...new Set(items.filter((li) => li.getBoundingClientRect().height > 0).map((li) => Math.round(li.getBoundingClientRect().top))),
    ]);
  expect(tops).toHaveLength(1);
});
