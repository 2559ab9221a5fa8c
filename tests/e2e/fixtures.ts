/**
 * The browser-test base: every test fails if its page asks for anything off this machine, and
 * `expectNoAxeViolations` runs axe-core with the WCAG 2.2 AA rule set.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Requests to another host, recorded and aborted so none leaves the machine. */
export async function watchOffsiteRequests(page: Page): Promise<string[]> {
  const offsite: string[] = [];
  // Only requests to another host are routed: the page's own go straight to the server, which
  // keeps each of the many page loads (axe runs on every page) from a round trip through the test.
  const isOffsite = (url: URL) => ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname);
  await page.route(isOffsite, (route) => {
    offsite.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return offsite;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const test = base.extend<{ offsiteRequests: string[]; cspViolations: string[] }>({
  offsiteRequests: [
    async ({ page }, use) => {
      const offsite = await watchOffsiteRequests(page);
      await use(offsite);
      expect(offsite, 'requests that left this machine').toEqual([]);
    },
    { auto: true },
  ],
  // The built site runs under its Content Security Policy; anything it blocks is a fault.
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
