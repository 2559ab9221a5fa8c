import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { isAllowedHref } from '../../src/markdown/rehype-text-only';
import { renderArticleFile } from '../harness/render-article';

const HOSTILE = 'tests/fixtures/hostile/article.md';

describe('the output guard over rendered articles', () => {
  it('refuses raw HTML in the build, naming the file and the file line', async () => {
    await expect(renderArticleFile(HOSTILE, 'refuse')).rejects.toThrow(
      /tests\/fixtures\/hostile\/article\.md: body, line 21: raw HTML "<meta http-equiv="refresh"/,
    );
  });

  it('leaves only text in strip mode: no raw HTML, handlers, script links or images', async () => {
    const html = await renderArticleFile(HOSTILE, 'strip');
    expect(html).toContain('A paragraph of plain text that should survive every guard.');
    expect(html).toContain('The last paragraph, also plain text.');
    const tree = fromHtml(html, { fragment: true });
    const elements = selectAll('*', tree);
    expect(new Set(elements.map((e) => e.tagName))).toEqual(new Set(['p', 'a']));
    for (const element of elements) {
      expect(Object.keys(element.properties).filter((name) => /^on|^style$|^src/i.test(name))).toEqual([]);
      const href = element.properties.href;
      if (href !== undefined) expect(String(href)).toMatch(/^#p-/);
    }
    // Link text is kept; the link is not.
    expect(html).toContain('script link');
  });

  it("allows only this site's anchors and pages and http(s) addresses", () => {
    for (const ok of ['#p-the-key-point', '/actors/robert-hannigan/', 'https://example.org/x', 'http://example.org'])
      expect(isAllowedHref(ok)).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      '//evil.example/',
      'vbscript:x',
      'mailto:a@b.c',
      'https:/evil',
    ])
      expect(isAllowedHref(bad)).toBe(false);
  });
});
