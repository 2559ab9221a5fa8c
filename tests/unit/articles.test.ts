import { describe, expect, it } from 'vitest';
import { describeArticle, describePublication, joinNames, sortArticlesByDate, toArticleView } from '../../src/lib/model/articles';
import { isCurrentSection } from '../../src/lib/site/navigation';
import type { ArticleData } from '../../src/schemas';

const base: ArticleData = {
  slug: 'an-article',
  title: 'An article',
  titleSupplied: false,
  section: null,
  outlet: null,
  authors: [],
  bylineNote: null,
  contributors: [],
  published: { date: '2019-02-26', precision: 'day', printed: '26/02/2019', inference: null },
  updated: null,
  machineTranslation: false,
  seed: '002_09b943ccc0cbb0c5.txt',
  analysis: 'reviewed',
};

describe('describePublication', () => {
  it('shows a printed day as a day', () => {
    expect(describePublication(base.published)).toEqual({
      iso: '2019-02-26',
      precision: 'day',
      datetime: '2019-02-26',
      label: '26 February 2019',
      inferred: false,
    });
  });

  it('shows an inferred month as a month, marked inferred, with a month datetime', () => {
    const view = describePublication({
      date: '2019-03',
      precision: 'month',
      printed: null,
      inference: { reasoning: 'r', evidence: [{ article: 'x', text: 'y' }] },
    });
    expect(view).toMatchObject({ datetime: '2019-03', label: 'March 2019', inferred: true });
  });
});

describe('article lists', () => {
  it('sorts oldest first, by slug on ties', () => {
    const views = [
      toArticleView({ ...base, slug: 'b', published: { ...base.published } }),
      toArticleView({ ...base, slug: 'late', published: { date: '2020-02-01', precision: 'day', printed: '2020-02-01', inference: null } }),
      toArticleView({ ...base, slug: 'a' }),
      toArticleView({
        ...base,
        slug: 'month',
        published: {
          date: '2019-02',
          precision: 'month',
          printed: null,
          inference: { reasoning: 'r', evidence: [{ article: 'a', text: 't' }] },
        },
      }),
    ];
    expect(sortArticlesByDate(views, (v) => v).map((v) => v.slug)).toEqual(['month', 'a', 'b', 'late']);
  });

  it('joins names the English way', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Nick Beams'])).toBe('Nick Beams');
    expect(joinNames(['Todd Shields', 'Bill Allison'])).toBe('Todd Shields and Bill Allison');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('describes an article without inventing an outlet or author', () => {
    expect(describeArticle(toArticleView(base))).toBe(
      '“An article” (outlet not named in the source, 26 February 2019), in full with a link to every paragraph.',
    );
  });
});

describe('isCurrentSection', () => {
  it('marks home only on home, and articles on every article', () => {
    expect(isCurrentSection('/', '/')).toBe(true);
    expect(isCurrentSection('/articles/', '/')).toBe(false);
    expect(isCurrentSection('/articles/x/', '/articles/')).toBe(true);
    expect(isCurrentSection('/articles', '/articles/')).toBe(true);
  });
});
