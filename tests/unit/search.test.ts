import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/model/content/files';
import { buildSearchIndex, quoteContext, writtenRecords } from '../../src/lib/search/build-index';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, SearchEngine } from '../../src/lib/search/engine';
import { applyFacets, countFacets, keepKnownFacets } from '../../src/lib/search/facets';
import { knownValues } from '../../src/lib/search/results';
import { buildShards, bundleOf, shardOf } from '../../src/lib/search/shards';
import { syntheticCorpus } from '../../bench/search-corpus';
import { inMemoryShards, siteRanker, wholeIndexRanker } from '../../bench/relevance';
import { highlightSegments, keyRanges, snippet, wordRanges } from '../../src/lib/search/highlight';
import type { SearchIndexFile } from '../../src/lib/search/records';
import { isEmptySearch, parseSearchState, serializeSearchState } from '../../src/lib/search/state';
import { editDistance, surfaceWords } from '../../src/lib/search/words';

let file: SearchIndexFile;
let engine: SearchEngine;
const ids = (query: string) => engine.search(query).map((h) => h.record.id);
const quoteIds = (query: string) => ids(query).filter((id) => id.includes('#q-'));
const text = (id: string) => file.records.find((r) => r.id === id)?.text ?? '';

beforeAll(() => {
  const { result } = loadContentFromDisk('content');
  if (!result) throw new Error('content does not load');
  file = buildSearchIndex(writtenRecords(result.model));
  engine = new SearchEngine(file.records, file.index, file.wordKeys);
}, 60_000);

describe('word forms', () => {
  it('“going wobbly” and “went wobbly” find “go wobbly”', () => {
    expect(text(quoteIds('going wobbly')[0] ?? '')).toContain('go wobbly');
    expect(text(quoteIds('went wobbly')[0] ?? '')).toContain('go wobbly');
    expect(text(quoteIds('pompeo going wobbly')[0] ?? '')).toContain('go wobbly');
  });

  it('“spying” finds Cotton’s “spy”, and no quote that only says “saying” or “using”', () => {
    const found = quoteIds('spying');
    expect(text(found[0] ?? '')).toContain('able to spy on British society');
    for (const id of found) expect(text(id)).toMatch(/\bspy/i);
  });

  it('“merkel” finds Merkel, not “merely” or “market”', () => {
    expect(ids('merkel')).toContain('actor:angela-merkel');
    expect(quoteIds('merkel')).toEqual([]);
  });

  it('mitigate and mitigation meet; ban and banned meet', () => {
    expect(quoteIds('mitigation')).toContain('us-anti-huawei-campaign-suffers-a-blow#q-it-is-possible-to-mitigate-the');
    expect(quoteIds('banned company')).toContain(
      'trump-is-losing-the-fight-to-ban-huawei-from-global-networks#q-while-we-have-not-seen-bans',
    );
  });
});

describe('typos, speakers and organisations', () => {
  it('forgives typos in names and words', () => {
    expect(text(quoteIds('pompio wobly')[0] ?? '')).toContain('go wobbly');
    expect(quoteIds('hanigan nonsence')[0]).toBe('us-anti-huawei-campaign-suffers-a-blow#q-nonsense');
  });

  it('“vodafone” finds the quotes of Vodafone’s chief executive, first', () => {
    const found = quoteIds('vodafone');
    expect(found.length).toBe(5);
    expect(found.every((id) => file.records.find((r) => r.id === id)?.speaker === 'Nick Read')).toBe(true);
  });
});

describe('beyond the quotes', () => {
  it('“espionage” finds passages and an event, and no quote', () => {
    const found = ids('espionage');
    expect(found.some((id) => id.includes('#p-'))).toBe(true);
    expect(found).toContain('event:2018-12-german-investigation-finds-no-espionage-evidence');
    expect(quoteIds('espionage')).toEqual([]);
  });

  it('groups come quotes first, then passages, events and entities', () => {
    const groups = engine.search('pompeo').map((h) => h.record.group);
    expect(groups).toEqual(
      [...groups].sort((a, b) => ['quote', 'passage', 'event', 'entity'].indexOf(a) - ['quote', 'passage', 'event', 'entity'].indexOf(b)),
    );
    expect(new Set(groups).size).toBe(4);
  });

  it('passages link to their paragraph anchor', () => {
    const passage = engine.search('trojan horse')[0]?.record;
    expect(passage?.url).toBe('/articles/european-partners-skeptical-about-us-campaign-to-ban-huawei/#p-the-united-states-has-been-vocal');
  });
});

describe('robustness', () => {
  it('caps the query in the engine, in length and in words', () => {
    expect(engine.keys('huawei '.repeat(1000)).length).toBe(MAX_QUERY_WORDS);
    const long = `wobbly ${'x'.repeat(10_000)}`;
    expect(ids(long)).toEqual(ids(long.slice(0, MAX_QUERY_LENGTH)));
  });

  it('keeps operators over the written words', () => {
    expect(quoteIds("'kgb | 'wobbly").length).toBeGreaterThanOrEqual(2);
    expect(quoteIds('=nonsense.')).toEqual(['us-anti-huawei-campaign-suffers-a-blow#q-nonsense']);
  });

  it('the key index hands Fuse every record that matters: the same first result as Fuse over every record', () => {
    const exhaustive = new SearchEngine(file.records, file.index, file.wordKeys, { prefilter: false });
    const judged = JSON.parse(readFileSync('bench/relevance/judged.json', 'utf8')) as Array<{ query: string }>;
    for (const { query } of judged) expect(engine.search(query)[0]?.record.id, query).toBe(exhaustive.search(query)[0]?.record.id);
  });

  it('a word being typed matches the keys it begins', () => {
    expect(text(quoteIds('wobb')[0] ?? '')).toContain('go wobbly');
    expect(quoteIds('hannigan nonsen')).toContain('us-anti-huawei-campaign-suffers-a-blow#q-nonsense');
  });
});

describe('highlights and context', () => {
  it('mark the written words whose keys matched', () => {
    const [hit] = engine.search('spying');
    const ranges = keyRanges(hit?.record.text ?? '', hit?.matchedKeys ?? [], file.wordKeys);
    expect(ranges.map(([s, e]) => hit?.record.text.slice(s, e + 1))).toEqual(['spy']);
  });

  it('widen to whole words and merge', () => {
    expect(
      wordRanges('go wobbly now', [
        [4, 6],
        [7, 8],
      ]),
    ).toEqual([[3, 8]]);
  });

  it('are plain text segments, so markup in a quote stays text', () => {
    const hostile = 'say <img src=x onerror=alert(1)> now';
    const segments = highlightSegments(hostile, [[4, 7]]);
    expect(segments.map((s) => s.text).join('')).toBe(hostile);
    expect(segments.find((s) => s.mark)?.text).toBe('<img');
  });

  it('a long passage is cut around its first highlight, offsets kept', () => {
    const long = `${'word '.repeat(200)}target ${'word '.repeat(100)}`;
    const at = long.indexOf('target');
    const cut = snippet(long, [[at, at + 5]], 200);
    expect(cut.cutBefore && cut.cutAfter).toBe(true);
    const [range] = cut.ranges;
    expect(range && cut.text.slice(range[0], range[1] + 1)).toBe('target');
  });

  it('a quote shorter than its sentence comes with the sentence', () => {
    expect(quoteContext('He described assertions as “nonsense.” Hannigan said more.', 'nonsense.')).toEqual({
      before: 'He described assertions as “',
      after: '”',
    });
    expect(file.records.find((r) => r.id === 'us-anti-huawei-campaign-suffers-a-blow#q-nonsense')?.context?.before).toContain(
      'unacceptable risks',
    );
  });

  it('written words keep abbreviations and contractions whole', () => {
    expect(surfaceWords('The U.K. didn’t go.').map((w) => w.word)).toEqual(['the', 'u.k.', "didn't", 'go']);
    expect(editDistance('huawie', 'huawei', 2)).toBe(1);
    expect(editDistance('pompio', 'pompeo', 1)).toBe(1);
  });
});

describe('facets', () => {
  const quotes = () => file.records.filter((r) => r.group === 'quote');
  it('filter by every selected facet and count each over the others', () => {
    const selection = { speaker: ['Robert Hannigan'] };
    const kept = applyFacets(quotes(), selection, (r) => r);
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.every((r) => r.speaker === 'Robert Hannigan')).toBe(true);
    expect(countFacets(quotes(), selection, (r) => r).speaker.find((c) => c.value === 'Mike Pompeo')?.count).toBeGreaterThan(0);
  });

  it('drop values from the URL that no quote has', () => {
    const known = knownValues(inMemoryShards(buildShards(file.records, file.wordKeys)));
    expect(keepKnownFacets({ speaker: ['Robert Hannigan', 'Nobody At All'], year: ['1066'] }, known)).toEqual({
      speaker: ['Robert Hannigan'],
    });
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

describe('the split index', () => {
  it('finds, for every judged query, every result of the whole index, and the same first one', async () => {
    const judged = JSON.parse(readFileSync('bench/relevance/judged.json', 'utf8')) as Array<{ query: string }>;
    const split = siteRanker(buildShards(file.records, file.wordKeys));
    const whole = wholeIndexRanker(file);
    for (const { query } of judged) {
      const [a, b] = [await split(query), await whole(query)];
      // The whole index also drops Fuse's weakest scores; the split one keeps every record with the keys.
      expect(a, query).toEqual(expect.arrayContaining(b));
      expect(a.length - b.length, query).toBeLessThanOrEqual(2);
      expect(a[0], query).toBe(b[0]);
    }
  });

  it('counts and filters facets from meta exactly as over the records', () => {
    const engine = inMemoryShards(buildShards(file.records, file.wordKeys));
    const quotes = file.records.filter((r) => r.group === 'quote');
    const numbers = quotes.map((_, i) => i);
    for (const selection of [
      {},
      { speaker: ['Robert Hannigan'] },
      { speaker: ['Mike Pompeo'], year: ['2019'] },
      { kind: ['Phrase'], country: ['United States', 'United Kingdom'] },
    ]) {
      expect(engine.countFacets(numbers, selection)).toEqual(countFacets(quotes, selection, (r) => r));
      expect(engine.filterQuotes(numbers, selection).map((i) => quotes[i]?.id)).toEqual(
        applyFacets(quotes, selection, (r) => r).map((r) => r.id),
      );
    }
  });

  it('puts every key in the shard its range names, and every record in its chunk', () => {
    const index = buildShards(file.records, file.wordKeys);
    expect(index.chunks.flat().map((r) => r.id)).toEqual(file.records.map((r) => r.id));
    expect(
      Object.keys(index.shards.reduce((all, shard) => ({ ...all, ...shard }), {}))
        .sort()
        .join(' '),
    ).toBe(index.meta.keys);
    index.shards.forEach((shard, n) => {
      for (const key of Object.keys(shard)) expect(shardOf(key, index.meta.shardStarts), key).toBe(n);
    });
  });

  it('bundles meta, the postings and the quotes’ chunks of a small index, and nothing for a large one', () => {
    const index = buildShards(file.records, file.wordKeys);
    const bundle = bundleOf(index) ?? {};
    expect(bundle['meta.json']).toEqual(index.meta);
    expect(Object.keys(bundle).filter((name) => name.startsWith('postings/'))).toHaveLength(index.shards.length);
    const bundled = Object.entries(bundle).flatMap(([name, chunk]) =>
      name.startsWith('records/') ? (chunk as Array<{ group: string }>) : [],
    );
    expect(bundled.filter((r) => r.group === 'quote')).toHaveLength(index.meta.groups.quote);
    expect(bundled.length).toBeLessThan(index.chunks.flat().length);
    expect(bundleOf(buildShards(syntheticCorpus(file.records, 10_000), file.wordKeys))).toBeNull();
  });

  it('keeps the keys a word begins side by side: a prefix touches few shards', () => {
    const index = buildShards(syntheticCorpus(file.records, 10_000), file.wordKeys);
    expect(index.shards.length).toBeGreaterThan(20);
    const keys = index.meta.keys.split(' ');
    for (const prefix of ['sec', 'con', 'pom', 'hua']) {
      const shards = new Set(keys.filter((key) => key.startsWith(prefix)).map((key) => shardOf(key, index.meta.shardStarts)));
      expect(shards.size, prefix).toBeLessThanOrEqual(2);
    }
  });
});

describe('the judged queries', () => {
  it.each(['judged.json', 'heldout-2.json'])('in %s name only results that exist', (name) => {
    const judged = JSON.parse(readFileSync(`bench/relevance/${name}`, 'utf8')) as Array<{ relevant: string[] }>;
    const known = new Set(file.records.map((r) => r.id));
    expect(judged.length).toBeGreaterThanOrEqual(40);
    expect(judged.flatMap((q) => q.relevant).filter((id) => !known.has(id))).toEqual([]);
  });
});
