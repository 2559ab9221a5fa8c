/**
 * Finds where actors are named, by any of their aliases: case-sensitive, whole words, and the
 * longest alias wins where two overlap ("Trump administration" over "Trump", "Senate
 * Intelligence Committee" over "Senate").
 */
export interface AliasedActor {
  id: string;
  aliases: readonly string[];
}

export interface ActorMatch {
  actorId: string;
  alias: string;
  start: number;
  end: number;
}

export interface ActorMatcher {
  find(text: string): ActorMatch[];
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Straight and curly apostrophes are the same letter for matching. */
const apostrophes = (value: string) => value.replace(/['’]/g, "['’]");

export function createActorMatcher(actors: readonly AliasedActor[]): ActorMatcher {
  const entries = actors
    .flatMap((actor) => actor.aliases.map((alias) => ({ actorId: actor.id, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${entries.map((e) => apostrophes(escape(e.alias))).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const byAlias = new Map(entries.map((e) => [e.alias.replace(/’/g, "'"), e.actorId]));
  return {
    find(text) {
      if (entries.length === 0) return [];
      return [...text.matchAll(pattern)].map((match) => ({
        actorId: byAlias.get(match[0].replace(/’/g, "'")) ?? '',
        alias: match[0],
        start: match.index,
        end: match.index + match[0].length,
      }));
    },
  };
}
