import { expect, test } from './fixtures';

for (const width of [1280, 390]) {
  test(`a small European country on the Europe map is large enough and opens its page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/countries/');
    const europe = page.getByRole('group', { name: 'Europe, enlarged' });
    for (const code of ['at', 'cz', 'hu', 'sk']) {
      const box = await europe.locator(`a[href="/countries/${code}/"]`).boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0), code).toBeGreaterThanOrEqual(width === 1280 ? 12 : 24);
    }
    await europe.getByRole('link', { name: /^Slovakia:/ }).click();
    await expect(page).toHaveURL(/\/countries\/sk\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slovakia');
  });

  test(`the “as reported on” table can be read to its last column (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/countries/');
    const region = page.getByRole('region', { name: 'Table: As reported on each article’s date (scrolls sideways)' });
    const uk = region.getByRole('row', { name: /United Kingdom/ });
    await uk.scrollIntoViewIfNeeded();
    // On a wide screen every column shows at once; on a phone the dates scroll, the names stay.
    if (width === 390) await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(uk.getByRole('cell').last()).toBeInViewport({ ratio: 0.9 });
    await expect(uk.getByRole('rowheader')).toBeInViewport({ ratio: 0.9 });
  });
}

test('the map, the table and the people index name countries the same way', async ({ page }) => {
  await page.goto('/countries/');
  await expect(page.locator('.stance-map a title', { hasText: 'United States of America' })).toHaveCount(0);
  await expect(page.locator('.stance-map--world a title', { hasText: /^United States:/ })).toHaveCount(1);
  await page.goto('/actors/');
  await expect(page.getByRole('cell', { name: 'GB', exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'CN', exact: true })).toHaveCount(0);
});
