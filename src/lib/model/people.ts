/**
 * The people and organisations an article's frontmatter credits: its authors and contributors
 * (people) and its outlet (an organisation). Each becomes an actor of the model, so a new
 * article's byline and outlet get pages without anyone editing actors.yaml; a name that is
 * already an actor (by name or alias) is credited to that actor instead.
 */
import type { ActorData, ArticleData } from '../../schemas';
import { slugWords } from '../analysis/slug';

type CreditRole = 'author' | 'contributor' | 'outlet';

export interface Credit {
  /** The article's slug. */
  article: string;
  as: CreditRole;
}

export interface ArticleCredits {
  /** Credits by actor id, in article order. */
  credits: Map<string, Credit[]>;
  /** The credited names that are no actor yet, as new actors. */
  newActors: ActorData[];
}

/** Every credit of every article, and the actors to add for names not yet known. */
export function creditsFromArticles(articles: readonly ArticleData[], actors: readonly ActorData[]): ArticleCredits {
  const byName = new Map(actors.flatMap((a) => [a.name, ...a.aliases].map((n) => [n, a.id] as const)));
  const credits = new Map<string, Credit[]>();
  const newActors: ActorData[] = [];
  const credit = (name: string, article: string, as: CreditRole, status: ActorData['status']) => {
    let id = byName.get(name);
    if (id === undefined) {
      id = slugWords(name).join('-');
      byName.set(name, id);
      newActors.push({ id, name, kind: as === 'outlet' ? 'media' : 'person', country: null, aliases: [name], roles: [], status });
    }
    const list = credits.get(id) ?? [];
    if (!list.some((c) => c.article === article && c.as === as)) list.push({ article, as });
    credits.set(id, list);
  };
  for (const article of articles) {
    // A drafted article's byline is the pipeline's reading of the page until an editor reviews it.
    const status = article.analysis === 'reviewed' ? 'reviewed' : 'proposed';
    for (const name of article.authors) credit(name, article.slug, 'author', status);
    for (const name of article.contributors) credit(name, article.slug, 'contributor', status);
    if (article.outlet) credit(article.outlet.name, article.slug, 'outlet', status);
  }
  return { credits, newActors };
}
