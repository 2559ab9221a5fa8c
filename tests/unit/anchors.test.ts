import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../src/lib/analysis/anchors/quotes';
import { anchorKey, checkAnchorMap, newAnchorId, registerAnchors, type AnchorMap } from '../../src/lib/analysis/anchors/registry';
import { listArticleBlocks } from '../../src/lib/analysis/body/blocks';
import { loadContentFromDisk } from '../../src/lib/model/content/files';
import { parseArticleBody } from '../../src/lib/analysis/body/parse';
import { extractQuotes } from '../../src/lib/analysis/quotes/extract';

/** Paragraph and quote ids of a body, with the map registered from `published` first. */
function publishThenEdit(published: string, edited: string) {
  const texts = (markdown: string) => {
    const blocks = listArticleBlocks(parseArticleBody(markdown) as Root);
    const quotes = extractQuotes(blocks).quotes;
    const textOf = new Map(blocks.map((b) => [b.id, b.text]));
    return {
      blocks,
      quotes,
      anchorTexts: {
        paragraphs: blocks.map((b) => b.text),
        quotes: quotes.map((q) => ({ text: q.text, within: textOf.get(q.blockId) ?? '' })),
      },
    };
  };
  const before = texts(published);
  const { map } = registerAnchors({}, 'a', before.anchorTexts);
  const idsOf = (markdown: string, anchors: AnchorMap) => {
    const blocks = listArticleBlocks(parseArticleBody(markdown) as Root, anchors.a);
    const quotes = anchorQuotes(extractQuotes(blocks).quotes, blocks, anchors.a);
    return {
      paragraphs: new Map(blocks.map((b) => [b.text, b.id])),
      quotes: new Map(quotes.map((q) => [`${q.text} @ ${q.blockId}`, q.id])),
    };
  };
  const registeredAfter = registerAnchors(map, 'a', texts(edited).anchorTexts).map;
  return { before: idsOf(published, map), after: idsOf(edited, registeredAfter), map: registeredAfter };
}

const ORIGINAL = ['“The key point here,” Hannigan continued, “is the evidence.”', 'Red fish.', 'Blue fish.'].join('\n\n');

describe('published ids never move', () => {
  it('a paragraph and quote with the same opening inserted before keep the existing ids with their text', () => {
    const inserted = ['“The key point here,” Hannigan continued, in a new paragraph.', ORIGINAL].join('\n\n');
    const { before, after } = publishThenEdit(ORIGINAL, inserted);
    const original = '“The key point here,” Hannigan continued, “is the evidence.”';
    expect(after.paragraphs.get(original)).toBe(before.paragraphs.get(original));
    expect(after.paragraphs.get(original)).toBe('p-the-key-point-here-hannigan-continued');
    const newId = after.paragraphs.get('“The key point here,” Hannigan continued, in a new paragraph.');
    expect(newId).toMatch(/^p-the-key-point-here-hannigan-continued-[0-9a-f]{6}$/);
    // The same quoted words in the new paragraph get their own id; the published one keeps its.
    expect(after.quotes.get(`The key point here, @ ${before.paragraphs.get(original)}`)).toBe('q-the-key-point-here');
    expect(after.quotes.get(`The key point here, @ ${newId}`)).toMatch(/^q-the-key-point-here-[0-9a-f]{6}$/);
  });

  it('ids stay when paragraphs are moved or removed around them', () => {
    const { before, after } = publishThenEdit(ORIGINAL, ['Blue fish.', 'Red fish.'].join('\n\n'));
    expect(after.paragraphs.get('Red fish.')).toBe(before.paragraphs.get('Red fish.'));
    expect(after.paragraphs.get('Blue fish.')).toBe(before.paragraphs.get('Blue fish.'));
  });

  it("a removed text's id is retired, never given to other text", () => {
    const { map, after } = publishThenEdit('Red fish.\n\nBlue fish.', 'Blue fish.\n\nRed fish, swimming.\n\nRed fish.');
    expect(map.a?.paragraphs.map((e) => e.id)).toContain('p-red-fish');
    expect(after.paragraphs.get('Red fish.')).toBe('p-red-fish');
    expect(after.paragraphs.get('Red fish, swimming.')).toBe('p-red-fish-swimming');
  });

  it('edited text keeps its id when exactly one new text has its opening words', () => {
    const { before, after } = publishThenEdit(
      'Jane Doe said on Monday that the network was save.\n\nOther.',
      'Jane Doe said on Monday that the network was safe.\n\nOther.',
    );
    expect(after.paragraphs.get('Jane Doe said on Monday that the network was safe.')).toBe(
      before.paragraphs.get('Jane Doe said on Monday that the network was save.'),
    );
  });
});

describe('ids are unique by construction, and checked', () => {
  it('a text whose words match a taken id gets a hash, not a counter that another text could own', () => {
    const taken = new Set(['p-alpha', 'p-alpha-2']);
    const id = newAnchorId('paragraphs', 'Alpha', taken);
    expect(id).toBe(`p-alpha-${anchorKey('Alpha').slice(0, 6)}`);
    expect(newAnchorId('paragraphs', 'Alpha 2', taken)).toMatch(/^p-alpha-2-[0-9a-f]{6}$/);
  });

  it('the map check refuses an id given twice in an article', () => {
    const entry = { id: 'p-x', key: '0123456789abcd', opening: 'x' };
    expect(checkAnchorMap({ a: { paragraphs: [entry, { ...entry, key: 'ffffffffffffff' }], quotes: [] } })).toEqual([
      { field: 'a.paragraphs.1', message: expect.stringMatching(/duplicate id "p-x"/) },
    ]);
  });
});

describe('non-Latin text', () => {
  it('gets an id derived from its content, different for different text', () => {
    const a = newAnchorId('paragraphs', '华为被排除在5G网络之外。', new Set());
    const b = newAnchorId('paragraphs', 'Хуавей исключили из сетей 5G.', new Set());
    expect(a).toMatch(/^p-[0-9a-f]{6}$/);
    expect(newAnchorId('paragraphs', '华为。', new Set())).toMatch(/^p-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    expect(newAnchorId('paragraphs', '华为。', new Set())).not.toBe('p-empty');
  });
});

describe('the corpus’s articles', () => {
  it('publish exactly the ids in content/anchors.json, every one registered', () => {
    const { result, problems } = loadContentFromDisk('content');
    expect(problems).toEqual([]);
    const map = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as AnchorMap;
    for (const article of result?.model.articles ?? []) {
      const published = article.blocks.filter((b) => b.kind !== 'headline').map((b) => b.id);
      expect(published).toEqual(map[article.slug]?.paragraphs.map((e) => e.id));
      const quotes = result?.model.quotes
        .filter((q) => q.article === article.slug)
        .map((q) => q.id)
        .sort();
      expect(quotes).toEqual(map[article.slug]?.quotes.map((e) => e.id).sort());
    }
  });
});
