import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorpus } from '../corpus';
import { describeArticle } from '../lib/model/articles';
import { corpusFacts } from '../lib/site/corpus-facts';
import { UI } from '../lib/site/ui-strings';

/** The articles as an RSS feed, newest first; an inferred date is the first of its month. */
export const GET: APIRoute = async ({ site }) => {
  const { model } = await getCorpus();
  return rss({
    title: UI.site.name,
    description: UI.site.description(corpusFacts(model)),
    site: site ?? 'https://huawei-5g-watch.example',
    items: [...model.articles].reverse().map((article) => ({
      title: article.view.title,
      link: article.view.url,
      pubDate: new Date(article.view.published.precision === 'day' ? article.view.published.iso : `${article.view.published.iso}-01`),
      description: describeArticle(article.view),
      ...(article.view.authors.length > 0 ? { author: article.view.authors.join(', ') } : {}),
    })),
  });
};
