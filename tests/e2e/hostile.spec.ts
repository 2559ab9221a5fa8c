import { expect, test } from './fixtures';
import { renderArticleFile } from '../harness/render-article';

// The build refuses an article with markup (the content check and the output guard). Were it made
// to accept one, the guard's strip mode shows what the page would be left with: this puts every
// hostile construct of tests/fixtures/hostile/article.md through it, into a real article page,
// and checks that the page neither navigates, nor runs anything, nor loads anything.
const ARTICLE = '/articles/us-anti-huawei-campaign-suffers-a-blow/';
const HOSTILE = '/articles/hostile-article/';

test('an article with every hostile construct neither navigates nor runs anything', async ({ page, request }) => {
  const body = await renderArticleFile('tests/fixtures/hostile/article.md', 'strip');
  const real = await (await request.get(ARTICLE)).text();
  const marker = '<div class="article-body">';
  expect(real).toContain(marker);
  const html = real.replace(marker, `${marker}${body}`);
  await page.route(`**${HOSTILE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });

  await page.goto(HOSTILE);
  await expect(page.getByText('A paragraph of plain text that should survive every guard.')).toBeVisible();
  // Every link the hostile text left behind (the guard keeps its words, not its target), clicked.
  await expect(page.locator('.article-body a:not([href])')).toHaveCount(4);
  for (const link of await page.locator('.article-body a:not([href])').all()) await link.click();
  // A refresh of 0 seconds would already have happened; give a slower one time to show itself.
  await page.waitForTimeout(1500);

  expect(navigations.filter((url) => !url.endsWith(HOSTILE))).toEqual([]);
  expect(page.url()).toMatch(new RegExp(`${HOSTILE}$`));
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile)).toBeUndefined();
  expect(await page.title()).not.toBe('owned');
  await expect(page.locator('.article-body :is(script, iframe, form, input, meta, base, style, object, img, svg)')).toHaveCount(0);
});
