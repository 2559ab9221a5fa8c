/**
 * Proper names in running text: the longest run of capitalised words (joined by "of", "for",
 * "de" and the like), so "Mobile World Congress" is one name and never the US "Congress"; a
 * leading title is split off the person it names ("US Secretary of State Mike Pompeo" is Mike
 * Pompeo, with his title kept). Each name is classed as a person, an organisation or a place
 * from compromise's tags and a short list of words organisations' names end in.
 */
import { countryOf, findCountries } from './places';
import { tagTerms, type Term } from './terms';

/** `event`: a named occasion ("Mobile World Congress", "Cold War"): no actor, but its words are taken. */
type NameKind = 'person' | 'organisation' | 'place' | 'event' | 'unknown';

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  kind: NameKind;
  /** The title printed before a person's name ("Senator", "Prime Minister"), or null. */
  title: string | null;
}

/** Lower-case particles inside a person's name ("Ursula von der Leyen", "Bárður á Steig Nielsen"), unlike "of" or "for". */
const NAME_PARTICLES = new Set([
  'de',
  'von',
  'van',
  'der',
  'den',
  'ter',
  'zu',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'al',
  'bin',
  'ibn',
  'af',
  'á',
  'í',
]);
const CONNECTORS = new Set(['of', 'for', 'on', ...NAME_PARTICLES]);
/** Places that stand for the institution in them, as news writes them ("Downing Street said"). */
const INSTITUTION_PLACES = new Set([
  'Downing Street',
  'White House',
  'Kremlin',
  'Pentagon',
  'Élysée',
  'Elysee',
  'Élysée Palace',
  'Elysee Palace',
  'Whitehall',
  'Zhongnanhai',
  'Blue House',
  'Quai d’Orsay',
]);
/** Words that title a person; the name follows them ("Senator Tom Cotton", "Prime Minister Boris Johnson"). */
const TITLE_WORDS = new Set(
  'President Minister Secretary Member MP MEP Councillor Senator Sen. Rep. Representative Chancellor Chairman Chairwoman Chair Officer Director Ambassador Spokesman Spokeswoman Spokesperson Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Premier Commissioner King Queen Prince Governor Mayor Leader Founder Congressman Congresswoman Speaker Judge Professor Prof. Admiral Colonel Undersecretary CEO Chief Executive Editor Correspondent Reporter Columnist Presenter Adviser Advisor Analyst Envoy'.split(
    ' ',
  ),
);
/** A title word, or a hyphenated one with a title in it ("Director-General"), possessive or not. */
const isTitle = (printed: string) => {
  // "the Prime Minister's leadership": a title in the possessive is still one.
  const word = bare(printed);
  return TITLE_WORDS.has(word) || (word.includes('-') && word.split('-').some((part) => TITLE_WORDS.has(part)));
};
const ORGANISATION_WORDS = new Set(
  'Department Ministry Agency Office Council Commission Committee Parliament Congress Senate House Government Administration Centre Center Bureau Service Services Party Union Movement League Telecom Telecoms Tele Telekom Telecommunications Technologies Technology Corporation Corp Corp. Inc Inc. Ltd Ltd. Limited Group Holdings Bank University Institute Institution News Times Post Journal Herald Guardian Telegraph Network Networks Communications Mobile Authority Organisation Organization Association Forum Court Board Foundation Alliance Company Co Co. Labs Systems Wireless Capital Partners Review Daily Press Broadcasting Radio Television TV Reuters Bloomberg Congress Assembly Cabinet Police Army Navy Force Forces Command Directorate Exchange Fund Society Federation Chamber Tribunal Treasury Embassy Consulate Club Motors Electronics Airlines Energy Media Digital Agency Wire Newswire Gazette Tribune Chronicle Observer Economist Insider GCHQ NSA Democrats Republicans Conservatives Liberals Socialists Greens'.split(
    ' ',
  ),
);
/** Words of place names that are not countries: "Eastern Europe", "Silicon Valley", "Downing Street". */
const PLACE_WORDS = new Set(
  'Europe Asia Africa America Americas Pacific Atlantic Arctic Middle East West North South Eastern Western Northern Southern Central Valley Street Square Avenue Island Islands Sea Ocean Gulf Province Region Peninsula Bay Coast River Mountains Hill Kong City Town European Asian African Arab Nordic Baltic Soviet'.split(
    ' ',
  ),
);
/** States that no longer exist, so no country list has them: places, not organisations ("Union"). */
const FORMER_STATES = new Set(['Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany']);
/** Last words of named occasions, conferences and laws. */
const EVENT_WORDS = new Set(
  'Congress Conference Summit Forum Games Olympics War Expo Show Fair Festival Week Act Bill Agreement Treaty Declaration Initiative Strategy Day'.split(
    ' ',
  ),
);
/** Capitalised only in title case: a name does not have them inside ("Trump Is Losing the Fight"). */
const TITLE_CASE_WORDS = new Set(
  'Is Are Was Were Be With From For Of On To The And Or But Not Than Against In At By A An As Its Into Over After Before About Up Out Arrives Says Build'.split(
    ' ',
  ),
);
/** Words that credit a picture and end a name before them ("Meng Wanzhou Photographer: …"). */
const CREDIT_WORDS = new Set(['Photographer', 'Photo', 'Photograph', 'Image', 'Source', 'Credit']);
const CALENDAR_TAGS = ['Date', 'WeekDay', 'Month'];

const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Conjunction', 'Preposition'];
const PRONOUN_WORDS = new Set('I We Our Us They Their Them He His Him She Her It Its My Your This That These Those There Here'.split(' '));
const isCapitalised = (term: Term) =>
  /^[\p{Lu}]/u.test(term.text) &&
  !PRONOUN_WORDS.has(term.text) &&
  !CREDIT_WORDS.has(term.text) &&
  ![...CALENDAR_TAGS, ...FUNCTION_TAGS].some((tag) => term.tags.has(tag));
const bare = (word: string) => word.replace(/['’]s$/u, '');
/** Punctuation after a word that ends a name ("Lord," / "ABC." / "Grenell)"), apart from spaces. */
const breaksAfter = (term: Term) => (/[^\s]/.test(term.post) && !/^\p{Lu}$/u.test(term.text)) || /['’]s$/u.test(term.text);
const breaksBefore = (term: Term) => /[^\s]/.test(term.pre);

/** A capitalised word that only starts its sentence ("The", "But", "Asked") is not part of a name. */
function isSentenceOpener(term: Term): boolean {
  if (!term.sentenceStart) return false;
  const nameLike = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym'].some((tag) => term.tags.has(tag));
  const functionWord = ['Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'Adverb', 'Verb', 'Adjective', 'Plural'].some((tag) =>
    term.tags.has(tag),
  );
  return !(nameLike || term.tags.has('Noun')) || (functionWord && !term.tags.has('ProperNoun'));
}

/** Whether the connectors from `i` on ("of", "von der", an institution's "and") lead to a capitalised word in the same sentence. */
function connectsTo(terms: readonly Term[], i: number): boolean {
  let j = terms[i]?.text === 'and' ? i + 1 : i;
  while (terms[j] !== undefined && CONNECTORS.has(terms[j]?.text ?? '')) j++;
  const after = terms[j];
  return after !== undefined && j - i <= 2 && isCapitalised(after) && after.sentence === terms[i]?.sentence;
}

/**
 * Whether "and" continues an institution's name: the run so far is an organisation word and its
 * "of" or "for" ("Center for Strategic and International Studies", "Ministry of Industry and
 * Information Technology"), or the words after it end as an organisation's name does; not a list
 * of names ("Nokia and Ericsson").
 */
function continuesInstitution(run: readonly Term[], terms: readonly Term[], i: number): boolean {
  if (run.some((w, j) => (w.text === 'of' || w.text === 'for') && ORGANISATION_WORDS.has(run[j - 1]?.text ?? ''))) return true;
  // "Official Monetary and Financial Institutions Forum": two or more words, "and", and a name ending as an organisation's does.
  let end = i + 1;
  while (terms[end] !== undefined && isCapitalised(terms[end] as Term) && !breaksAfter(terms[end] as Term)) end++;
  const last = terms[end] !== undefined && isCapitalised(terms[end] as Term) ? terms[end] : terms[end - 1];
  return run.length >= 2 && !ORGANISATION_WORDS.has(run.at(-1)?.text ?? '') && ORGANISATION_WORDS.has(bare(last?.text ?? ''));
}

/**
 * Words that open a sentence and never a name: after "the U.S." the splitter may not see the
 * sentence end, and "For Europe, …" is then no name.
 */
const NEVER_FIRST = new Set([
  'For',
  'In',
  'At',
  'On',
  'From',
  'With',
  'By',
  'But',
  'And',
  'Or',
  'As',
  'If',
  'While',
  'When',
  'After',
  'Before',
  'Since',
  'Although',
  'Because',
]);

/** Runs of capitalised words, joined by connectors, each run a candidate name. */
function capitalisedRuns(terms: readonly Term[]): Term[][] {
  const runs: Term[][] = [];
  let run: Term[] = [];
  const close = () => {
    while (run.length > 0 && CONNECTORS.has(run.at(-1)?.text ?? '')) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  terms.forEach((term, i) => {
    const next = terms[i + 1];
    // A sentence's first word starts a name when a place or organisation word follows it ("Downing Street said").
    const opensName =
      next !== undefined &&
      isCapitalised(next) &&
      next.sentence === term.sentence &&
      (PLACE_WORDS.has(next.text) || ORGANISATION_WORDS.has(next.text));
    const startsHere = isCapitalised(term) && !NEVER_FIRST.has(term.text) && (!isSentenceOpener(term) || opensName);
    // "Committee on Foreign Investment" is one name; "President Moon on Huawei" is a name and a topic.
    const topicOn = term.text === 'on' && !ORGANISATION_WORDS.has(bare(run.at(-1)?.text ?? ''));
    const connector = (CONNECTORS.has(term.text) && !topicOn) || (term.text === 'and' && continuesInstitution(run, terms, i));
    const joins = run.length > 0 && connector && connectsTo(terms, i);
    if (startsHere || joins) {
      if (run.length > 0 && (run.at(-1)?.sentence !== term.sentence || breaksBefore(term))) close();
      run.push(term);
      if (breaksAfter(term)) close();
    } else {
      close();
    }
  });
  close();
  return runs;
}

/** Compromise tags a possessor by what it owns ("Theresa May’s government"): the owner is not the organisation. */
const isOrganisationTagged = (term: Term) => term.tags.has('Organization') && !term.tags.has('Possessive');

const personLike = (all: readonly Term[], afterTitle = false) => {
  const words = all.filter((w, i) => i === 0 || !NAME_PARTICLES.has(w.text));
  return isPersonLike(words, afterTitle);
};

const isPersonLike = (words: readonly Term[], afterTitle: boolean) =>
  words.length >= 2 &&
  words.length <= 4 &&
  words.every(
    (w, i) =>
      /^[\p{Lu}][\p{L}'’.-]*$/u.test(bare(w.text)) &&
      !ORGANISATION_WORDS.has(bare(w.text)) &&
      (!isTitle(w.text) || isSurnameTitle(words, i)) &&
      countryOf(bare(w.text)) === null,
  ) &&
  // "China-New Zealand" joins two countries; "S. Iswaran" has an initial, not an acronym.
  findCountries(words.map((w) => w.text.replace(/-/g, ' ')).join(' ')).length === 0 &&
  !words.some((w) => w.tags.has('Value') || (w.tags.has('Acronym') && !isInitial(w)) || (!afterTitle && isOrganisationTagged(w)));

const isAcronym = (term: Term) => term.tags.has('Acronym') || term.tags.has('Abbreviation');

/** "NEW DELHI", "BEIJING": a dateline in capitals, as the place would be written in a sentence. */
const sentenceCase = (text: string) => text.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());

function classify(words: readonly Term[], text: string): NameKind {
  if (INSTITUTION_PLACES.has(bare(text))) return 'organisation';
  if (
    countryOf(text) !== null ||
    (text === text.toUpperCase() && countryOf(sentenceCase(text)) !== null) ||
    countryOf(bare(text)) !== null ||
    FORMER_STATES.has(bare(text)) ||
    words.every((w) => w.tags.has('Demonym'))
  )
    return 'place';
  if (words.slice(1).some((w) => TITLE_CASE_WORDS.has(w.text))) return 'unknown';
  // "STANCE ELSEWHERE:", a dek's label in capitals: words set in capitals, not a name (a dateline
  // in capitals was read as its place above), unless one is an acronym ("BFM TV", "RMF FM").
  if (words.length > 1 && /^[\p{Lu}\s]+$/u.test(text) && !words.some(isAcronym)) return 'unknown';
  if (words.length > 1 && EVENT_WORDS.has(bare(words.at(-1)?.text ?? ''))) return 'event';
  if (words.length === 1 && PLACE_WORDS.has(bare(text))) return 'place';
  // "Government" alone is a common noun capitalised; "Huawei Technologies" or "the Home Office" is a name.
  if (words.some((w) => (words.length > 1 && ORGANISATION_WORDS.has(bare(w.text))) || isOrganisationTagged(w))) return 'organisation';
  if (words.some((w) => PLACE_WORDS.has(bare(w.text)))) return 'place';
  if (words.length === 1 && /^[\p{Lu}]{2,6}$/u.test(bare(text))) return 'organisation';
  if (personLike(words)) return 'person';
  if (words.every((w) => w.tags.has('Place') && !w.tags.has('Person'))) return 'place';
  return 'unknown';
}

function toSpan(source: string, words: readonly Term[], title: string | null): NameSpan {
  const first = words[0];
  const last = words.at(-1);
  const start = first?.start ?? 0;
  const end = last ? last.start + bare(last.text).length : start;
  const text = source.slice(start, end);
  return { text, start, end, kind: classify(words, text), title };
}

/** "S." in "S. Iswaran": compromise keeps the stop in the word or after it. */
const isInitial = (term: Term | undefined) =>
  term !== undefined && (/^\p{Lu}\.$/u.test(term.text) || (/^\p{Lu}$/u.test(term.text) && term.post.startsWith('.')));
const isFirstName = (term: Term | undefined) => term !== undefined && (term.tags.has('FirstName') || term.tags.has('Honorific'));

/** The words of a run that name the person after its title: two words, three with an initial, all with a particle. */
function personAfterTitle(run: readonly Term[], lastTitle: number): Term[] {
  const after = run.slice(lastTitle + 1);
  // "President Marcelo Rebelo de Sousa": a name with a particle in it is all of the words after the title.
  if (after.length <= 1 || (after.length <= 5 && after.slice(1).some((w) => NAME_PARTICLES.has(w.text)))) return after;
  // Three words when the middle one is an initial, the first a known first name, or all three are the name ("Minister Ravi Shankar Prasad").
  const whole = after.length === 3 && !after.some((w) => CONNECTORS.has(w.text));
  const size = whole || isInitial(after.at(-2)) || isFirstName(after.at(-3)) ? 3 : 2;
  return after.slice(-size);
}

/**
 * "Julian King", "Stephen Judge": a title word that ends the run after a first name, and that
 * compromise reads as a surname there, is the person's surname, not a title.
 */
const isSurnameTitle = (run: readonly Term[], i: number) =>
  i === run.length - 1 && i > 0 && isTitle(run[i]?.text ?? '') && isFirstName(run[i - 1]) && (run[i]?.tags.has('LastName') ?? false);

/** Splits "US Secretary of State Mike Pompeo" into its title and the person it names. */
function splitTitle(source: string, run: readonly Term[]): NameSpan[] {
  const whole = toSpan(source, run, null);
  const lastTitle = run.findLastIndex((w, i) => isTitle(w.text) && !isSurnameTitle(run, i));
  if (lastTitle < 0 && isSurnameTitle(run, run.length - 1)) return [{ ...whole, kind: 'person' }];
  if (lastTitle < 0) return [whole];
  const tail = personAfterTitle(run, lastTitle);
  if (tail.length === 0) return [];
  if (tail.length > 1 && !personLike(tail, true)) return [whole];
  const head = run.slice(0, run.length - tail.length);
  const title = source.slice(head[0]?.start ?? 0, head.at(-1)?.end ?? 0);
  return [{ ...toSpan(source, tail, title), kind: 'person' }];
}

/**
 * "Don Bonker of APCO Worldwide": a person and the organisation they belong to, not one name.
 * Only where the words before "of" read as a person and those after as no person, place or event.
 */
function splitAffiliation(source: string, run: readonly Term[]): NameSpan[] {
  const of = run.findIndex((w) => w.text === 'of');
  if (of < 2) return splitTitle(source, run);
  const [person, body] = [run.slice(0, of), run.slice(of + 1)];
  const organisation = toSpan(source, body, null);
  if (!personLike(person) || isTitle(person[0]?.text ?? '') || !['organisation', 'unknown'].includes(organisation.kind))
    return splitTitle(source, run);
  return [
    { ...toSpan(source, person, null), kind: 'person' },
    { ...organisation, kind: 'organisation' },
  ];
}

/**
 * A Korean given name after its surname ("Chung Eui-yong", "Moon Jae-in"): two short syllables,
 * the second in lower case, after a capitalised word. "Huawei-supplied" has neither shape.
 */
const isGivenNameSyllables = (surname: Term | undefined, first: Term, second: Term) =>
  surname !== undefined && /^\p{Lu}/u.test(surname.text) && /^\p{Lu}\p{Ll}{1,4}$/u.test(first.text) && /^\p{Ll}{1,4}$/u.test(second.text);

/** "Dietl-Faude", "Marie-Claude", "Director-General": capitalised words joined by a hyphen are one word of a name. */
function joinHyphenated(terms: readonly Term[]): Term[] {
  const joined: Term[] = [];
  for (const term of terms) {
    const previous = joined.at(-1);
    const capitalised = previous !== undefined && /^\p{Lu}/u.test(previous.text) && /^\p{Lu}/u.test(term.text);
    if (previous && previous.post === '-' && term.pre === '' && (capitalised || isGivenNameSyllables(joined.at(-2), previous, term)))
      joined[joined.length - 1] = { ...previous, text: `${previous.text}-${term.text}`, end: term.end, post: term.post };
    else joined.push(term);
  }
  return joined;
}

/** After a lone surname, what only a person takes: "Barr, who spoke at …". */
const PERSON_CUE_AFTER = /^,?\s+who\b/;

/**
 * A single word no rule classes is a person when the text treats it as one: a relative "who"
 * after it, or compromise knowing it as a surname ("Liu"), unless it also knows it as a place or
 * an organisation.
 */
function lonePerson(name: NameSpan, run: readonly Term[], text: string): NameSpan {
  const [word] = run;
  if (name.kind !== 'unknown' || run.length !== 1 || !word) return name;
  const surname = word.tags.has('LastName') && !word.tags.has('Place') && !word.tags.has('Organization');
  return surname || PERSON_CUE_AFTER.test(text.slice(name.end, name.end + 8)) ? { ...name, kind: 'person' } : name;
}

/**
 * "ambassador to Chile Xu Bu", "Ambassador to South Korea Harry Harris": a country (of one to
 * three words) run into the name after it is a place and a person.
 */
function splitLeadingCountry(text: string, run: readonly Term[]): NameSpan[] | null {
  for (const size of [3, 2, 1]) {
    const [country, rest] = [run.slice(0, size), run.slice(size)];
    const place = country.length === size ? toSpan(text, country, null) : null;
    if (place && rest.length >= 2 && countryOf(bare(place.text)) !== null && personLike(rest))
      return [place, { ...toSpan(text, rest, null), kind: 'person' }];
  }
  return null;
}

/** Every proper name in `text`, in order, the longest span each. */
export function findNames(text: string): NameSpan[] {
  return capitalisedRuns(joinHyphenated(tagTerms(text))).flatMap(
    (run) => splitLeadingCountry(text, run) ?? splitAffiliation(text, run).map((name) => lonePerson(name, run, text)),
  );
}

/** True when a name on its own reads as an organisation ("Associated Press", "Reuters"), not a person. */
export function isOrganisationName(text: string): boolean {
  const [name] = findNames(text);
  return name !== undefined && name.text === text.trim() && name.kind === 'organisation';
}
