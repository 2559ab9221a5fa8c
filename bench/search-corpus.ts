/**
 * Synthetic corpora for the search benchmark, made from the real quotes and passages with
 * variations (other speakers, words swapped in from the rest of the corpus), and a fixed set of
 * queries: misspelt, partial and multi-word, as a reader types them.
 */
import type { SearchRecord } from '../src/lib/search/records';

/** A small deterministic generator, so every run searches the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `quotes` synthetic quotes and, in the real proportion, synthetic passages, copied from the real
 * records with a few of their word keys swapped for others of the corpus, so copies differ.
 */
export function syntheticCorpus(real: readonly SearchRecord[], quotes: number, seed = 42): SearchRecord[] {
  const next = random(seed);
  const vocabulary = [...new Set(real.flatMap((r) => r.words.split(' ')))];
  const speakers = [...new Set(real.map((r) => r.speaker).filter(Boolean))];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const realQuotes = real.filter((r) => r.group === 'quote');
  const realPassages = real.filter((r) => r.group === 'passage');
  const passages = Math.round((quotes * realPassages.length) / realQuotes.length);
  const copy = (base: SearchRecord, i: number, round: number): SearchRecord => {
    if (round === 0) return base;
    const words = base.words.split(' ');
    // Swap a few keys, and sometimes lengthen the text, so copies differ as real texts do.
    for (let k = 0; k < 2 + Math.floor(next() * 4); k++) words[Math.floor(next() * words.length)] = pick(vocabulary);
    if (next() < 0.5) for (let k = 0; k < Math.floor(next() * 12); k++) words.push(pick(vocabulary));
    const speaker = base.group === 'quote' ? `${pick(speakers)} ${round}` : base.speaker;
    return { ...base, id: `${base.id}~${i}`, words: words.join(' '), speaker, who: speaker.toLowerCase() };
  };
  return [
    ...Array.from({ length: quotes }, (_, i) =>
      copy(realQuotes[i % realQuotes.length] as SearchRecord, i, Math.floor(i / realQuotes.length)),
    ),
    ...Array.from({ length: passages }, (_, i) =>
      copy(realPassages[i % realPassages.length] as SearchRecord, i, Math.floor(i / realPassages.length)),
    ),
  ];
}

export const QUERIES = [
  'wobbley',
  'opposit time',
  'hannigan nerve',
  'malicous activty',
  'trade war tool',
  'kgb telephone network',
  'security concern',
  'huawie 5g',
  'pompeo',
  'mitigate risk',
  'fox chicken house',
  'sovreign right',
  'blanket ban',
  'co-located',
  'privacy',
  'special relationship',
  'disapointed',
  'geopolitical campaign',
  'bottom of the line',
  'spy british society',
];
