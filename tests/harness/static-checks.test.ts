import { describe, expect, it } from 'vitest';
import { loadSite, type SitePage } from './site';
import { findBrokenLinks, findDocumentProblems, findInvalidHtml, findOffsiteLoads, findScripts } from './static-checks';

// Each detector is fed a fixture page with one known fault, and the clean page, to prove it can fail.
const site = loadSite('tests/fixtures/broken-site');
const origins = { site: 'https://huawei-5g-watch.example' };
const page = (path: string): SitePage => {
  const found = site.pages.get(path);
  if (!found) throw new Error(`fixture ${path} missing`);
  return found;
};

describe('the clean fixture page', () => {
  it('passes every detector', async () => {
    const clean = page('/clean/');
    expect(await findInvalidHtml(clean)).toEqual([]);
    expect(findDocumentProblems(clean)).toEqual([]);
    expect(findScripts(clean)).toEqual([]);
    expect(findOffsiteLoads(clean, origins)).toEqual([]);
    expect(findBrokenLinks(site, clean, origins)).toEqual([]);
  });
});

describe('each detector reports its fault', () => {
  it('a link to a page that does not exist', () => {
    expect(findBrokenLinks(site, page('/broken-link/'), origins)).toEqual([
      '/broken-link/: <a> to "/no-such-page/": no page or file at /no-such-page/',
    ]);
  });

  it('a link to a fragment that does not exist', () => {
    expect(findBrokenLinks(site, page('/broken-fragment/'), origins)).toEqual([
      '/broken-fragment/: <a> to "/clean/#no-such-id": no element with id "no-such-id" on /clean/',
    ]);
  });

  it('invalid HTML', async () => {
    const faults = await findInvalidHtml(page('/invalid-html/'));
    expect(faults.join('\n')).toMatch(/no-dup-id/);
    expect(faults.length).toBeGreaterThanOrEqual(2);
  });

  it('loads from another origin: stylesheet, image and CSS url()', () => {
    const faults = findOffsiteLoads(page('/offsite-load/'), origins);
    expect(faults).toEqual([
      '/offsite-load/: <img src="https://cdn.example.com/pixel.gif"> loads from another origin',
      '/offsite-load/: <link href="https://fonts.example.com/font.css"> loads from another origin',
      '/offsite-load/: CSS loads https://cdn.example.com/bg.png from another origin',
    ]);
  });

  it('a script where none is expected, but not JSON-LD', () => {
    expect(findScripts(page('/unexpected-script/'))).toEqual(['/unexpected-script/: unexpected <script>']);
  });

  it('two <h1> elements, and a missing lang', () => {
    expect(findDocumentProblems(page('/two-h1/'))).toEqual(['/two-h1/: has 2 <h1> elements, expected exactly one']);
    expect(findDocumentProblems(page('/no-lang/'))).toEqual(['/no-lang/: <html> has no lang']);
  });
});
