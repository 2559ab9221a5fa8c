import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';

// Every quote's speaker and attribution on the real articles, as the editors checked them by
// reading. A change to the rules that moves any of them fails here and must be looked at.
const expected = JSON.parse(readFileSync('tests/unit/attributions.expected.json', 'utf8')) as Array<{ quote: string; speaker: string | null; label: string | null; attribution: string }>;

describe('attribution of every quote in the five articles', () => {
  const { result, problems } = loadContentFromDisk('content');
  it('builds', () => expect(problems).toEqual([]));
  const actual = new Map((result?.model.quotes ?? []).map((q) => [`${q.article}#${q.id}`, { speaker: q.speaker, label: q.speakerLabel, attribution: q.attribution }]));

  it('finds the same quotes', () => {
    expect([...actual.keys()].sort()).toEqual(expected.map((e) => e.quote).sort());
  });

  it.each(expected.map((e) => [e.quote, e] as const))('%s', (quote, row) => {
    expect(actual.get(quote)).toEqual({ speaker: row.speaker, label: row.label, attribution: row.attribution });
  });
});
