import { expect, test } from './fixtures';

/** `2019`, `2019-02` and `2019-02-18` as comparable first days. */
const firstDay = (datetime: string) => (datetime.length === 4 ? `${datetime}-01-01` : datetime.length === 7 ? `${datetime}-01` : datetime);

test('timeline entries are in order of their start, a span at its start', async ({ page }) => {
  await page.goto('/timeline/');
  const starts = (
    await page.locator('.timeline-entry__date time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
  ).map(firstDay);
  expect(starts.length).toBeGreaterThan(40);
  expect(starts).toEqual([...starts].sort());
  const april = page.locator('[id="m2019-04"]').locator('xpath=..');
  await expect(april.locator('[id="2019-04-29-prague-5g-security-conference"]')).toHaveCount(1);
});

test('every mark of the overview leads to its entry', async ({ page }) => {
  await page.goto('/timeline/');
  const hrefs = await page.locator('.overview a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  const entries = await page.locator('.timeline-entry').evaluateAll((els) => els.map((el) => `#${el.id}`));
  expect(hrefs.sort()).toEqual(entries.sort());
  await page.locator('.overview a[href="#2020-01-28-uk-grants-huawei-limited-role"]').click();
  const entry = page.locator('[id="2020-01-28-uk-grants-huawei-limited-role"]');
  await expect(entry).toBeInViewport();
  expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('a jump link reaches January 2020 at once', async ({ page }) => {
  await page.goto('/timeline/');
  await page.getByRole('navigation', { name: 'Jump to a year or month' }).getByRole('link', { name: 'January 2020' }).click();
  await expect(page.locator('[id="m2020-01"]')).toBeInViewport();
});

test('a filter view by actor lists only the events that involve them', async ({ page }) => {
  await page.goto('/timeline/');
  const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
  await filters.getByText('By person or organisation').click();
  await filters.getByRole('link', { name: 'Mike Pompeo', exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/actors\/mike-pompeo\/$/);
  const entries = page.locator('.timeline-entry');
  expect(await entries.count()).toBeGreaterThan(3);
  for (const entry of await entries.all()) await expect(entry.getByRole('link', { name: 'Mike Pompeo', exact: true })).toHaveCount(1);
});

test('context entries are marked as context', async ({ page }) => {
  await page.goto('/timeline/kinds/context/');
  const entries = page.locator('.timeline-entry');
  await expect(entries).toHaveCount(3);
  for (const entry of await entries.all()) await expect(entry.locator('.context-mark')).toHaveText('Context');
});
