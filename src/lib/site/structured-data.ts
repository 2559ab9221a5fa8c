/** schema.org JSON-LD for the pages that describe things: events, people and organisations. */
import type { Actor, Model, ModelArticle, Quote, TimelineEvent } from '../model/types';
import { createLookup } from '../model/views';
import { paragraphUrl } from '../routes';

const absolute = (site: string, path: string) => new URL(path, site || 'https://example.invalid/').href;

export function eventJsonLd(event: TimelineEvent, model: Model, site: string): Record<string, unknown> {
  const lookup = createLookup(model);
  return {
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.interval.start,
    endDate: event.interval.end,
    url: absolute(site, event.url),
    subjectOf: event.sources.map((s) => ({
      '@type': 'NewsArticle',
      headline: lookup.article(s.article).view.title,
      url: absolute(site, paragraphUrl(s.article, s.paragraph)),
    })),
  };
}

export function actorJsonLd(actor: Actor, site: string): Record<string, unknown> {
  return {
    '@type': actor.kind === 'person' ? 'Person' : 'Organization',
    name: actor.name,
    alternateName: actor.aliases.filter((a) => a !== actor.name),
    url: absolute(site, actor.url),
    ...(actor.roles[0] ? { description: actor.roles.map((r) => r.role).join('; ') } : {}),
  };
}

export function articleJsonLd(article: ModelArticle, site: string): Record<string, unknown> {
  const { view, data } = article;
  return {
    '@type': 'NewsArticle',
    headline: view.title,
    datePublished: view.published.datetime,
    ...(data.updated ? { dateModified: data.updated.date } : {}),
    url: absolute(site, view.url),
    author: view.authors.map((name) => ({ '@type': 'Person', name })),
    ...(view.outlet ? { publisher: { '@type': 'Organization', name: view.outlet } } : {}),
    isAccessibleForFree: true,
  };
}

/** Every quote of an article as a schema.org Quotation: its words, who said it, where. */
export function quotationsJsonLd(article: ModelArticle, quotes: readonly Quote[], model: Model, site: string): Record<string, unknown> {
  const lookup = createLookup(model);
  return {
    '@type': 'ItemList',
    name: `Quotes in “${article.view.title}”`,
    itemListElement: quotes.map((quote, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Quotation',
        text: quote.text,
        url: absolute(site, quote.url),
        ...(quote.speaker ? { creator: actorJsonLd(lookup.actor(quote.speaker), site) } : {}),
        isPartOf: { '@type': 'NewsArticle', headline: article.view.title, url: absolute(site, article.view.url) },
      },
    })),
  };
}
