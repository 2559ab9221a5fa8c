/** Human labels for the model's codes, in one place so every page says the same thing. */
import type { ActorKind } from '../../schemas';
import type { DatePrecision } from '../analysis/dates/interval';
import type { Attribution } from '../analysis/quotes/attribute';
import type { QuoteKind } from '../analysis/quotes/extract';

export const ATTRIBUTION_LABELS: Record<Attribution, { label: string; explanation: string }> = {
  direct: { label: 'Named speaker', explanation: 'The speaker is named in the same sentence as the quote.' },
  carried: { label: 'Speaker from context', explanation: 'The speaker is named in an earlier sentence (“he said”, “Hannigan continued”).' },
  anonymous: { label: 'Unnamed source', explanation: 'The article describes the source without naming it.' },
  term: { label: 'Term or scare quote', explanation: 'A word or phrase in quotation marks that no one is reported as saying.' },
  unattributed: { label: 'No speaker given', explanation: 'The article gives no speaker, and the editors do not guess one.' },
};

export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = {
  statement: 'Statement',
  phrase: 'Phrase',
};

export const ACTOR_KIND_LABELS: Record<ActorKind, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  government: { singular: 'Government body or agency', plural: 'Governments and agencies' },
  company: { singular: 'Company', plural: 'Companies' },
  media: { singular: 'News organisation', plural: 'Media' },
  international: { singular: 'International organisation', plural: 'International organisations' },
  institute: { singular: 'Think tank or institute', plural: 'Think tanks and institutes' },
  organisation: { singular: 'Organisation (kind not yet reviewed)', plural: 'Other organisations' },
};

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  quarter: 'to the quarter',
  year: 'to the year',
  range: 'as a range',
};
