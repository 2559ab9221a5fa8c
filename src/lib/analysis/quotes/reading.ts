/**
 * How the attribution rules read a block of text: its quotes masked (so a name inside a quote never
 * speaks), its sentences, the speech verbs in each, and each sentence's candidate speakers
 * (named actors, pronouns, unnamed sources, people named by office), all found once per block.
 */
import type { ActorMatch, ActorMatcher } from '../actors/mentions';
import { findCountries } from '../language/places';
import { splitSentences } from '../language/sentences';
import { DOCUMENT_NOUN, speechVerbPattern } from '../language/speech-verbs';
import type { QuotePart } from './extract';

const PRONOUNS = /\b(?:he|she|they)\b/gi;
/** "According to him, “…”": the pronoun after "according to" speaks, as "he" would. */
const ACCORDING_TO_PRONOUN = /\baccording to (him|her|them)\b/dgi;
const OBJECT_TO_SUBJECT: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
/** "it" speaks only as the subject of a speech verb ("it said in a statement"). */
const IT_SPEAKING = () => new RegExp(String.raw`\b[Ii]t(?=\s+(?:(?:has|had|also)\s+)?(?:${speechVerbPattern().source}))`, 'g');
/** Whoever is spoken or told to is not the speaker ("spoke to Trump", "told the ABC"); "according to" names one. */
export const ADDRESSEE_BEFORE = /(?:(?<!according\s)\bto|\b(?:told|tells?|telling))\s+(?:the\s+)?$/i;
/** A verb after "to" is an infinitive ("to explain the decision"): it reports no one's words. */
const INFINITIVE_BEFORE = /\bto\s+$/i;
/** A verb in the passive ("had never been asked", "was told") makes its subject the one spoken to, not a speaker. */
const PASSIVE_BEFORE = /\b(?:be|been|being|was|were|is|are|get|got)\s+(?:\w+ly\s+)?$/i;
/** Organisation pronouns: their antecedent is the last organisation named. */
export const isOrganisationPronoun = (pronoun: string) => ['they', 'it'].includes(pronoun.toLowerCase());
/** Whose office it is: "the", "its", "Huawei's", "the country's". */
const ROLE_OWNER = String.raw`(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[Tt]he )?(?:country|company|nation|government|party|firm)['’]s|\p{Lu}[\p{L}.-]*['’]s)`;
const ROLE_MODIFIER = String.raw`(?:\p{Lu}[\p{L}.]*|deputy|vice|former|foreign|defen[cs]e|trade|economy|finance|interior|digital|chief)`;
/** Each word in either case: offices are capitalised as often as not ("the Culture Secretary", "the prime minister"). */
const eitherCase = (pattern: string) => pattern.replace(/\b\p{Ll}/gu, (letter) => `[${letter.toUpperCase()}${letter}]`);
const ROLE_NAME = eitherCase(
  String.raw`(?:top diplomat|prime minister|president|chancellor|senator|secretary of state|foreign secretary|secretary|minister|ambassador|chief executive(?: officer)?|chairman|chairwoman|founder|leader|premier|envoy|head of (?:government|state)|head|boss)`,
);
/**
 * A person named by office alone ("the prime minister said", "Huawei's founder", "the
 * country's prime minister"), or by age ("the 93-year-old said"): the last person named with
 * that title (any person, for an age), or in a lede the next.
 */
const ROLE_NOUNS = new RegExp(String.raw`\b${ROLE_OWNER} (?:${ROLE_MODIFIER} ){0,3}${ROLE_NAME}\b|\b[Tt]he \d{1,3}-year-old\b`, 'gu');
/** Words that may stand between "a" and the noun of an unnamed source: "a senior government official", "a Number 10 spokesperson", "a G7 diplomat". */
const SOURCE_MODIFIER = String.raw`(?:\p{Lu}[\p{L}\p{N}.'’-]*|\d{1,4}|senior|junior|top|former|high-ranking|government|administration|intelligence|security|industry|company|telecoms?|diplomatic|military|congressional|cabinet|trade|defen[cs]e|foreign|western|european|state|department|ministry|official|unnamed|anonymous|joint|second|third|other|another|two|three|several)`;
const SOURCE_NOUN = String.raw`(?:person|people|officials?|company|firm|ministry|embassy|MPs|ministers|spokes(?:man|woman|person)|sources?|participants|(?<!\btop )diplomats?|executives?|insiders?|aides?|lawmakers?|legislator|politician|analysts?|giant|operator|carrier|vendor|${DOCUMENT_NOUN}|guidelines|court|regulator|watchdog)`;
/** An unnamed source, kept whole as the article words it; not when a name follows ("spokesman Morgan Ortagus") or as a possessive ("the company’s chairman"). */
const ANONYMOUS = new RegExp(
  String.raw`\b(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Aa]nother)\s+)?(?:${SOURCE_MODIFIER}\s+){0,3}${SOURCE_NOUN}\b(?!\s+\p{Lu}|['’]s\b)(?:\s+(?:(?:(?:directly|closely) )?familiar with|close to|briefed on|with knowledge of|of the said meeting)(?:\s+(?!${speechVerbPattern().source})[^\s,.;:■“”"]+){0,8})?`,
  'gu',
);
/** What stands between a name and a description of it in apposition: ", a ", ", technology ". */
const APPOSITION = /^,\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** A speech verb this close after a quote attributes it ("…,” said Strayer), whatever came before. */
const TRAILING_VERB_REACH = 30;

export interface Candidate {
  start: number;
  end: number;
  kind: 'actor' | 'pronoun' | 'anonymous' | 'role' | 'country';
  actorId: string | null;
  text: string;
}

/** The block's text with every quote's characters replaced, so offsets (UTF-16) stay put. */
function maskQuotes(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  const chars = text.split('');
  for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = '■';
  return chars.join('');
}

export type Span = { start: number; end: number };

/**
 * Sentence bounds of a masked block, from the language layer's splitter (which knows that "U.S."
 * and "Mr." end no sentence); quoted text is masked, so a stop inside a quote splits nothing.
 */
/**
 * Sentences of the masked text, where a quote that ends its sentence (“… other.” A spokeswoman)
 * still ends it: the masking hides its full stop, so a stop is put back in its closing mark's place.
 */
function sentenceBounds(masked: string, text: string, parts: readonly QuotePart[]): Span[] {
  const chars = masked.split('');
  for (const { end } of parts) if (/[.!?]$/.test(text.slice(end - 2, end - 1))) chars[end - 1] = '.';
  const sentences = splitSentences(chars.join(''));
  return sentences.length > 0 ? sentences.map(({ start, end }) => ({ start, end })) : [{ start: 0, end: masked.length }];
}

/** The index of the sentence holding `offset`, by binary search over the bounds. */
export function sentenceIndex(bounds: readonly Span[], offset: number): number {
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
  const named = matcher.find(sentence);
  // Unnamed sources first: "A State Department spokesman" is a source, not the State Department.
  for (const m of sentence.matchAll(ANONYMOUS)) {
    // "served as a senior executive" describes someone already there, and "said in a statement" or
    // "issued a statement" names how they spoke: neither brings a new source.
    if (/\b(?:as|in|issued|released|published)\s+$/.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue;
    // "Johannes Koskinen, a lawmaker from …": a description in apposition is the person named, no one new.
    if (named.some((n) => APPOSITION.test(sentence.slice(n.end, m.index)))) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'anonymous', actorId: null, text: m[0].trim() });
  }
  for (const m of named) {
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
  for (const m of sentence.matchAll(ACCORDING_TO_PRONOUN)) {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    const text = OBJECT_TO_SUBJECT[(m[1] ?? '').toLowerCase()] ?? 'they';
    out.push({ start: from + start, end: from + end, kind: 'pronoun', actorId: null, text });
  }
  for (const country of countriesIn(sentence)) {
    if (free(from + country.start, from + country.end)) out.push({ ...country, start: from + country.start, end: from + country.end });
  }
  return out;
}

/** "the Australian government", "Britain’s government": a country's government, named by the country. */
const GOVERNMENT_AFTER = /^(?:['’]s)?\s+(?:federal\s+|national\s+)?government\b/;

/** Countries and their governments, which speak only as the subject right before a verb ("The US has accused"). */
function countriesIn(sentence: string): Candidate[] {
  return findCountries(sentence).map((mention) => {
    const government = GOVERNMENT_AFTER.exec(sentence.slice(mention.end))?.[0] ?? '';
    const article = /\b[Tt]he\s+$/.exec(sentence.slice(Math.max(0, mention.start - 4), mention.start))?.[0] ?? '';
    const start = mention.start - article.length;
    const end = mention.end + government.length;
    return { start, end, kind: 'country', actorId: null, text: sentence.slice(start, end) };
  });
}

export const gap = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** Between a quote and its trailing verb: nothing, a name, or a pronoun ("…,” Hannigan continued). */
const TRAILING_GAP = /^[\s,.;:]*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)?$/u;

/** The verb that attributes a quote: one just after it, else the nearest before it, else the nearest after. */
export function attributingVerb(verbs: readonly Span[], quote: Span, masked: string, sentenceStart = 0): Span | undefined {
  const after = verbs.filter((v) => v.start >= quote.end);
  // "Calling the ban “disappointing”, Huawei’s spokesman said": a participle opening the sentence
  // shares the main verb's subject, which the main verb after the quote finds.
  const opening = (v: Span) => /ing$/i.test(masked.slice(v.start, v.end)) && masked.slice(sentenceStart, v.start).trim() === '';
  const before = verbs.filter((v) => v.end <= quote.start && !(after.length > 0 && opening(v)));
  const trailing = after[0];
  // "X said … “…,” according to the Post": the paper reports X's words; "according to" names the speaker only on its own.
  const citesMedium = before.length > 0 && /^according/i.test(masked.slice(trailing?.start ?? 0, trailing?.end ?? 0));
  if (
    trailing &&
    !citesMedium &&
    trailing.start - quote.end <= TRAILING_VERB_REACH &&
    TRAILING_GAP.test(masked.slice(quote.end, trailing.start))
  )
    return trailing;
  return before.at(-1) ?? trailing ?? verbs[0];
}

/** One block as the rules read it: masked text, sentences, and what each sentence holds, found once. */
export interface ReadBlock {
  masked: string;
  bounds: Span[];
  verbs: Span[][];
  candidates: Candidate[][];
  /** Actors named in the block (outside quotes), in order: for pronouns' antecedents. */
  named: ActorMatch[];
}

/**
 * "called China “one of the biggest threats”": "call" is speech only when a quote follows within
 * eight words; "a company called Huawei" names a thing, and "the call was “very difficult”" a phone call.
 */
const CALLED_BEFORE_QUOTE =
  /(?<!\b(?:the|a|an|this|that|phone|video|conference|his|her|their|its)\s+)\bcall(?:s|ed|ing)?(?=(?:\s+[^\s■.;,]+){0,8}\s+■)/gi;

/**
 * "The Financial Times reports that", "Reuters notes that": a present "reports" or "notes" is a verb
 * after a name and before "that"; elsewhere ("denied reports that", "the notes") it is a noun.
 */
const NAMED_REPORTS = /(?<=\p{Lu}[\p{L}.'’-]*\s+(?:also\s+)?)(?:reports|notes)(?=\s+that\b)/gu;

function speechVerbMatches(masked: string): RegExpExecArray[] {
  const all = [...masked.matchAll(speechVerbPattern()), ...masked.matchAll(CALLED_BEFORE_QUOTE), ...masked.matchAll(NAMED_REPORTS)].sort(
    (a, b) => a.index - b.index,
  );
  return all.filter((m, i) => m.index !== all[i - 1]?.index);
}

export function readBlock(text: string, parts: readonly QuotePart[], matcher: ActorMatcher): ReadBlock {
  const masked = maskQuotes(text, parts);
  const bounds = sentenceBounds(masked, text, parts);
  const verbs = bounds.map(() => [] as Span[]);
  for (const m of speechVerbMatches(masked)) {
    const before = masked.slice(Math.max(0, m.index - 20), m.index);
    if ((INFINITIVE_BEFORE.test(before) || PASSIVE_BEFORE.test(before)) && !/^according/i.test(m[0])) continue;
    verbs[sentenceIndex(bounds, m.index)]?.push({ start: m.index, end: m.index + m[0].length });
  }
  return { masked, bounds, verbs, candidates: bounds.map((b) => candidatesIn(masked, b, matcher)), named: matcher.find(masked) };
}

const AUXILIARIES = String.raw`(?:(?:has|have|had|also|later|then|previously|recently|repeatedly|again|once|further|earlier|already|first)\s+)*`;
/**
 * What may stand between a subject and its verb: auxiliaries and adverbs ("Huawei has repeatedly
 * said"), and a clause or description set off by commas ("Barr, who served at GTE, described";
 * "Huawei, the Chinese company, said"; "John Suffolk, Huawei's security officer, said"; "Steven Cai,
 * CEO of Huawei Benelux, said"), whose own
 * names do not speak; an acronym in brackets ("the Bureau (GCSB) told").
 */
const SUBJECT_GAP = new RegExp(
  String.raw`^\s*(?:\([^()■]{1,15}\)\s*)?(?:,\s*(?:who\b|which\b|the\b|an?\b|his\b|her\b|its\b|\p{Lu}[\p{L}.-]*['’]s\s|\p{Lu}{2,4}\s+(?:of|at)\s)[^■;]*,\s*)?${AUXILIARIES}$`,
  'iu',
);
/**
 * Prepositions whose object is not the subject of the clause ("Speaking about Xi, she said"); "of"
 * and "for" inside a title ("Secretary of State Mike Pompeo told") are part of a name.
 */
const PREPOSITION_BEFORE =
  /\b(?:about|with|(?<![Aa]ccording\s)to|(?<!\p{Lu}[\p{L}.'’-]*\s+)(?:for|of)|against|from|toward|towards|on|at|in)\s+(?:(?:the|a|an|\p{Lu}[\p{L}.'’-]*)\s+)*$/u;

/** Whether the name at `start` is the object of a preposition, not a clause's subject. */
export function isPrepositionObject(masked: string, match: Span): boolean {
  // A possessive inside the phrase still names someone who may act ("in Mrs May's office, where she").
  if (/^['’]s\b/u.test(masked.slice(match.end, match.end + 3))) return false;
  return PREPOSITION_BEFORE.test(masked.slice(Math.max(0, match.start - 60), match.start));
}

const QUOTED_AS_AFTER = /^\s+([^■;]{1,80}?)\s+as\s+(?:saying|telling|writing)\b/d;
const QUOTED_AS_BEFORE = /\b(?:quoted|cited|quoting|citing)\s+([^■;]{1,80}?)\s+as\s+$/d;
/** Only the stretch a "quoted … as saying" can span is read, so the cost per quote stays flat. */
const QUOTED_AS_REACH = 120;

/** "The court was quoted by Reuters as saying": the passive's subject, before "was", speaks. */
const QUOTED_PASSIVE_BEFORE = /\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\b[^■;]{0,80}?\bas\s+$/;

/** "Czech Radio quoted Babiš as saying": the one quoted as saying speaks, not the one who quotes. */
export function quotedAs(candidates: readonly Candidate[], verb: Span, masked: string): Candidate | undefined {
  if (!/^(?:quot|cit|say|tell|writ)/i.test(masked.slice(verb.start, verb.end))) return undefined;
  const from = Math.max(0, verb.start - QUOTED_AS_REACH);
  const passive = QUOTED_PASSIVE_BEFORE.exec(masked.slice(from, verb.start));
  if (passive) return candidates.find((c) => c.kind !== 'country' && c.end === from + passive.index);
  const after = QUOTED_AS_AFTER.exec(masked.slice(verb.end, verb.end + QUOTED_AS_REACH))?.indices?.[1];
  const before = QUOTED_AS_BEFORE.exec(masked.slice(from, verb.start))?.indices?.[1];
  const [start, end] = after ? [verb.end + after[0], verb.end + after[1]] : before ? [from + before[0], from + before[1]] : [0, -1];
  return candidates.find((c) => c.kind !== 'country' && c.start >= start && c.end <= end);
}

/** The agent of a passive ("published by the State Department emphasised") is not the next verb's subject. */
const AGENT_BEFORE = /\bby\s+(?:(?:the|a|an|\p{Lu}[\p{L}.'’-]*)\s+)*$/u;

/** "with Huawei distancing itself by saying": the one doing the first verb says, even after "with". */
const GERUND_BY_GAP = /^\s+\p{Ll}+ing(?:\s+(?:itself|himself|herself|themselves))?\s+by\s+$/u;

/** The candidate that is the verb's subject, standing right before it ("Downing Street made clear"). */
export function subjectBefore(candidates: readonly Candidate[], verb: Span, masked: string): Candidate | undefined {
  return candidates.find((c) => {
    if (c.end > verb.start) return false;
    const gap = masked.slice(c.end, verb.start);
    if (GERUND_BY_GAP.test(gap)) return true;
    // "with Britain accusing Beijing": the object of "with" is the subject of the gerund right after it.
    const withGerund =
      /^\s+$/.test(gap) && /ing$/i.test(masked.slice(verb.start, verb.end)) && /\bwith\s+$/i.test(masked.slice(0, c.start));
    if (withGerund) return true;
    return SUBJECT_GAP.test(gap) && !isPrepositionObject(masked, c) && !AGENT_BEFORE.test(masked.slice(Math.max(0, c.start - 60), c.start));
  });
}

/** Verbs that quote in their own right: inside what another says ("said Jones told him “…”"), they still give the words to their subject. */
const QUOTING_VERB =
  /^(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|writing|call|calls|called|calling|describ\w*|add|adds|added|adding)$/i;
/** "said", "says", "said that": a verb of saying whose clause reports the speaker's words. */
const SAYING_THEN_CLAUSE = /^(?:says|said)$/i;

/**
 * "Cai said Huawei welcomed and “will fully cooperate”": a verb of judgement inside what someone
 * says ("welcomed", "confirm", "rejected") reports the sayer's words, so the sayer speaks, not the
 * subject of the reported clause.
 */
export function sayerOfReportedClause(
  candidates: readonly Candidate[],
  verbs: readonly Span[],
  verb: Span,
  masked: string,
): Candidate | undefined {
  if (QUOTING_VERB.test(masked.slice(verb.start, verb.end))) return undefined;
  const inner = subjectBefore(candidates, verb, masked);
  const outer = verbs.filter((v) => v.end <= (inner?.start ?? -1)).at(-1);
  if (!inner || !outer || !SAYING_THEN_CLAUSE.test(masked.slice(outer.start, outer.end))) return undefined;
  if (!/^\s+(?:that\s+)?(?:(?:the|a|an)\s+)?$/i.test(masked.slice(outer.end, inner.start))) return undefined;
  return subjectBefore(candidates, outer, masked);
}

/**
 * Whether the verb shares the subject of the clause before it: coordinated ("… but said") or a
 * participle after a comma ("Huawei said …, adding that").
 */
export function sharesSubject(verb: Span, masked: string): boolean {
  const before = masked.slice(Math.max(0, verb.start - 12), verb.start);
  const participle = /ing$/i.test(masked.slice(verb.start, verb.end)) && /,\s*(?:also\s+)?$/.test(before);
  return participle || /\b(?:but|and)\s+(?:also\s+)?$/.test(before);
}

/** Nouns of saying: after a possessive and a quoted word, the possessor said it ("his “strenuous” denial"). */
const SPEECH_NOUN_AFTER =
  /^[\s■]*(?:denials?|warnings?|claims?|assurances?|statements?|remarks|comments|words|descriptions?|promises?|pledges?|accusations?|criticism|insistence|admission|threats?|pleas?|demands?|messages?)\b/i;
/** A quoted name that modifies a noun after it (“Trump’s ‘America First’ policy”): the name of a thing. */
const NOUN_AFTER = /^[\s■]*(?!(?:to|of|for|in|and|or|that|which|as|by|with|on|at|from|is|was|were|are|has|had|will|would)\b)\p{Ll}/u;
const POSSESSIVE_PRONOUN_BEFORE = /\b(his|her|their|its)\s*$/i;
const POSSESSIVE_TO_SUBJECT: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };
const POSSESSIVE_NAME_BEFORE = /['’]s\s*$/u;

/** How a quoted phrase is owned, when a possessive stands before it: a speaker's words, or a thing's name. */
export function possessiveBefore(
  masked: string,
  quote: Span,
): { pronoun: string | null; named: boolean; saying: boolean; modifiesNoun: boolean } | null {
  const before = masked.slice(Math.max(0, quote.start - 8), quote.start);
  const after = masked.slice(quote.end, quote.end + 20);
  const saying = SPEECH_NOUN_AFTER.test(after);
  const modifiesNoun = !saying && NOUN_AFTER.test(after);
  const pronoun = POSSESSIVE_PRONOUN_BEFORE.exec(before)?.[1] ?? null;
  if (pronoun) return { pronoun: POSSESSIVE_TO_SUBJECT[pronoun.toLowerCase()] ?? 'they', named: false, saying, modifiesNoun };
  return POSSESSIVE_NAME_BEFORE.test(masked.slice(Math.max(0, quote.start - 3), quote.start))
    ? { pronoun: null, named: true, saying, modifiesNoun }
    : null;
}

const SOURCE_HEAD = new RegExp(String.raw`\b${SOURCE_NOUN}\b`, 'u');

/** The noun an unnamed source is (“official” in “a senior US official familiar with it”), singular. */
export function sourceHead(description: string): string | null {
  const head = SOURCE_HEAD.exec(description)?.[0];
  return head ? head.toLowerCase().replace(/s$/, '') : null;
}

/** Unnamed organisations: “the company” said, after the company has been named, is that company. */
export const ORGANISATION_HEADS = new Set(['company', 'firm', 'giant', 'operator', 'carrier', 'vendor', 'embassy']);
