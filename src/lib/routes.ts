/**
 * Every URL the site makes, in one place: pages, the anchors inside them (`#p-…` paragraphs,
 * `#q-…` quotes, timeline entries, stance steps) and the files it serves. Published links never
 * change meaning, so the paths here only ever gain entries.
 *
 * Every path starts with the site's base (Astro's `base`, `/` unless the site is served under a
 * sub-path). `createRoutes(base)` is pure; the functions exported below are bound to the base of
 * the running build, read in `siteBase()` and nowhere else.
 */

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
    methodologyUrl: (section?: string) => (section === undefined ? path('methodology/') : at(path('methodology/'), section)),
    dataUrl: () => path('data/'),
    dataFileUrl: (name: string) => path(`data/${name}`),
    rssUrl: () => path('rss.xml'),
    sitemapUrl: () => path('sitemap-index.xml'),
    faviconUrl: () => path('favicon.svg'),
  };
}

export type Routes = ReturnType<typeof createRoutes>;

/**
 * The base of the running build: Astro (and Vite, and Vitest) set `import.meta.env.BASE_URL`;
 * plain Node (the content check and the scripts run through tsx) has no `import.meta.env`,
 * and serves nothing, so `/` does.
 */
function siteBase(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

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
  methodologyUrl,
  dataUrl,
  dataFileUrl,
  rssUrl,
  sitemapUrl,
  faviconUrl,
} = createRoutes(siteBase());
