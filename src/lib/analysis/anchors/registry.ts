/**
 * Published anchors (`#p-…` for paragraphs, `#q-…` for quotes) that never move.
 *
 * An id is not computed from a paragraph's position or opening words at build time: once given,
 * it is written in a committed map (`content/anchors.json`) next to a key of its text, and every
 * build looks the id up by that key. So an id stays with its text whatever is added, moved or
 * removed around it, including text with the same opening; a text's id is never handed to other
 * text (ids whose text is gone stay in the map, retired, and are never given again); and ids are
 * unique by construction, which `checkAnchorMap` also checks.
 *
 * New text gets its id from `registerAnchors` (called by `npm run anchors`, and meant for the
 * `npm run draft` command): the readable `p-first-six-words` when free, else those words plus a
 * few characters of the text's hash, and for text with no Latin letters a hash alone.
 */
import { slugWords, idFromText } from '../slug';
import { typographyFolded } from '../text';

/** One given id and the text it belongs to. */
export interface AnchorEntry {
  id: string;
  /** Hash of the text, typography folded (so straightening a quote mark keeps the id). */
  key: string;
  /** The text's first words, for people reading the map and its diffs. */
  opening: string;
}

/** Every id given in one article, paragraphs (and headings, captions, list items) and quotes. */
export interface ArticleAnchors {
  paragraphs: AnchorEntry[];
  quotes: AnchorEntry[];
}

/** The committed map: article slug to its anchors. */
export type AnchorMap = Record<string, ArticleAnchors>;

export type AnchorKind = keyof ArticleAnchors;
const PREFIX: Record<AnchorKind, 'p' | 'q'> = { paragraphs: 'p', quotes: 'q' };

/** cyrb53: a small, fast 53-bit string hash, the same on every machine; hex. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A text to anchor. A quote also names the paragraph it stands in (`within`), so the same words
 * quoted in two paragraphs are two texts, and inserting one cannot take the other's id.
 */
export interface AnchorText {
  text: string;
  within?: string;
}

/** The key of a text: its hash (and its paragraph's, for a quote), typography folded. */
export function anchorKey(item: AnchorText | string): string {
  const { text, within } = typeof item === 'string' ? { text: item, within: undefined } : item;
  return hash53(within === undefined ? typographyFolded(text) : `${typographyFolded(within)}\u0000${typographyFolded(text)}`);
}

const openingOf = (text: string) => typographyFolded(text).split(' ').slice(0, 8).join(' ');

/**
 * The registered id of each text, in order, or null for text the map does not know. Identical
 * texts take the ids registered for that text in the order they were registered.
 */
export function lookUpAnchors(texts: ReadonlyArray<AnchorText | string>, entries: readonly AnchorEntry[] = []): Array<string | null> {
  const queues = new Map<string, string[]>();
  for (const entry of entries) queues.set(entry.key, [...(queues.get(entry.key) ?? []), entry.id]);
  return texts.map((text) => queues.get(anchorKey(text))?.shift() ?? null);
}

/**
 * Whether a readable id can be made of the text's words: most of its letters survive as a-z
 * (slugWords folds accents). Other text (Chinese, Cyrillic, …) gets an id from its hash alone,
 * rather than `p-empty` or an id made of the stray Latin word in it.
 */
function isMostlyLatin(text: string): boolean {
  const letters = (text.normalize('NFKD').replace(/\p{M}/gu, '').match(/\p{L}/gu) ?? []).length;
  const latin = slugWords(text).join('').replace(/[0-9]/g, '').length;
  return latin > 0 && latin * 2 >= letters;
}

/** A new id for a text that none of `taken` uses: readable words first, then words plus hash. */
export function newAnchorId(kind: AnchorKind, item: AnchorText | string, taken: ReadonlySet<string>): string {
  const prefix = PREFIX[kind];
  const key = anchorKey(item);
  const text = typeof item === 'string' ? item : item.text;
  const base = isMostlyLatin(text) ? idFromText(prefix, text) : prefix;
  if (base !== prefix && !taken.has(base)) return base;
  for (let length = 6; length <= key.length; length += 2) {
    const id = `${base}-${key.slice(0, length)}`;
    if (!taken.has(id)) return id;
  }
  for (let n = 2; ; n++) if (!taken.has(`${base}-${key}-${n}`)) return `${base}-${key}-${n}`;
}

/**
 * Ids for every text of one kind in an article: registered ids where the map has them, new ids
 * for the rest (which a build refuses until they are registered). Returns the ids and the new
 * entries to register.
 */
export function assignAnchors(
  kind: AnchorKind,
  texts: ReadonlyArray<AnchorText | string>,
  anchors: ArticleAnchors | undefined,
): { ids: string[]; added: AnchorEntry[] } {
  const registered = lookUpAnchors(texts, anchors?.[kind]);
  const taken = new Set([...(anchors?.paragraphs ?? []), ...(anchors?.quotes ?? [])].map((entry) => entry.id));
  const added: AnchorEntry[] = [];
  const ids = texts.map((text, index) => {
    const known = registered[index];
    if (known) return known;
    const id = newAnchorId(kind, text, taken);
    taken.add(id);
    added.push({ id, key: anchorKey(text), opening: openingOf(typeof text === 'string' ? text : text.text) });
    return id;
  });
  return { ids, added };
}

/**
 * Edited text keeps its id: an entry whose text is gone moves to the one new text with the same
 * opening words, when exactly one of each (a typo fixed late in a paragraph). Anything less
 * certain gets a new id, and the old one stays retired.
 */
function carryOverEdits(
  kind: AnchorKind,
  texts: ReadonlyArray<AnchorText | string>,
  anchors: ArticleAnchors,
): { entries: AnchorEntry[]; carried: AnchorEntry[] } {
  const looked = lookUpAnchors(texts, anchors[kind]);
  const found = new Set(looked.filter((id): id is string => id !== null));
  const textOf = (item: AnchorText | string) => (typeof item === 'string' ? item : item.text);
  const unmatched = texts.filter((_, index) => looked[index] === null);
  const gone = anchors[kind].filter((entry) => !found.has(entry.id));
  const carried: AnchorEntry[] = [];
  const entries = anchors[kind].map((entry) => {
    if (found.has(entry.id)) return entry;
    const edits = unmatched.filter((item) => openingOf(textOf(item)) === entry.opening);
    const rivals = gone.filter((other) => other.opening === entry.opening);
    const [edit] = edits;
    if (edits.length !== 1 || rivals.length !== 1 || edit === undefined) return entry;
    const moved = { id: entry.id, key: anchorKey(edit), opening: entry.opening };
    carried.push(moved);
    return moved;
  });
  return { entries, carried };
}

/**
 * The map with every new paragraph and quote of one article registered: edited text keeps its
 * id (see carryOverEdits), new text gets a new one, and every other entry, retired ones included,
 * stays as it is. Pure: for `npm run anchors` and `npm run draft`.
 */
export function registerAnchors(
  map: AnchorMap,
  slug: string,
  texts: { paragraphs: readonly string[]; quotes: readonly AnchorText[] },
): { map: AnchorMap; added: AnchorEntry[]; carried: AnchorEntry[] } {
  let current: ArticleAnchors = map[slug] ?? { paragraphs: [], quotes: [] };
  const carried: AnchorEntry[] = [];
  for (const kind of ['paragraphs', 'quotes'] as const) {
    const edits = carryOverEdits(kind, texts[kind], current);
    current = { ...current, [kind]: edits.entries };
    carried.push(...edits.carried);
  }
  const paragraphs = assignAnchors('paragraphs', texts.paragraphs, current).added;
  current = { ...current, paragraphs: [...current.paragraphs, ...paragraphs] };
  const quotes = assignAnchors('quotes', texts.quotes, current).added;
  current = { ...current, quotes: [...current.quotes, ...quotes] };
  return { map: { ...map, [slug]: current }, added: [...paragraphs, ...quotes], carried };
}

/** Problems of the map itself: an id given twice in an article, or not of its kind's form. */
export function checkAnchorMap(map: AnchorMap): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  for (const [slug, anchors] of Object.entries(map)) {
    const seen = new Set<string>();
    for (const kind of ['paragraphs', 'quotes'] as const) {
      anchors[kind].forEach((entry, index) => {
        const field = `${slug}.${kind}.${index}`;
        if (seen.has(entry.id))
          problems.push({
            field,
            message: `duplicate id "${entry.id}": every id in an article must be unique (give this text a new one with npm run anchors)`,
          });
        if (!new RegExp(`^${PREFIX[kind]}-[a-z0-9]+(?:-[a-z0-9]+)*$`).test(entry.id))
          problems.push({ field, message: `"${entry.id}" is not a ${PREFIX[kind]}- id (lower-case words joined by hyphens)` });
        seen.add(entry.id);
      });
    }
  }
  return problems;
}

/** The map as written to content/anchors.json: articles by slug, one entry a line, for readable diffs. */
export function formatAnchorMap(map: AnchorMap): string {
  const entries = (list: AnchorEntry[]) =>
    list.map((entry) => `      ${JSON.stringify({ id: entry.id, key: entry.key, opening: entry.opening })}`).join(',\n');
  const articles = Object.keys(map)
    .sort()
    .map((slug) => {
      const anchors = map[slug] ?? { paragraphs: [], quotes: [] };
      return `  ${JSON.stringify(slug)}: {\n    "paragraphs": [\n${entries(anchors.paragraphs)}\n    ],\n    "quotes": [\n${entries(anchors.quotes)}\n    ]\n  }`;
    });
  return `{\n${articles.join(',\n')}\n}\n`;
}
