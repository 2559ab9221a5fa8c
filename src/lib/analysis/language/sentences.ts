/**
 * Sentences of a paragraph, with their offsets, from compromise's sentence splitter (which knows
 * abbreviations such as "U.S." and "Mr." that a full stop does not end).
 */
import nlp from 'compromise';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

interface OffsetJson {
  offset: { start: number; length: number };
}

/**
 * A sentence end that compromise misses: a full stop, question or exclamation mark inside a
 * closing quotation mark, followed by a new sentence (`… “a mistake.” Berlin …`).
 */
const END_INSIDE_QUOTE = /[.!?][”"’]\s+(?=[\p{Lu}“"‘])/gu;

function span(text: string, from: number, to: number): SentenceSpan | null {
  const raw = text.slice(from, to);
  const start = from + (raw.length - raw.trimStart().length);
  const end = from + raw.trimEnd().length;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

function splitInsideQuotes(text: string, sentence: SentenceSpan): SentenceSpan[] {
  const cuts = [...sentence.text.matchAll(END_INSIDE_QUOTE)].map((m) => sentence.start + m.index + 2);
  const bounds = [sentence.start, ...cuts, sentence.end];
  return bounds.slice(1).flatMap((to, i) => span(text, bounds[i] ?? to, to) ?? []);
}

/** Sentences by paragraph text: every quote of a paragraph asks for the same split. */
const cache = new Map<string, SentenceSpan[]>();

/** Every sentence of `text`, in order, trimmed, with `text.slice(start, end) === text`. */
export function splitSentences(text: string): SentenceSpan[] {
  const known = cache.get(text);
  if (known) return known;
  const sentences = splitWithCompromise(text);
  cache.set(text, sentences);
  return sentences;
}

function splitWithCompromise(text: string): SentenceSpan[] {
  // The tokenizer alone splits sentences exactly as the full parse does (checked on the seed and
  // evaluation articles), at a twentieth of the cost: the tagger is not needed for boundaries.
  const doc = nlp.tokenize(text);
  doc.compute('offset');
  const found = doc.json({ offset: true }) as OffsetJson[];
  return found
    .flatMap(({ offset }) => span(text, offset.start, offset.start + offset.length) ?? [])
    .flatMap((sentence) => splitInsideQuotes(text, sentence));
}

/** The sentence (or run of sentences) that holds `text.slice(start, end)`. */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  const covering = splitSentences(text).filter((s) => s.end > start && s.start < end);
  const first = covering[0];
  const last = covering.at(-1);
  if (!first || !last) return { start, end, text: text.slice(start, end) };
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}
