/**
 * Tokens of a text from compromise, with their offsets, punctuation and part-of-speech tags, and
 * lemmas (`root`). The one place the rest of the analysis reads compromise's output from.
 */
import nlp from 'compromise';

export interface Term {
  text: string;
  /** Punctuation and spaces before the word, as printed. */
  pre: string;
  /** Punctuation and spaces after the word, as printed. */
  post: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** The lemma ("told" → "tell"), or the lower-case word where compromise has none. */
  lemma: string;
  /** Index of the sentence the term stands in. */
  sentence: number;
  /** True for the first word of its sentence. */
  sentenceStart: boolean;
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  normal: string;
  root?: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Every word of `text` with its tags and lemma, in order. */
export function tagTerms(text: string): Term[] {
  const sentences = nlp(text)
    .compute('root')
    .json({ offset: true, terms: { offset: true, root: true, normal: true } } as object) as { terms: TermJson[] }[];
  return sentences.flatMap((sentence, index) =>
    sentence.terms
      .filter((term) => term.text !== '')
      .map((term, position) => ({
        text: term.text,
        pre: term.pre,
        post: term.post,
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: new Set(term.tags),
        lemma: term.root ?? term.normal,
        sentence: index,
        sentenceStart: position === 0,
      })),
  );
}

/** A count as prose writes it: in words up to ten ("seven"), in figures above ("42"). */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? nlp(String(n)).numbers().toText().text() : n.toLocaleString('en');
}
