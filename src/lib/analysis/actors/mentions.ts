/**
 * Finds where actors are named, by any of their aliases: case-sensitive, whole words, and the
 * longest alias wins where two overlap ("Trump administration" over "Trump", "Senate
 * Intelligence Committee" over "Senate"). Straight and curly apostrophes count as the same. A name
 * that is no actor ("Mobile World Congress") can be given with an empty id: it takes its words, so
 * "Congress" inside it is never the US Congress.
 *
 * Aliases are indexed by their first word, so matching costs one lookup per word of text however
 * many actors there are (a single regex of every alias grew with the corpus).
 */
export interface AliasedActor {
  /** The actor's id; the empty id marks a name that is no actor but whose words no actor may take. */
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
  /**
   * This matcher with aliases that hold in one article only ("Liu" for the Liu that article names
   * in full): they win over the site's where both are as long, and the site's index is shared, not copied.
   */
  within(local: readonly AliasedActor[]): ActorMatcher;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const sameApostrophes = (value: string) => value.replace(/’/g, "'");

type AliasIndex = Map<string, Array<{ alias: string; key: string; actorId: string }>>;

function indexAliases(actors: readonly AliasedActor[]): AliasIndex {
  const byFirstWord: AliasIndex = new Map();
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const key = sameApostrophes(alias);
      const first = key.match(WORD_RUN)?.[0];
      if (!first || !key.startsWith(first)) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ alias, key, actorId: actor.id });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.key.length - a.key.length);
  return byFirstWord;
}

/** Candidates for a word, longest first; the article's own aliases first where two are as long. */
function candidatesFor(word: string, indexes: readonly AliasIndex[]) {
  const lists = indexes.map((index) => index.get(word) ?? []).filter((list) => list.length > 0);
  if (lists.length < 2) return lists[0] ?? [];
  return lists.flat().sort((a, b) => b.key.length - a.key.length);
}

function matcherOver(indexes: readonly AliasIndex[]): ActorMatcher {
  return {
    find(text) {
      const haystack = sameApostrophes(text);
      const matches: ActorMatch[] = [];
      let resumeAt = 0;
      for (const run of haystack.matchAll(WORD_RUN)) {
        const start = run.index;
        if (start < resumeAt) continue;
        for (const candidate of candidatesFor(run[0], indexes)) {
          const end = start + candidate.key.length;
          if (haystack.startsWith(candidate.key, start) && !WORD_CHAR.test(haystack[end] ?? '')) {
            if (candidate.actorId !== '') matches.push({ actorId: candidate.actorId, alias: text.slice(start, end), start, end });
            resumeAt = end;
            break;
          }
        }
      }
      return matches;
    },
    within(local) {
      return matcherOver([indexAliases(local), ...indexes]);
    },
  };
}

export function createActorMatcher(actors: readonly AliasedActor[]): ActorMatcher {
  return matcherOver([indexAliases(actors)]);
}
