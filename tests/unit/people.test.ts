import { describe, expect, it } from 'vitest';
import type { ActorData, ArticleData } from '../../src/schemas';
import { creditsFromArticles } from '../../src/lib/model/people';

const article = (slug: string, authors: string[], contributors: string[], outlet: string | null) =>
  ({ slug, authors, contributors, outlet: outlet ? { name: outlet, basis: 'footer' } : null }) as unknown as ArticleData;
const known: ActorData[] = [
  { id: 'reuters', name: 'Reuters', kind: 'media', country: null, aliases: ['Reuters'], roles: [], status: 'reviewed' },
];

describe('creditsFromArticles', () => {
  const { credits, newActors } = creditsFromArticles(
    [article('a', ['Jane Roe'], ['Reuters'], 'Daily Planet'), article('b', ['Jane Roe', 'John Poe'], [], 'Daily Planet')],
    known,
  );

  it('makes a new article’s authors people and its outlet an organisation, without YAML', () => {
    expect(newActors.map((a) => [a.id, a.kind])).toEqual([
      ['jane-roe', 'person'],
      ['daily-planet', 'media'],
      ['john-poe', 'person'],
    ]);
  });

  it('credits each article once per role, and a known name to the known actor', () => {
    expect(credits.get('jane-roe')).toEqual([
      { article: 'a', as: 'author' },
      { article: 'b', as: 'author' },
    ]);
    expect(credits.get('reuters')).toEqual([{ article: 'a', as: 'contributor' }]);
    expect(credits.get('daily-planet')).toEqual([
      { article: 'a', as: 'outlet' },
      { article: 'b', as: 'outlet' },
    ]);
  });
});
