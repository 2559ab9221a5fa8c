import { actorsUrl, articlesUrl, countriesUrl, homeUrl, methodologyUrl, searchUrl, timelineUrl } from '../routes';
import { UI } from './ui-strings';

export interface NavItem {
  href: string;
  label: string;
  /** The start of `label` that stands alone on a phone, where the navigation keeps to one line. */
  short: string;
}

/** The site's sections, in the order the navigation shows them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: homeUrl(), label: UI.nav.home, short: UI.nav.home },
  { href: articlesUrl(), label: UI.nav.articles, short: UI.nav.articles },
  { href: timelineUrl(), label: UI.nav.timeline, short: UI.nav.timeline },
  { href: actorsUrl(), label: UI.nav.actors, short: 'People' },
  { href: countriesUrl(), label: UI.nav.countries, short: UI.nav.countries },
  { href: searchUrl(), label: UI.nav.search, short: 'Search' },
  { href: methodologyUrl(), label: UI.nav.methodology, short: 'Method' },
];

/**
 * Whether a nav item is the current page or the section the page is in. Home matches only
 * itself; `/articles/` also matches each article.
 */
export function isCurrentSection(path: string, href: string): boolean {
  const normalised = path.endsWith('/') ? path : `${path}/`;
  return href === homeUrl() ? normalised === href : normalised.startsWith(href);
}
