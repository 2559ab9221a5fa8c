import { describe, expect, it } from 'vitest';
import { createActorMatcher } from '../../src/lib/analysis/actors/mentions';
import { presumedGender, pronounFits } from '../../src/lib/analysis/language/gender';
import { attributeQuotes } from '../../src/lib/analysis/quotes/attribute';
import { extractQuotes, type TextBlock } from '../../src/lib/analysis/quotes/extract';

// Wire-style sentences written for these tests; none comes from the five articles or the
// evaluation sets.
const ACTORS = [
  { id: 'sarah-lin', name: 'Sarah Lin', aliases: ['Sarah Lin', 'Lin'], person: true },
  { id: 'paul-novak', name: 'Paul Novak', aliases: ['Paul Novak', 'Novak'], person: true },
  { id: 'peter-hale', name: 'Peter Hale', aliases: ['Peter Hale', 'Hale'], person: true },
  { id: 'telstra', name: 'Telstra', aliases: ['Telstra'], person: false },
  { id: 'nokia', name: 'Nokia', aliases: ['Nokia'], person: false },
];

function speakers(texts: string[]): Array<[string, string | null]> {
  const blocks: TextBlock[] = texts.map((text, i) => ({ id: `p-${i}`, text }));
  const { quotes } = extractQuotes(blocks);
  const people = ACTORS.filter((a) => a.person);
  const guesses = attributeQuotes({
    blocks,
    quotes,
    matcher: createActorMatcher(ACTORS),
    names: new Map(ACTORS.map((a) => [a.id, a.name])),
    people: new Set(people.map((a) => a.id)),
    genders: new Map(people.flatMap((a) => (presumedGender(a.name) ? [[a.id, presumedGender(a.name) ?? 'male'] as const] : []))),
  });
  return quotes.map((q) => [q.text, guesses.get(q.id)?.speakerLabel ?? null]);
}

describe('presumed gender from the language library', () => {
  it('reads known first names and leaves unknown ones open', () => {
    expect(presumedGender('Sarah Lin')).toBe('female');
    expect(presumedGender('Paul Novak')).toBe('male');
    expect(presumedGender('Xiong Wen')).toBeNull();
    expect(pronounFits('she', 'male')).toBe(false);
    expect(pronounFits('he', null)).toBe(true);
    expect(pronounFits('they', 'female')).toBe(true);
  });
});

describe('speakers, read as a reader would', () => {
  it('carries "she" past a man named more recently', () => {
    expect(speakers(['Sarah Lin runs the review. Paul Novak, a consultant, left in May. “We need more time,” she said.'])).toEqual([
      ['We need more time,', 'Sarah Lin'],
    ]);
  });

  it('carries a sentence-initial "he" to the subject of the sentence before, not a name inside it', () => {
    expect(speakers(['Paul Novak cited Peter Hale’s report as proof. He said the network was “safe enough.”'])).toEqual([
      ['safe enough.', 'Paul Novak'],
    ]);
  });

  it('does not take the person spoken or told to for the speaker', () => {
    expect(speakers(['Sarah Lin told Paul Novak that the ban was “a mistake,” according to the minutes.'])).toEqual([
      ['a mistake,', 'Sarah Lin'],
    ]);
  });

  it('does not read a verb in the infinitive as the attribution', () => {
    expect(speakers(['Paul Novak said he had met Sarah Lin to explain the plan and that “the deadline stands.”'])).toEqual([
      ['the deadline stands.', 'Paul Novak'],
    ]);
  });

  it('lets "it" speak for the last organisation named, only as the subject of a speech verb', () => {
    expect(speakers(['Telstra declined to name its suppliers. “We follow the law,” it said in a statement.'])).toEqual([
      ['We follow the law,', 'Telstra'],
    ]);
  });

  it('keeps an unnamed organisation whole, and not a possessive one', () => {
    expect(speakers(['“We have never built back doors,” the Finnish company said, replying to Nokia.'])).toEqual([
      ['We have never built back doors,', 'the Finnish company'],
    ]);
    expect(speakers(['Paul Novak, one of the company’s directors, denounced what he described as “a political campaign.”'])).toEqual([
      ['a political campaign.', 'Paul Novak'],
    ]);
  });
});
