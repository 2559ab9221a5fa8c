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
import { createActorMatcher, type ActorMatcher } from './mentions';

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

interface Draft {
  data: ActorData;
  kind: 'person' | 'organisation';
}

function draftActor(name: NameSpan, kind: 'person' | 'organisation', article: string, block: ProposalBlock): Draft {
  const roles = name.title ? [{ article, paragraph: block.id, role: name.title }] : [];
  return {
    kind,
    data: {
      id: slugWords(name.text).join('-'),
      name: name.text,
      kind: KIND_OF[kind],
      country: null,
      aliases: [name.text],
      roles,
      status: 'proposed',
    },
  };
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

/** Adds each person's surname as an alias, unless two people in the proposals share it. */
function withSurnames(drafts: readonly Draft[], known: ActorMatcher): ActorData[] {
  const surname = (draft: Draft) => draft.data.name.split(/\s+/).at(-1) ?? '';
  const people = drafts.filter((d) => d.kind === 'person');
  const shared = new Set(people.map(surname).filter((s, i, all) => all.indexOf(s) !== i));
  return drafts.map((draft) => {
    const last = surname(draft);
    const free = draft.kind === 'person' && !shared.has(last) && known.find(last).length === 0 && last !== draft.data.name;
    return free ? { ...draft.data, aliases: [...new Set([...draft.data.aliases, last])] } : draft.data;
  });
}

/**
 * "Ren" for Ren Zhengfei, "Mahathir" for Mahathir Mohamad: the first or last word of a person's
 * name standing alone in an article that names them in full, by word, where it is one person's.
 */
function shortForms(names: readonly NameSpan[], people: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  const alone = new Set(names.filter((n) => !/\s/.test(n.text) && n.kind !== 'place').map((n) => n.text));
  const named = new Set(names.map((n) => n.text));
  const owners = new Map<string, Set<string>>();
  for (const person of people.filter((p) => named.has(p.name))) {
    const words = person.name.split(/\s+/);
    if (words.length < 2) continue;
    for (const word of new Set([words[0] ?? '', words.at(-1) ?? ''])) {
      if (alone.has(word)) owners.set(word, (owners.get(word) ?? new Set()).add(person.id));
    }
  }
  return new Map([...owners].flatMap(([word, ids]) => (ids.size === 1 ? [[word, [...ids][0] ?? ''] as const] : [])));
}

export function proposeActors(articles: readonly ProposalArticle[], listed: readonly ActorData[]): ActorProposals {
  const knownMatcher = createActorMatcher(listed);
  const drafts = new Map<string, Draft>();
  const aliases = new Map<string, string[]>();
  const takenIds = new Set(listed.map((a) => a.id));
  const shields = new Set<string>();
  for (const article of articles) {
    const found = article.blocks.filter((b) => !TITLE_CASE_BLOCKS.has(b.kind)).map((block) => ({ block, names: findNames(block.text) }));
    const loneKinds = loneWordKinds(found.flatMap((f) => f.names));
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
        if (drafts.has(name.text) || [...drafts.values()].some((d) => d.kind === 'person' && d.data.name.endsWith(` ${name.text}`)))
          continue;
        const draft = draftActor(name, kind, article.slug, block);
        if (draft.data.id === '') continue;
        let id = draft.data.id;
        for (let n = 2; takenIds.has(id); n++) id = `${draft.data.id}-${n}`;
        takenIds.add(id);
        drafts.set(name.text, { ...draft, data: { ...draft.data, id } });
      }
    }
    const people = [...listed, ...[...drafts.values()].map((d) => d.data)].filter((a) => a.kind === 'person');
    for (const [word, id] of shortForms(
      found.flatMap((f) => f.names),
      people,
    )) {
      const draft = [...drafts.values()].find((d) => d.data.id === id);
      if (draft && !draft.data.aliases.includes(word)) draft.data.aliases.push(word);
      else if (!draft && knownMatcher.find(word).length === 0 && !(aliases.get(id) ?? []).includes(word))
        aliases.set(id, [...(aliases.get(id) ?? []), word]);
    }
  }
  return { actors: withSurnames([...drafts.values()], knownMatcher), aliases, shields: [...shields] };
}
