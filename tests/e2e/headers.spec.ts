import { SECURITY_HEADERS } from '../../src/lib/site/security-headers';
import { expect, test } from './fixtures';

// `npm start` serves the site with `astro preview`, as these tests do: every response carries the
// headers a <meta> policy cannot (src/lib/site/security-headers.ts). Not its 404 responses: astro
// preview writes those itself, past Vite's header option (README, Security headers).
for (const path of [
  '/',
  '/articles/us-anti-huawei-campaign-suffers-a-blow/',
  '/search/',
  '/search/index.json',
  '/data/quotes.csv',
  '/rss.xml',
]) {
  test(`the preview server sends the security headers for ${path}`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  });
}
