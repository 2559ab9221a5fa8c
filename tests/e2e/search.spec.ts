import { axeViolations, expect, test } from './fixtures';

const box = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: /Words from a quote/ });

test('a misspelt, partial query finds the quote; the result opens it in its article, highlighted', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('wobbley opposit pompeo');
  const first = page.locator('.result').first();
  await expect(first).toContainText('Now is the exact opposite time to go wobbly');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(page.locator('[data-part="count"]')).toContainText(/match/);
  await first.locator('a.result__quote').click();
  await expect(page).toHaveURL(/\/articles\/trump-is-losing-the-fight-to-ban-huawei-from-global-networks\/#q-now-is-the-exact-opposite-time$/);
  const quote = page.locator('#q-now-is-the-exact-opposite-time');
  await expect(quote).toBeInViewport();
  expect(await quote.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('?q= restores a search; a facet narrows it and goes into the URL; back and forward work', async ({ page }) => {
  await page.goto('/search/?q=huawei');
  await expect(box(page)).toHaveValue('huawei');
  const count = page.locator('[data-part="count"]');
  await expect(count).toContainText(/match/);
  const before = await page.locator('.result').count();
  await page.getByRole('group', { name: 'Speaker', exact: true }).getByRole('checkbox', { name: /Robert Hannigan/ }).check();
  await expect(page).toHaveURL(/[?&]speaker=Robert\+Hannigan/);
  await expect.poll(() => page.locator('.result').count()).toBeLessThan(before);
  for (const meta of await page.locator('.result__meta').allTextContents()) expect(meta).toContain('Robert Hannigan');
  await page.goBack();
  await expect(page).not.toHaveURL(/speaker=/);
  await expect.poll(() => page.locator('.result').count()).toBe(before);
  await page.goForward();
  await expect(page).toHaveURL(/speaker=Robert\+Hannigan/);
  await expect(page.getByRole('checkbox', { name: /Robert Hannigan/ }).first()).toBeChecked();
});

test('the keyboard: / focuses the box, arrows move through results, Enter opens one', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('hannigan');
  await expect(page.locator('.result').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('a.result__quote').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('a.result__quote').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/.+#q-/);
});

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

test('a hostile query, typed or in the URL, is only ever text', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent(HOSTILE)}&speaker=${encodeURIComponent('"><img src=y onerror="window.__pwned=2">')}`);
  await expect(box(page)).toHaveValue(HOSTILE);
  await box(page).fill(`${HOSTILE} huawei`);
  await expect(page.locator('[data-part="count"]')).not.toBeEmpty();
  expect(await page.locator('quote-search img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a hostile quote in the index renders as text', async ({ page }) => {
  await page.route('**/search/index.json', async (route) => {
    const record = {
      id: 'x#q-evil', url: '/articles/x/#q-evil', text: `evil ${HOSTILE} <script>window.__pwned=3</script> words`, speakerId: null, speakerUrl: null,
      speaker: '<b>Mallory</b>', aliases: '<b>Mallory</b>', country: 'Country not stated', articleTitle: '<i>Title</i>', outlet: 'Outlet', date: '1 April 2019', year: '2019',
      kind: 'Statement', attribution: 'Named speaker', setByHand: false,
    };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ records: [record], index: null }) });
  });
  await page.goto('/search/');
  await box(page).fill('evil');
  const result = page.locator('.result').first();
  await expect(result).toContainText(`evil ${HOSTILE}`);
  await expect(result).toContainText('<b>Mallory</b>');
  expect(await result.locator('img, script, b, i').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('with results and facets shown, the search page has no axe violations', async ({ page }) => {
  await page.goto('/search/?q=huawei&year=2019');
  await expect(page.locator('.result').first()).toBeVisible();
  await expect(page.locator('.facet').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
