import { ARTICLE_COUNT } from '../harness/corpus';
import { expect, test } from './fixtures';

test('a reader opens the home page and follows an article link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huawei 5G Watch');
  const articles = page.getByRole('region', { name: /^The \w+ articles$/ }).getByRole('listitem');
  await expect(articles).toHaveCount(ARTICLE_COUNT);
  await page.getByRole('link', { name: 'US anti-Huawei campaign suffers a blow' }).click();
  await expect(page).toHaveURL(/\/articles\/us-anti-huawei-campaign-suffers-a-blow\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US anti-Huawei campaign suffers a blow');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2019-02-20');
  await expect(page.getByRole('link', { name: 'Articles', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('a paragraph link lands on the paragraph, in view and highlighted', async ({ page }) => {
  const id = 'p-the-key-point-here-hannigan-continued';
  await page.goto(`/articles/us-anti-huawei-campaign-suffers-a-blow/#${id}`);
  const paragraph = page.locator(`#${id}`);
  await expect(paragraph).toContainText('The key point here');
  await expect(paragraph).toBeInViewport();
  const background = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await page
    .locator('.article-body p')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe(plain);
});

test('the ¶ link of a paragraph puts its address in the URL and highlights it', async ({ page }) => {
  await page.goto('/articles/trump-is-losing-the-fight-to-ban-huawei-from-global-networks/');
  const paragraph = page.locator('#p-robert-strayer-the-u-s-state');
  await paragraph.getByRole('link', { name: /Link to the paragraph/ }).click();
  await expect(page).toHaveURL(/#p-robert-strayer-the-u-s-state$/);
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('the undated article shows its inferred month and the reasoning', async ({ page }) => {
  await page.goto('/articles/european-partners-skeptical-about-us-campaign-to-ban-huawei/');
  const time = page.locator('.article-header time');
  await expect(time).toHaveAttribute('datetime', '2019-03');
  await expect(page.locator('.article-header')).toContainText('March 2019 (inferred; date known to the month only)');
  await expect(page.getByText('How the date was inferred')).toBeVisible();
  await expect(page.getByText('Outlet not named in the source').first()).toBeVisible();
});

test('the keyboard reaches the skip link first, and it moves focus to the content', async ({ page }) => {
  await page.goto('/articles/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Articles', exact: true })).toBeVisible();
});
