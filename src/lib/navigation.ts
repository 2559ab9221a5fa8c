import { UI } from './ui-strings';

export interface NavItem {
  href: string;
  label: string;
}

/** The site's sections, in the order the navigation shows them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: UI.nav.home },
  { href: '/articles/', label: UI.nav.articles },
  { href: '/timeline/', label: UI.nav.timeline },
  { href: '/actors/', label: UI.nav.actors },
  { href: '/countries/', label: UI.nav.countries },
  { href: '/search/', label: UI.nav.search },
  { href: '/methodology/', label: UI.nav.methodology },
];

/**
 * Whether a nav item is the current page or the section the page is in. Home matches only
 * itself; `/articles/` also matches each article.
 */
export function isCurrentSection(path: string, href: string): boolean {
  const normalised = path.endsWith('/') ? path : `${path}/`;
  return href === '/' ? normalised === '/' : normalised.startsWith(href);
}
