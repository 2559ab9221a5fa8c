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

export interface Snippet {
  text: string;
  ranges: Array<[number, number]>;
  /** Whether text was left out before or after. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** At most `length` characters of a long text, from a little before its first highlight, cut at spaces. */
export function snippet(text: string, ranges: ReadonlyArray<readonly [number, number]>, length = 320): Snippet {
  if (text.length <= length) return { text, ranges: ranges.map(([s, e]) => [s, e]), cutBefore: false, cutAfter: false };
  const first = Math.min(...ranges.map(([s]) => s), text.length);
  let from = first === text.length || first < length / 3 ? 0 : text.lastIndexOf(' ', first - Math.floor(length / 4)) + 1;
  let to = Math.min(text.length, from + length);
  if (to < text.length) to = Math.max(from + 1, text.lastIndexOf(' ', to));
  if (from < 0) from = 0;
  const kept = ranges.filter(([s, e]) => s >= from && e < to).map(([s, e]): [number, number] => [s - from, e - from]);
  return { text: text.slice(from, to), ranges: kept, cutBefore: from > 0, cutAfter: to < text.length };
}
