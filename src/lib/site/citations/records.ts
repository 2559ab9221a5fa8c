/**
 * One CSL-JSON record per citable thing: an article, a paragraph, a quote, a timeline event, a
 * stance step. Every citation format on the site is generated from these records, so the six
 * formats always agree. Pure; `site` is the site's origin, for absolute URLs.
 */
import { foldText } from '../../analysis/text';
import { STANCE_CODEBOOK } from '../../vocabulary/stances';
import type { CountryStance, ModelArticle, Quote, StanceStep, TimelineEvent } from '../../model/types';
import { paragraphUrl, stanceStepUrl } from '../../routes';

/** The CSL-JSON fields this site fills. */
export interface CslRecord {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: Array<{ family: string; given?: string } | { literal: string }>;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  URL: string;
  /** The quoted words or the summary, carried in every format that has a field for it. */
  abstract?: string;
  note?: string;
}

const SITE_NAME = 'Huawei 5G Watch';

/** "Nick Beams" → family Beams, given Nick; a one-word name or an agency stays whole. */
export function personName(name: string): { family: string; given?: string } | { literal: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop();
  if (!family || words.length === 0) return { literal: name };
  return { family, given: words.join(' ') };
}

function dateParts(article: ModelArticle): number[][] {
  return [article.view.published.iso.split('-').map(Number)];
}

const absolute = (site: string, path: string) => new URL(path, site).href;

/** The article itself, as its outlet published it; the URL is its full text here. */
export function articleRecord(article: ModelArticle, site: string): CslRecord {
  const { view } = article;
  return {
    id: article.slug,
    type: 'article-newspaper',
    title: view.title,
    ...(view.authors.length > 0 ? { author: view.authors.map(personName) } : {}),
    ...(view.outlet ? { 'container-title': view.outlet } : {}),
    issued: { 'date-parts': dateParts(article) },
    URL: absolute(site, view.url),
    ...(view.titleSupplied ? { note: 'The source has no headline; the title is the editors’.' } : {}),
  };
}

/** One paragraph of an article: the article's record, pinned to the paragraph. */
export function paragraphRecord(article: ModelArticle, blockId: string, position: number, text: string, site: string): CslRecord {
  return {
    ...articleRecord(article, site),
    id: `${article.slug}-${blockId}`,
    URL: absolute(site, paragraphUrl(article.slug, blockId)),
    abstract: text,
    note: `Paragraph ${position}`,
  };
}

/** A quote: the article's record, pinned to the quote, with its words. */
export function quoteRecord(article: ModelArticle, quote: Quote, site: string): CslRecord {
  return { ...articleRecord(article, site), id: `${article.slug}-${quote.id}`, URL: absolute(site, quote.url), abstract: quote.text };
}

/** A timeline entry: this site's page for the event. */
export function eventRecord(event: TimelineEvent, site: string): CslRecord {
  return {
    id: `event-${event.id}`,
    type: 'webpage',
    title: `${event.title} (${event.label})`,
    'container-title': SITE_NAME,
    URL: absolute(site, event.url),
    abstract: event.summary,
  };
}

/** A country's step: this site's coding of a position, with its date. */
export function stanceStepRecord(country: CountryStance, step: StanceStep, anchor: string, site: string): CslRecord {
  return {
    id: `${country.code.toLowerCase()}-${anchor}`,
    type: 'webpage',
    title: `${country.name}: ${STANCE_CODEBOOK[step.stance].label} (${step.label})`,
    'container-title': SITE_NAME,
    URL: absolute(site, stanceStepUrl(country.code, anchor)),
    abstract: step.summary,
  };
}

/** A stable anchor for a stance step: its date and the first words of its evidence. */
export function stanceStepAnchor(step: StanceStep): string {
  // Punctuation is dropped inside a word ("U.S." → "us"), not split on as in ids: published anchors keep this form.
  const words = foldText(step.evidence.text)
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, 4);
  return ['step', step.interval.start, ...words].join('-');
}
