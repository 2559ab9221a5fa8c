/**
 * Stage 7: each actor with what the model knows of them: the paragraphs naming them, their
 * quotes, their events, their credits as authors or outlets. Authors and outlets new to the list
 * become actors; a proposal the text never names on its own is dropped.
 */
import type { ActorData } from '../../../schemas';
import { compareText } from '../../analysis/collate';
import { actorUrl } from '../../routes';
import { groupBy } from '../group-by';
import { creditsFromArticles } from '../people';
import type { Actor, ModelArticle, Quote, TimelineEvent } from '../types';
import type { ArticleMatchers } from './actors';
import type { ModelInput } from './context';

function addMentions(actors: readonly Actor[], articles: readonly ModelArticle[], matcherFor: ArticleMatchers): void {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const article of articles) {
    const matcher = matcherFor(article.slug);
    for (const block of article.blocks) {
      const found = new Set(matcher.find(block.text).map((m) => m.actorId));
      for (const id of found) actorById.get(id)?.mentions.push({ article: article.slug, paragraph: block.id });
    }
  }
}

export function recordActors(
  input: ModelInput,
  all: readonly ActorData[],
  articles: readonly ModelArticle[],
  quotes: readonly Quote[],
  events: readonly TimelineEvent[],
  matcherFor: ArticleMatchers,
): Actor[] {
  const quotesBySpeaker = groupBy(quotes, (q) => q.speaker ?? '');
  const eventsByActor = groupBy(events, (e) => e.actors);
  const actors: Actor[] = all.map((actor) => ({
    ...actor,
    url: actorUrl(actor.id),
    mentions: [],
    articles: [],
    quotes: quotesBySpeaker.get(actor.id) ?? [],
    eventIds: (eventsByActor.get(actor.id) ?? []).map((e) => e.id),
  }));
  const { credits, newActors } = creditsFromArticles(
    input.articles.map((a) => a.data),
    all,
  );
  actors.push(...newActors.map((actor) => ({ ...actor, url: actorUrl(actor.id), mentions: [], articles: [], quotes: [], eventIds: [] })));
  for (const actor of actors) actor.credits = credits.get(actor.id) ?? [];
  addMentions(actors, articles, matcherFor);
  for (const actor of actors)
    actor.articles = [...new Set([...actor.mentions.map((m) => m.article), ...(actor.credits ?? []).map((c) => c.article)])].sort(
      compareText,
    );
  return actors
    .filter((actor) => actor.status === 'reviewed' || actor.articles.length > 0 || (actor.credits ?? []).length > 0)
    .sort((a, b) => compareText(a.name, b.name));
}
