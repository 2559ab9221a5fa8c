/**
 * `statement`: a sentence or clause someone said (“It's winning,”, “we don't get too many
 * meetings,”); `phrase`: a short fragment or term (“national security”, “nonsense.”).
 */
export type QuoteKind = 'statement' | 'phrase';

export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = {
  statement: 'Statement',
  phrase: 'Phrase',
};
