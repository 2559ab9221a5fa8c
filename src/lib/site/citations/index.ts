/**
 * Every citable thing of the model with its citations: articles, paragraphs, quotes, timeline
 * events and stance steps, by record id.
 *
 * Records are cheap; formatting them (citeproc, three styles) is not, and holding every formatted
 * citation of a large corpus at once would not fit the build's memory. So records are grouped as
 * the pages cite them (an article with its paragraphs and quotes, one event, one country's steps),
 * a group is formatted when a page first asks for it, and only the last few groups are kept.
 */
import { groupBy } from '../../model/group-by';
import type { Model } from '../../model/types';
import { formatCitations, type Citations } from './format';
import { articleRecord, eventRecord, paragraphRecord, quoteRecord, stanceStepAnchor, stanceStepRecord, type CslRecord } from './records';

/** Records that one page cites together. */
type RecordGroup = () => CslRecord[];

function recordGroups(model: Model, site: string): Map<string, RecordGroup> {
  const groups = new Map<string, RecordGroup>();
  const quotesByArticle = groupBy(model.quotes, (quote) => quote.article);
  for (const article of model.articles) {
    groups.set(`article:${article.slug}`, () => [
      articleRecord(article, site),
      ...article.blocks.filter((b) => b.kind !== 'headline').map((b, i) => paragraphRecord(article, b.id, i + 1, b.text, site)),
      ...(quotesByArticle.get(article.slug) ?? []).map((quote) => quoteRecord(article, quote, site)),
    ]);
  }
  for (const event of model.events) groups.set(`event:${event.id}`, () => [eventRecord(event, site)]);
  for (const country of model.countries) {
    groups.set(`country:${country.code}`, () => country.steps.map((step) => stanceStepRecord(country, step, stanceStepAnchor(step), site)));
  }
  return groups;
}

/** Formatted groups kept at once: a page and the pages rendered beside it (build concurrency). */
const KEPT_GROUPS = 16;

interface SiteCitations {
  groups: Map<string, RecordGroup>;
  formatted: Map<string, Map<string, Citations>>;
}

const bySite = new WeakMap<Model, Map<string, SiteCitations>>();

function siteCitations(model: Model, site: string): SiteCitations {
  const sites = bySite.get(model) ?? new Map<string, SiteCitations>();
  bySite.set(model, sites);
  const known = sites.get(site) ?? { groups: recordGroups(model, site), formatted: new Map() };
  sites.set(site, known);
  return known;
}

/** Every record of a group with its citations, by record id; formatted on first use. */
function groupCitations(model: Model, site: string, group: string): Map<string, Citations> {
  const { groups, formatted } = siteCitations(model, site);
  const known = formatted.get(group);
  if (known) return known;
  const records = groups.get(group);
  if (!records) throw new Error(`no citation group "${group}"`);
  const citations = formatCitations(records());
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
  const citations = groupCitations(model, site, `article:${slug}`);
  return { article: citationsIn(citations, slug), of: (id) => citationsIn(citations, `${slug}-${id}`) };
}

export function eventCitations(model: Model, site: string, eventId: string): Citations {
  return citationsIn(groupCitations(model, site, `event:${eventId}`), `event-${eventId}`);
}

/** The citations of a country's stance steps, by the step's anchor. */
export function stanceStepCitations(model: Model, site: string, code: string): (anchor: string) => Citations {
  const citations = groupCitations(model, site, `country:${code}`);
  return (anchor) => citationsIn(citations, `${code.toLowerCase()}-${anchor}`);
}
