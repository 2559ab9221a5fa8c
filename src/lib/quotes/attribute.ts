/**
 * Who said each quote, and how we know. Rules, per sentence:
 * - The attributing speech verb (said, told, wrote, warned, added, continued, noted, according
 *   to …) is the one just after the quote (“…,” said Strayer), else the nearest before it.
 * - The speaker is the person nearest that verb, named, unnamed or "he"/"she"; an organisation
 *   (or "they") only when no person is in the sentence. A named actor: `direct`.
 * - "he" or "she": `carried` from the last person named before it; "they": from the last
 *   organisation named.
 * - The same with an unnamed source ("a person familiar with the debate", "one Western
 *   official", "a State Department spokesman"): `anonymous`, labelled as the article puts it.
 * - A statement standing alone in its sentence, after a quoted speaker: `carried`.
 * - A short phrase with no speech verb around it: `term` (a scare quote), no speaker.
 * - Anything else: `unattributed`, for an editor to settle in the overrides file.
 * Quoted text is masked while the rules read a sentence, so a name inside a quote never speaks.
 */
import type { ActorMatcher } from '../actors/mentions';
import type { ExtractedQuote, TextBlock } from './extract';

export const ATTRIBUTIONS = ['direct', 'carried', 'anonymous', 'term', 'unattributed'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export interface SpeakerGuess {
  speaker: string | null;
  /** How the article names the speaker: an actor's name as printed, or the anonymous description. */
  speakerLabel: string | null;
  attribution: Attribution;
  /** Which rule decided, for the methodology page and the tests. */
  rule: string;
}

const SPEECH_VERBS =
  /\b(?:said|says|say|told|tells|wrote|writes|warned|warns|added|adds|adding|continued|noted|notes|noting|stressed|described|concluded|cited|quoted|urged|argued|insisted|explained|according to|reported|denouncing|expressed|repeating|indicated|took issue)\b/gi;
const PRONOUNS = /\b(?:he|she|they)\b/gi;
/** An unnamed source, as the article describes it; not when a name follows ("spokesman Morgan Ortagus"). */
const ANONYMOUS =
  /\b(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo)\s+)?(?:(?:Western|US|U\.S\.|State Department|senior|British)\s+)?(?:person|people|officials?|spokesman|spokeswoman|sources?|participants)\b(?!\s+\p{Lu})(?:\s+(?:familiar with [a-z ]+|of the said meeting))?/gu;
/** A speech verb this close after a quote attributes it ("…,” said Strayer), whatever came before. */
const TRAILING_VERB_REACH = 30;

interface Candidate {
  start: number;
  end: number;
  kind: 'actor' | 'pronoun' | 'anonymous';
  actorId: string | null;
  text: string;
}

interface LastSpeaker {
  actorId: string;
  label: string;
  blockIndex: number;
}

/** The block's text with every quote's characters replaced, so offsets stay put. */
function maskQuotes(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  const chars = [...text];
  for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = '■';
  return chars.join('');
}

/** [start, end) of the sentence around `offset`, split on the masked text so quoted stops do not split. */
function sentenceAround(masked: string, offset: number): [number, number] {
  const boundaries = [0];
  for (const match of masked.matchAll(/[.!?](?:■*)\s+(?=[\p{Lu}■“"‘'(])/gu)) boundaries.push(match.index + match[0].length);
  boundaries.push(masked.length);
  for (let i = 0; i < boundaries.length - 1; i++) {
    const start = boundaries[i] ?? 0;
    const end = boundaries[i + 1] ?? masked.length;
    if (offset >= start && offset < end) return [start, end];
  }
  return [0, masked.length];
}

function candidatesIn(masked: string, [from, to]: [number, number], matcher: ActorMatcher): Candidate[] {
  const sentence = masked.slice(from, to);
  const out: Candidate[] = [];
  const free = (start: number, end: number) => !out.some((c) => start < c.end && end > c.start);
  // Unnamed sources first: "A State Department spokesman" is a source, not the State Department.
  for (const m of sentence.matchAll(ANONYMOUS)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'anonymous', actorId: null, text: m[0].trim() });
  }
  for (const m of matcher.find(sentence)) {
    if (free(from + m.start, from + m.end)) out.push({ start: from + m.start, end: from + m.end, kind: 'actor', actorId: m.actorId, text: m.alias });
  }
  for (const m of sentence.matchAll(PRONOUNS)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'pronoun', actorId: null, text: m[0] });
  }
  return out;
}

const gap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

type Span = { start: number; end: number };

/** Between a quote and its trailing verb: nothing, a name, or a pronoun ("…,” Hannigan continued). */
const TRAILING_GAP = /^[\s,.;:]*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they)\s+)?$/u;

/** The verb that attributes a quote: one just after it, else the nearest before it, else the nearest after. */
function attributingVerb(verbs: readonly Span[], quote: Span, masked: string): Span | undefined {
  const after = verbs.filter((v) => v.start >= quote.end).sort((a, b) => a.start - b.start);
  const before = verbs.filter((v) => v.end <= quote.start).sort((a, b) => b.end - a.end);
  const trailing = after[0];
  if (trailing && trailing.start - quote.end <= TRAILING_VERB_REACH && TRAILING_GAP.test(masked.slice(quote.end, trailing.start))) return trailing;
  return before[0] ?? trailing ?? verbs[0];
}

export interface AttributionInput {
  blocks: readonly TextBlock[];
  quotes: readonly ExtractedQuote[];
  matcher: ActorMatcher;
  /** Actor names by id, for labels of carried speakers. */
  names: ReadonlyMap<string, string>;
  /** Which actors are people: "he" and "she" refer to people, "they" to the others. */
  people: ReadonlySet<string>;
  /** Attributions editors set by hand, by quote id: used as given, and carried on from. */
  fixed?: ReadonlyMap<string, SpeakerGuess>;
}

/** How far back a pronoun looks for its antecedent, in blocks. */
const PRONOUN_REACH = 3;

export function attributeQuotes({ blocks, quotes, matcher, names, people, fixed = new Map() }: AttributionInput): Map<string, SpeakerGuess> {
  const guesses = new Map<string, SpeakerGuess>();
  const masks = blocks.map((block) => maskQuotes(block.text, quotes.flatMap((q) => q.parts.filter((p) => p.blockId === block.id))));
  let last: LastSpeaker | null = null;

  /** The actor a pronoun stands for: the last person (or, for "they", organisation) named before it. */
  const antecedent = (pronoun: string, blockIndex: number, before: number): string | null => {
    const wantPerson = pronoun.toLowerCase() !== 'they';
    for (let i = blockIndex; i >= Math.max(0, blockIndex - PRONOUN_REACH); i--) {
      const text = (masks[i] ?? '').slice(0, i === blockIndex ? before : undefined);
      const found = matcher.find(text).filter((m) => people.has(m.actorId) === wantPerson);
      const nearest = found.at(-1);
      if (nearest) return nearest.actorId;
    }
    return null;
  };

  blocks.forEach((block, blockIndex) => {
    const masked = masks[blockIndex] ?? '';
    for (const quote of quotes.filter((q) => q.blockId === block.id)) {
      const start = quote.parts[0]?.start ?? 0;
      const part = { start, end: quote.parts[0]?.end ?? start };
      let guess: SpeakerGuess;
      const preset = fixed.get(quote.id);
      if (preset) {
        guess = preset;
      } else if (quote.nestedIn) {
        const outer = guesses.get(quote.nestedIn);
        guess = { speaker: null, speakerLabel: null, attribution: 'term', rule: `nested in a quote${outer?.speakerLabel ? ` by ${outer.speakerLabel}` : ''}` };
      } else {
        const range = sentenceAround(masked, start);
        const verbs = [...masked.slice(range[0], range[1]).matchAll(SPEECH_VERBS)].map((m) => ({ start: range[0] + m.index, end: range[0] + m.index + m[0].length }));
        const verb = attributingVerb(verbs, part, masked);
        const candidates = candidatesIn(masked, range, matcher);
        // People speak: named, unnamed or as a pronoun ("he said"), the nearest to the verb; an
        // organisation only when no person is in the sentence.
        const speakers = candidates.filter(
          (c) => c.kind === 'anonymous' || (c.kind === 'pronoun' && c.text.toLowerCase() !== 'they') || (c.actorId !== null && people.has(c.actorId)),
        );
        const pool = speakers.length > 0 ? speakers : candidates;
        const best = verb ? [...pool].sort((a, b) => gap(a, verb) - gap(b, verb))[0] : undefined;
        if (best?.kind === 'actor' && best.actorId) {
          guess = { speaker: best.actorId, speakerLabel: names.get(best.actorId) ?? best.text, attribution: 'direct', rule: 'speech verb with a named speaker in the sentence' };
        } else if (best?.kind === 'anonymous') {
          guess = { speaker: null, speakerLabel: best.text, attribution: 'anonymous', rule: 'speech verb with an unnamed source in the sentence' };
        } else if (best?.kind === 'pronoun') {
          const actor = antecedent(best.text, blockIndex, best.start);
          // "Senator Mark Warner … said that he was" names the speaker in the same sentence.
          const namedHere = candidates.some((c) => c.actorId === actor && c.start < best.start);
          guess = actor
            ? namedHere
              ? { speaker: actor, speakerLabel: names.get(actor) ?? null, attribution: 'direct', rule: `“${best.text}” refers to a speaker named earlier in the sentence` }
              : { speaker: actor, speakerLabel: names.get(actor) ?? null, attribution: 'carried', rule: `“${best.text}” carried from the last ${best.text.toLowerCase() === 'they' ? 'organisation' : 'person'} named` }
            : { speaker: null, speakerLabel: null, attribution: 'unattributed', rule: `“${best.text}” with no one named before it` };
        } else if (quote.kind === 'statement' && last && blockIndex - last.blockIndex <= 1) {
          guess = { speaker: last.actorId, speakerLabel: last.label, attribution: 'carried', rule: 'statement with no speaker of its own, after a quoted speaker' };
        } else if (quote.kind === 'phrase' && !verb) {
          guess = { speaker: null, speakerLabel: null, attribution: 'term', rule: 'short phrase with no speech verb: a scare quote' };
        } else {
          guess = { speaker: null, speakerLabel: null, attribution: 'unattributed', rule: 'no rule applies' };
        }
      }
      guesses.set(quote.id, guess);
      if (guess.speaker) last = { actorId: guess.speaker, label: guess.speakerLabel ?? '', blockIndex };
    }
  });
  return guesses;
}
