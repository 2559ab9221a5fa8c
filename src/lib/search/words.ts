/**
 * Words as the search sees them, shared by the build and the page. The build computes every word's
 * key with the language layer (`src/lib/analysis/language/word-forms.ts`: lemma, then the Porter stemmer)
 * and publishes a table from every written word of the corpus to its key ("went" → go, "spies" →
 * spy). The page looks a typed word up in that table; a word the corpus never used is stemmed
 * ("spying" → spy) and, if that is no key of the corpus either, taken as a misspelling of the
 * closest written word ("pompio" → pompeo). So it ships the small stemmer, not compromise.
 */
import { stemKey } from '../analysis/language/stem-key';

/** Written word (lower case, as `surfaceWords` gives it) → its key(s), space-separated. */
export type WordKeyTable = Readonly<Record<string, string>>;

export interface SurfaceWord {
  /** Lower case, curly apostrophes made straight. */
  word: string;
  start: number;
  end: number;
}

/** Runs of letters and digits, joined by apostrophes, hyphens or full stops inside a word ("U.K", "co-located"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Every word of a text with its offsets; an abbreviation keeps its last full stop ("U.K."). */
export function surfaceWords(text: string): SurfaceWord[] {
  return [...text.matchAll(WORD)].map((m) => {
    const abbreviation = m[0].includes('.') && text[m.index + m[0].length] === '.';
    const written = abbreviation ? `${m[0]}.` : m[0];
    return { word: written.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + written.length };
  });
}

/** The key(s) the stemmer alone gives a written word: each letter-and-digit run stemmed. */
export function stemmedKeys(word: string): string[] {
  return word
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stemKey);
}

/** The key(s) of one written word: the build's answer if the corpus used it, else the stemmer's. */
export function keysOfWord(word: string, table: WordKeyTable): string[] {
  const known = Object.hasOwn(table, word) ? table[word] : undefined;
  return known === undefined ? stemmedKeys(word) : known.split(' ').filter(Boolean);
}

/** Edit distance with transpositions ("huawie" is one from "huawei"), or `limit + 1` once past it. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}

/** How many typing errors a word of this length may hold and still be corrected. */
function allowedErrors(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}

/** The written words of the corpus, and every key they have, for correcting a query. */
export class Vocabulary {
  private readonly words: string[];
  readonly keys: ReadonlySet<string>;
  /** Typing repeats every earlier word at each keystroke; each is corrected once. */
  private readonly cache = new Map<string, string[]>();

  constructor(readonly table: WordKeyTable) {
    this.words = Object.keys(table);
    this.keys = new Set(Object.values(table).flatMap((keys) => keys.split(' ')));
  }

  /**
   * What one typed word may stand for: its own key(s) when the corpus has them (a form of a word it
   * uses, or a word it uses); otherwise the keys of the closest written words, if any are close.
   */
  alternatives(word: string): string[] {
    let found = this.cache.get(word);
    if (!found) {
      found = this.correct(word);
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(word, found);
    }
    return found;
  }

  private correct(word: string): string[] {
    const own = keysOfWord(word, this.table);
    if (Object.hasOwn(this.table, word) || own.every((key) => this.keys.has(key))) return own;
    const limit = allowedErrors(word.length);
    if (limit === 0) return own;
    let best = limit + 1;
    let closest: string[] = [];
    for (const candidate of this.words) {
      // Most words are too long or too short to be this one misspelt: skipped before any work.
      if (Math.abs(candidate.length - word.length) > limit) continue;
      const d = editDistance(word, candidate, Math.min(limit, best));
      if (d < best) [best, closest] = [d, [candidate]];
      else if (d === best && d <= limit) closest.push(candidate);
    }
    return closest.length === 0 ? own : [...new Set(closest.flatMap((w) => keysOfWord(w, this.table)))];
  }
}

/** What each word of a typed query may stand for, in order. */
export function queryAlternatives(query: string, vocabulary: Vocabulary): string[][] {
  return surfaceWords(query).map(({ word }) => vocabulary.alternatives(word));
}
