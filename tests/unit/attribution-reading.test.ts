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
  { id: 'xiong-wen', name: 'Xiong Wen', aliases: ['Xiong Wen'], person: true },
  { id: 'ana-ruiz', name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Ruiz'], person: true },
  { id: 'mira-sand', name: 'Mira Sand', aliases: ['Mira Sand', 'Sand'], person: true },
  { id: 'ivo-berg', name: 'Ivo Berg', aliases: ['Ivo Berg', 'Berg'], person: true },
  { id: 'nco', name: 'National Cyber Office', aliases: ['National Cyber Office', 'NCO'], person: false },
];
const TITLES = new Map([
  ['ana-ruiz', ['Ambassador']],
  ['mira-sand', ['Foreign Minister']],
  ['ivo-berg', ['Czech Prime Minister']],
  ['xiong-wen', ['head of the Chinese mission to the EU']],
  ['peter-hale', ['US Secretary of State']],
]);

/** The speaker of each quote in `texts`, paragraph by paragraph; the blocks at `captions` are photo captions. */
function speakers(texts: string[], captions: number[] = []): Array<[string, string | null]> {
  const blocks: Array<TextBlock & { kind: string }> = texts.map((text, i) => ({
    id: `p-${i}`,
    text,
    kind: captions.includes(i) ? 'caption' : 'paragraph',
  }));
  const { quotes } = extractQuotes(blocks);
  const people = ACTORS.filter((a) => a.person);
  const guesses = attributeQuotes({
    blocks,
    quotes,
    matcher: createActorMatcher(ACTORS),
    names: new Map(ACTORS.map((a) => [a.id, a.name])),
    people: new Set(people.map((a) => a.id)),
    genders: new Map(people.flatMap((a) => (presumedGender(a.name) ? [[a.id, presumedGender(a.name) ?? 'male'] as const] : []))),
    titles: TITLES,
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

  it('does not read a verb in the passive as the attribution', () => {
    expect(speakers(['Sarah Lin told reporters the company had never been asked to install “hidden switches”.'])).toEqual([
      ['hidden switches', 'Sarah Lin'],
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

  it('takes whoever stands right before the verb as its subject, an organisation too', () => {
    expect(speakers(['Telstra made clear that Paul Novak now considers the matter “settled”.'])).toEqual([['settled', 'Telstra']]);
  });

  it('gives a participle after a comma the subject of its clause', () => {
    expect(
      speakers(['Telstra said on Monday that both itself and Nokia had been left out, adding that “this is a poor result for customers”.']),
    ).toEqual([['this is a poor result for customers', 'Telstra']]);
    expect(speakers(['Sarah Lin and Paul Novak sent the board a “formal appeal” last week, asking it to drop the tender.'])).toEqual([
      ['formal appeal', null],
    ]);
  });

  it('lets a possessive before a quoted word and a noun of saying speak', () => {
    expect(speakers(['Sarah Lin dismissed Paul Novak despite his “emphatic” denial that he had leaked the plan.'])).toEqual([
      ['emphatic', 'Paul Novak'],
    ]);
    expect(speakers(['Sarah Lin praised Novak’s “open door” policy.'])).toEqual([['open door', null]]);
  });

  it('reads “the official” and “the company” as the source or organisation named before', () => {
    expect(
      speakers([
        'A senior trade official familiar with the talks said the deal was close.',
        'The official described the offer as “generous.”',
      ]),
    ).toEqual([['generous.', 'A senior trade official familiar with the talks']]);
    expect(speakers(['Nokia was asked about the tender. The company said: “We follow every rule in every market.”'])).toEqual([
      ['We follow every rule in every market.', 'Nokia'],
    ]);
  });

  it('does not take the object of a preposition for the pronoun’s antecedent', () => {
    expect(
      speakers(['Sarah Lin spoke first. Speaking about Xiong Wen, she said the offer was “a reckless plan that fails everyone.”']),
    ).toEqual([['a reckless plan that fails everyone.', 'Sarah Lin']]);
  });

  it('lets a country or its government speak as the subject of the verb', () => {
    expect(speakers(['Norway has repeatedly accused the vendor of “systematic” dumping.'])).toEqual([['systematic', 'Norway']]);
    expect(
      speakers([
        'On Monday the Australian government set out the rules. Suppliers “subject to foreign direction” would be excluded, it said.',
      ]),
    ).toEqual([['subject to foreign direction', 'the Australian government']]);
    expect(speakers(['The Australian government said the rules would be “applied to every supplier”.'])).toEqual([
      ['applied to every supplier', 'The Australian government'],
    ]);
  });

  it('finds the holder of an office in a lede among the people named after it', () => {
    expect(
      speakers([
        'The US ambassador to Chile has warned of “serious consequences” if the tender goes ahead.',
        'Ambassador Ana Ruiz told a radio station the risk was real.',
      ]),
    ).toEqual([['serious consequences', 'Ana Ruiz']]);
  });

  it('reads an age or an owned office as the person named last, and an office set beside a name as theirs', () => {
    expect(speakers(['Paul Novak spoke at the forum.', '“We are an open book,” the 71-year-old said.'])).toEqual([
      ['We are an open book,', 'Paul Novak'],
    ]);
    expect(speakers(['Ana Ruiz, the deputy head of the agency, said: “The case is closed.”'])).toEqual([
      ['The case is closed.', 'Ana Ruiz'],
    ]);
  });

  it('carries “he” or “she” to an unnamed person described before it, when no one is named since', () => {
    expect(speakers(['A Nokia spokeswoman said the firm had no plans there. “We have no business in the region,” she said.'])).toEqual([
      ['We have no business in the region,', 'A Nokia spokeswoman'],
    ]);
  });

  it('does not take the object of a preposition for the speaker', () => {
    expect(speakers(['Peter Hale, who was seen in talks with Paul Novak, told the board he was “open on the date”.'])).toEqual([
      ['open on the date', 'Peter Hale'],
    ]);
  });

  it('does not end a sentence at an abbreviation, nor take a title’s “of” for a preposition', () => {
    expect(speakers(['“We shared a message,” Sarah Lin, the U.S. State Department’s deputy envoy said on Thursday.'])).toEqual([
      ['We shared a message,', 'Sarah Lin'],
    ]);
    expect(
      speakers(['A day after the vote in the U.S., Secretary of State Paul Novak told the committee the company is a “Trojan horse.”']),
    ).toEqual([['Trojan horse.', 'Paul Novak']]);
  });

  it('reads a subject across a clause set off by commas, and a description after “as” as no new source', () => {
    expect(
      speakers([
        'Novak, who served as a senior executive at Telstra for two years, described the plan as “unprecedented leverage”.',
        '“It will fail,” he said.',
      ]),
    ).toEqual([
      ['unprecedented leverage', 'Paul Novak'],
      ['It will fail,', 'Paul Novak'],
    ]);
  });

  it('carries “it” to the organisation an earlier sentence is about, not the last one it names', () => {
    expect(
      speakers(['Telstra said in a statement that a website had published a memo on Nokia.', '“This is regrettable,” it said.']),
    ).toEqual([['This is regrettable,', 'Telstra']]);
  });

  it('lets a statement speak, and never the agent of a passive before the verb', () => {
    expect(speakers(['The joint statement published by Telstra emphasised the need to “protect networks from disruption”.'])).toEqual([
      ['protect networks from disruption', 'The joint statement'],
    ]);
  });

  it('reads a “top diplomat” as the foreign minister named next', () => {
    expect(
      speakers([
        'The choice must be free, the country’s top diplomat said on Friday, calling it a “sovereign decision”.',
        'Foreign Minister Mira Sand spoke after the talks.',
      ]),
    ).toEqual([['sovereign decision', 'Mira Sand']]);
  });

  it('gives a quoted noun phrase in reported speech to the speaker, but a quoted name before a noun to no one', () => {
    expect(
      speakers(['Novak said Telstra was the “poster child” for Nokia’s “quiet strategy” to win the market, and Nokia’s “Blue Sky” plan.']),
    ).toEqual([
      ['poster child', 'Paul Novak'],
      ['quiet strategy', 'Paul Novak'],
      ['Blue Sky', null],
    ]);
  });

  it('gives a quote to the one quoted as saying, not to the one who quotes', () => {
    expect(speakers(['“I do not know what he means,” Radio Nord, a public broadcaster, quoted Novak as saying.'])).toEqual([
      ['I do not know what he means,', 'Paul Novak'],
    ]);
  });

  it('lets a company speak through the statement it issued', () => {
    expect(speakers(['After the meeting, Telstra issued a statement saying it was “open for dialogue”.'])).toEqual([
      ['open for dialogue', 'Telstra'],
    ]);
  });

  it('gives a statement standing alone the speaker the sentence before it reports', () => {
    expect(
      speakers([
        'Peter Hale met the board on Monday.',
        'The minister believes the plan is sound, and Novak said it would go ahead. “We will invest here.”',
      ]),
    ).toEqual([['We will invest here.', 'Paul Novak']]);
  });

  it('reads a subject across a possessive description, and “the executive” as the person named before', () => {
    expect(speakers(['Paul Novak, Telstra’s chief legal officer, said the company is “the most open” of all.'])).toEqual([
      ['the most open', 'Paul Novak'],
    ]);
    expect(speakers(['Novak said the regulator ignored the evidence.', '“We sent 21 rounds of comments,” the executive said.'])).toEqual([
      ['We sent 21 rounds of comments,', 'Paul Novak'],
    ]);
  });

  it('carries “he” past a preposition’s object in an earlier sentence to its subject', () => {
    expect(speakers(['After a speech to the Peter Hale Forum, Novak said the plan was sound. And he asked: “Who would object?”'])).toEqual([
      ['Who would object?', 'Paul Novak'],
    ]);
  });

  it('gives a paragraph-long quote the person the paragraph before reports as speaking', () => {
    expect(
      speakers([
        'Paul Novak spoke for an hour. Peter Hale warned about the costs, he said.',
        '“The costs are real and they will rise again next year.”',
      ]),
    ).toEqual([['The costs are real and they will rise again next year.', 'Peter Hale']]);
  });

  it('reads “the head of government” as the prime minister, however far back the text named them', () => {
    expect(
      speakers([
        'Czech Prime Minister Ivo Berg met Sarah Lin in Prague on Tuesday.',
        'The talks covered energy.',
        'They also covered defence.',
        'Trade came last.',
        'Both sides said the meeting went well.',
        'The Czech head of government said a ban was “unimaginable for a small country like ours.”',
      ]),
    ).toEqual([['unimaginable for a small country like ours.', 'Ivo Berg']]);
  });
  it('reads a described politician as the person named before, not the one met after the verb', () => {
    expect(
      speakers([
        'Sarah Lin arrived in Prague on Monday.',
        '“We will not be pushed around,” the Labour politician warned after her meeting with Prime Minister Ivo Berg.',
      ]),
    ).toEqual([['We will not be pushed around,', 'Sarah Lin']]);
  });
  it('passes over a photo caption to the paragraph that reports the speaker', () => {
    expect(
      speakers(
        [
          'Ana Ruiz said the talks had gone well.',
          'Ana Ruiz at the talks in Geneva. /Example Photo',
          '“We found common ground on every point that mattered.”',
        ],
        [1],
      ),
    ).toEqual([['We found common ground on every point that mattered.', 'Ana Ruiz']]);
  });

  it('carries “he said” to the last speaker quoted when no one is named within reach', () => {
    expect(
      speakers([
        'Paul Novak gave a long interview on Monday.',
        '“We are ready,” he said.',
        'He spoke about the budget.',
        'He spoke about the army.',
        'He spoke about the roads.',
        '“The future is open,” he said.',
      ]).at(-1),
    ).toEqual(['The future is open,', 'Paul Novak']);
  });
  it('reads the subject of a gerund before “by saying”, an acronym in brackets, and “hit back” as speech', () => {
    expect(speakers(['Paul Novak was sacked, with Telstra distancing itself by saying his “actions were his own”.'])).toEqual([
      ['actions were his own', 'Telstra'],
    ]);
    expect(
      speakers([
        'The National Cyber Office (NCO) told Nokia – the region’s largest equipment company – that its gear posed a “significant risk that could not be managed”.',
      ]),
    ).toEqual([['significant risk that could not be managed', 'National Cyber Office']]);
    expect(speakers(['Peter Hale hit back at the critics.', '“The plan is sound and it will be carried out in full.”'])).toEqual([
      ['The plan is sound and it will be carried out in full.', 'Peter Hale'],
    ]);
  });

  it('lets a document speak in the present, where “states” and “reads” are otherwise nouns', () => {
    expect(speakers(['The embassy sent a note. The letter also mentions that the plan “ignores every fact on the ground”.'])).toEqual([
      ['ignores every fact on the ground', 'The letter'],
    ]);
  });

  it('reads a description by acronym in apposition (“CEO of Ivo Berg Holdings”) as the person’s, not a speaker', () => {
    expect(speakers(['In a statement, Paul Novak, CEO of Ivo Berg Holdings, said the company valued “the operator’s trust”.'])).toEqual([
      ['the operator’s trust', 'Paul Novak'],
    ]);
  });

  it('gives words inside what someone says to the sayer, unless the inner verb quotes in its own right', () => {
    expect(speakers(['Paul Novak said Telstra welcomed and “will fully cooperate” with the review.'])).toEqual([
      ['will fully cooperate', 'Paul Novak'],
    ]);
    expect(speakers(['Paul Novak said Sarah Lin told him “the deal is done”.'])).toEqual([['the deal is done', 'Sarah Lin']]);
  });

  it('reads a capitalised office no one named holds as the person named nearby who holds no other, not the prime minister', () => {
    expect(
      speakers([
        'Exports to the region are likely to suffer a “significant blow”, the Trade Secretary has said.',
        'Paul Novak said on Monday he had read the report and would discuss it with Ivo Berg.',
        'Novak said the review was done. “We believe the risk is real,” the minister told the BBC.',
      ]),
    ).toEqual([
      ['significant blow', 'Paul Novak'],
      ['We believe the risk is real,', 'Paul Novak'],
    ]);
  });

  it('gives words the speaker “referred to” to the speaker, not to the reporter', () => {
    expect(speakers(['Paul Novak did not name any company but referred to “hostile directions from abroad”.'])).toEqual([
      ['hostile directions from abroad', 'Paul Novak'],
    ]);
  });

  it('gives “its statement” to whatever “it” is', () => {
    expect(
      speakers(['Telstra sacked Paul Novak on Monday. Its statement read, “The decision was taken after a review of his conduct.”']),
    ).toEqual([['The decision was taken after a review of his conduct.', 'Telstra']]);
  });

  it('reads “China’s top diplomat to the EU” as its envoy there, not another country’s secretary of state', () => {
    expect(
      speakers([
        'China’s top diplomat to the European Union on Tuesday called the decision “encouraging”.',
        'Xiong Wen spoke days after Secretary of State Peter Hale visited.',
      ]),
    ).toEqual([['encouraging', 'Xiong Wen']]);
  });
  it('gives a quote to the subject of “was quoted by … as saying”, and to the one who said it before “according to” a paper', () => {
    expect(speakers(['“The appeal is dismissed,” Telstra was quoted by Nokia as saying in a statement.'])).toEqual([
      ['The appeal is dismissed,', 'Telstra'],
    ]);
    expect(speakers(['Ana Ruiz said the city acted in the “most explicit way possible,” according to an official.'])).toEqual([
      ['most explicit way possible,', 'Ana Ruiz'],
    ]);
  });
  it('reads “called” as speech only before a quote', () => {
    expect(speakers(['Telstra, which was founded in 1975, called the plan “one of the worst ideas in years.”'])).toEqual([
      ['one of the worst ideas in years.', 'Telstra'],
    ]);
  });

  it('ends a sentence at a quote that ends it, so the next sentence’s subject does not take it', () => {
    expect(
      speakers([
        '“It was hard,” Peter Hale told the radio. “We chose the best offer we had.” A spokeswoman for Nokia declined to comment.',
      ]),
    ).toEqual([
      ['It was hard,', 'Peter Hale'],
      ['We chose the best offer we had.', 'Peter Hale'],
    ]);
  });
  it('reads a participle opening the sentence by its main verb, and “with X accusing” as X speaking', () => {
    expect(speakers(['Calling the ban “disappointing”, Telstra’s spokesman Peter Hale said the future was unclear.'])).toEqual([
      ['disappointing', 'Peter Hale'],
    ]);
    expect(speakers(['Talks stalled, with Telstra accusing Nokia of “bad faith and worse manners”.'])).toEqual([
      ['bad faith and worse manners', 'Telstra'],
    ]);
  });

  it('takes “the official” up to an unnamed official described however far back, not to a person named since', () => {
    expect(
      speakers([
        'The plan drew fire, a US official said on Friday. “There is no safe vendor,” a senior administration official said.',
        'Ties with Nokia go back decades.',
        'The talks in Oslo were short.',
        '“We stand by the review,” Foreign Minister Mira Sand said.',
        'Nothing else was agreed.',
        '“We will keep pressing our partners,” the US official said.',
      ]),
    ).toEqual([
      ['There is no safe vendor,', 'a senior administration official'],
      ['We stand by the review,', 'Mira Sand'],
      ['We will keep pressing our partners,', 'a senior administration official'],
    ]);
  });

  it('reads “rebutted” as speech, and passes over what a that-clause names', () => {
    expect(speakers(['“We are a private firm,” rebutted Paul Novak.'])).toEqual([['We are a private firm,', 'Paul Novak']]);
    expect(
      speakers([
        'The two leaders signed a memorandum in Oslo stating that vetting a supplier must include “whether it answers to a state.”',
      ]),
    ).toEqual([['whether it answers to a state.', 'a memorandum']]);
  });

  it('keeps a description with a number whole, reads “X reports that” as speech, and “the call was” as a phone call', () => {
    expect(speakers(['Later a Number 10 spokeswoman said: “The Prime Minister met the Chancellor this morning.”'])).toEqual([
      ['The Prime Minister met the Chancellor this morning.', 'a Number 10 spokeswoman'],
    ]);
    expect(speakers(['But Telstra reports that the call was “tense”, with Peter Hale raising his voice twice.'])).toEqual([
      ['tense', 'Telstra'],
    ]);
  });

  it('reads “called” as speech across an object of several words before the quote', () => {
    expect(
      speakers(['Sarah Lin spoke in Oslo. She has called criticism of the deal with the Chinese firm “absurd” more than once.']),
    ).toEqual([['absurd', 'Sarah Lin']]);
  });

  it('lets “the court” speak as an unnamed source, and a country through “had earlier asked”', () => {
    expect(speakers(['“The ban stands,” the court said in a statement.'])).toEqual([['The ban stands,', 'the court']]);
    expect(speakers(['China had earlier asked Norway to “correct the mistake” of shutting out Telstra.'])).toEqual([
      ['correct the mistake', 'China'],
    ]);
  });

  it('carries “he” past a description in apposition to the person named before it', () => {
    expect(
      speakers([
        'Paul Novak, a lawmaker from the ruling party, said the bill was fair.',
        '“We should not close doors for Nokia,” he said.',
      ]),
    ).toEqual([['We should not close doors for Nokia,', 'Paul Novak']]);
    expect(speakers(['Sarah Lin, technology analyst at a bank, said costs would rise. “Operators will have to adapt,” she said.'])).toEqual(
      [['Operators will have to adapt,', 'Sarah Lin']],
    );
  });

  it('reads “according to him” as “he” taken up from the person named before', () => {
    expect(speakers(['Last year Peter Hale ruled out limits. According to him, “the network is already open to every vendor.”'])).toEqual([
      ['the network is already open to every vendor.', 'Peter Hale'],
    ]);
  });

  it('lets a bill, a law’s text or an assessment speak as a document does', () => {
    expect(speakers(['The assessment also stressed that “state-backed actors are the most serious threat.”'])).toEqual([
      ['state-backed actors are the most serious threat.', 'The assessment'],
    ]);
    expect(speakers(['Lawmakers passed it on Monday. The legislation states that “no vendor may be named.”'])).toEqual([
      ['no vendor may be named.', 'The legislation'],
    ]);
  });
});
