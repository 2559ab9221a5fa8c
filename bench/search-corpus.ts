/**
 * Synthetic quote corpora for the search benchmark, made from the real quotes with variations
 * (other speakers, words swapped in from the rest of the corpus), and a fixed set of queries:
 * misspelt, partial and multi-word, as a reader types them.
 */
import type { SearchRecord } from '../src/lib/search/records';

/** A small deterministic generator, so every run searches the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCorpus(real: readonly SearchRecord[], size: number, seed = 42): SearchRecord[] {
  const next = random(seed);
  const vocabulary = [...new Set(real.flatMap((r) => r.text.split(/\s+/)))];
  const speakers = [...new Set(real.map((r) => r.speaker))];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: size }, (_, i) => {
    const base = real[i % real.length] as SearchRecord;
    const words = base.text.split(/\s+/);
    // Swap a few words, and sometimes lengthen the quote, so copies differ as real quotes do.
    for (let k = 0; k < 2 + Math.floor(next() * 4); k++) words[Math.floor(next() * words.length)] = pick(vocabulary);
    if (next() < 0.5) for (let k = 0; k < Math.floor(next() * 12); k++) words.push(pick(vocabulary));
    const speaker = i < real.length ? base.speaker : `${pick(speakers)} ${Math.floor(i / real.length)}`;
    return { ...base, id: `${base.id}~${i}`, text: i < real.length ? base.text : words.join(' '), speaker, aliases: speaker };
  });
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
