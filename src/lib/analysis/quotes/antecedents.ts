/**
 * Whom a pronoun, an office or a definite description stands for: the person or organisation
 * named before it (or, for an office in a lede, named just after it), or the unnamed source a
 * description takes up ("A US official familiar with the plan said … The official described").
 */
import type { ActorMatch } from '../actors/mentions';
import { pronounFits, type PresumedGender } from '../language/gender';
import { isOrganisationPronoun, isPrepositionObject, sentenceIndex, sourceHead, type ReadBlock } from './reading';

/** How far back a pronoun looks for its antecedent, in blocks. */
const PRONOUN_REACH = 3;

/** Where an antecedent was named: the block and the offset in it. */
export interface Antecedent {
  actorId: string | null;
  /** The unnamed source's description, when the antecedent is one. */
  label: string | null;
  blockIndex: number;
  start: number;
  /** Set when no one is named within reach and the pronoun continues the last speaker quoted. */
  lastQuoted?: true;
}

export interface AntecedentContext {
  reads: readonly ReadBlock[];
  people: ReadonlySet<string>;
  genders: ReadonlyMap<string, PresumedGender>;
}

export const isLater = (a: Antecedent, b: Antecedent | null) =>
  b === null || a.blockIndex > b.blockIndex || (a.blockIndex === b.blockIndex && a.start > b.start);

/** The actor a pronoun stands for: the last person (or, for "they" and "it", organisation) named before it. */
export function namedBefore(
  context: AntecedentContext,
  at: { blockIndex: number; offset: number },
  pronoun: string,
  among?: ReadonlySet<string>,
  /** Whether a preposition's object in the same sentence may be meant ("A spokeswoman for Ericsson said the company"). */
  objectsToo = false,
): Antecedent | null {
  const wantPerson = !isOrganisationPronoun(pronoun);
  const fits = (id: string) =>
    context.people.has(id) === wantPerson &&
    (among === undefined || among.has(id)) &&
    pronounFits(pronoun, context.genders.get(id) ?? null);
  // A pronoun looks a few paragraphs back; an office ("the Czech head of government") or a named
  // body ("the embassy") is whoever held it, however far back the text named them.
  const reach = among === undefined ? PRONOUN_REACH : at.blockIndex;
  for (let i = at.blockIndex; i >= Math.max(0, at.blockIndex - reach); i--) {
    const read = context.reads[i];
    if (!read) continue;
    const own = i === at.blockIndex ? sentenceIndex(read.bounds, at.offset) : null;
    const limit = i === at.blockIndex ? matchesEndingBefore(read.named, at.offset) : read.named.length;
    // "They" takes up the nearest group; "he", "she" and "it" an earlier sentence's subject.
    const match = antecedentInBlock(read, limit, pronoun.toLowerCase() === 'they' ? 'every' : own, fits, objectsToo);
    if (match) return { actorId: match.actorId, label: null, blockIndex: i, start: match.start };
  }
  return null;
}

/** The first of `among` named after an offset: an office in a lede ("The US ambassador … has warned"), named later. */
export function namedAfter(
  context: AntecedentContext,
  at: { blockIndex: number; offset: number },
  among: ReadonlySet<string>,
): string | null {
  for (let i = at.blockIndex; i < Math.min(context.reads.length, at.blockIndex + PRONOUN_REACH + 1); i++) {
    const found = context.reads[i]?.named.find((m) => (i > at.blockIndex || m.start > at.offset) && among.has(m.actorId));
    if (found) return found.actorId;
  }
  return null;
}

/** The last unnamed source before `at`, within `reach` blocks, that `fits`: the walk both descriptions and pronouns make. */
function lastUnnamedBefore(
  context: AntecedentContext,
  at: { blockIndex: number; offset: number },
  fits: (description: string) => boolean,
  reach = PRONOUN_REACH,
): Antecedent | null {
  for (let i = at.blockIndex; i >= Math.max(0, at.blockIndex - reach); i--) {
    const found = (context.reads[i]?.candidates.flat() ?? [])
      .filter((c) => c.kind === 'anonymous' && (i < at.blockIndex || c.end <= at.offset) && fits(c.text))
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (found) return { actorId: null, label: found.text, blockIndex: i, start: found.start };
  }
  return null;
}

/**
 * The unnamed source a definite description takes up: the last indefinite one before it with the
 * same noun, however far back ("a US official said" in the lede, "the US official said" at the end).
 */
export function describedBefore(context: AntecedentContext, at: { blockIndex: number; offset: number }, head: string): string | null {
  return lastUnnamedBefore(context, at, (text) => !/^the\b/i.test(text) && sourceHead(text) === head, at.blockIndex)?.label ?? null;
}

/** Unnamed sources a "he" or "she" can take up, and the pronoun each allows. */
const PERSON_HEADS: Record<string, 'he' | 'she' | null> = {
  spokesman: 'he',
  spokeswoman: 'she',
  spokesperson: null,
  official: null,
  source: null,
  person: null,
  diplomat: null,
  executive: null,
  insider: null,
  aide: null,
  analyst: null,
  lawmaker: null,
  legislator: null,
  politician: null,
};

/** Whether an unnamed source's noun names a person ("the executive", "the spokeswoman"). */
export const isPersonHead = (head: string) => head in PERSON_HEADS && head !== 'source' && head !== 'person';

/** The last unnamed person described before the pronoun ("A Huawei spokeswoman said … “…,” she said"). */
export function describedPersonBefore(
  context: AntecedentContext,
  at: { blockIndex: number; offset: number },
  pronoun: string,
): Antecedent | null {
  const word = pronoun.toLowerCase();
  if (word !== 'he' && word !== 'she') return null;
  return lastUnnamedBefore(context, at, (text) => {
    const head = sourceHead(text) ?? '';
    return head in PERSON_HEADS && (PERSON_HEADS[head] ?? word) === word;
  });
}

/**
 * A pronoun's antecedent among the first `limit` names of a block, sentence by sentence from the
 * last: in the pronoun's own sentence (or in every one, for "they") the nearest name before it
 * that is no preposition's object ("Speaking about Xi, she said"); in an earlier sentence its
 * first fitting name, most often its subject ("Hannigan cited … Trump’s statement … He noted":
 * Hannigan).
 */
function antecedentInBlock(
  read: ReadBlock,
  limit: number,
  nearestIn: number | null | 'every',
  fits: (id: string) => boolean,
  objectsToo: boolean,
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
    const own = nearestIn === sentence;
    const ordered = nearestIn === 'every' || own ? inSentence.reverse() : inSentence;
    // A preposition's object is no antecedent in the pronoun's own sentence, and in an earlier one
    // only when no one else there fits ("… a speech to the Forum, Mr Liu said …. And he").
    const subject = (match: ActorMatch) => (own && objectsToo) || !isPrepositionObject(read.masked, match);
    const found = own
      ? ordered.find((match) => fits(match.actorId) && subject(match))
      : (ordered.find((match) => fits(match.actorId) && subject(match)) ?? ordered.find((match) => fits(match.actorId)));
    if (found) return found;
    last = first - 1;
  }
  return undefined;
}

/** How many of the (ordered) matches end before `offset`, by binary search. */
function matchesEndingBefore(matches: readonly ActorMatch[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((matches[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
