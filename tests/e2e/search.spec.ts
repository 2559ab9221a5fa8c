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
  await expect(page).toHaveURL(
    /\/articles\/trump-is-losing-the-fight-to-ban-huawei-from-global-networks\/#q-now-is-the-exact-opposite-time$/,
  );
  const quote = page.locator('#q-now-is-the-exact-opposite-time');
  await expect(quote).toBeInViewport();
  expect(await quote.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('?q= restores a search; a facet narrows it and goes into the URL; back and forward work', async ({ page }) => {
  await page.goto('/search/?q=huawei');
  await expect(box(page)).toHaveValue('huawei');
  const count = page.locator('[data-part="count"]');
  await expect(count).toContainText(/match/);
  const quotes = page.locator('.result--quote');
  // The total, not the quotes on screen: a screenful of one speaker's quotes can be as long as one of all.
  const quoteTotal = async () => Number((await count.textContent())?.match(/(\d+) quotes?\b/)?.[1]);
  const before = await quoteTotal();
  await page
    .getByRole('group', { name: 'Speaker', exact: true })
    .getByRole('checkbox', { name: /Robert Hannigan/ })
    .check();
  await expect(page).toHaveURL(/[?&]speaker=Robert\+Hannigan/);
  await expect.poll(quoteTotal).toBeLessThan(before);
  for (const meta of await quotes.locator('.result__meta').allTextContents()) expect(meta).toContain('Robert Hannigan');
  await page.goBack();
  await expect(page).not.toHaveURL(/speaker=/);
  await expect.poll(quoteTotal).toBe(before);
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

test('a hostile record in the index renders as text', async ({ page }) => {
  const record = {
    id: 'x#q-evil',
    group: 'quote',
    url: '/articles/x/#q-evil',
    text: `evil ${HOSTILE} <script>window.__pwned=3</script> words`,
    title: '<i>Title</i>',
    words: 'evil img src x onerror window pwn 1 script window pwn 3 script word',
    who: 'mallori',
    role: '',
    place: 'titl',
    context: { before: '<b>before</b> ', after: ' <i>after</i>' },
    speakerId: null,
    speakerUrl: null,
    speaker: '<b>Mallory</b>',
    country: 'Country not stated',
    articleTitle: '<i>Title</i>',
    outlet: 'Outlet',
    date: '1 April 2019',
    year: '2019',
    kind: 'Statement',
    attribution: 'Named speaker',
    setByHand: false,
  };
  const facet = (value: string) => ({ values: [value], of: [0] });
  const meta = {
    groups: { quote: 1, passage: 0, event: 0, entity: 0 },
    shardStarts: ['evil'],
    chunkSize: 8,
    keys: 'evil mallori',
    wordKeys: { evil: 'evil' },
    facets: {
      speaker: facet(record.speaker),
      country: facet(record.country),
      article: facet(record.articleTitle),
      year: facet('2019'),
      kind: facet('Statement'),
      attribution: facet('Named speaker'),
    },
  };
  const files: Record<string, unknown> = { 'meta.json': meta, 'postings/0.json': { evil: [0], mallori: [1] }, 'records/0.json': [record] };
  await page.route('**/search/*/**', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify(files[new URL(route.request().url()).pathname.replace('/search/', '')] ?? {}),
    }),
  );
  await page.route('**/search/meta.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(meta) }));
  await page.route('**/search/bundle.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(files) }));
  await page.goto('/search/');
  await box(page).fill('evil');
  const result = page.locator('.result').first();
  await expect(result).toContainText(`evil ${HOSTILE}`);
  await expect(result).toContainText('<b>Mallory</b>');
  await expect(result).toContainText('<b>before</b>');
  expect(await result.locator('img, script, b, i').count()).toBe(0);
  await expect(page.getByRole('checkbox', { name: /<b>Mallory<\/b>/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('with every group of results and the facets shown, the search page has no axe violations', async ({ page }) => {
  await page.goto('/search/?q=pompeo');
  await expect(page.locator('.result-group')).toHaveCount(4);
  await expect(page.locator('.facet').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/search/?q=huawei&year=2019');
  await expect(page.locator('.result').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a word form: “spying” finds Cotton’s “spy”, in its sentence, with the word marked', async ({ page }) => {
  await page.goto('/search/?q=spying');
  const first = page.locator('.result--quote').first();
  await expect(first).toContainText('able to spy on British society');
  await expect(first.locator('mark')).toHaveText(['spy']);
  for (const quote of await page.locator('.result--quote a.result__quote').allTextContents()) expect(quote).not.toMatch(/saying|using/);
});

test('an organisation: “vodafone” finds the five quotes of Vodafone’s chief executive', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('vodafone');
  await expect(page.locator('[data-part="count"]')).toContainText('5 quotes');
  const metas = await page.locator('.result--quote .result__meta').allTextContents();
  expect(metas).toHaveLength(5);
  for (const meta of metas) expect(meta).toContain('Nick Read');
  await expect(page.locator('[data-group="entity"]')).toContainText('Vodafone');
});

test('a quote shorter than its sentence is shown inside it, the quote itself set apart', async ({ page }) => {
  await page.goto('/search/?q=hanigan+nonsence');
  const sentence = page.locator('.result--quote .result__sentence').first();
  await expect(sentence).toContainText('unacceptable risks');
  // The article's own marks stand around the quote, once: not doubled by the result's.
  await expect(sentence.locator('a.result__quote')).toHaveText('nonsense.');
  await expect(sentence).toContainText('risks” as “nonsense.”');
});

test('a topic outside the quotes: a passage result lands on its paragraph, highlighted', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('espionage');
  await expect(page.locator('[data-part="count"]')).not.toContainText('quote');
  const passage = page.locator('[data-group="passage"] a.result__link').first();
  await expect(passage.locator('mark').first()).toHaveText(/espionage/i);
  await passage.click();
  await expect(page).toHaveURL(/\/articles\/[^/]+\/#p-[a-z0-9-]+$/);
  const id = new URL(page.url()).hash.slice(1);
  const paragraph = page.locator(`[id="${id}"]`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText(/espionage/i);
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('every result is reachable: the count gives the total, “show more” adds the next ones', async ({ page }) => {
  await page.goto('/search/?q=huawei');
  const count = page.locator('[data-part="count"]');
  await expect(count).toContainText(/\d+ quotes/);
  const total = Number((await count.textContent())?.match(/(\d+) quotes/)?.[1]);
  const quotes = page.locator('.result--quote');
  await expect(quotes).toHaveCount(10);
  expect(total).toBeGreaterThan(10);
  while ((await quotes.count()) < total) {
    const shown = await quotes.count();
    await page.locator('[data-group="quote"] button.show-more').click();
    await expect.poll(() => quotes.count()).toBeGreaterThan(shown);
    await expect(page.locator('[data-group="quote"] a.result__link').nth(shown)).toBeFocused();
  }
  await expect(quotes).toHaveCount(total);
  await expect(page.locator('[data-group="quote"] button.show-more')).toHaveCount(0);
});

test('on a phone the first result is in view; the facets wait behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/search/?q=huawei');
  await expect(page.locator('.result').first()).toBeInViewport();
  await expect(page.locator('.facet').first()).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Filter the quotes' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.facet').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('oversized input: a 10,000-character query in the URL or the box is cut, and the page still answers', async ({ page }) => {
  const long = 'wobbly '.repeat(1500);
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  expect((await box(page).inputValue()).length).toBeLessThanOrEqual(200);
  await expect(page.locator('[data-part="count"]')).toContainText('match');
  await box(page).fill('');
  await box(page).pressSequentially('going wobbly '.repeat(16).slice(0, 200), { delay: 0 });
  expect((await box(page).inputValue()).length).toBeLessThanOrEqual(200);
  await expect(page.locator('.result--quote').first()).toContainText('go wobbly');
});

test('facet values in the URL that no quote has are ignored', async ({ page }) => {
  await page.goto('/search/?q=huawei');
  const count = page.locator('[data-part="count"]');
  await expect(count).toContainText('match');
  const plain = await count.textContent();
  await page.goto(`/search/?q=huawei&speaker=${encodeURIComponent('Nobody At All')}&year=1066&kind=${encodeURIComponent('<b>x</b>')}`);
  await expect(count).toHaveText(plain ?? '');
  await expect(page.locator('.facet input:checked')).toHaveCount(0);
  await page.goto(`/search/?q=huawei&speaker=${encodeURIComponent('Robert Hannigan')}&speaker=Nobody`);
  await expect(page.getByRole('checkbox', { name: /Robert Hannigan/ }).first()).toBeChecked();
  await expect(page.locator('.facet input:checked')).toHaveCount(1);
});

test('a plain query reads the small index’s bundle, not the whole index; an operator query loads the whole one', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/search/') && path.endsWith('.json')) fetched.push(path);
  });
  await page.goto('/search/?q=vodafone');
  await expect(page.locator('.result--quote')).toHaveCount(5);
  // Meta, the postings and the quotes' records come in the one bundle a small index ships.
  expect(fetched).toContain('/search/bundle.json');
  expect(fetched).not.toContain('/search/meta.json');
  expect(fetched.some((path) => path.startsWith('/search/postings/'))).toBe(false);
  expect(fetched).not.toContain('/search/index.json');
  await box(page).fill("'kgb | 'wobbly");
  await expect(page.locator('[data-part="count"]')).toContainText('3 quotes');
  for (const quote of await page.locator('.result--quote a.result__quote').allTextContents()) expect(quote).toMatch(/KGB|wobbly/);
  expect(fetched).toContain('/search/index.json');
});
