/** Quote ids from the anchor map, for the renderer and the model alike. */
import type { ExtractedQuote } from '../quotes/extract';
import { assignAnchors, type AnchorText, type ArticleAnchors } from './registry';

/** Each quote as an anchor text: its words, within the paragraph it starts in. */
export function quoteAnchorTexts(
  quotes: ReadonlyArray<{ text: string; blockId: string }>,
  blocks: ReadonlyArray<{ id: string; text: string }>,
): AnchorText[] {
  const textOf = new Map(blocks.map((block) => [block.id, block.text]));
  return quotes.map((quote) => ({ text: quote.text, within: textOf.get(quote.blockId) ?? '' }));
}

/**
 * The extracted quotes with their registered ids (and `nestedIn` pointing at the registered id of
 * the outer quote). Quotes the map does not know get a new id, which the content check reports.
 */
export function anchorQuotes(
  quotes: readonly ExtractedQuote[],
  blocks: ReadonlyArray<{ id: string; text: string }>,
  anchors: ArticleAnchors | undefined,
): ExtractedQuote[] {
  const { ids } = assignAnchors('quotes', quoteAnchorTexts(quotes, blocks), anchors);
  const renamed = new Map(quotes.map((quote, index) => [quote.id, ids[index] ?? quote.id]));
  return quotes.map((quote) => ({
    ...quote,
    id: renamed.get(quote.id) ?? quote.id,
    nestedIn: quote.nestedIn === null ? null : (renamed.get(quote.nestedIn) ?? quote.nestedIn),
  }));
}
