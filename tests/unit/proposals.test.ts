import { describe, expect, it } from 'vitest';
import { createActorMatcher } from '../../src/lib/analysis/actors/mentions';
import { proposeActors } from '../../src/lib/analysis/actors/propose';
import { attributeQuotes } from '../../src/lib/analysis/quotes/attribute';
import { extractQuotes, type TextBlock } from '../../src/lib/analysis/quotes/extract';
import type { ActorData } from '../../src/schemas';

// Wire-style sentences written for this test; none comes from the corpus.
const LISTED: ActorData[] = [
  { id: 'huawei', name: 'Huawei', kind: 'company', country: 'CN', aliases: ['Huawei'], roles: [], status: 'reviewed' },
  { id: 'us-congress', name: 'US Congress', kind: 'government', country: 'US', aliases: ['Congress'], roles: [], status: 'reviewed' },
];
const TEXTS = [
  "Huawei Technologies' Australian chairman, John Lord, told the ABC the company had never been asked to build 'back doors'.",
  '“We are a private company,” Lord said at the Mobile World Congress, insisting that no government had asked.',
  '“The risk is manageable,” a senior government official said. “It is a question of trust,” she added.',
  'Julie Bishop, the foreign minister, disagreed. “We will decide,” she said.',
];
const blocks: TextBlock[] = TEXTS.map((text, i) => ({ id: `p-${i}`, text }));

describe('actors proposed from the text', () => {
  const proposals = proposeActors([{ slug: 'a', blocks: blocks.map((b) => ({ ...b, kind: 'paragraph' })) }], LISTED);

  it('proposes people the list does not have, with the surname as an alias in the article naming them', () => {
    expect(proposals.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.aliases, a.status])).toEqual([
      ['John Lord', ['John Lord'], 'proposed'],
      ['Julie Bishop', ['Julie Bishop'], 'proposed'],
    ]);
    expect(proposals.local.get('a')).toEqual([
      { id: 'john-lord', aliases: ['Lord'] },
      { id: 'julie-bishop', aliases: ['Bishop'] },
    ]);
  });
  it('keeps a surname to the article that names its person in full', () => {
    const two = proposeActors(
      [
        { slug: 'first', blocks: [{ id: 'p-1', kind: 'paragraph', text: 'Abraham Liu, a Huawei executive, spoke. Mr Liu said little.' }] },
        { slug: 'second', blocks: [{ id: 'p-1', kind: 'paragraph', text: 'Ambassador Liu Xiaoming spoke in London. Mr Liu said more.' }] },
        { slug: 'third', blocks: [{ id: 'p-1', kind: 'paragraph', text: 'Liu Wei and Chen Liu met. Liu said nothing.' }] },
      ],
      LISTED,
    );
    const matcher = createActorMatcher([...LISTED, ...two.actors]);
    const liuIn = (slug: string) =>
      matcher
        .within(two.local.get(slug) ?? [])
        .find('Mr Liu said')
        .map((m) => m.actorId);
    expect(liuIn('first')).toEqual(['abraham-liu']);
    expect(liuIn('second')).toEqual(['liu-xiaoming']);
    // Two of the article's people share the word, so it names neither.
    expect(liuIn('third')).toEqual([]);
  });
  it('takes the first or last word of a person’s name standing alone in the article as theirs', () => {
    const short = proposeActors(
      [
        {
          slug: 'b',
          blocks: [{ id: 'p-1', kind: 'paragraph', text: 'Anwar Rahman met Julie Bishop in Tokyo. Later Anwar said the deal would hold.' }],
        },
      ],
      LISTED,
    );
    const anwar = short.actors.find((a) => a.name === 'Anwar Rahman')?.id;
    expect((short.local.get('b') ?? []).filter((a) => a.id === anwar).flatMap((a) => a.aliases)).toEqual(['Anwar', 'Rahman']);
  });

  it('joins a surname printed with its accents to the person named in full without them', () => {
    const accented = proposeActors(
      [
        {
          slug: 'c',
          blocks: [
            { id: 'p-1', kind: 'paragraph', text: 'Vice President Tomas Araujo spoke on Friday. Later Araújo said the deal would hold.' },
          ],
        },
      ],
      LISTED,
    );
    expect(accented.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Tomas Araujo']);
    expect((accented.local.get('c') ?? []).flatMap((a) => a.aliases)).toEqual(['Araújo']);
  });

  it('proposes a person named only by surname, once the text treats the name as a person', () => {
    const lone = proposeActors(
      [
        {
          slug: 'c',
          blocks: [
            { id: 'p-1', kind: 'paragraph', text: 'Grant said the plan would work.' },
            { id: 'p-2', kind: 'paragraph', text: 'Grant, who spoke at a forum in Sydney, said more.' },
          ],
        },
      ],
      LISTED,
    );
    expect(lone.actors.map((a) => [a.name, a.kind])).toEqual([['Grant', 'person']]);
  });

  it('joins a longer form of a listed name to that actor', () => {
    expect(proposals.aliases.get('huawei')).toEqual(['Huawei Technologies']);
  });
  it('keeps a named occasion whole, so Congress inside it is not the US Congress', () => {
    expect(proposals.shields).toEqual(['Mobile World Congress']);
    const matcher = createActorMatcher([...LISTED, ...proposals.shields.map((name) => ({ id: '', aliases: [name] }))]);
    expect(matcher.find(TEXTS[1] ?? '')).toEqual([]);
  });

  it('attributes to proposed people, unnamed sources whole, and carries pronouns', () => {
    const all = [...LISTED, ...proposals.actors];
    const { quotes } = extractQuotes(blocks);
    const guesses = attributeQuotes({
      blocks,
      quotes,
      matcher: createActorMatcher(all).within(proposals.local.get('a') ?? []),
      names: new Map(all.map((a) => [a.id, a.name])),
      people: new Set(all.filter((a) => a.kind === 'person').map((a) => a.id)),
    });
    const rows = quotes.map((q) => [q.text, guesses.get(q.id)?.speakerLabel ?? null]);
    expect(rows).toEqual([
      ['back doors', 'John Lord'],
      ['We are a private company,', 'John Lord'],
      ['The risk is manageable,', 'a senior government official'],
      ['It is a question of trust,', 'a senior government official'],
      ['We will decide,', 'Julie Bishop'],
    ]);
  });

  it('records the office a text sets beside a proposed person, in lower case or between commas', () => {
    const roles = proposeActors(
      [
        {
          slug: 'd',
          blocks: [
            { id: 'p-1', kind: 'paragraph', text: 'Hungarian ambassador Laszlo Varga has warned the council.' },
            { id: 'p-2', kind: 'paragraph', text: 'On Friday, Hungary’s ambassador to Austria, Laszlo Varga, spoke again.' },
            { id: 'p-3', kind: 'paragraph', text: 'Greta Holm, the agency’s chief executive, said little.' },
            { id: 'p-4', kind: 'paragraph', text: 'Jon Ekberg met them on Monday.' },
          ],
        },
      ],
      LISTED,
    );
    expect(roles.actors.map((a) => [a.name, a.roles.map((r) => r.role)])).toEqual([
      ['Laszlo Varga', ['Hungarian ambassador', 'Hungary’s ambassador to Austria']],
      ['Greta Holm', ['the agency’s chief executive']],
      ['Jon Ekberg', []],
    ]);
  });
});
