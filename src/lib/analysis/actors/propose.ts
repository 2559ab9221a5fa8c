/**
 * Actors the text names that the editors have not listed: every person and organisation the
 * language layer finds becomes a proposed actor (its name, the surname as an alias, the title
 * printed before it as a role), and a longer form of a listed actor's name ("Huawei
 * Technologies", "US Congress") is joined to that actor as an alias instead.
 */
import type { ActorData } from '../../../schemas';
import type { ActorKind } from '../../vocabulary/actor-kinds';
import { findNames, type NameSpan } from '../language/names';
import { countryOf } from '../language/places';
import { slugWords } from '../slug';
import { foldText } from '../text';
import { createActorMatcher, type ActorMatcher, type AliasedActor } from './mentions';

interface ProposalBlock {
  id: string;
  /** Headlines and subheadings are in title case, where capitals say nothing of names. */
  kind: string;
  text: string;
}

export interface ProposalArticle {
  slug: string;
  blocks: readonly ProposalBlock[];
}

export interface ActorProposals {
  /** New actors, each with `status: 'proposed'`. */
  actors: ActorData[];
  /** Longer forms of listed actors' names found in the text, by actor id. */
  aliases: Map<string, string[]>;
  /** Names of occasions ("Mobile World Congress"): no actor, but no actor may take their words. */
  shields: string[];
  /** Short forms of people's names that hold in one article only, by article slug. */
  local: Map<string, AliasedActor[]>;
}

const TITLE_CASE_BLOCKS = new Set(['headline', 'heading']);

/** Words a company's name may carry after the name it is known by. */
const CORPORATE_SUFFIX = /^(?:Technologies|Technology|Ltd\.?|Limited|Inc\.?|Co\.?|Corp\.?|Corporation|Group|Holdings|plc|AG|SA|SE)$/;

const KIND_OF: Record<'person' | 'organisation', ActorKind> = { person: 'person', organisation: 'organisation' };

/** A listed actor this name is a longer form of: a country or title before it, a corporate suffix after. */
function longerFormOf(name: NameSpan, matcher: ActorMatcher): string | null {
  const inside = matcher.find(name.text);
  const match = inside[0];
  if (inside.length !== 1 || !match) return null;
  const before = name.text.slice(0, match.start).trim();
  const after = name.text.slice(match.end).trim();
  // "British Intelligence Agency GCHQ": an acronym after a description of it.
  const appositive = after === '' && /^[\p{Lu}]{2,6}$/u.test(match.alias);
  const beforeFits = appositive || before === '' || countryOf(before) !== null || countryOf(before.replace(/['’]s$/, '')) !== null;
  const afterFits = after === '' || after.split(/\s+/).every((word) => CORPORATE_SUFFIX.test(word));
  return beforeFits && afterFits ? match.actorId : null;
}

/** True when listed actors' names cover every word of the name ("Reuters Read": two actors side by side). */
function coveredByListed(text: string, matcher: ActorMatcher): boolean {
  let rest = text;
  for (const match of matcher.find(text).reverse()) rest = rest.slice(0, match.start) + rest.slice(match.end);
  return matcher.find(text).length > 0 && !/[\p{L}\p{N}]/u.test(rest);
}

/** Nouns of an office or a post, which make a phrase set beside a name that person's role. */
const OFFICE_NOUN =
  /\b(?:ambassador|minister|secretary|president|chancellor|premier|spokes(?:man|woman|person)|chief|head|envoy|director|chair(?:man|woman)?|founder|senator|official|executive|diplomat|advis[eo]r|commissioner|governor|mayor|leader|officer|CEO)\b/i;
/** A phrase set off by commas before a name ("China's ambassador to Germany, Wu Ken,"), from its clause's start. */
const ROLE_BEFORE = /(?:^|[.;:—–]\s+|,\s+|\bthat\s+)((?:[Tt]he |[Aa]n? )?[^,.;:“”"■]{3,80}),\s*$/u;
/** A phrase set off by commas after a name ("Wu Ken, China's ambassador to Germany, said"). */
const ROLE_AFTER = /^,\s+((?:the |an? )?(?:[^,.;:“”"]|\.(?=\S|\s+\p{Ll})){3,80}?)(?=,|;|\.(?!\S|\s+\p{Ll})|\s+(?:said|says|told|added)\b)/u;
/** An office in lower case run into the name after it ("Chinese ambassador Wu Ken", "ambassador to Chile Xu Bu"), which no title rule reads. */
const OFFICE_JUST_BEFORE = /((?:[\p{L}’'.-]+\s+){0,3}[\p{L}]+)\s+$/u;
const OFFICE_AT_END = new RegExp(
  String.raw`(?:\S+\s+){0,3}?${OFFICE_NOUN.source}(?:\s+(?:to|in|of)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?$`,
  'iu',
);

/** The office a text sets beside a person's name, as printed: the title before it, or a phrase between commas. */
function roleOf(name: NameSpan, text: string): string | null {
  if (name.title) return name.title;
  const after = ROLE_AFTER.exec(text.slice(name.end))?.[1];
  if (after && OFFICE_NOUN.test(after)) return after;
  const before = text.slice(0, name.start);
  const run = OFFICE_JUST_BEFORE.exec(before)?.[1];
  const office = run?.match(OFFICE_AT_END)?.[0];
  if (office) return office;
  const closed = /^,/.test(text.slice(name.end)) ? ROLE_BEFORE.exec(before)?.[1] : undefined;
  return closed && OFFICE_NOUN.test(closed) ? closed : null;
}

function draftActor(name: NameSpan, kind: 'person' | 'organisation', article: string, block: ProposalBlock): ActorData {
  const role = kind === 'person' ? roleOf(name, block.text) : name.title;
  const roles = role ? [{ article, paragraph: block.id, role }] : [];
  return {
    id: slugWords(name.text).join('-'),
    name: name.text,
    kind: KIND_OF[kind],
    country: null,
    aliases: [name.text],
    roles,
    status: 'proposed',
  };
}

/** A later mention's office, added to a proposed person's roles once. */
function addRole(person: ActorData, name: NameSpan, article: string, block: ProposalBlock): void {
  const role = person.kind === 'person' ? roleOf(name, block.text) : null;
  if (role && !person.roles.some((r) => r.role === role)) person.roles.push({ article, paragraph: block.id, role });
}

/** Common nouns news writing capitalises ("the Government said"): never an organisation's name on their own. */
const CAPITALISED_COMMON_NOUNS = new Set(
  'Government People State States Union Party Brexit Internet Web Republic Kingdom Administration Cabinet Parliament Ministry Embassy Army Navy'.split(
    ' ',
  ),
);

/**
 * The kind a single capitalised word no rule classes takes in an article: a person wherever the
 * text once treats it as one ("Barr said … Barr, who spoke"), else an organisation when it recurs
 * ("Telstra … Telstra"), not once at random.
 */
function loneWordKinds(names: readonly NameSpan[]): Map<string, 'person' | 'organisation'> {
  const lone = names.filter((n) => !n.text.includes(' ') && !CAPITALISED_COMMON_NOUNS.has(n.text));
  const people = new Set(lone.filter((n) => n.kind === 'person').map((n) => n.text));
  const counts = new Map<string, number>();
  for (const name of lone) if (name.kind === 'unknown') counts.set(name.text, (counts.get(name.text) ?? 0) + 1);
  const kinds = new Map<string, 'person' | 'organisation'>();
  for (const [word, count] of counts) {
    if (people.has(word)) kinds.set(word, 'person');
    else if (count >= 2) kinds.set(word, 'organisation');
  }
  return kinds;
}

/**
 * The short forms of people's names that hold in one article: the surname of each person it names
 * in full ("Liu" for Liu Xiaoming), and a first word it uses alone ("Ren" for Ren Zhengfei). Only
 * there: another article's "Mr Liu" may be another Liu. A word two of the article's people share
 * takes no one; a word a listed actor already has stays theirs.
 */
function articleShortForms(names: readonly NameSpan[], personByName: ReadonlyMap<string, ActorData>, known: ActorMatcher): AliasedActor[] {
  // Keyed by the folded word, so "Mourão" standing alone is the "Hamilton Mourao" named in full.
  const alone = new Map(names.filter((n) => !/\s/.test(n.text) && n.kind !== 'place').map((n) => [foldText(n.text), n.text]));
  const named = new Set(names.map((n) => n.text).filter((name) => personByName.has(name)));
  const owners = new Map<string, Set<string>>();
  for (const person of [...named].flatMap((name) => personByName.get(name) ?? [])) {
    const words = person.name.split(/\s+/);
    const first = words[0] ?? '';
    const last = words.at(-1) ?? '';
    if (words.length < 2) continue;
    const printed = [first, last].map((word) => alone.get(foldText(word)) ?? word);
    const forms = printed.filter((word, i) => alone.has(foldText(word)) || (i === 1 && person.status === 'proposed'));
    for (const word of new Set(forms)) owners.set(word, (owners.get(word) ?? new Set()).add(person.id));
  }
  return [...owners].flatMap(([word, ids]) => {
    const listedOwners = known.find(word).filter((m) => m.alias === word);
    if (listedOwners.length > 0) return [];
    return [{ id: ids.size === 1 ? ([...ids][0] ?? '') : '', aliases: [word] }];
  });
}

/** Whether a lone word is the first or last word of a person the article names in full, accents aside. */
function partOfFullName(word: string, fullNames: readonly string[]): boolean {
  const folded = foldText(word);
  return fullNames.some((name) => {
    const words = foldText(name).split(/\s+/);
    return words.at(-1) === folded || words[0] === folded;
  });
}

export function proposeActors(articles: readonly ProposalArticle[], listed: readonly ActorData[]): ActorProposals {
  const knownMatcher = createActorMatcher(listed);
  const drafts = new Map<string, ActorData>();
  const aliases = new Map<string, string[]>();
  const takenIds = new Set(listed.map((a) => a.id));
  const shields = new Set<string>();
  const local = new Map<string, AliasedActor[]>();
  const personByName = new Map(listed.filter((a) => a.kind === 'person').map((a) => [a.name, a]));
  for (const article of articles) {
    const found = article.blocks.filter((b) => !TITLE_CASE_BLOCKS.has(b.kind)).map((block) => ({ block, names: findNames(block.text) }));
    const articleNames = found.flatMap((f) => f.names);
    const loneKinds = loneWordKinds(articleNames);
    const fullNames = articleNames.filter((n) => n.kind === 'person' && n.text.includes(' ')).map((n) => n.text);
    for (const { block, names } of found) {
      for (const name of names) {
        if (coveredByListed(name.text, knownMatcher) || CAPITALISED_COMMON_NOUNS.has(name.text)) continue;
        const listedId = longerFormOf(name, knownMatcher);
        if (listedId) {
          const list = aliases.get(listedId) ?? [];
          if (!list.includes(name.text)) aliases.set(listedId, [...list, name.text]);
          continue;
        }
        if (name.kind === 'event') shields.add(name.text);
        const kind = name.kind === 'unknown' ? (loneKinds.get(name.text) ?? name.kind) : name.kind;
        if (kind !== 'person' && kind !== 'organisation') continue;
        const drafted = drafts.get(name.text);
        if (drafted) addRole(drafted, name, article.slug, block);
        if (drafted || partOfFullName(name.text, fullNames)) continue;
        const draft = draftActor(name, kind, article.slug, block);
        if (draft.id === '') continue;
        let id = draft.id;
        for (let n = 2; takenIds.has(id); n++) id = `${draft.id}-${n}`;
        takenIds.add(id);
        drafts.set(name.text, { ...draft, id });
        if (kind === 'person') personByName.set(name.text, { ...draft, id });
      }
    }
    local.set(article.slug, articleShortForms(articleNames, personByName, knownMatcher));
  }
  return { actors: [...drafts.values()], aliases, shields: [...shields], local };
}
