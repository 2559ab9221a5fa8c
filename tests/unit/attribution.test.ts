import { describe, expect, it } from 'vitest';
import { createActorMatcher } from '../../src/lib/analysis/actors/mentions';
import { attributeQuotes } from '../../src/lib/analysis/quotes/attribute';
import { extractQuotes, type TextBlock } from '../../src/lib/analysis/quotes/extract';

const ACTORS = [
  { id: 'robert-hannigan', name: 'Robert Hannigan', aliases: ['Robert Hannigan', 'Hannigan'], person: true },
  { id: 'mike-pompeo', name: 'Mike Pompeo', aliases: ['Mike Pompeo', 'Pompeo'], person: true },
  { id: 'robert-strayer', name: 'Robert Strayer', aliases: ['Robert Strayer', 'Strayer'], person: true },
  { id: 'mark-warner', name: 'Mark Warner', aliases: ['Mark Warner'], person: true },
  { id: 'morgan-ortagus', name: 'Morgan Ortagus', aliases: ['Morgan Ortagus'], person: true },
  { id: 'boris-johnson', name: 'Boris Johnson', aliases: ['Boris Johnson', 'Johnson'], person: true },
  { id: 'senate-intelligence-committee', name: 'Senate Intelligence Committee', aliases: ['Senate Intelligence Committee'], person: false },
  { id: 'bloomberg', name: 'Bloomberg', aliases: ['Bloomberg'], person: false },
  { id: 'us-state-department', name: 'US State Department', aliases: ['State Department'], person: false },
  { id: 'fox-business', name: 'Fox Business News', aliases: ['Fox Business News'], person: false },
];

function attribute(texts: string[]) {
  const blocks: TextBlock[] = texts.map((text, i) => ({ id: `p-${i}`, text }));
  const { quotes } = extractQuotes(blocks);
  const guesses = attributeQuotes({
    blocks,
    quotes,
    matcher: createActorMatcher(ACTORS),
    names: new Map(ACTORS.map((a) => [a.id, a.name])),
    people: new Set(ACTORS.filter((a) => a.person).map((a) => a.id)),
  });
  return quotes.map((q) => {
    const g = guesses.get(q.id);
    return [q.text.slice(0, 25), g?.attribution, g?.speaker ?? g?.speakerLabel ?? null];
  });
}

describe('attribution rules on sentences from the articles', () => {
  it('direct: a speaker named around a trailing speech verb, split quote included', () => {
    expect(
      attribute([
        '“The key point here,” Hannigan continued, “obscured by the growing hysteria over Chinese tech is that the NCSC has never found evidence.”',
      ]),
    ).toEqual([
      ['The key point here,', 'direct', 'robert-hannigan'],
      ['obscured by the growing h', 'direct', 'robert-hannigan'],
    ]);
  });

  it('direct: the person, not the committee he chairs, speaks', () => {
    expect(
      attribute([
        'Senator Mark Warner (D-Va.), Deputy chairman of the Senate Intelligence Committee, said in a statement that he was “disappointed” with the decision',
      ]),
    ).toEqual([['disappointed', 'direct', 'mark-warner']]);
  });

  it('direct: the verb after the quote wins over names before it', () => {
    expect(
      attribute([
        'Pompeo spoke with Johnson on January 30 about the “importance of maintaining the integrity of communication networks” and security concerns in the Middle East, said State Department spokesman Morgan Ortagus.',
      ]),
    ).toEqual([['importance of maintaining', 'direct', 'morgan-ortagus']]);
  });

  it('carried: "he said" takes the last person named, across paragraphs', () => {
    expect(
      attribute([
        'Secretary of state Mike Pompeo told Fox Business News on Thursday that the US would no longer share information with countries using the technology.',
        '“If a country adopts this and puts it in some of their critical information systems, we won’t be able to share information with them,” he said. “In some cases there’s risk – we won’t even be able to co-locate American resources.”',
      ]),
    ).toEqual([
      ['If a country adopts this ', 'carried', 'mike-pompeo'],
      ['In some cases there’s ris', 'carried', 'mike-pompeo'],
    ]);
  });

  it('carried: a quoted statement standing alone after a quoted speaker', () => {
    expect(
      attribute([
        '“Britain should pay more attention to this warning,” added Strayer.',
        '“Western countries are talking about their Huawei contracts risk management, but they are overwhelmed. “',
      ]),
    ).toEqual([
      ['Britain should pay more a', 'direct', 'robert-strayer'],
      ['Western countries are tal', 'carried', 'robert-strayer'],
    ]);
  });

  it('anonymous: an unnamed source as the article describes it, not the body it belongs to', () => {
    expect(attribute(['A State Department spokesman previously told The Epoch Times that the UK’s decision was “disappointing”'])).toEqual([
      ['disappointing', 'anonymous', 'A State Department spokesman'],
    ]);
    expect(
      attribute(['switched from "principles" to the less stringent "proposals," according to one Western official, to stress']),
    ).toEqual([
      ['principles', 'anonymous', 'one Western official'],
      ['proposals,', 'anonymous', 'one Western official'],
    ]);
  });

  it('an organisation speaks when no person does', () => {
    expect(
      attribute([
        'Bloomberg has reported that the “nightmare scenario” for telephone companies would be if they have to remove Huawei equipment',
      ]),
    ).toEqual([['nightmare scenario', 'direct', 'bloomberg']]);
  });

  it('term: a scare quote with no speech verb', () => {
    expect(
      attribute(['The US campaign to have its allies exclude Huawei on “national security” grounds appears to have suffered a blow.']),
    ).toEqual([['national security', 'term', null]]);
  });

  it('a name inside a quote never speaks', () => {
    expect(attribute(['“Pompeo is wrong about this and everyone in the room knows it,” said Strayer.'])).toEqual([
      ['Pompeo is wrong about thi', 'direct', 'robert-strayer'],
    ]);
  });
});
