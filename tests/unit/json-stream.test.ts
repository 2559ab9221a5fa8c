import { describe, expect, it } from 'vitest';
import { jsonPieces, streamOf } from '../../src/lib/site/json-stream';

const records = Array.from({ length: 1234 }, (_, i) => ({
  id: `r${i}`,
  text: `“quoted” ${i}`,
  context: i % 3 ? null : { before: 'a', after: 'b' },
}));

describe('jsonPieces', () => {
  it('joins to exactly JSON.stringify, whatever the fields hold', () => {
    const values = [
      { records, index: null, wordKeys: { spies: 'spy', went: 'go' } },
      { empty: [], gone: undefined, fn: () => 1, list: [undefined, 1, 'two'], last: 3 },
      {},
    ];
    for (const value of values) expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
  });

  it('splits a long array into pieces', () => {
    expect([...jsonPieces({ records })].length).toBeGreaterThan(3);
  });
});

describe('streamOf', () => {
  it('encodes the pieces as UTF-8, in order', async () => {
    const text = await new Response(streamOf(['{"a":', '"“b”"}'][Symbol.iterator]())).text();
    expect(text).toBe('{"a":"“b”"}');
  });
});
