import { describe, expect, it } from 'vitest';
import { textWordKeys, wordKey } from '../../src/lib/analysis/language/word-forms';

describe('word forms (text from outside the corpus)', () => {
  it('gives every form of a word one key', () => {
    for (const group of [
      ['go', 'going', 'went'],
      ['spy', 'spying', 'spies'],
      ['ban', 'banned', 'bans'],
      ['mitigate', 'mitigation'],
    ]) {
      expect(new Set(group.map(wordKey)).size, group.join('/')).toBe(1);
    }
  });
  it('keeps different words apart', () => {
    expect(wordKey('spying')).not.toBe(wordKey('saying'));
    expect(wordKey('merkel')).not.toBe(wordKey('merely'));
  });
  it('keys a sentence word by word, in order', () => {
    expect(textWordKeys('Regulators banned the spies.')).toEqual(['regul', 'ban', 'the', 'spy']);
  });
});
