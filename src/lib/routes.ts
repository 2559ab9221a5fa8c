/**
 * Every URL the site makes, in one place: pages, the anchors inside them (`#p-…` paragraphs,
 * `#q-…` quotes, timeline entries, stance steps) and the files it serves. Published links never
 * change meaning, so the paths here only ever gain entries.
 *
 * Every path starts with the site's base, SITE_BASE. `createRoutes(base)` is pure; the functions
 * exported below are bound to SITE_BASE.
 */

/**
 * The path the site is served under: Astro's `base`, which astro.config.mjs reads from here. Set
 * here rather than read from Astro (`import.meta.env.BASE_URL`), because the model that holds
 * these URLs is built by the content check while Astro loads its config, before Astro sets that.
 */
export const SITE_BASE = '/';

/** The folder of a filtered timeline view, by what it filters on. */
const TIMELINE_FILTER_FOLDERS = { actor: 'actors', country: 'countries', article: 'articles', kind: 'kinds' } as const;
export type TimelineFilterBy = keyof typeof TIMELINE_FILTER_FOLDERS;

/** `#id` on a page: an entry on whichever timeline lists it, a quote on its article. */
export const at = (page: string, id: string) => `${page}#${id}`;

export function createRoutes(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = (rest: string) => `${root}${rest}`;
  const articleUrl = (slug: string) => path(`articles/${slug}/`);
  const articleCiteUrl = (slug: string) => path(`articles/${slug}/cite/`);
  const timelineUrl = () => path('timeline/');
  const countryUrl = (code: string) => path(`countries/${code.toLowerCase()}/`);
  return {
    homeUrl: () => root,
    articlesUrl: () => path('articles/'),
    articleUrl,
    paragraphUrl: (slug: string, paragraph: string) => at(articleUrl(slug), paragraph),
    quoteUrl: (slug: string, quote: string) => at(articleUrl(slug), quote),
    articleCiteUrl,
    /** A quote's citations, on its article's cite page. */
    quoteCiteUrl: (slug: string, quote: string) => at(articleCiteUrl(slug), quote),
    timelineUrl,
    /** An entry where the full timeline lists it. */
    timelineEntryUrl: (id: string) => at(timelineUrl(), id),
    eventUrl: (id: string) => path(`timeline/${id}/`),
    timelineFilterUrl: (by: TimelineFilterBy, id: string) => path(`timeline/${TIMELINE_FILTER_FOLDERS[by]}/${id.toLowerCase()}/`),
    actorsUrl: () => path('actors/'),
    actorUrl: (id: string) => path(`actors/${id}/`),
    countriesUrl: () => path('countries/'),
    countryUrl,
    /** One step of a country's stance, on the country's page. */
    stanceStepUrl: (code: string, anchor: string) => at(countryUrl(code), anchor),
    /** The stance map as it stood at a date. */
    countriesAsOfUrl: (snapshot: string) => path(`countries/as-of/${snapshot}/`),
    searchUrl: () => path('search/'),
    /** A file of the search index (meta.json, index.json, postings/…, records/…). */
    searchFileUrl: (name: string) => path(`search/${name}`),
    methodologyUrl: (section?: string) => (section === undefined ? path('methodology/') : at(path('methodology/'), section)),
    dataUrl: () => path('data/'),
    dataFileUrl: (name: string) => path(`data/${name}`),
    rssUrl: () => path('rss.xml'),
    sitemapUrl: () => path('sitemap-index.xml'),
    faviconUrl: () => path('favicon.svg'),
  };
}

export type Routes = ReturnType<typeof createRoutes>;

export const {
  homeUrl,
  articlesUrl,
  articleUrl,
  paragraphUrl,
  quoteUrl,
  articleCiteUrl,
  quoteCiteUrl,
  timelineUrl,
  timelineEntryUrl,
  eventUrl,
  timelineFilterUrl,
  actorsUrl,
  actorUrl,
  countriesUrl,
  countryUrl,
  stanceStepUrl,
  countriesAsOfUrl,
  searchUrl,
  searchFileUrl,
  methodologyUrl,
  dataUrl,
  dataFileUrl,
  rssUrl,
  sitemapUrl,
  faviconUrl,
} = createRoutes(SITE_BASE);
