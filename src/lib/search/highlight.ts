/**
 * Turns Fuse's match indices into whole-word highlights, as plain segments: the page builds them
 * with text nodes and `<mark>`, never as markup, so a quote or a query is always text.
 */
import { keysOfWord, surfaceWords, type WordKeyTable } from './words';

export interface HighlightSegment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}'’-]/u;

/** Merges ranges and widens each to the whole words it touches. `ranges` are inclusive [start, end]. */
export function wordRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const widened = ranges
    .filter(([s, e]) => e >= s && s >= 0 && e < text.length)
    .map(([s, e]): [number, number] => {
      let start = s;
      let end = e;
      while (start > 0 && WORD.test(text[start - 1] ?? '')) start--;
      while (end < text.length - 1 && WORD.test(text[end + 1] ?? '')) end++;
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of widened) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function highlightSegments(text: string, ranges: ReadonlyArray<readonly [number, number]>): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const [start, end] of wordRanges(text, ranges)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, end + 1), mark: true });
    cursor = end + 1;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

/** The ranges (inclusive) of the written words whose keys are among the matched keys. */
export function keyRanges(text: string, matchedKeys: readonly string[], table: WordKeyTable): Array<[number, number]> {
  if (matchedKeys.length === 0) return [];
  const wanted = new Set(matchedKeys);
  return surfaceWords(text)
    .filter(({ word }) => keysOfWord(word, table).some((key) => wanted.has(key)))
    .map(({ start, end }): [number, number] => [start, end - 1]);
}
