/**
 * Who said each quote, and how we know. Rules, per sentence:
 * - The attributing speech verb (any form of say, tell, write, warn, insist, add, according to …,
 *   from the language layer's lemma list) is the one just after the quote (“…,” said Strayer),
 *   else the nearest before it.
 * - The speaker is the person nearest that verb, named, unnamed or "he"/"she"; an organisation
 *   (or "they") only when no person is in the sentence. A named actor: `direct`.
 * - A verb in the infinitive ("to explain") attributes nothing, and whoever is spoken or told to
 *   ("spoke to Trump", "told the ABC") is not the speaker.
 * - "he" or "she": `carried` from the person named before it: in its own sentence the nearest, in
 *   an earlier one that sentence's first (its subject, most often), skipping names whose presumed
 *   gender does not fit; "they", and "it" just before a speech verb: from the last organisation.
 * - The same with an unnamed source ("a person familiar with the debate", "one Western
 *   official", "a State Department spokesman"): `anonymous`, labelled as the article puts it.
 * - A statement standing alone in its sentence, after a quoted speaker: `carried`.
 * - A short phrase with no speech verb around it: `term` (a scare quote), no speaker.
 * - Anything else: `unattributed`, for an editor to settle in the overrides file.
 * Quoted text is masked while the rules read a sentence, so a name inside a quote never speaks.
 * Each block's sentences, verbs and candidates are found once and each quote looks its sentence
 * up, so the cost is linear in the quotes of a paragraph.
 */
import type { ActorMatch, ActorMatcher } from '../actors/mentions';
import { pronounFits, type PresumedGender } from '../language/gender';
import { speechVerbPattern } from '../language/speech-verbs';
import type { ExtractedQuote, QuotePart, TextBlock } from './extract';
import type { Attribution } from '../../vocabulary/attributions';

export interface SpeakerGuess {
  speaker: string | null;
  /** How the article names the speaker: an actor's name as printed, or the anonymous description. */
  speakerLabel: string | null;
  attribution: Attribution;
  /** Which rule decided, for the methodology page and the tests. */
  rule: string;
}

const PRONOUNS = /\b(?:he|she|they)\b/gi;
/** "it" speaks only as the subject of a speech verb ("it said in a statement"). */
const IT_SPEAKING = () => new RegExp(String.raw`\b[Ii]t(?=\s+(?:(?:has|had|also)\s+)?(?:${speechVerbPattern().source}))`, 'g');
/** Whoever is spoken or told to is not the speaker ("spoke to Trump", "told the ABC"); "according to" names one. */
const ADDRESSEE_BEFORE = /(?:(?<!according\s)\bto|\b(?:told|tells?|telling))\s+(?:the\s+)?$/i;
/** A verb after "to" is an infinitive ("to explain the decision"): it reports no one's words. */
const INFINITIVE_BEFORE = /\bto\s+$/i;
/** Organisation pronouns: their antecedent is the last organisation named. */
const isOrganisationPronoun = (pronoun: string) => ['they', 'it'].includes(pronoun.toLowerCase());
/** A person named by office alone ("the prime minister said"): the last person named with that title. */
const ROLE_NOUNS =
  /\b[Tt]he (?:(?:US|U\.S\.|British|Chinese|German|French|Canadian|Australian) )?(prime minister|president|chancellor|senator|secretary of state|foreign secretary|foreign minister|minister|ambassador|chief executive|chairman|chairwoman)\b/g;
/** Words that may stand between "a" and the noun of an unnamed source: "a senior government official". */
const SOURCE_MODIFIER = String.raw`(?:\p{Lu}[\p{L}.'’-]*|senior|junior|top|former|high-ranking|government|administration|intelligence|security|industry|company|telecoms?|diplomatic|military|congressional|cabinet|trade|defen[cs]e|foreign|western|european|state|department|ministry|official|unnamed|anonymous|second|third|other|another|two|three|several)`;
const SOURCE_NOUN = String.raw`(?:person|people|officials?|company|firm|ministry|embassy|MPs|ministers|spokes(?:man|woman|person)|sources?|participants|diplomats?|executives?|insiders?|aides?|lawmakers?|analysts?|declaration|letter|memo|filing|guidelines|communiqu[ée])`;
/** An unnamed source, kept whole as the article words it; not when a name follows ("spokesman Morgan Ortagus") or as a possessive ("the company’s chairman"). */
const ANONYMOUS = new RegExp(
  String.raw`\b(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Aa]nother)\s+)?(?:${SOURCE_MODIFIER}\s+){0,3}${SOURCE_NOUN}\b(?!\s+\p{Lu}|['’]s\b)(?:\s+(?:(?:(?:directly|closely) )?familiar with|close to|briefed on|with knowledge of|of the said meeting)(?:\s+[^,.;:■“”"]+)?)?`,
  'gu',
);
/** A speech verb this close after a quote attributes it ("…,” said Strayer), whatever came before. */
const TRAILING_VERB_REACH = 30;

interface Candidate {
  start: number;
  end: number;
  kind: 'actor' | 'pronoun' | 'anonymous' | 'role';
  actorId: string | null;
  text: string;
}

interface LastSpeaker {
  actorId: string;
  label: string;
  blockIndex: number;
}

/** The block's text with every quote's characters replaced, so offsets (UTF-16) stay put. */
function maskQuotes(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  const chars = text.split('');
  for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = '■';
  return chars.join('');
}

type Span = { start: number; end: number };

/** Sentence bounds of a masked block, so quoted stops do not split a sentence. */
function sentenceBounds(masked: string): Span[] {
  const cuts = [0, ...[...masked.matchAll(/[.!?](?:■*)\s+(?=[\p{Lu}■“"‘'(])/gu)].map((m) => m.index + m[0].length), masked.length];
  return cuts.slice(1).map((end, i) => ({ start: cuts[i] ?? 0, end }));
}

/** The index of the sentence holding `offset`, by binary search over the bounds. */
function sentenceIndex(bounds: readonly Span[], offset: number): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((bounds[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function candidatesIn(masked: string, { start: from, end: to }: Span, matcher: ActorMatcher): Candidate[] {
  const sentence = masked.slice(from, to);
  const out: Candidate[] = [];
  const free = (start: number, end: number) => !out.some((c) => start < c.end && end > c.start);
  // Unnamed sources first: "A State Department spokesman" is a source, not the State Department.
  for (const m of sentence.matchAll(ANONYMOUS)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'anonymous', actorId: null, text: m[0].trim() });
  }
  for (const m of matcher.find(sentence)) {
    if (free(from + m.start, from + m.end))
      out.push({ start: from + m.start, end: from + m.end, kind: 'actor', actorId: m.actorId, text: m.alias });
  }
  for (const m of sentence.matchAll(ROLE_NOUNS)) {
    if (free(from + m.index, from + m.index + m[0].length))
      out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'role', actorId: null, text: m[0] });
  }
  for (const m of [...sentence.matchAll(PRONOUNS), ...sentence.matchAll(IT_SPEAKING())]) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'pronoun', actorId: null, text: m[0] });
  }
  return out;
}

const gap = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** Between a quote and its trailing verb: nothing, a name, or a pronoun ("…,” Hannigan continued). */
const TRAILING_GAP = /^[\s,.;:]*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)?$/u;

/** The verb that attributes a quote: one just after it, else the nearest before it, else the nearest after. */
function attributingVerb(verbs: readonly Span[], quote: Span, masked: string): Span | undefined {
  const after = verbs.filter((v) => v.start >= quote.end);
  const before = verbs.filter((v) => v.end <= quote.start);
  const trailing = after[0];
  if (trailing && trailing.start - quote.end <= TRAILING_VERB_REACH && TRAILING_GAP.test(masked.slice(quote.end, trailing.start)))
    return trailing;
  return before.at(-1) ?? trailing ?? verbs[0];
}

export interface AttributionInput {
  blocks: readonly TextBlock[];
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

/** How far back a pronoun looks for its antecedent, in blocks. */
const PRONOUN_REACH = 3;

/** One block as the rules read it: masked text, sentences, and what each sentence holds, found once. */
interface ReadBlock {
  masked: string;
  bounds: Span[];
  verbs: Span[][];
  candidates: Candidate[][];
  /** Actors named in the block (outside quotes), in order: for pronouns' antecedents. */
  named: ActorMatch[];
}

function readBlock(text: string, parts: readonly QuotePart[], matcher: ActorMatcher): ReadBlock {
  const masked = maskQuotes(text, parts);
  const bounds = sentenceBounds(masked);
  const verbs = bounds.map(() => [] as Span[]);
  for (const m of masked.matchAll(speechVerbPattern())) {
    if (INFINITIVE_BEFORE.test(masked.slice(Math.max(0, m.index - 4), m.index)) && !/^according/i.test(m[0])) continue;
    verbs[sentenceIndex(bounds, m.index)]?.push({ start: m.index, end: m.index + m[0].length });
  }
  return { masked, bounds, verbs, candidates: bounds.map((b) => candidatesIn(masked, b, matcher)), named: matcher.find(masked) };
}

/** The rules for one quote that has no preset: the speaker nearest its verb, a pronoun, a source. */
/** Where a pronoun's antecedent was named: the block and the offset in it. */
interface Antecedent {
  actorId: string | null;
  /** The unnamed source's description, when the antecedent is one. */
  label: string | null;
  blockIndex: number;
  start: number;
}

const isLater = (a: Antecedent, b: Antecedent | null) =>
  b === null || a.blockIndex > b.blockIndex || (a.blockIndex === b.blockIndex && a.start > b.start);

function guessSpeaker(
  quote: ExtractedQuote,
  read: ReadBlock,
  input: AttributionInput,
  antecedent: (pronoun: string, before: number, among?: ReadonlySet<string>) => Antecedent | null,
): SpeakerGuess | null {
  const { names, people } = input;
  const start = quote.parts[0]?.start ?? 0;
  const part = { start, end: quote.parts[0]?.end ?? start };
  // “Trump’s ‘America First’ policy”: a phrase after a possessive names a thing; nobody says it.
  if (quote.kind === 'phrase' && /['’]s\s*$/u.test(read.masked.slice(Math.max(0, start - 3), start))) {
    return { speaker: null, speakerLabel: null, attribution: 'term', rule: 'phrase after a possessive: the name of a thing' };
  }
  const index = sentenceIndex(read.bounds, start);
  const verb = attributingVerb(read.verbs[index] ?? [], part, read.masked);
  const candidates = read.candidates[index] ?? [];
  // People speak: named, unnamed or as a pronoun ("he said"), the nearest to the verb; an
  // organisation only when no person is in the sentence.
  const speaking = candidates.filter((c) => !ADDRESSEE_BEFORE.test(read.masked.slice(Math.max(0, c.start - 24), c.start)));
  const speakers = speaking.filter(
    (c) =>
      c.kind === 'anonymous' ||
      c.kind === 'role' ||
      (c.kind === 'pronoun' && !isOrganisationPronoun(c.text)) ||
      (c.actorId !== null && people.has(c.actorId)),
  );
  const pool = speakers.length > 0 ? speakers : speaking;
  // "Kent said that officials did not ask, but said, “…”": a coordinated verb shares the sentence's subject.
  const coordinated =
    verb !== undefined && /\b(?:but|and)\s+(?:also\s+)?$/.test(read.masked.slice(Math.max(0, verb.start - 12), verb.start));
  const subject = coordinated ? [...pool].filter((c) => c.end <= (verb?.start ?? 0)).sort((a, b) => a.start - b.start)[0] : undefined;
  const best = subject ?? (verb ? [...pool].sort((a, b) => gap(a, verb) - gap(b, verb))[0] : undefined);
  if (best?.kind === 'actor' && best.actorId) {
    return {
      speaker: best.actorId,
      speakerLabel: names.get(best.actorId) ?? best.text,
      attribution: 'direct',
      rule: 'speech verb with a named speaker in the sentence',
    };
  }
  if (best?.kind === 'anonymous') {
    return { speaker: null, speakerLabel: best.text, attribution: 'anonymous', rule: 'speech verb with an unnamed source in the sentence' };
  }
  if (best?.kind === 'role') {
    const office = best.text.replace(/^[Tt]he /, '').toLowerCase();
    const holder = [...(input.titles ?? new Map<string, readonly string[]>())].filter(([, titles]) =>
      titles.some((t) => t.toLowerCase().includes(office.split(' ').at(-1) ?? office)),
    );
    const named = holder.length > 0 ? antecedent('he', best.start, new Set(holder.map(([id]) => id))) : null;
    if (named?.actorId)
      return {
        speaker: named.actorId,
        speakerLabel: names.get(named.actorId) ?? null,
        attribution: 'carried',
        rule: `“${best.text}” carried to the last person named with that title`,
      };
    return { speaker: null, speakerLabel: best.text, attribution: 'anonymous', rule: 'a speaker named by office alone' };
  }
  if (best?.kind === 'pronoun') {
    const found = antecedent(best.text, best.start);
    if (!found)
      return { speaker: null, speakerLabel: null, attribution: 'unattributed', rule: `“${best.text}” with no one named before it` };
    if (found.actorId === null) {
      return {
        speaker: null,
        speakerLabel: found.label,
        attribution: 'anonymous',
        rule: `“${best.text}” carried from the unnamed source before it`,
      };
    }
    const actor = found.actorId;
    // "Senator Mark Warner … said that he was" names the speaker in the same sentence.
    const namedHere = candidates.some((c) => c.actorId === actor && c.start < best.start);
    const label = names.get(actor) ?? null;
    return namedHere
      ? {
          speaker: actor,
          speakerLabel: label,
          attribution: 'direct',
          rule: `“${best.text}” refers to a speaker named earlier in the sentence`,
        }
      : {
          speaker: actor,
          speakerLabel: label,
          attribution: 'carried',
          rule: `“${best.text}” carried from the ${isOrganisationPronoun(best.text) ? 'last organisation' : 'person'} named before it`,
        };
  }
  if (quote.kind === 'phrase' && !verb)
    return { speaker: null, speakerLabel: null, attribution: 'term', rule: 'short phrase with no speech verb: a scare quote' };
  return null;
}

export function attributeQuotes(input: AttributionInput): Map<string, SpeakerGuess> {
  const { blocks, quotes, matcher, people, fixed = new Map<string, SpeakerGuess>() } = input;
  const guesses = new Map<string, SpeakerGuess>();
  const partsByBlock = new Map<string, QuotePart[]>();
  const quotesByBlock = new Map<string, ExtractedQuote[]>();
  const listIn = <T>(map: Map<string, T[]>, key: string): T[] => map.get(key) ?? map.set(key, []).get(key) ?? [];
  for (const quote of quotes) {
    for (const part of quote.parts) listIn(partsByBlock, part.blockId).push(part);
    listIn(quotesByBlock, quote.blockId).push(quote);
  }
  const reads = blocks.map((block) => readBlock(block.text, partsByBlock.get(block.id) ?? [], matcher));
  let last: LastSpeaker | null = null;
  let lastUnnamed: Antecedent | null = null;

  /** The actor a pronoun stands for: the last person (or, for "they", organisation) named before it. */
  const namedBefore = (blockIndex: number, pronoun: string, before: number, among?: ReadonlySet<string>): Antecedent | null => {
    const wantPerson = !isOrganisationPronoun(pronoun);
    const fits = (id: string) =>
      people.has(id) === wantPerson && (among === undefined || among.has(id)) && pronounFits(pronoun, input.genders?.get(id) ?? null);
    for (let i = blockIndex; i >= Math.max(0, blockIndex - PRONOUN_REACH); i--) {
      const read = reads[i];
      if (!read) continue;
      const own = i === blockIndex ? sentenceIndex(read.bounds, before) : null;
      const limit = i === blockIndex ? sentenceIndexOfMatch(read.named, before) : read.named.length;
      const match = antecedentInBlock(read, limit, wantPerson ? own : 'every', fits);
      if (match) return { actorId: match.actorId, label: null, blockIndex: i, start: match.start };
    }
    return null;
  };
  /** The named actor, or an unnamed source quoted since ("… an official said. “…,” she added"). */
  const antecedentIn =
    (blockIndex: number) =>
    (pronoun: string, before: number, among?: ReadonlySet<string>): Antecedent | null => {
      const named = namedBefore(blockIndex, pronoun, before, among);
      if (among) return named;
      // An unnamed source is a person ("she") or a document ("it"), not a group named as "they".
      const unnamed = lastUnnamed && blockIndex - lastUnnamed.blockIndex <= 1 && pronoun.toLowerCase() !== 'they' ? lastUnnamed : null;
      return unnamed && isLater(unnamed, named) ? unnamed : named;
    };

  blocks.forEach((block, blockIndex) => {
    const read = reads[blockIndex];
    if (!read) return;
    for (const quote of quotesByBlock.get(block.id) ?? []) {
      const outer = quote.nestedIn ? guesses.get(quote.nestedIn) : undefined;
      const guess: SpeakerGuess =
        fixed.get(quote.id) ??
        (quote.nestedIn
          ? {
              speaker: null,
              speakerLabel: null,
              attribution: 'term',
              rule: `nested in a quote${outer?.speakerLabel ? ` by ${outer.speakerLabel}` : ''}`,
            }
          : (guessSpeaker(quote, read, input, antecedentIn(blockIndex)) ??
            (quote.kind === 'statement' && last && blockIndex - last.blockIndex <= 1
              ? {
                  speaker: last.actorId,
                  speakerLabel: last.label,
                  attribution: 'carried',
                  rule: 'statement with no speaker of its own, after a quoted speaker',
                }
              : { speaker: null, speakerLabel: null, attribution: 'unattributed', rule: 'no rule applies' })));
      guesses.set(quote.id, guess);
      if (guess.speaker) last = { actorId: guess.speaker, label: guess.speakerLabel ?? '', blockIndex };
      if (guess.attribution === 'anonymous' && guess.speakerLabel)
        lastUnnamed = { actorId: null, label: guess.speakerLabel, blockIndex, start: quote.parts[0]?.start ?? 0 };
    }
  });
  return guesses;
}

/**
 * A pronoun's antecedent among the first `limit` names of a block, sentence by sentence from the
 * last: in the pronoun's own sentence (or in every one, for "they") the nearest name before it; in
 * an earlier sentence its first fitting name, most often its subject ("Hannigan cited … Trump’s
 * statement … He noted": Hannigan).
 */
function antecedentInBlock(
  read: ReadBlock,
  limit: number,
  nearestIn: number | null | 'every',
  fits: (id: string) => boolean,
): ActorMatch | undefined {
  const sentenceOf = (match: ActorMatch) => sentenceIndex(read.bounds, match.start);
  let last = limit - 1;
  while (last >= 0) {
    const lastMatch = read.named[last];
    if (!lastMatch) break;
    const sentence = sentenceOf(lastMatch);
    let first = last;
    while (first > 0 && sentenceOf(read.named[first - 1] as ActorMatch) === sentence) first--;
    const inSentence = read.named.slice(first, last + 1);
    const ordered = nearestIn === 'every' || nearestIn === sentence ? inSentence.reverse() : inSentence;
    const found = ordered.find((match) => fits(match.actorId));
    if (found) return found;
    last = first - 1;
  }
  return undefined;
}

/** How many of the (ordered) matches end before `offset`, by binary search. */
function sentenceIndexOfMatch(matches: readonly ActorMatch[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((matches[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
