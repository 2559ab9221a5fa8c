/**
 * A quote shown outside its article stands in the sentence it was said in, so “reinforced” or
 * “nonsense.” read as what they are: the words before it, the quote (highlighted), the words after.
 */
import { sentenceAround } from '../analysis/language/sentences';
import type { Model, Quote } from '../model/types';

export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
}

const blockTexts = new WeakMap<Model, Map<string, string>>();

function blockText(model: Model, article: string, blockId: string): string | undefined {
  let texts = blockTexts.get(model);
  if (!texts) {
    texts = new Map(model.articles.flatMap((a) => a.blocks.map((b) => [`${a.slug}#${b.id}`, b.text] as const)));
    blockTexts.set(model, texts);
  }
  return texts.get(`${article}#${blockId}`);
}

const contexts = new WeakMap<Model, Map<Quote, QuoteContext>>();

/** The sentence around the quote's first part, split around the quote; computed once per quote. */
export function quoteInContext(model: Model, quote: Quote): QuoteContext {
  const cache = contexts.get(model) ?? new Map<Quote, QuoteContext>();
  contexts.set(model, cache);
  const known = cache.get(quote);
  if (known) return known;
  const context = findContext(model, quote);
  cache.set(quote, context);
  return context;
}

/** The quote alone when its paragraph is not found. */
function findContext(model: Model, quote: Quote): QuoteContext {
  const part = quote.parts[0];
  const text = part && blockText(model, quote.article, part.blockId);
  if (!part || !text) return { before: '', quote: `“${quote.text}”`, after: '' };
  const sentence = sentenceAround(text, part.start, part.end);
  return {
    before: text.slice(sentence.start, part.start),
    quote: text.slice(part.start, part.end),
    after: text.slice(part.end, Math.max(sentence.end, part.end)),
  };
}
