/**
 * Every citable thing of the model with its citations: articles, paragraphs, quotes, timeline
 * events and stance steps, by record id.
 *
 * Records are cheap; formatting them (citeproc, three styles) is not, and holding every formatted
 * citation of a large corpus at once would not fit the build's memory. So records are grouped as
 * the pages cite them (an article with its paragraphs and quotes, one event, one country's steps),
 * a group is formatted when a page first asks for it, and only the last few groups are kept.
 */
import type { Model } from '../../model/types';
import { quotesOf } from '../../model/views';
import { formatCitations, formatPinnedCitations, type Citations } from './format';
import { articleRecord, eventRecord, paragraphRecord, quoteRecord, stanceStepAnchor, stanceStepRecord, type CslRecord } from './records';

/** What one page cites together, formatted when first asked for. */
type CitationGroup = () => Map<string, Citations>;

const formatRecords =
  (records: () => CslRecord[]): CitationGroup =>
  () =>
    formatCitations(records());

/** An article's paragraphs and quotes, through the article's own citation (format.ts says why). */
function articleParts(article: Model['articles'][number], quotes: readonly Model['quotes'][number][], site: string): CitationGroup {
  return () => {
    const base = articleRecord(article, site);
    const baseCitations = formatCitations([base]).get(base.id);
    if (!baseCitations) throw new Error(`no citation for article "${article.slug}"`);
    return formatPinnedCitations(base, baseCitations, [
      ...article.blocks.filter((b) => b.kind !== 'headline').map((b, i) => paragraphRecord(article, b.id, i + 1, b.text, site)),
      ...quotes.map((quote) => quoteRecord(article, quote, site)),
    ]);
  };
}

function citationGroups(model: Model, site: string): Map<string, CitationGroup> {
  const groups = new Map<string, CitationGroup>();
  for (const article of model.articles) {
    // The article page cites the article alone; its cite page also each paragraph and quote.
    groups.set(
      `article:${article.slug}`,
      formatRecords(() => [articleRecord(article, site)]),
    );
    groups.set(`parts:${article.slug}`, articleParts(article, quotesOf(model, article.slug), site));
  }
  for (const event of model.events)
    groups.set(
      `event:${event.id}`,
      formatRecords(() => [eventRecord(event, site)]),
    );
  for (const country of model.countries) {
    groups.set(
      `country:${country.code}`,
      formatRecords(() => country.steps.map((step) => stanceStepRecord(country, step, stanceStepAnchor(step), site))),
    );
  }
  return groups;
}

/** Formatted groups kept at once: a page and the pages rendered beside it (build concurrency). */
const KEPT_GROUPS = 16;

interface SiteCitations {
  groups: Map<string, CitationGroup>;
  formatted: Map<string, Map<string, Citations>>;
}

const bySite = new WeakMap<Model, Map<string, SiteCitations>>();

function siteCitations(model: Model, site: string): SiteCitations {
  const sites = bySite.get(model) ?? new Map<string, SiteCitations>();
  bySite.set(model, sites);
  const known = sites.get(site) ?? { groups: citationGroups(model, site), formatted: new Map() };
  sites.set(site, known);
  return known;
}

/** Every record of a group with its citations, by record id; formatted on first use. */
function groupCitations(model: Model, site: string, group: string): Map<string, Citations> {
  const { groups, formatted } = siteCitations(model, site);
  const known = formatted.get(group);
  if (known) return known;
  const format = groups.get(group);
  if (!format) throw new Error(`no citation group "${group}"`);
  const citations = format();
  formatted.set(group, citations);
  const oldest = formatted.keys().next().value;
  if (formatted.size > KEPT_GROUPS && oldest !== undefined) formatted.delete(oldest);
  return citations;
}

function citationsIn(citations: Map<string, Citations>, id: string): Citations {
  const found = citations.get(id);
  if (!found) throw new Error(`no citation record "${id}"`);
  return found;
}

/** The citations of an article and of its paragraphs and quotes, by record id. */
export function articleCitations(model: Model, site: string, slug: string): { article: Citations; of: (id: string) => Citations } {
  return {
    article: citationsIn(groupCitations(model, site, `article:${slug}`), slug),
    of: (id) => citationsIn(groupCitations(model, site, `parts:${slug}`), `${slug}-${id}`),
  };
}

export function eventCitations(model: Model, site: string, eventId: string): Citations {
  return citationsIn(groupCitations(model, site, `event:${eventId}`), `event-${eventId}`);
}

/** The citations of a country's stance steps, by the step's anchor. */
export function stanceStepCitations(model: Model, site: string, code: string): (anchor: string) => Citations {
  const citations = groupCitations(model, site, `country:${code}`);
  return (anchor) => citationsIn(citations, `${code.toLowerCase()}-${anchor}`);
}
