import { foldText } from './text';

/** Lower-case ASCII words of a text, accents folded and apostrophes dropped: the basis of every id. */
export function slugWords(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * `prefix-first-words-of-the-text`, at most `maxWords` words and `maxLength` characters, so ids
 * are readable in a URL and depend only on the text they name.
 */
export function idFromText(prefix: string, text: string, maxWords = 6, maxLength = 48): string {
  let id = prefix;
  for (const word of slugWords(text).slice(0, maxWords)) {
    if (id !== prefix && id.length + 1 + word.length > maxLength) break;
    id += `-${word}`;
  }
  return id === prefix ? `${prefix}-empty` : id.slice(0, maxLength);
}

/** Hands out ids, numbering repeats `-2`, `-3` in order of first use. */
export function createIdAllocator(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
