/**
 * Stage 2: the actors. The editors' list, with the longer forms of their names the text uses, and
 * every other person and organisation the text names, proposed; the matcher that finds them all.
 */
import type { ActorData } from '../../../schemas';
import { createActorMatcher, type ActorMatcher } from '../../analysis/actors/mentions';
import { proposeActors } from '../../analysis/actors/propose';
import { presumedGender, type PresumedGender } from '../../analysis/language/gender';
import { containsVerbatim } from '../../analysis/text';
import type { ModelArticle } from '../types';
import type { ModelInput, Problems, ResolveRef } from './context';

export interface ActorStage {
  /** Listed and proposed actors, before their mentions and quotes are gathered. */
  all: ActorData[];
  /** Ids the editors listed: what events and overrides may name. */
  listedIds: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  people: ReadonlySet<string>;
  titles: ReadonlyMap<string, readonly string[]>;
  genders: ReadonlyMap<string, PresumedGender>;
  /** The matcher for one article: the site's names and the short forms that hold in that article. */
  matcherFor: ArticleMatchers;
}

/** The actor matcher of each article, by its slug. */
export type ArticleMatchers = (article: string) => ActorMatcher;

function checkRoles(input: ModelInput, resolveRef: ResolveRef, problems: Problems): void {
  input.actors.entries.forEach((actor) => {
    actor.roles.forEach((role, i) => {
      const block = resolveRef(input.actors.file, `${actor.id}.roles.${i}`, role);
      if (block && !containsVerbatim(block.text, role.role)) {
        problems.add(
          input.actors.file,
          `${actor.id}.roles.${i}.role`,
          `not found verbatim in ${role.article}#${role.paragraph}: "${role.role}"`,
        );
      }
    });
  });
}

export function gatherActors(input: ModelInput, articles: readonly ModelArticle[], resolveRef: ResolveRef, problems: Problems): ActorStage {
  const proposals = proposeActors(articles, input.actors.entries);
  const all = [
    ...input.actors.entries.map((a) => ({ ...a, aliases: [...a.aliases, ...(proposals.aliases.get(a.id) ?? [])] })),
    ...proposals.actors,
  ];
  checkRoles(input, resolveRef, problems);
  const people = all.filter((a) => a.kind === 'person');
  // Named occasions ("Mobile World Congress") shield their words from shorter aliases.
  const siteMatcher = createActorMatcher([...all, ...proposals.shields.map((name) => ({ id: '', aliases: [name] }))]);
  const byArticle = new Map<string, ActorMatcher>();
  return {
    all,
    listedIds: new Set(input.actors.entries.map((a) => a.id)),
    names: new Map(all.map((a) => [a.id, a.name])),
    people: new Set(people.map((a) => a.id)),
    titles: new Map(all.map((a) => [a.id, a.roles.map((r) => r.role)])),
    genders: new Map(
      people.flatMap((a) => {
        const gender = presumedGender(a.name);
        return gender ? [[a.id, gender] as const] : [];
      }),
    ),
    matcherFor: (article) => {
      const cached = byArticle.get(article) ?? siteMatcher.within(proposals.local.get(article) ?? []);
      byArticle.set(article, cached);
      return cached;
    },
  };
}
