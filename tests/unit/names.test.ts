import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/lib/analysis/language/names';
import { findCountries } from '../../src/lib/analysis/language/places';

// Sentences written for these tests, in the style of wire copy; none comes from the corpus.
const text =
  "Huawei's Australian chairman, John Lord, told the ABC on Monday that Huawei Technologies had never been asked. " +
  'US Secretary of State Mike Pompeo met Prime Minister Boris Johnson at the Mobile World Congress. ' +
  "Senator Tom Cotton and the State Department's Robert Strayer spoke to the National Cyber Security Centre (NCSC).";

const named = (kind: string) =>
  findNames(text)
    .filter((n) => n.kind === kind)
    .map((n) => n.text);

describe('proper names', () => {
  it('finds people, with their titles split off', () => {
    expect(named('person')).toEqual(['John Lord', 'Mike Pompeo', 'Boris Johnson', 'Tom Cotton', 'Robert Strayer']);
    expect(findNames(text).find((n) => n.text === 'Mike Pompeo')?.title).toBe('US Secretary of State');
  });
  it('keeps hyphenated names and titles whole, and three-word names after a title', () => {
    const people = (sentence: string) =>
      findNames(sentence)
        .filter((n) => n.kind === 'person')
        .map((n) => [n.text, n.title]);
    expect(people('Jean-Luc Moreau-Vidal, an adviser, and Deputy Director-General Kate Bryce met on Friday.')).toEqual([
      ['Jean-Luc Moreau-Vidal', null],
      ['Kate Bryce', 'Deputy Director-General'],
    ]);
    expect(people('The statement came from Trade Minister Anil Kumar Mehta and Business Editor Joan Pike.')).toEqual([
      ['Anil Kumar Mehta', 'Trade Minister'],
      ['Joan Pike', 'Business Editor'],
    ]);
  });
  it('reads a title word after a first name as a surname, with or without a title before', () => {
    const people = (sentence: string) =>
      findNames(sentence)
        .filter((n) => n.kind === 'person')
        .map((n) => [n.text, n.title]);
    expect(people('US Ambassador to South Korea Harry Harris spoke.')).toEqual([['Harry Harris', null]]);
    expect(people('The commissioner, Julian King, met Commissioner Stephen Judge and King Harald on Monday.')).toEqual([
      ['Julian King', null],
      ['Stephen Judge', 'Commissioner'],
      ['Harald', 'King'],
    ]);
  });
  it('takes the longest span, so a congress in a name is not Congress', () => {
    expect(named('organisation')).toEqual(['ABC', 'Huawei Technologies', 'State Department', 'National Cyber Security Centre', 'NCSC']);
    expect(named('event')).toEqual(['Mobile World Congress']);
  });
  it('offsets point at the name', () => {
    for (const name of findNames(text)) expect(text.slice(name.start, name.end)).toBe(name.text);
  });
  it('tells places from actors', () => {
    expect(named('place')).toContain('Australian');
    expect(findNames('Lessons from the Soviet Union still shape NATO.').find((n) => n.text === 'Soviet Union')?.kind).toBe('place');
    expect(findCountries('Britain and the U.S. pressed South Korea and Germany.').map((c) => c.code)).toEqual(['GB', 'US', 'KR', 'DE']);
  });
});

describe('title case and credits are not names', () => {
  it('drops headline-style runs and picture credits', () => {
    expect(findNames('Why Trump Is Losing the Fight').filter((n) => n.kind === 'person')).toEqual([]);
    expect(findNames('Meng Wanzhou Photographer: Jane Doe/Bloomberg').map((n) => n.text)).toContain('Meng Wanzhou');
  });
});

describe('names the capitalised run alone gets wrong', () => {
  const kinds = (sentence: string) => findNames(sentence).map((n) => [n.text, n.kind]);
  it('reads a lone surname as a person where the text treats it as one', () => {
    expect(kinds('Grant, who spoke at the forum, left early.')).toEqual([['Grant', 'person']]);
    expect(kinds('Telstra said it would wait.')).toEqual([['Telstra', 'unknown']]);
  });
  it('keeps an institution’s “and” inside its name, and splits a list of names', () => {
    expect(kinds('She spoke at the Centre for Strategic and International Studies in Washington.')[0]).toEqual([
      'Centre for Strategic and International Studies',
      'organisation',
    ]);
    expect(kinds('Telstra and Optus declined to comment.').map(([name]) => name)).toEqual(['Telstra', 'Optus']);
  });
  it('keeps lower-case particles inside a person’s name', () => {
    expect(kinds('Ursula von der Leyen told the parliament.')).toEqual([['Ursula von der Leyen', 'person']]);
    expect(kinds('Then President Marcelo Rebelo de Sousa told reporters.')).toEqual([['Marcelo Rebelo de Sousa', 'person']]);
    expect(kinds('Information Minister S. Iswaran insisted.')).toEqual([['S. Iswaran', 'person']]);
    expect(kinds('The China-New Zealand talks and the Prime Minister’s office')).toEqual([['China-New Zealand', 'place']]);
    expect(kinds('The ambassador to Chile Xu Bu spoke.')).toEqual([
      ['Chile', 'place'],
      ['Xu Bu', 'person'],
    ]);
    expect(kinds('The envoy to Korea Dana Moss spoke.')).toEqual([
      ['Korea', 'place'],
      ['Dana Moss', 'person'],
    ]);
  });
  it('keeps a Korean given name whole, and a topic after “on” out of the name', () => {
    expect(kinds('Adviser Park Min-ho met them on a Huawei-built site.')).toEqual([
      ['Park Min-ho', 'person'],
      ['Huawei', 'unknown'],
    ]);
    expect(kinds('She briefed President Lee on Huawei.')).toEqual([
      ['Lee', 'person'],
      ['Huawei', 'unknown'],
    ]);
    expect(kinds('The Committee on Foreign Investment met.')).toEqual([['Committee on Foreign Investment', 'organisation']]);
    // Compromise tags a possessor by what it owns ("X’s government"); the owner is still a person.
    expect(kinds('He said Helen Marsh’s government must decide.')).toEqual([['Helen Marsh', 'person']]);
    expect(kinds('NEW DELHI: The ministry met on Monday.')[0]).toEqual(['NEW DELHI', 'place']);
    expect(kinds('THE HAGUE (Wire) – The envoy met Lena Vos in The Hague.')).toEqual([
      ['THE HAGUE', 'place'],
      ['Wire', 'unknown'],
      ['Lena Vos', 'person'],
      ['The Hague', 'place'],
    ]);
    expect(kinds('SECURITY FIRST: A minister said the review would go on.')[0]).toEqual(['SECURITY FIRST', 'unknown']);
    // An acronym among the capitals is a broadcaster's or a company's name, not a label.
    expect(kinds('The minister told ZTV FM on Sunday.')).toEqual([['ZTV FM', 'organisation']]);
    expect(kinds('The dispute pits China against the U.S. For Europe, it sharpens a conflict.').map(([name]) => name)).toEqual([
      'China',
      'U.S.',
      'Europe',
    ]);
  });
  it('reads a place that stands for an institution as an organisation', () => {
    expect(kinds('Downing Street said the review was over.')).toEqual([['Downing Street', 'organisation']]);
    expect(kinds('Aides at the Kremlin declined to comment.')).toEqual([['Kremlin', 'organisation']]);
  });
  it('splits a person from the organisation after "of", but not an organisation’s own "of"', () => {
    expect(kinds('Maria Lopez of ACME Networks resigned.')).toEqual([
      ['Maria Lopez', 'person'],
      ['ACME Networks', 'organisation'],
    ]);
    expect(kinds('The Bank of England agreed.')).toEqual([['Bank of England', 'organisation']]);
  });
  it('keeps a lower-case particle inside a name, and reads Tele and Movement as organisations (written for the test)', () => {
    expect(kinds('Premier Jóhan á Dali and Olav af Berg met the board of Norra Tele.')).toEqual([
      ['Jóhan á Dali', 'person'],
      ['Olav af Berg', 'person'],
      ['Norra Tele', 'organisation'],
    ]);
    expect(kinds('The Green Movement said no.')).toEqual([['Green Movement', 'organisation']]);
  });
});
