import { expect, test } from './fixtures';

const EVENT = '2019-02-18-ft-reports-ncsc-finding';

test('a timeline entry link opens the timeline with that entry in view and highlighted', async ({ page }) => {
  await page.goto(`/timeline/#${EVENT}`);
  const entry = page.locator(`[id="${EVENT}"]`);
  await expect(entry).toBeInViewport();
  expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(entry.getByRole('link', { name: /Link to this entry/ })).toHaveAttribute('href', `/timeline/#${EVENT}`);
});

test('an event page opens with its summary, sources and a link back to its entry', async ({ page }) => {
  await page.goto(`/timeline/${EVENT}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('FT reports');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2019-02-18');
  await page.getByRole('link', { name: 'See it on the timeline' }).click();
  await expect(page.locator(`[id="${EVENT}"]`)).toBeInViewport();
});

test('a “reported by” link lands on the exact paragraph of the source article', async ({ page }) => {
  await page.goto(`/timeline/#${EVENT}`);
  const sources = page.locator(`[id="${EVENT}"] .timeline-entry__sources > li`);
  await expect(sources.filter({ hasText: 'US anti-Huawei campaign suffers a blow' })).toHaveCount(1);
  await sources.getByRole('link', { name: /According to a report in the Financial Times on Monday/ }).click();
  await expect(page).toHaveURL(/#p-the-us-campaign-to-have-its$/);
  await expect(page.locator('#p-the-us-campaign-to-have-its')).toBeInViewport();
});

test('a quote link lands on the quote, highlighted', async ({ page }) => {
  await page.goto('/articles/us-anti-huawei-campaign-suffers-a-blow/#q-the-key-point-here');
  const quote = page.locator('#q-the-key-point-here');
  await expect(quote).toHaveText('“The key point here,”');
  await expect(quote).toBeInViewport();
  const highlighted = await quote.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
});

test('an actor page lists their quotes; a quote opens in its article', async ({ page }) => {
  await page.goto('/actors/robert-hannigan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Robert Hannigan');
  const cards = page.locator('.quote-card');
  expect(await cards.count()).toBeGreaterThanOrEqual(10);
  await cards
    .first()
    .getByRole('link', { name: /in “US anti-Huawei campaign suffers a blow”/ })
    .click();
  await expect(page).toHaveURL(/\/articles\/us-anti-huawei-campaign-suffers-a-blow\/#q-/);
});

test('an actor named in an article links to their page', async ({ page }) => {
  await page.goto('/articles/us-anti-huawei-campaign-suffers-a-blow/');
  await page.locator('#p-the-financial-times-report-on-the').getByRole('link', { name: 'Robert Hannigan' }).click();
  await expect(page).toHaveURL(/\/actors\/robert-hannigan\/$/);
});

test('the countries page shows the map, its key and the snapshots; a country shows its history', async ({ page }) => {
  await page.goto('/countries/');
  await expect(page.getByRole('group', { name: /Latest stance of each country/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'As reported on each article’s date' })).toBeVisible();
  await page
    .getByRole('row', { name: /United Kingdom/ })
    .first()
    .getByRole('link', { name: 'United Kingdom' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('United Kingdom');
  await expect(page.locator('.stance-history > li')).toHaveCount(12);
});
