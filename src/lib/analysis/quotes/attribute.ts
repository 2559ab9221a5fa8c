/**
 * Who said each quote, and how we know. Rules, per sentence:
 * - The attributing speech verb (any form of say, tell, write, warn, insist, add, according to …,
 *   from the language layer's lemma list) is the one just after the quote (“…,” said Strayer),
 *   else the nearest before it.
 * - The speaker is the person nearest that verb, named, unnamed or "he"/"she"; an organisation
 *   (or "they") only when no person is in the sentence. A named actor: `direct`.
 * - Whoever stands right before the verb is its subject and speaks, organisation or not ("Downing
 *   Street made clear"); a participle or a coordinated verb ("…, adding that", "but said") shares
 *   the subject of its clause.
 * - A verb in the infinitive ("to explain") attributes nothing, and whoever is spoken or told to
 *   ("spoke to Trump", "told the ABC") is not the speaker.
 * - A possessive before a quoted word and a noun of saying ("his “strenuous” denial") makes the
 *   possessor the speaker; before anything else (“Trump’s ‘America First’ policy”) it names a thing.
 * - "he" or "she": `carried` from the person named before it: in its own sentence the nearest, in
 *   an earlier one that sentence's first (its subject, most often), skipping names whose presumed
 *   gender does not fit; "they", and "it" just before a speech verb: from the last organisation.
 * - The same with an unnamed source ("a person familiar with the debate", "one Western
 *   official", "a State Department spokesman"): `anonymous`, labelled as the article puts it.
 *   "The official" takes up the last unnamed official; "the company" the last organisation named.
 * - An office ("the US ambassador") is the last person named with that title, or in a lede the
 *   first one named after it.
 * - A statement standing alone in its sentence, after a quoted speaker: `carried`.
 * - A short phrase with no speech verb around it: `term` (a scare quote), no speaker.
 * - Anything else: `unattributed`, for an editor to settle in the overrides file.
 * Quoted text is masked while the rules read a sentence, so a name inside a quote never speaks.
 * Each block's sentences, verbs and candidates are found once and each quote looks its sentence
 * up, so the cost is linear in the quotes of a paragraph.
 */
import type { ActorMatcher } from '../actors/mentions';
import { pronounFits, type PresumedGender } from '../language/gender';
import { findCountries } from '../language/places';
import type { ExtractedQuote, QuotePart, TextBlock } from './extract';
import type { Attribution } from '../../vocabulary/attributions';
import {
  describedBefore,
  describedPersonBefore,
  isLater,
  isPersonHead,
  namedAfter,
  namedBefore,
  type Antecedent,
  type AntecedentContext,
} from './antecedents';
import {
  ADDRESSEE_BEFORE,
  ORGANISATION_HEADS,
  attributingVerb,
  gap,
  isOrganisationPronoun,
  isPrepositionObject,
  possessiveBefore,
  quotedAs,
  sayerOfReportedClause,
  readBlock,
  sentenceIndex,
  sharesSubject,
  sourceHead,
  subjectBefore,
  type Candidate,
  type ReadBlock,
  type Span,
} from './reading';

export interface SpeakerGuess {
  speaker: string | null;
  /** How the article names the speaker: an actor's name as printed, or the anonymous description. */
  speakerLabel: string | null;
  attribution: Attribution;
  /** Which rule decided, for the methodology page and the tests. */
  rule: string;
}

export interface AttributionInput {
  /** The article's blocks; a block's kind, where given, tells a caption from the text. */
  blocks: ReadonlyArray<TextBlock & { kind?: string }>;
  quotes: readonly ExtractedQuote[];
  matcher: ActorMatcher;
  /** Actor names by id, for labels of carried speakers. */
  names: ReadonlyMap<string, string>;
  /** Titles and roles by actor id ("Prime Minister"), for a person named by office alone. */
  titles?: ReadonlyMap<string, readonly string[]>;
  /** Which actors are people: "he" and "she" refer to people, "they" to the others. */
  people: ReadonlySet<string>;
  /** People's presumed genders by actor id, where their first name tells (language/gender.ts). */
  genders?: ReadonlyMap<string, PresumedGender>;
  /** Attributions editors set by hand, by quote id: used as given, and carried on from. */
  fixed?: ReadonlyMap<string, SpeakerGuess>;
}

interface LastSpeaker {
  actorId: string;
  label: string;
  blockIndex: number;
}

/** What the rules for one quote may look up beyond its sentence: antecedents before and after it. */
interface Lookup {
  input: AttributionInput;
  context: AntecedentContext;
  blockIndex: number;
  /** The named actor, or an unnamed source quoted since ("… an official said. “…,” she added"). */
  antecedent: (pronoun: string, before: number, among?: ReadonlySet<string>) => Antecedent | null;
}

const guessOf = (speaker: string | null, speakerLabel: string | null, attribution: Attribution, rule: string): SpeakerGuess => ({
  speaker,
  speakerLabel,
  attribution,
  rule,
});

/** A pronoun's (or possessive's) antecedent as a guess: named, or the unnamed source before it. */
function carriedTo(found: Antecedent | null, lookup: Lookup, what: string, direct: boolean): SpeakerGuess {
  if (!found) return guessOf(null, null, 'unattributed', `“${what}” with no one named before it`);
  if (found.actorId === null) return guessOf(null, found.label, 'anonymous', `“${what}” carried from the unnamed source before it`);
  const label = lookup.input.names.get(found.actorId) ?? null;
  if (found.lastQuoted)
    return guessOf(found.actorId, label, 'carried', `“${what}” carried from the last speaker quoted, no one named since`);
  return direct
    ? guessOf(found.actorId, label, 'direct', `“${what}” refers to a speaker named earlier in the sentence`)
    : guessOf(
        found.actorId,
        label,
        'carried',
        `“${what}” carried from the ${isOrganisationPronoun(what) ? 'last organisation' : 'person'} named before it`,
      );
}

/**
 * “his ‘strenuous’ denial”: the possessor speaks; “Trump’s ‘America First’ policy”: a thing's
 * name; but a phrase standing as a noun itself in reported speech (“Esper said Huawei is … for
 * China’s ‘nefarious strategy’ to infiltrate”) quotes the speaker's words.
 */
function possessiveGuess(quote: ExtractedQuote, part: Span, read: ReadBlock, lookup: Lookup): SpeakerGuess | null {
  if (quote.kind !== 'phrase') return null;
  const owner = possessiveBefore(read.masked, part);
  if (!owner) return null;
  const reported = (read.verbs[sentenceIndex(read.bounds, part.start)] ?? []).some((verb) => verb.end <= part.start);
  if (!owner.saying)
    return owner.named && (owner.modifiesNoun || !reported)
      ? guessOf(null, null, 'term', 'phrase after a possessive: the name of a thing')
      : null;
  if (owner.pronoun) return carriedTo(lookup.antecedent(owner.pronoun, part.start), lookup, owner.pronoun, false);
  const named = read.named.findLast((m) => m.end <= part.start && part.start - m.end <= 4);
  return named
    ? guessOf(
        named.actorId,
        lookup.input.names.get(named.actorId) ?? named.alias,
        'direct',
        'a noun of saying after the speaker’s possessive',
      )
    : null;
}

/** The candidate who speaks through `verb`: its subject, else the person nearest it, else an organisation. */
function speakingCandidate(read: ReadBlock, index: number, verb: Span | undefined, people: ReadonlySet<string>): Candidate | undefined {
  const all = (read.candidates[index] ?? []).filter((c) => !ADDRESSEE_BEFORE.test(read.masked.slice(Math.max(0, c.start - 24), c.start)));
  if (!verb) return undefined;
  const quoted = quotedAs(all, verb, read.masked) ?? sayerOfReportedClause(all, read.verbs[index] ?? [], verb, read.masked);
  if (quoted) return quoted;
  const subject = subjectBefore(all, verb, read.masked);
  const speaking = all.filter((c) => c.kind !== 'country');
  const pool = speaking.filter(
    (c) =>
      c.kind === 'anonymous' ||
      c.kind === 'role' ||
      (c.kind === 'pronoun' && !isOrganisationPronoun(c.text)) ||
      (c.actorId !== null && people.has(c.actorId)),
  );
  const pooled = pool.length > 0 ? pool : speaking;
  // "a memorandum stating that vetting a company must include “…”": what the that-clause names did not say it.
  const reported = /^\s+that\b/.test(read.masked.slice(verb.end, verb.end + 6)) ? pooled.filter((c) => c.end <= verb.start) : [];
  const preferred = reported.length > 0 ? reported : pooled;
  if (sharesSubject(verb, read.masked)) {
    const first = [...preferred].filter((c) => c.end <= verb.start).sort((a, b) => a.start - b.start)[0];
    if (subject ?? first) return subject ?? first;
  }
  // The object of a preposition ("in deep discussion with Dowden") is not who speaks, unless no one else is there.
  const clauseSubjects = preferred.filter((c) => !isPrepositionObject(read.masked, c));
  const ranked = clauseSubjects.length > 0 ? clauseSubjects : preferred;
  return subject ?? [...ranked].sort((a, b) => gap(a, verb) - gap(b, verb))[0];
}

/** Offices news names by what they do: a country's "top diplomat" is its foreign minister. */
const OFFICE_TITLES: Record<string, readonly string[]> = {
  diplomat: ['secretary of state', 'foreign minister', 'foreign secretary', 'minister of foreign affairs', 'foreign affairs'],
  'head of government': ['prime minister', 'premier', 'chancellor'],
  'head of state': ['president', 'king', 'queen'],
  // A secretary in a cabinet ("the Culture Secretary", "Commerce Secretary") is one of its ministers.
  minister: ['minister', 'secretary'],
};
const ENVOY_TITLES = ['ambassador', 'envoy', 'mission'];

/** A speaker named by office alone: the last person named with that title, or in a lede the next. */
/**
 * Who may hold the office a role names: a title with the office's words in it, and, where the role
 * names a country ("China's top diplomat"), none that names another one ("US Secretary of State").
 */
function officeHolders(role: string, sentDown: boolean, titles: ReadonlyMap<string, readonly string[]>): Set<string> {
  const office = role.toLowerCase().match(/head of (?:government|state)$/)?.[0];
  const word = office ?? role.toLowerCase().split(' ').at(-1) ?? '';
  // "top diplomat to the EU" is an envoy abroad, not the foreign minister at home.
  const titleWords = word === 'diplomat' && sentDown ? ENVOY_TITLES : (OFFICE_TITLES[word] ?? [word]);
  const country = findCountries(role)[0]?.code;
  // "the minister" is not the prime minister, nor "the president" the vice president: the press names those in full.
  const qualified = new RegExp(String.raw`\b(?:prime|vice|deputy)[ -]${word}\b`, 'i');
  const fits = (title: string) => {
    const named = findCountries(title).map((c) => c.code);
    return (
      titleWords.some((w) => title.toLowerCase().includes(w)) &&
      (!country || named.length === 0 || named.includes(country)) &&
      (!qualified.test(title) || qualified.test(role))
    );
  };
  return new Set([...titles].filter(([, held]) => held.some(fits)).map(([id]) => id));
}

function roleGuess(best: Candidate, lookup: Lookup): SpeakerGuess {
  const read = lookup.context.reads[lookup.blockIndex];
  const sentDown = /^\s+to\b/.test(read?.masked.slice(best.end, best.end + 4) ?? '');
  // "the 93-year-old" is whichever person was named last; an office, whoever holds it.
  const titles = lookup.input.titles ?? new Map<string, readonly string[]>();
  const holders = best.text.endsWith('year-old') ? lookup.context.people : officeHolders(best.text, sentDown, titles);
  // An office no one named holds ("the Culture Secretary has said", "“…,” the minister told Sky News")
  // is the press varying its words for a person it names nearby who holds no other office.
  const untitled = new Set([...lookup.context.people].filter((id) => (titles.get(id) ?? []).length === 0));
  for (const [among, what] of [
    [holders, 'with that title'],
    [untitled, 'who holds no other office'],
  ] as const) {
    const before = lookup.antecedent('person', best.start, among)?.actorId;
    const holder = before ?? namedAfter(lookup.context, { blockIndex: lookup.blockIndex, offset: best.end }, among);
    if (holder)
      return guessOf(
        holder,
        lookup.input.names.get(holder) ?? null,
        'carried',
        `“${best.text}” carried to the ${before ? 'last' : 'next'} person named ${what}`,
      );
  }
  return guessOf(null, best.text, 'anonymous', 'a speaker named by office alone');
}

/** "Maciej Wasik, the deputy head of …, said", "Lin, the U.S. State Department’s envoy": an office set beside a person's name is that person's. */
function appositive(role: Candidate, read: ReadBlock, index: number, lookup: Lookup): SpeakerGuess | null {
  const person = (read.candidates[index] ?? []).find(
    (c) =>
      c.kind === 'actor' &&
      c.actorId !== null &&
      lookup.input.people.has(c.actorId) &&
      /^\s*,\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(read.masked.slice(c.end, role.start)),
  );
  return person?.actorId
    ? guessOf(
        person.actorId,
        lookup.input.names.get(person.actorId) ?? person.text,
        'direct',
        `“${role.text}” set beside the speaker’s name`,
      )
    : null;
}

/** An unnamed source; “the company” or “the official” takes up the one named or described before. */
/** The pronoun a possessive stands for: "its statement" is the statement of whatever "it" is. */
const POSSESSIVE_PRONOUNS: Record<string, string> = { its: 'it', their: 'they', his: 'he', her: 'she' };

function anonymousGuess(best: Candidate, lookup: Lookup): SpeakerGuess {
  const owner = POSSESSIVE_PRONOUNS[best.text.split(' ')[0]?.toLowerCase() ?? ''];
  if (owner) return carriedTo(lookup.antecedent(owner, best.start), lookup, owner, false);
  const head = /^the\b/i.test(best.text) ? sourceHead(best.text) : null;
  const at = { blockIndex: lookup.blockIndex, offset: best.start };
  if (head && ORGANISATION_HEADS.has(head)) {
    // As "it" does, but in its own sentence the nearest organisation, even one after "for"; "the
    // embassy" is the last one with "embassy" in its name, "the firm" the last company, where there is one.
    const titled = new Set([...lookup.input.names].filter(([, name]) => name.toLowerCase().includes(head)).map(([id]) => id));
    // "The Chinese embassy" names an embassy of its own unless one has been named.
    const named =
      (titled.size > 0 ? namedBefore(lookup.context, at, 'it', titled, true) : null) ??
      (head === 'embassy' ? null : namedBefore(lookup.context, at, 'it', undefined, true));
    if (named?.actorId)
      return guessOf(
        named.actorId,
        lookup.input.names.get(named.actorId) ?? null,
        'carried',
        `“${best.text}” carried to the last organisation named`,
      );
  }
  const described = head ? describedBefore(lookup.context, at, head) : null;
  if (described) return guessOf(null, described, 'anonymous', `“${best.text}” takes up the unnamed source described before it`);
  // "the executive said", with no executive described before: the person the text is about.
  const person = head && isPersonHead(head) ? namedBefore(lookup.context, at, 'person')?.actorId : undefined;
  return person
    ? guessOf(person, lookup.input.names.get(person) ?? null, 'carried', `“${best.text}” carried to the person named before it`)
    : guessOf(null, best.text, 'anonymous', 'speech verb with an unnamed source in the sentence');
}

/** A government named in the block after the organisation found ("the Australian government said …, it said"), as printed. */
function governmentBefore(read: ReadBlock, before: number, found: Antecedent | null, blockIndex: number): string | null {
  const named = read.candidates
    .flat()
    .filter((c) => c.kind === 'country' && /government$/i.test(c.text) && c.end <= before)
    .at(-1);
  const later = named && (!found || found.blockIndex < blockIndex || found.start < named.start);
  return later ? named.text : null;
}

/**
 * The sentence whose verb attributes a quote: its own; or, for a statement standing alone in its
 * sentence, the one before it in the paragraph when that one reports someone speaking ("…, and
 * said it would work with partners. “We will invest here.”").
 */
function attributingSentence(quote: ExtractedQuote, part: Span, read: ReadBlock): { index: number; verb: Span | undefined } {
  const index = sentenceIndex(read.bounds, part.start);
  const verb = attributingVerb(read.verbs[index] ?? [], part, read.masked, read.bounds[index]?.start);
  const bounds = read.bounds[index];
  if (verb || quote.kind !== 'statement' || index === 0 || !bounds) return { index, verb };
  const alone = /^[\s■“”"‘’'.,;:…—–-]*$/.test(read.masked.slice(bounds.start, bounds.end));
  const reported = read.verbs[index - 1]?.at(-1);
  return alone && reported ? { index: index - 1, verb: reported } : { index, verb };
}

function guessSpeaker(quote: ExtractedQuote, read: ReadBlock, lookup: Lookup): SpeakerGuess | null {
  const start = quote.parts[0]?.start ?? 0;
  const part = { start, end: quote.parts[0]?.end ?? start };
  const owned = possessiveGuess(quote, part, read, lookup);
  if (owned) return owned;
  const sentence = attributingSentence(quote, part, read);
  const guess = guessInSentence(quote, part, read, lookup, sentence);
  const before = sentence.index !== sentenceIndex(read.bounds, start);
  if (!guess || !before) return guess;
  return {
    ...guess,
    attribution: guess.attribution === 'direct' ? 'carried' : guess.attribution,
    rule: `a statement standing alone, after a sentence reporting its speaker: ${guess.rule}`,
  };
}

/** The speaker the attributing sentence's verb gives, by the rules in the header. */
function guessInSentence(
  quote: ExtractedQuote,
  part: Span,
  read: ReadBlock,
  lookup: Lookup,
  { index, verb: found }: { index: number; verb: Span | undefined },
): SpeakerGuess | null {
  // A phrase before a participle ("sent Johnson a “real appeal”, asking him …") is its object, not words said.
  const verb = quote.kind === 'phrase' && found && found.start >= part.end && sharesSubject(found, read.masked) ? undefined : found;
  const best = speakingCandidate(read, index, verb, lookup.input.people);
  if (best?.kind === 'actor' && best.actorId)
    return guessOf(
      best.actorId,
      lookup.input.names.get(best.actorId) ?? best.text,
      'direct',
      'speech verb with a named speaker in the sentence',
    );
  if (best?.kind === 'country') return guessOf(null, best.text, 'direct', 'a country or its government as the subject of the verb');
  if (best?.kind === 'anonymous') return anonymousGuess(best, lookup);
  if (best?.kind === 'role') return appositive(best, read, index, lookup) ?? roleGuess(best, lookup);
  if (best?.kind === 'pronoun') {
    const found = lookup.antecedent(best.text, best.start);
    const government = isOrganisationPronoun(best.text) ? governmentBefore(read, best.start, found, lookup.blockIndex) : null;
    if (government) return guessOf(null, government, 'carried', `“${best.text}” carried from the government named before it`);
    // "Senator Mark Warner … said that he was" names the speaker in the same sentence.
    const namedHere = (read.candidates[index] ?? []).some(
      (c) => c.actorId !== null && c.actorId === found?.actorId && c.start < best.start,
    );
    return carriedTo(found, lookup, best.text, namedHere);
  }
  if (quote.kind === 'phrase' && !verb) return guessOf(null, null, 'term', 'short phrase with no speech verb: a scare quote');
  return null;
}

/**
 * The person the paragraph before reports as speaking ("Mahathir warned …, he said."): its speech
 * verbs' subject. A photo's caption between them is passed over.
 */
function reportedSpeaker(lookup: Lookup): string | null {
  const { context, blockIndex } = lookup;
  const index = lookup.input.blocks.findLastIndex((block, i) => i < blockIndex && block.kind !== 'caption');
  const previous = context.reads[index];
  if (!previous || previous.verbs.every((verbs) => verbs.length === 0)) return null;
  return namedBefore(context, { blockIndex: index, offset: previous.masked.length }, 'person')?.actorId ?? null;
}

/**
 * The guess for a quote no rule attributes: carried from the last speaker, or (opening its
 * paragraph) from the person the paragraph before reports as speaking, or left to an editor.
 */
function fallbackGuess(quote: ExtractedQuote, last: LastSpeaker | null, lookup: Lookup): SpeakerGuess {
  const { blockIndex } = lookup;
  if (quote.kind !== 'statement') return guessOf(null, null, 'unattributed', 'no rule applies');
  if (last && blockIndex - last.blockIndex <= 1)
    return guessOf(last.actorId, last.label, 'carried', 'statement with no speaker of its own, after a quoted speaker');
  const opensParagraph = (lookup.context.reads[blockIndex]?.masked.slice(0, quote.parts[0]?.start ?? 0).trim() ?? '') === '';
  const reported = opensParagraph ? reportedSpeaker(lookup) : null;
  return reported
    ? guessOf(
        reported,
        lookup.input.names.get(reported) ?? null,
        'carried',
        'statement opening a paragraph after one reporting what its speaker said',
      )
    : guessOf(null, null, 'unattributed', 'no rule applies');
}

/**
 * "he said", with no one named within a pronoun's reach: a long interview's speaker, quoted last,
 * whose "he added … he said" runs on past the paragraph that named him.
 */
function continuedSpeaker(pronoun: string, last: LastSpeaker | null, context: AntecedentContext): Antecedent | null {
  if (!last || !['he', 'she'].includes(pronoun.toLowerCase()) || !context.people.has(last.actorId)) return null;
  if (!pronounFits(pronoun, context.genders.get(last.actorId) ?? null)) return null;
  return { actorId: last.actorId, label: null, blockIndex: last.blockIndex, start: 0, lastQuoted: true };
}

export function attributeQuotes(input: AttributionInput): Map<string, SpeakerGuess> {
  const { blocks, quotes, matcher, fixed = new Map<string, SpeakerGuess>() } = input;
  const guesses = new Map<string, SpeakerGuess>();
  const partsByBlock = new Map<string, QuotePart[]>();
  const quotesByBlock = new Map<string, ExtractedQuote[]>();
  const listIn = <T>(map: Map<string, T[]>, key: string): T[] => map.get(key) ?? map.set(key, []).get(key) ?? [];
  for (const quote of quotes) {
    for (const part of quote.parts) listIn(partsByBlock, part.blockId).push(part);
    listIn(quotesByBlock, quote.blockId).push(quote);
  }
  const reads = blocks.map((block) => readBlock(block.text, partsByBlock.get(block.id) ?? [], matcher));
  const context: AntecedentContext = { reads, people: input.people, genders: input.genders ?? new Map() };
  let last: LastSpeaker | null = null;
  let lastUnnamed: Antecedent | null = null;
  const lookupAt = (blockIndex: number): Lookup => ({
    input,
    context,
    blockIndex,
    antecedent: (pronoun, before, among) => {
      const at = { blockIndex, offset: before };
      const named = namedBefore(context, at, pronoun, among);
      if (among) return named;
      // An unnamed source is a person ("she") or a document ("it"), not a group named as "they";
      // the latest of the named, the quoted and the described is the antecedent.
      const quoted = lastUnnamed && blockIndex - lastUnnamed.blockIndex <= 1 && pronoun.toLowerCase() !== 'they' ? lastUnnamed : null;
      const found = [quoted, describedPersonBefore(context, at, pronoun)].reduce<Antecedent | null>(
        (latest, candidate) => (candidate && isLater(candidate, latest) ? candidate : latest),
        named,
      );
      return found ?? continuedSpeaker(pronoun, last, context);
    },
  });

  blocks.forEach((block, blockIndex) => {
    const read = reads[blockIndex];
    if (!read) return;
    const lookup = lookupAt(blockIndex);
    for (const quote of quotesByBlock.get(block.id) ?? []) {
      const outer = quote.nestedIn ? guesses.get(quote.nestedIn) : undefined;
      const guess: SpeakerGuess =
        fixed.get(quote.id) ??
        (quote.nestedIn
          ? guessOf(null, null, 'term', `nested in a quote${outer?.speakerLabel ? ` by ${outer.speakerLabel}` : ''}`)
          : (guessSpeaker(quote, read, lookup) ?? fallbackGuess(quote, last, lookup)));
      guesses.set(quote.id, guess);
      if (guess.speaker) last = { actorId: guess.speaker, label: guess.speakerLabel ?? '', blockIndex };
      if (guess.attribution === 'anonymous' && guess.speakerLabel)
        lastUnnamed = { actorId: null, label: guess.speakerLabel, blockIndex, start: quote.parts[0]?.start ?? 0 };
    }
  });
  return guesses;
}
