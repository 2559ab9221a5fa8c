import { describe, expect, it } from 'vitest';
import { containsVerbatim, toWords } from '../../src/lib/analysis/text';

describe('toWords', () => {
  it('drops typography but keeps every word', () => {
    expect(toWords('“It’s winning,” said — *Spalding*')).toBe('its winning said spalding');
    expect(toWords('"It\'s winning," said -- Spalding')).toBe('its winning said spalding');
  });

  it('keeps amounts', () => {
    expect(toWords('around $2 billion, 39%')).toBe('around $2 billion 39%');
  });
});

describe('containsVerbatim', () => {
  const text = 'Pence, who warned of the “threat posed by Huawei and other Chinese telecom companies” in Munich last month.';

  it('finds a passage whatever its quote marks', () => {
    expect(containsVerbatim(text, 'warned of the "threat posed by Huawei')).toBe(true);
  });

  it('refuses a changed word or a partial word', () => {
    expect(containsVerbatim(text, 'warned of the danger posed by Huawei')).toBe(false);
    expect(containsVerbatim(text, 'unich last month')).toBe(false);
    expect(containsVerbatim(text, '')).toBe(false);
  });

  it('refuses changed case or punctuation: only typography may differ', () => {
    expect(containsVerbatim(text, 'Warned of the “threat posed by Huawei')).toBe(false);
    expect(containsVerbatim(text, 'Pence who warned')).toBe(false);
    expect(containsVerbatim(text, 'in Munich last month!')).toBe(false);
    expect(containsVerbatim('It is a 5G network - the first', 'It is a 5G network — the first')).toBe(true);
    expect(containsVerbatim('“It’s winning,” he said…', '"It\'s winning," he said...')).toBe(true);
    expect(containsVerbatim('*Huawei* is  named', 'Huawei is named')).toBe(true);
  });
});
