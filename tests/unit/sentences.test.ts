import { describe, expect, it } from 'vitest';
import { sentenceAround, splitSentences } from '../../src/lib/analysis/language/sentences';

const text =
  'The U.S. ambassador, Mr. Grenell, wrote to the minister on Sunday. He said the deal was “a mistake.” Berlin declined to comment.';

describe('sentences (text from outside the corpus)', () => {
  it('splits at sentence ends but not at abbreviations', () => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'The U.S. ambassador, Mr. Grenell, wrote to the minister on Sunday.',
      'He said the deal was “a mistake.”',
      'Berlin declined to comment.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('finds the sentence a quote stands in', () => {
    const start = text.indexOf('“a mistake');
    expect(sentenceAround(text, start, start + 5).text).toBe('He said the deal was “a mistake.”');
  });
});
