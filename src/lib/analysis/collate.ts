/**
 * The one collation for every sort on the site: English rules, fixed here rather than taken from
 * the machine's locale (`localeCompare()` with no locale), so every machine and every browser
 * orders names and ids alike. Ties the collation leaves (none in practice) fall back to code points.
 */
const collator = new Intl.Collator('en', { usage: 'sort', sensitivity: 'variant', numeric: false });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
