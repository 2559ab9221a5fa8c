/** What the pages show of an article: derived once from its frontmatter, rendered as is. */
import { format, parse } from 'date-fns';
import type { ArticleData } from '../../schemas';
import { parsePrintedDate, toDatetimeAttribute } from '../analysis/dates/printed-date';
import { compareText } from '../analysis/collate';
import { articleUrl } from '../routes';

export interface PublicationView {
  /** ISO day or month, as stored. */
  iso: string;
  precision: ArticleData['published']['precision'];
  /** For `<time datetime>`: day (with time and zone where printed) or month. */
  datetime: string;
  /** "20 February 2019" or "March 2019". */
  label: string;
  /** True when the source prints no date and the editors inferred it. */
  inferred: boolean;
}

export interface ArticleView {
  slug: string;
  url: string;
  title: string;
  titleSupplied: boolean;
  outlet: string | null;
  authors: readonly string[];
  published: PublicationView;
}

export function describePublication(published: ArticleData['published']): PublicationView {
  const day = published.precision === 'day';
  const date = parse(published.date, day ? 'yyyy-MM-dd' : 'yyyy-MM', new Date(2000, 0, 1));
  const printed = published.printed === null ? null : parsePrintedDate(published.printed);
  return {
    iso: published.date,
    precision: published.precision,
    datetime: printed === null ? published.date : toDatetimeAttribute(printed),
    label: format(date, day ? 'd MMMM yyyy' : 'MMMM yyyy'),
    inferred: published.printed === null,
  };
}

export function toArticleView(data: ArticleData): ArticleView {
  return {
    slug: data.slug,
    url: articleUrl(data.slug),
    title: data.title,
    titleSupplied: data.titleSupplied,
    outlet: data.outlet?.name ?? null,
    authors: data.authors,
    published: describePublication(data.published),
  };
}

/** Oldest first; the slug breaks ties so the order never depends on how files were read. */
export function sortArticlesByDate<T>(articles: readonly T[], viewOf: (article: T) => ArticleView): T[] {
  return [...articles].sort((a, b) => {
    const [va, vb] = [viewOf(a), viewOf(b)];
    return compareText(va.published.iso, vb.published.iso) || compareText(va.slug, vb.slug);
  });
}

/** "Nick Beams", "Todd Shields and Bill Allison", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A one-line description for search engines and link previews, from the record only. */
export function describeArticle(view: ArticleView): string {
  const by = view.authors.length > 0 ? ` by ${joinNames(view.authors)}` : '';
  const where = view.outlet ?? 'outlet not named in the source';
  const when = view.published.inferred ? `${view.published.label} (date inferred)` : view.published.label;
  return `“${view.title}”${by} (${where}, ${when}), in full with a link to every paragraph.`;
}
