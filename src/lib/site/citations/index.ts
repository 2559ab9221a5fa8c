/**
 * Every citable thing of the model with its citations, computed once per build: articles,
 * paragraphs, quotes, timeline events and stance steps, by record id.
 */
import type { Model } from '../../model/types';
import { formatCitations, type Citations } from './format';
import { articleRecord, eventRecord, paragraphRecord, quoteRecord, stanceStepAnchor, stanceStepRecord, type CslRecord } from './records';

function citationRecords(model: Model, site: string): CslRecord[] {
  return [
    ...model.articles.flatMap((article) => [
      articleRecord(article, site),
      ...article.blocks.filter((b) => b.kind !== 'headline').map((b, i) => paragraphRecord(article, b.id, i + 1, b.text, site)),
    ]),
    ...model.quotes.flatMap((quote) => {
      const article = model.articles.find((a) => a.slug === quote.article);
      return article ? [quoteRecord(article, quote, site)] : [];
    }),
    ...model.events.map((event) => eventRecord(event, site)),
    ...model.countries.flatMap((country) => country.steps.map((step) => stanceStepRecord(country, step, stanceStepAnchor(step), site))),
  ];
}

const cache = new WeakMap<Model, Map<string, Map<string, Citations>>>();

/** The citations of every record, by id; formatted once per model and site. */
function citationIndex(model: Model, site: string): Map<string, Citations> {
  const bySite = cache.get(model) ?? new Map<string, Map<string, Citations>>();
  cache.set(model, bySite);
  let index = bySite.get(site);
  if (!index) {
    index = formatCitations(citationRecords(model, site));
    bySite.set(site, index);
  }
  return index;
}

/** The citations of one record; the id must be one `citationRecords` made. */
export function citationsFor(model: Model, site: string, id: string): Citations {
  const found = citationIndex(model, site).get(id);
  if (!found) throw new Error(`no citation record "${id}"`);
  return found;
}
