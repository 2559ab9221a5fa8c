/**
 * What the interface says about the corpus as a whole (how many articles, which years), computed
 * from the model so that adding an article changes every page that mentions it.
 */
import { countInWords } from '../analysis/language/terms';
import type { Model } from '../model/types';

export interface CorpusFacts {
  /** "three articles"; with a word before the noun, "three news articles", "one source article". */
  articles: (kind?: string) => string;
  /** "2019–2020", or "2019" when every article is from one year. */
  years: string;
}

export function corpusFacts(model: Model): CorpusFacts {
  const n = model.articles.length;
  // The model orders articles oldest first.
  const [first, last] = [model.articles[0], model.articles.at(-1)].map((a) => a?.view.published.iso.slice(0, 4) ?? '');
  return {
    articles: (kind) => [countInWords(n), kind, n === 1 ? 'article' : 'articles'].filter(Boolean).join(' '),
    years: first === last ? (first ?? '') : `${first}–${last}`,
  };
}
