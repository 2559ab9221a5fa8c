import { describe, expect, it } from 'vitest';
import { QuoteSearchEngine, PREFILTER_FROM } from '../../src/lib/search/engine';
import { applyFacets, countFacets } from '../../src/lib/search/facets';
import { highlightSegments, wordRanges } from '../../src/lib/search/highlight';
import { buildSearchIndex, type SearchRecord } from '../../src/lib/search/records';
import { isEmptySearch, parseSearchState, serializeSearchState } from '../../src/lib/search/state';

const record = (id: string, text: string, speaker: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({
  id,
  url: `/articles/a/#${id}`,
  text,
  speakerId: null,
  speakerUrl: null,
  speaker,
  aliases: speaker,
  country: 'Country not stated',
  articleTitle: 'An article',
  outlet: 'Bloomberg',
  date: '9 May 2019',
  year: '2019',
  kind: 'Statement',
  attribution: 'Named speaker',
  setByHand: false,
  ...extra,
});

const RECORDS = [
  record('q-1', 'Now is the exact opposite time to go wobbly,', 'Mike Pompeo', { country: 'United States' }),
  record('q-2', 'The key point here,', 'Robert Hannigan', { country: 'United Kingdom', year: '2019' }),
  record('q-3', 'obscured by the growing hysteria over Chinese tech is that the NCSC has never found evidence of malicious Chinese state cyber activity through Huawei.', 'Robert Hannigan', { country: 'United Kingdom' }),
  record('q-4', 'Allowing Huawei to build the UK’s 5G networks today is like allowing the KGB to build its telephone network during the Cold War,', 'Tom Cotton', { country: 'United States', year: '2020' }),
];

describe('QuoteSearchEngine', () => {
  const engine = new QuoteSearchEngine(RECORDS, buildSearchIndex(RECORDS).index);

  it('finds a misspelt word', () => {
    expect(engine.search('wobbley')[0]?.record.id).toBe('q-1');
  });

  it('finds words late in a long quote (no location bias)', () => {
    expect(engine.search('malicious activity')[0]?.record.id).toBe('q-3');
  });

  it('finds by speaker', () => {
    expect(engine.search('cotton')[0]?.record.id).toBe('q-4');
  });

  it('matches words across fields: a speaker and a word of the quote', () => {
    expect(engine.search('pompeo wobbly').map((h) => h.record.id)).toEqual(['q-1']);
    expect(engine.search('hannigan hysteria')[0]?.record.id).toBe('q-3');
  });

  it('supports the extended operators', () => {
    expect(engine.search("'telephone").map((h) => h.record.id)).toEqual(['q-4']);
    expect(engine.search('!huawei').map((h) => h.record.id).sort()).toEqual(['q-1', 'q-2']);
    expect(engine.search("'kgb | 'wobbly").map((h) => h.record.id).sort()).toEqual(['q-1', 'q-4']);
  });

  it('reports where in the quote text the match is', () => {
    const [hit] = engine.search('wobbly');
    const [range] = hit?.textRanges ?? [];
    expect(range && RECORDS[0]?.text.slice(range[0], range[1] + 1)).toMatch(/wobbly/);
  });

  it('keeps the same best hit with the pre-filter on a large corpus', () => {
    const many = Array.from({ length: PREFILTER_FROM + 10 }, (_, i) => record(`x-${i}`, `filler text number ${i} about networks and trade`, `Speaker ${i % 50}`));
    const big = new QuoteSearchEngine([...many, ...RECORDS]);
    expect(big.search('wobbley')[0]?.record.id).toBe('q-1');
    expect(big.search('hysteria chinese tech')[0]?.record.id).toBe('q-3');
  });
});

describe('highlights', () => {
  it('widen to whole words and merge', () => {
    expect(wordRanges('go wobbly now', [[4, 6], [7, 8]])).toEqual([[3, 8]]);
  });

  it('are plain text segments, so markup in a quote stays text', () => {
    const hostile = 'say <img src=x onerror=alert(1)> now';
    const segments = highlightSegments(hostile, [[4, 7]]);
    expect(segments.map((s) => s.text).join('')).toBe(hostile);
    expect(segments.find((s) => s.mark)?.text).toBe('<img');
  });
});

describe('facets', () => {
  const hits = RECORDS;
  it('filter by every selected facet and count each over the others', () => {
    const selection = { country: ['United States'] };
    expect(applyFacets(hits, selection, (r) => r).map((r) => r.id)).toEqual(['q-1', 'q-4']);
    const counts = countFacets(hits, selection, (r) => r);
    expect(counts.country).toEqual([
      { value: 'United Kingdom', count: 2 },
      { value: 'United States', count: 2 },
    ]);
    expect(counts.speaker.map((c) => c.value)).toEqual(['Mike Pompeo', 'Tom Cotton']);
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and facets', () => {
    const state = { q: 'wobbly', facets: { speaker: ['Mike Pompeo'], year: ['2019'] } };
    expect(parseSearchState(new URLSearchParams(serializeSearchState(state)))).toEqual(state);
  });

  it('keeps hostile parameters as plain strings, capped in length', () => {
    const params = new URLSearchParams({ q: '<script>alert(1)</script>'.repeat(20), speaker: '"><img src=x>' });
    const state = parseSearchState(params);
    expect(state.q.length).toBe(200);
    expect(state.facets.speaker).toEqual(['"><img src=x>']);
    expect(isEmptySearch({ q: ' ', facets: {} })).toBe(true);
  });
});
