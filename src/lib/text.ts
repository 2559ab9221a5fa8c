/**
 * Text comparison that ignores typography (quote marks, dashes, emphasis markers, spacing) but
 * not words: the rule for "verbatim" everywhere on the site.
 */
export function toWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}$%]+/u)
    .filter(Boolean)
    .join(' ');
}

/** True when `passage` stands in `text`, word for word. */
export function containsVerbatim(text: string, passage: string): boolean {
  const needle = toWords(passage);
  return needle.length > 0 && ` ${toWords(text)} `.includes(` ${needle} `);
}

/** The start of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
