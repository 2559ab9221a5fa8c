import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { draftArticle, DraftError } from '../../src/lib/draft/draft';
import { readPageText } from '../../src/lib/draft/page-text';
import { loadContentFromDisk } from '../../src/lib/model/content/files';
import { readPageLayout, spaceRunTogetherSentences } from '../../src/lib/draft/layout';
import { junkRuleFor } from '../../src/lib/draft/junk';

const FIXTURES = 'tests/fixtures/draft';
const read = (name: string) => readPageText(join(FIXTURES, name), readFileSync(join(FIXTURES, name)));

describe('draft: a page copied from a browser', () => {
  const draft = draftArticle('wire-page.txt', read('wire-page.txt'));
  const { frontmatter, content } = parseFrontmatter(draft.content);

  it('writes frontmatter the schema accepts, with what the page prints', () => {
    const data = articleSchema.parse(frontmatter);
    expect(data.title).toBe('Ministers weigh limits on Chinese network gear');
    expect(data.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(data.outlet?.name).toBe('Example Wire');
    expect(data.published).toEqual({ date: '2020-01-28', precision: 'day', printed: 'Tue 28 Jan 2020 19.15 GMT', inference: null });
    expect(data.analysis).toBe('proposed');
    expect(data.seed).toBeUndefined();
  });

  it('keeps every sentence word for word and drops only junk, each line by a named rule', () => {
    for (const sentence of [
      'The cabinet met on Tuesday',
      '“We will keep the core of the network safe,” a senior government official said.',
      'Critics insisted that the ‘back doors’ feared by allies had never been found.',
    ]) {
      expect(content).toContain(sentence);
    }
    expect(content).toContain(':::caption{kind="photo"}');
    const dropped = draft.layout.dropped.map((d) => d.text);
    expect(dropped).toEqual([
      'Skip to main content',
      'Menu',
      'Search',
      'Share',
      'Tweet',
      'Advertisement',
      'Related articles',
      'More from Example Wire',
      '© 2020 Example Wire. All rights reserved.',
    ]);
    expect(content).not.toMatch(/Advertisement|Related articles|Skip to/);
  });

  it('takes the date and title from the flags when given, and says so', () => {
    const flagged = draftArticle('no-date.txt', read('no-date.txt'), { published: '2019-03', title: 'A supplied title' });
    expect(flagged.data.published).toMatchObject({ date: '2019-03', precision: 'month', printed: null });
    expect(flagged.data.published.inference?.reasoning).toMatch(/--published 2019-03/);
    expect(flagged.data.titleSupplied).toBe(true);
  });
});

describe('draft: bad input, refused by name with what to do', () => {
  it.each([
    ['empty.txt', /empty.txt: the file is empty; paste the page's text into it/],
    ['invalid-utf8.txt', /invalid-utf8.txt: not valid UTF-8 \(first bad byte at offset 64\)/],
  ])('%s', (name, message) => {
    expect(() => read(name)).toThrow(message);
  });
  it('no date printed, no flag', () => {
    expect(() => draftArticle('no-date.txt', read('no-date.txt'))).toThrow(
      /no-date.txt: no publication date: .* Run again with --published YYYY-MM-DD/,
    );
  });
  it('a date line that cannot be read', () => {
    expect(() => draftArticle('unreadable-date.txt', read('unreadable-date.txt'))).toThrow(
      new DraftError(
        'unreadable-date.txt:3: cannot read the printed date "Published: 32 Octember 2019"; check it against the source, or run again with --published YYYY-MM-DD (or YYYY-MM)',
      ),
    );
  });
});

describe('npm run draft, end to end in a scratch copy of content/', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'draft-'));
  cpSync('content', scratch, { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/draft.ts', ...args, '--content', scratch], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };

  it('writes the article and prints what the pipeline found, proposals included', () => {
    const { code, out } = run(join(FIXTURES, 'wire-page.txt'));
    expect(code).toBe(0);
    expect(out).toMatch(/Wrote .*ministers-weigh-limits-on-chinese-network-gear\.md/);
    expect(out).toMatch(/speakers: a senior government official; Maria Lopez/);
    expect(out).toMatch(/proposed: .*Maria Lopez/);
    expect(out).toMatch(/date: “on Tuesday” → 28 January 2020/);
  });

  it('an unpaired quote mark is an error with its context, never a stack trace', () => {
    const { code, out } = run(join(FIXTURES, 'unpaired-mark.txt'));
    expect(code).toBe(1);
    expect(out).toMatch(/a quote mark that cannot be paired: .*said \[“\]we will decide/);
    expect(out).toMatch(/quote-mark-notes\.yaml/);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('the drafted article with an unpaired mark still builds: the mark is listed unchecked and opens no quote', () => {
    const { result, problems } = loadContentFromDisk(scratch);
    expect(problems).toEqual([]);
    const slug = 'ministers-meet-on-the-plan-for-the-network';
    expect(result?.model.report.unpairedMarks.filter((m) => m.article === slug)).toMatchObject([
      { found: expect.stringContaining('said [“]we will decide'), explanation: null },
    ]);
    expect(result?.model.quotes.filter((q) => q.article === slug)).toEqual([]);
  });

  it('an unreadable file is refused by name', () => {
    const { code, out } = run(join(FIXTURES, 'invalid-utf8.txt'));
    expect([code, out.trim()]).toEqual([
      1,
      `draft: ${join(FIXTURES, 'invalid-utf8.txt')}: not valid UTF-8 (first bad byte at offset 64); save the page text as UTF-8 and run again`,
    ]);
  });
});

describe('draft: typography a copied page lost', () => {
  it('puts back the space after a sentence, and a straight mark on the side its pairing gives it', () => {
    expect(spaceRunTogetherSentences('"We met," she said.The talks went well."Next we sign," he added.')).toBe(
      '"We met," she said. The talks went well. "Next we sign," he added.',
    );
    expect(spaceRunTogetherSentences('He left the room."That was all.')).toBe('He left the room. "That was all.');
    expect(spaceRunTogetherSentences('"We wait.The end."Then silence.')).toBe('"We wait. The end." Then silence.');
    expect(spaceRunTogetherSentences('The U.S.A. and Mr.Smith stay as printed.')).toBe('The U.S.A. and Mr.Smith stay as printed.');
  });
});

describe('draft: header lines pages print', () => {
  const page = [
    'Ministers weigh limits on network gear | Example News',
    'Ministers weigh limits on network gear',
    'Updated Mar 01, 2019 12:29 PM PHT',
    'The cabinet met on Friday to weigh new limits on foreign network equipment, officials said after the meeting.',
  ].join('\n\n');
  const layout = readPageLayout(page);

  it('reads a date line with a time and its zone after the date', () => {
    expect(layout.published?.read.date).toBe('2019-03-01');
  });

  it('drops the headline printed again under the page title', () => {
    expect(layout.title?.text).toBe('Ministers weigh limits on network gear');
    expect(layout.dropped).toEqual([expect.objectContaining({ line: 3, rule: 'the headline, repeated' })]);
    expect(layout.body.map((b) => b.line)).toEqual([7]);
  });
});

describe('draft: a credit beside the date, and a photo credit', () => {
  const layout = readPageLayout(
    [
      'Minister defends network supplier',
      'Staff Writer | Jul 07, 2019',
      'The minister defended the supplier on Friday, saying the network would stay open to every bidder.',
      'The minister at the summit in Midrand. /Example Photo',
      'She said the decision was final and that no further review was planned this year.',
    ].join('\n\n'),
  );
  it('reads the date after a credit with no “By”', () => {
    expect(layout.published?.read.date).toBe('2019-07-07');
  });
  it('reads a line ending in a photo credit as a caption', () => {
    expect(layout.body.find((b) => b.text.endsWith('/Example Photo'))?.kind).toBe('caption');
  });
});

describe('draft: a byline with the writer’s role before the name', () => {
  const layout = readPageLayout(
    [
      'Minister defends network supplier',
      'By senior technology correspondent Jane Doe',
      'Posted Jul 07, 2019',
      'The minister defended the supplier on Friday, saying the network would stay open to every bidder.',
    ].join('\n\n'),
  );
  it('names the writer, not the role', () => {
    expect(layout.byline?.names).toEqual(['Jane Doe']);
    expect(layout.outletHints.map((hint) => hint.name)).not.toContain('senior technology correspondent Jane Doe');
  });
  it('keeps a date printed after a credit out of the outlet’s name', () => {
    const credited = readPageLayout(
      [
        'Envoy warns of repercussions',
        'By Example Wire 18 January 2019',
        'The envoy warned on Thursday that a ban would have consequences for trade.',
      ].join('\n\n'),
    );
    expect(credited.outletHints.map((hint) => hint.name)).toContain('Example Wire');
    expect(credited.outletHints.map((hint) => hint.name)).not.toContain('Example Wire 18 January 2019');
  });
});

describe('draft: page furniture around a video', () => {
  it('drops an empty "Posted, updated" line, an expired video and a share prompt, and keeps sentences about sharing', () => {
    expect(junkRuleFor('Posted , updated')).toBe('page notice');
    expect(junkRuleFor('Sorry, this video has expired')).toBe('page notice');
    expect(junkRuleFor('Help keep family & friends informed by sharing this article')).toBe('share prompt');
    expect(junkRuleFor('Share this articleClose Button')).toBe('page control');
    expect(junkRuleFor('Home > National > Politics')).toBe('breadcrumb');
    expect(junkRuleFor('From the summit, the minister flew to Berlin.')).toBeNull();
    expect(junkRuleFor('Posted on Monday, the video showed the minister at the summit.')).toBeNull();
    expect(junkRuleFor('The ministers agreed on a framework for sharing intelligence about network suppliers.')).toBeNull();
  });
});
