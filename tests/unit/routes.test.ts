import { describe, expect, it } from 'vitest';
import * as site from '../../src/lib/routes';
import { createRoutes, type Routes } from '../../src/lib/routes';

/** Every route with sample arguments, so a new route cannot be added untested. */
const samples = (r: Routes): Record<keyof Routes, string> => ({
  homeUrl: r.homeUrl(),
  articlesUrl: r.articlesUrl(),
  articleUrl: r.articleUrl('a-slug'),
  paragraphUrl: r.paragraphUrl('a-slug', 'p-first-words'),
  quoteUrl: r.quoteUrl('a-slug', 'q-first-words'),
  articleCiteUrl: r.articleCiteUrl('a-slug'),
  quoteCiteUrl: r.quoteCiteUrl('a-slug', 'q-first-words'),
  timelineUrl: r.timelineUrl(),
  timelineEntryUrl: r.timelineEntryUrl('2019-02-18-an-event'),
  eventUrl: r.eventUrl('2019-02-18-an-event'),
  timelineFilterUrl: r.timelineFilterUrl('country', 'GB'),
  actorsUrl: r.actorsUrl(),
  actorUrl: r.actorUrl('robert-strayer'),
  countriesUrl: r.countriesUrl(),
  countryUrl: r.countryUrl('GB'),
  stanceStepUrl: r.stanceStepUrl('GB', 'step-2019-02-18-the-uk'),
  countriesAsOfUrl: r.countriesAsOfUrl('2019-06'),
  searchUrl: r.searchUrl(),
  searchFileUrl: r.searchFileUrl('meta.json'),
  methodologyUrl: r.methodologyUrl('codebook'),
  dataUrl: r.dataUrl(),
  dataFileUrl: r.dataFileUrl('quotes.json'),
  rssUrl: r.rssUrl(),
  sitemapUrl: r.sitemapUrl(),
  faviconUrl: r.faviconUrl(),
});

describe('routes', () => {
  it('make the URLs the site has always published', () => {
    expect(samples(createRoutes('/'))).toEqual({
      homeUrl: '/',
      articlesUrl: '/articles/',
      articleUrl: '/articles/a-slug/',
      paragraphUrl: '/articles/a-slug/#p-first-words',
      quoteUrl: '/articles/a-slug/#q-first-words',
      articleCiteUrl: '/articles/a-slug/cite/',
      quoteCiteUrl: '/articles/a-slug/cite/#q-first-words',
      timelineUrl: '/timeline/',
      timelineEntryUrl: '/timeline/#2019-02-18-an-event',
      eventUrl: '/timeline/2019-02-18-an-event/',
      timelineFilterUrl: '/timeline/countries/gb/',
      actorsUrl: '/actors/',
      actorUrl: '/actors/robert-strayer/',
      countriesUrl: '/countries/',
      countryUrl: '/countries/gb/',
      stanceStepUrl: '/countries/gb/#step-2019-02-18-the-uk',
      countriesAsOfUrl: '/countries/as-of/2019-06/',
      searchUrl: '/search/',
      searchFileUrl: '/search/meta.json',
      methodologyUrl: '/methodology/#codebook',
      dataUrl: '/data/',
      dataFileUrl: '/data/quotes.json',
      rssUrl: '/rss.xml',
      sitemapUrl: '/sitemap-index.xml',
      faviconUrl: '/favicon.svg',
    });
    expect(createRoutes('/').methodologyUrl()).toBe('/methodology/');
  });

  it('honour a base path, with or without its trailing slash', () => {
    const atRoot = samples(createRoutes('/'));
    for (const base of ['/watch/', '/watch']) {
      const under = samples(createRoutes(base));
      for (const [name, url] of Object.entries(atRoot)) expect(under[name as keyof Routes], name).toBe(`/watch${url}`);
    }
  });

  it('are bound to the base Astro serves the site under', async () => {
    const config = (await import('../../astro.config.mjs')).default;
    expect(config.base).toBe(site.SITE_BASE);
    expect(site.homeUrl()).toBe(site.SITE_BASE);
    expect(site.paragraphUrl('a', 'p-b')).toBe(`${site.SITE_BASE}articles/a/#p-b`);
  });
});
