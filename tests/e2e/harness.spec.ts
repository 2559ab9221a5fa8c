import { axeViolations, expect, test, watchOffsiteRequests } from './fixtures';

// The browser detectors must be able to fail: feed each a page with the fault it looks for.
test('the axe detector reports an inaccessible page', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html><head><title>x</title></head><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a></body></html>',
  );
  const violations = await axeViolations(page);
  expect(violations.join('\n')).toMatch(/image-alt/);
  expect(violations.join('\n')).toMatch(/html-has-lang/);
});

test('the off-site detector records and blocks a request to another origin', async ({ browser }) => {
  const page = await browser.newPage();
  const offsite = await watchOffsiteRequests(page);
  // A page without the site's CSP, which would stop the request before the detector sees it.
  await page.setContent('<!doctype html><html lang="en"><title>x</title><img src="https://cdn.example.com/tracker.gif" alt="">');
  await expect.poll(() => offsite).toEqual(['https://cdn.example.com/tracker.gif']);
  await page.close();
});
