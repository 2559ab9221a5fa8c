import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { newAnchorId } from '../../src/lib/analysis/anchors/registry';
import { listArticleBlocks } from '../../src/lib/analysis/body/blocks';
import { idFromText } from '../../src/lib/analysis/slug';

/** The readable id a new block gets when it is free. */
const blockIdFromText = (text: string) => idFromText('p', text);

function blocksOf(markdown: string) {
  const processor = remark().use(remarkDirective);
  return listArticleBlocks(processor.parse(markdown) as Root);
}

describe("a new block's readable id", () => {
  it('takes the first six words, lower-cased, without apostrophes or punctuation', () => {
    expect(blockIdFromText('“The key point here,” Hannigan continued, “obscured by the growing hysteria')).toBe(
      'p-the-key-point-here-hannigan-continued',
    );
    expect(blockIdFromText("President Donald Trump's worldwide campaign to blackball Huawei")).toBe(
      'p-president-donald-trumps-worldwide-campaign-to',
    );
  });

  it('ignores typography, so curly and straight quotes give the same id', () => {
    expect(blockIdFromText('“It’s winning,” said Robert Spalding')).toBe(blockIdFromText('"It\'s winning," said Robert Spalding'));
  });

  it('folds accents and caps the length', () => {
    expect(blockIdFromText('Émigré café')).toBe('p-emigre-cafe');
    expect(blockIdFromText('Supercalifragilisticexpialidocious '.repeat(6)).length).toBeLessThanOrEqual(48);
  });

  it('gives a block with no Latin words an id from its hash, not p-empty', () => {
    expect(newAnchorId('paragraphs', '— …', new Set())).toMatch(/^p-[0-9a-f]{6}$/);
  });
});

describe('listArticleBlocks', () => {
  const markdown = [
    ':::caption{kind=photo}',
    'Meng Wanzhou *Photographer: Jennifer Gauthier/Bloomberg*',
    ':::',
    '',
    'First paragraph here.',
    '',
    '## U.S. Presence',
    '',
    '- A summary point',
    '',
    'Same opening words here, one.',
    '',
    'Same opening words here, two.',
  ].join('\n');

  it('lists every text block in order with its kind', () => {
    expect(blocksOf(markdown).map((b) => [b.kind, b.text])).toEqual([
      ['caption', 'Meng Wanzhou Photographer: Jennifer Gauthier/Bloomberg'],
      ['paragraph', 'First paragraph here.'],
      ['heading', 'U.S. Presence'],
      ['list-item', 'A summary point'],
      ['paragraph', 'Same opening words here, one.'],
      ['paragraph', 'Same opening words here, two.'],
    ]);
  });

  it('gives a block whose opening is taken its words plus a hash of its text, never a counter', () => {
    const ids = blocksOf(markdown).map((b) => b.id);
    expect(ids).toContain('p-same-opening-words-here-one');
    expect(new Set(ids).size).toBe(ids.length);
    const collide = blocksOf('Alpha beta gamma delta epsilon zeta one.\n\nAlpha beta gamma delta epsilon zeta two.').map((b) => b.id);
    expect(collide[0]).toBe('p-alpha-beta-gamma-delta-epsilon-zeta');
    expect(collide[1]).toMatch(/^p-alpha-beta-gamma-delta-epsilon-zeta-[0-9a-f]{6}$/);
  });

  it('keeps a block id when another block is edited, inserted or removed', () => {
    const before = blocksOf('One fish.\n\nTwo fish.\n\nRed fish.');
    const after = blocksOf('A new first paragraph.\n\nOne fish, edited.\n\nRed fish.');
    const red = (blocks: typeof before) => blocks.find((b) => b.text === 'Red fish.')?.id;
    expect(red(after)).toBe(red(before));
  });
});
