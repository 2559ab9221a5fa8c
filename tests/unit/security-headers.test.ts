import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from '../../src/integrations/content-check';
import { headersFile, nginxLines, SECURITY_HEADERS } from '../../src/lib/site/security-headers';

describe('the security headers shipped for static hosts', () => {
  it('include what a <meta> policy cannot carry', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBeTruthy();
    expect(SECURITY_HEADERS['Permissions-Policy']).toBeTruthy();
  });

  it("are the same in public/_headers and in the README's nginx lines", () => {
    expect(readFileSync('public/_headers', 'utf8')).toContain(headersFile());
    const readme = readFileSync('README.md', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const line of nginxLines().split('\n')) expect(readme).toContain(line);
  });
});

describe('SITE_URL', () => {
  it('warns loudly when unset, naming the placeholder', () => {
    expect(siteUrlWarning({ siteUrl: undefined, placeholder: 'https://x.example' })).toEqual({
      warning: expect.stringMatching(/SITE_URL is not set: .* point at https:\/\/x\.example/),
    });
  });

  it('stops the build when it is not an origin', () => {
    expect(siteUrlWarning({ siteUrl: 'huawei.example', placeholder: '' })).toEqual({
      error: expect.stringMatching(/SITE_URL: "huawei.example" is not an origin/),
    });
    expect(siteUrlWarning({ siteUrl: 'https://huawei.example', placeholder: '' })).toBeNull();
  });
});
