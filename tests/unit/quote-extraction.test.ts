import { describe, expect, it } from 'vitest';
import { extractQuotes, quoteKind } from '../../src/lib/analysis/quotes/extract';

const one = (text: string) => extractQuotes([{ id: 'p-a', text }]);
const texts = (text: string) => one(text).quotes.map((q) => q.text);

describe('extractQuotes on sentences from the articles', () => {
  it('finds curly double quotes and keeps the inner punctuation', () => {
    expect(texts('has concluded that “it is possible to mitigate the risk from using Huawei equipment in 5G networks.”')).toEqual([
      'it is possible to mitigate the risk from using Huawei equipment in 5G networks.',
    ]);
  });

  it('finds straight double quotes', () => {
    expect(
      texts('"Now is the exact opposite time to go wobbly," he said. "Would she allow China to control the internet of the future?"'),
    ).toEqual(['Now is the exact opposite time to go wobbly,', 'Would she allow China to control the internet of the future?']);
  });

  it('tells single quotation marks from apostrophes', () => {
    expect(texts('European countries took a ‘skeptical’ stance against the assertion from the US')).toEqual(['skeptical']);
    expect(texts("'It's winning,' says retired general studying network safety")).toEqual(["It's winning,"]);
    expect(texts('part of Trump’s ‘America First’ policy')).toEqual(['America First']);
    expect(texts("less costly than its rivals', says Joseph Franell, chief executive officer")).toEqual([]);
    expect(
      texts('“Is [the US] truly thinking about … the privacy of other countries’ citizens, or do they have other motives?” he said.'),
    ).toHaveLength(1);
  });

  it('gives the offsets of each quote with its marks', () => {
    const text = 'Pompeo said “the central threat of our time” and';
    const [quote] = one(text).quotes;
    expect(text.slice(quote?.parts[0]?.start, quote?.parts[0]?.end)).toBe('“the central threat of our time”');
  });

  it('reads a closing mark printed as an opening one (machine translation)', () => {
    const result = one('“Western countries are talking about their Huawei contracts risk management, … including security. “');
    expect(result.unpaired).toEqual([]);
    expect(result.quotes[0]?.text).toBe(
      'Western countries are talking about their Huawei contracts risk management, … including security.',
    );
    expect(result.quotes[0]?.repair).toMatch(/closing mark printed as an opening mark/);
  });

  it('reads a nested quote with reversed marks as nested, keeping the outer quote whole', () => {
    const result = one(
      '“(It) instead offers the” Fox “the order to build components of it and to embed secret entrances into it,” he said.',
    );
    expect(result.quotes.map((q) => [q.text, q.nestedIn])).toEqual([
      ['(It) instead offers the ‘Fox’ the order to build components of it and to embed secret entrances into it,', null],
      ['Fox', 'q-it-instead-offers-the-fox-the'],
    ]);
  });

  it('does not mistake “reinforced” the view that “there is …” for reversed marks', () => {
    expect(texts('as having “reinforced” the view that “there is a wider geopolitical campaign in play.”')).toEqual([
      'reinforced',
      'there is a wider geopolitical campaign in play.',
    ]);
  });

  it('reports a stray mark instead of inventing a quote, and keeps the text', () => {
    const text = '“There is a risk if you allow your citizens ‘information or your citizens’ national security information,” Pompeo told';
    const result = one(text);
    expect(result.quotes.map((q) => q.text)).toEqual([
      'There is a risk if you allow your citizens ‘information or your citizens’ national security information,',
    ]);
    expect(result.unpaired).toMatchObject([{ blockId: 'p-a', mark: '‘', offset: text.indexOf('‘') }]);
  });

  it('reports a closing mark with no opening one', () => {
    const result = one(
      'He concluded that “we should accept that China will be a global tech power in the future” and start managing the risk now, rather than pretending the west can sit out China’s technological rise.”',
    );
    expect(result.quotes).toHaveLength(1);
    expect(result.unpaired).toMatchObject([{ mark: '”' }]);
  });

  it('continues a quote across a paragraph break when the next paragraph reopens it', () => {
    const result = extractQuotes([
      { id: 'p-1', text: '“The first paragraph of a long statement ends here.' },
      { id: 'p-2', text: '“And it goes on here,” she said.' },
    ]);
    expect(result.unpaired).toEqual([]);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({
      blockId: 'p-1',
      text: 'The first paragraph of a long statement ends here. And it goes on here,',
      parts: [
        { blockId: 'p-1', start: 0, end: 51 },
        { blockId: 'p-2', start: 0, end: 22 },
      ],
    });
  });

  it('does not continue a quote into a paragraph that does not reopen it', () => {
    const result = extractQuotes([
      { id: 'p-1', text: 'Hannigan wrote that they were all “lumped' },
      { id: 'p-2', text: 'together into a perceived cyber threat.”' },
    ]);
    expect(result.quotes).toEqual([]);
    expect(result.unpaired.map((u) => [u.blockId, u.mark])).toEqual([
      ['p-1', '“'],
      ['p-2', '”'],
    ]);
  });

  it('reads a paragraph opened by a double mark never closed to its end, and says so', () => {
    const result = extractQuotes([
      { id: 'p-1', text: '“For a start, we will not pick sides in this dispute.' },
      { id: 'p-2', text: 'The minister then left the room.' },
    ]);
    expect(result.quotes.map((q) => [q.text, q.repair])).toEqual([
      ['For a start, we will not pick sides in this dispute.', 'no closing mark: read to the end of the paragraph'],
    ]);
    expect(result.unpaired).toEqual([]);
    // Not a single mark, and not a mark inside a sentence: those stay unpaired.
    expect(extractQuotes([{ id: 'p-1', text: '‘For a start, we will wait.' }]).unpaired).toHaveLength(1);
    expect(extractQuotes([{ id: 'p-1', text: 'She said “for a start, we will wait.' }]).unpaired).toHaveLength(1);
  });

  it('reads a double mark opening a sentence inside a paragraph, never closed, to the paragraph’s end', () => {
    for (const text of ['“We met,” Hale said. “Until it ends we wait.', 'And he said: “Until it ends we wait.']) {
      const result = extractQuotes([{ id: 'p-1', text }]);
      expect(result.quotes.at(-1)?.text).toBe('Until it ends we wait.');
      expect(result.quotes.at(-1)?.repair).toBe('no closing mark: read to the end of the paragraph');
      expect(result.unpaired).toEqual([]);
    }
  });

  it('numbers ids only when the same words are quoted twice', () => {
    const ids = extractQuotes([
      { id: 'headline', text: 'European Partners ‘Skeptical’ About US Campaign' },
      { id: 'p-1', text: 'took a ‘skeptical’ stance' },
    ]).quotes.map((q) => q.id);
    expect(ids).toEqual(['q-skeptical', 'q-skeptical-2']);
  });
});

describe('quoteKind', () => {
  it.each([
    ['national security', 'phrase'],
    ['nonsense.', 'phrase'],
    ['two people familiar with the conclusion,', 'phrase'],
    ["It's winning,", 'statement'],
    ["we don't get too many meetings,", 'statement'],
    ['there is also a chance for Britain', 'statement'],
    ['careful not to become a tool in a trade war or a fight between competitors.', 'statement'],
  ])('%s → %s', (text, kind) => {
    expect(quoteKind(text)).toBe(kind);
  });
});

describe('a closing single mark after a plural (text from outside the corpus)', () => {
  it('closes a short quote rather than reading as a possessive', () => {
    const { quotes, unpaired } = extractQuotes([
      { id: 'p-1', text: 'Critics insisted that the ‘back doors’ feared by allies had never been found.' },
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['back doors']);
    expect(unpaired).toEqual([]);
  });
  it('still reads a plural possessive far from any opening mark as an apostrophe', () => {
    const { quotes } = extractQuotes([{ id: 'p-1', text: 'The engineers’ work went on.' }]);
    expect(quotes).toEqual([]);
  });
});

describe('double marks printed as two single ones (sentences written for the test)', () => {
  it('closes a double quote with ’’ and keeps both marks out of the quoted words', () => {
    const text = 'The minister warned against “hasty choices’’ in the debate, and said: ‘‘We will decide on facts.’’';
    const { quotes, unpaired } = one(text);
    expect(quotes.map((q) => q.text)).toEqual(['hasty choices', 'We will decide on facts.']);
    expect(unpaired).toEqual([]);
    const [first] = quotes;
    expect(text.slice(first?.parts[0]?.start, first?.parts[0]?.end)).toBe('“hasty choices’’');
  });
  it('closes a quote ending in a plural possessive and ’’', () => {
    expect(texts('“the protection of the operators’ networks’’ comes first')).toEqual(['the protection of the operators’ networks']);
  });
  it('reads a straight double mark typed twice against a word as one mark, not an empty quote', () => {
    const { quotes, unpaired } = one('The envoy said: ""Our view has not changed."" Then he left, saying "" was all.');
    expect(quotes.map((q) => q.text)).toEqual(['Our view has not changed.', '']);
    expect(unpaired).toEqual([]);
  });
  it('reads ’s after a space as an apostrophe, where a page lost the name before it', () => {
    const { quotes, unpaired } = one('Bidders for ’s 5G contracts must “meet the rules,” he said.');
    expect(quotes.map((q) => q.text)).toEqual(['meet the rules,']);
    expect(unpaired).toEqual([]);
  });
});
