import { describe, expect, it } from 'vitest';
import { createActorMatcher } from '../../src/lib/analysis/actors/mentions';

const matcher = createActorMatcher([
  { id: 'donald-trump', aliases: ['Donald Trump', 'Trump'] },
  { id: 'trump-administration', aliases: ['Trump administration', 'Trump’s administration'] },
  { id: 'us-senate', aliases: ['Senate'] },
  { id: 'senate-intelligence-committee', aliases: ['Senate Intelligence Committee'] },
  { id: 'peoples-liberation-army', aliases: ['People’s Liberation Army'] },
  { id: 'nick-read', aliases: ['Read'] },
]);
const found = (text: string) => matcher.find(text).map((m) => [m.actorId, m.alias]);

describe('createActorMatcher', () => {
  it('prefers the longest alias where two overlap', () => {
    expect(found('the Trump administration and Trump')).toEqual([
      ['trump-administration', 'Trump administration'],
      ['donald-trump', 'Trump'],
    ]);
    expect(found('the bipartisan Senate Intelligence Committee and the Senate')).toEqual([
      ['senate-intelligence-committee', 'Senate Intelligence Committee'],
      ['us-senate', 'Senate'],
    ]);
  });

  it('treats straight and curly apostrophes alike, and reports the text as printed', () => {
    expect(found("Trump's administration, the Chinese People's Liberation Army")).toEqual([
      ['trump-administration', "Trump's administration"],
      ['peoples-liberation-army', "People's Liberation Army"],
    ]);
  });

  it('matches whole words only, and case-sensitively', () => {
    expect(found('Reading the readout, Read told reporters; Trumpet')).toEqual([['nick-read', 'Read']]);
  });

  it('gives offsets into the text', () => {
    const [match] = matcher.find('Said Donald Trump.');
    expect(match).toMatchObject({ start: 5, end: 17 });
  });
});
