import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/lib/model/types';
import { corpusFacts } from '../../src/lib/site/corpus-facts';

/** Only what corpusFacts reads: the articles' publication dates, oldest first. */
const modelOf = (dates: string[]) => ({ articles: dates.map((iso) => ({ view: { published: { iso } } })) }) as unknown as Model;

describe('corpus facts', () => {
  it('count the articles in words and span their years', () => {
    const facts = corpusFacts(modelOf(['2019-02-20', '2019-03', '2020-01-14']));
    expect(facts.articles()).toBe('three articles');
    expect(facts.articles('news')).toBe('three news articles');
    expect(facts.years).toBe('2019–2020');
  });

  it('say one article, one year, and figures past ten', () => {
    expect(corpusFacts(modelOf(['2019-02-20'])).articles('source')).toBe('one source article');
    expect(corpusFacts(modelOf(['2019-02-20'])).years).toBe('2019');
    expect(corpusFacts(modelOf(Array.from({ length: 12 }, () => '2019-02-20'))).articles()).toBe('12 articles');
  });
});
