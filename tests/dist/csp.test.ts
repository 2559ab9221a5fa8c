import { createHash } from 'node:crypto';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../harness/site';

// Every page carries a strict Content Security Policy, and everything inline on it is hashed.
const site = loadSite('dist');
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const textOf = (node: { children: Array<{ type: string; value?: string }> }) => node.children.map((c) => (c.type === 'text' ? (c.value ?? '') : '')).join('');

describe.each([...site.pages.values()].map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const meta = select('meta[http-equiv="content-security-policy"]', page.tree);
  const policy = String(meta?.properties.content ?? '');
  const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

  it('has a strict policy', () => {
    expect(meta).toBeTruthy();
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('script-src')).toMatch(/^script-src 'self'/);
    expect(directive('style-src')).toMatch(/^style-src 'self'/);
  });

  it('lists the hash of every inline script and style', () => {
    for (const script of selectAll('script:not([src])', page.tree)) expect(directive('script-src')).toContain(hash(textOf(script)));
    for (const style of selectAll('style', page.tree)) expect(directive('style-src')).toContain(hash(textOf(style)));
  });

  it('has no inline style attributes, which the policy would block', () => {
    expect(selectAll('[style]', page.tree)).toHaveLength(0);
  });
});
