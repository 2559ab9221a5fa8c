/**
 * The one module that reads the content collections. Everything else gets plain data from here,
 * checked once per build by the same rules as `npm run check:content`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortArticlesByDate, toArticleView, type ArticleView } from './lib/articles';
import { checkArticleSet, formatProblems } from './lib/content-check';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface CorpusArticle {
  entry: ArticleEntry;
  view: ArticleView;
}

let cached: Promise<CorpusArticle[]> | undefined;

async function loadArticles(): Promise<CorpusArticle[]> {
  const entries = await getCollection('articles');
  const problems = checkArticleSet(entries.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' })));
  if (problems.length > 0) {
    throw new Error(`Content check failed:\n${formatProblems(problems)}`);
  }
  const articles = entries.map((entry) => {
    const view = toArticleView(entry.data);
    return { entry, view, slug: view.slug, published: view.published };
  });
  return sortArticlesByDate(articles).map(({ entry, view }) => ({ entry, view }));
}

/** All articles, oldest first, loaded and checked once per build. */
export function getArticles(): Promise<CorpusArticle[]> {
  cached ??= loadArticles();
  return cached;
}
