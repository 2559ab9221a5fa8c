/**
 * Text comparison. `foldText` is the one normaliser of letters (words, ids and anchors all start
 * from it); `toWords` keeps only the words (for finding text on a page whatever its markup and
 * case); `containsVerbatim` is the rule for "verbatim": only typography may differ.
 */

/** Accents and other marks dropped, lower case, apostrophes removed: "Zhōngguó's" → "zhongguos". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
}

export function toWords(text: string): string {
  return foldText(text)
    .split(/[^\p{L}\p{N}$%]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * A text with only its typography made uniform: curly and straight quote marks alike, every dash
 * and hyphen one hyphen, an ellipsis three dots, spacing one space, and markdown's emphasis
 * markers and backslash escapes dropped. Letters, case, digits and punctuation stay as they are.
 */
export function typographyFolded(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\(.)/gu, '$1')
    .replace(/[*_]+/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s*(?:[‐‑‒–—―−]|--+)\s*/gu, (dash) => (/\s/.test(dash) ? ' - ' : '-'))
    .replace(/…/g, '...')
    .replace(/\s+/gu, ' ')
    .trim();
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * True when `passage` stands in `text` verbatim: the same letters, case, digits and punctuation,
 * starting and ending on word boundaries; only typography (quote marks, dashes, spacing) may differ.
 */
export function containsVerbatim(text: string, passage: string): boolean {
  const needle = typographyFolded(passage);
  if (needle === '') return false;
  const haystack = typographyFolded(text);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const startsClean = !isWordChar(needle[0]) || !isWordChar(haystack[at - 1]);
    const endsClean = !isWordChar(needle.at(-1)) || !isWordChar(haystack[at + needle.length]);
    if (startsClean && endsClean) return true;
  }
  return false;
}

/** The start of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
