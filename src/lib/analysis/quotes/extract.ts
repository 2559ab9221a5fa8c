/**
 * Finds every quoted span in an article's text blocks: “…”, "…", and ‘…’ or '…' where they are
 * quotation marks rather than apostrophes. Works on the blocks' plain text, so the same offsets
 * serve the analysis model and the renderer that wraps each quote in an element with its id.
 *
 * Rules, in the order they matter:
 * - A single mark between two letters is an apostrophe (Huawei’s, it's); a closing single mark
 *   with no single quote open is a possessive (countries’, rivals'); so is one after an "s" and
 *   before a lower-case word (citizens’ national).
 * - An opening mark followed by a space while a quote of its kind is open closes it: the machine
 *   translation writes “… security. “ for “… security.”
 * - `” Word “` inside an open quote, with no punctuation before `”`, is a quote nested in the
 *   outer one with its marks reversed (“(It) instead offers the” Fox “the order …”).
 * - A quote still open at the end of a block continues into the next block when that block
 *   opens with the same mark (the press convention for a quote across paragraphs).
 * - Two single marks printed together (‘‘ … ’’) are one double mark, as some pages set them, and
 *   a straight double mark typed twice against a word ("") is one mark; a
 *   right single mark before "s" and no further letter is an apostrophe whatever precedes it
 *   ("bids for ’s 5G", where the page lost the name).
 * - Anything that still cannot be paired is returned as an unpaired mark, never dropped.
 */
import type { QuoteKind } from '../../vocabulary/quote-kinds';
import { createIdAllocator, idFromText, slugWords } from '../slug';

export interface TextBlock {
  id: string;
  text: string;
}

/** A quote's stretch within one block, marks included: `text.slice(start, end)`. */
export interface QuotePart {
  blockId: string;
  start: number;
  end: number;
}

export interface ExtractedQuote {
  /** `q-` and the quote's first words; unique within its article. */
  id: string;
  /** The block the quote starts in. */
  blockId: string;
  /** One part, or one per block for a quote across paragraphs. */
  parts: QuotePart[];
  /** The quoted words without their outer marks; reversed inner marks normalised to ‘ ’. */
  text: string;
  kind: QuoteKind;
  /** The id of the quote this one stands inside, if any. */
  nestedIn: string | null;
  /** What was irregular about its marks and how it was read, if anything. */
  repair: string | null;
}

interface UnpairedMark {
  blockId: string;
  offset: number;
  mark: string;
  /** A few words either side, for the build report. */
  context: string;
}

export interface ExtractionResult {
  quotes: ExtractedQuote[];
  unpaired: UnpairedMark[];
}

type MarkFamily = 'double' | 'single';
type MarkRole = 'open' | 'close' | 'apostrophe';

interface Mark {
  block: number;
  offset: number;
  char: string;
  family: MarkFamily;
  role: MarkRole;
  /** Characters the mark takes: 2 for a double mark printed as two single ones. */
  width: 1 | 2;
}

const DOUBLE = new Set(['“', '”', '"']);
const SINGLE = new Set(['‘', '’', "'"]);
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a mark opens a quote. */
const OPENERS_BEFORE = /[\s([{\-–—/]/u;
/** From this many words on, a quoted fragment counts as a statement whatever its shape. */
const STATEMENT_MIN_WORDS = 9;
/** A lower-case quote that opens with a subject and a verb is a clause: “we don't get …”. */
const CLAUSE_OPENING = /^(?:i|we|you|he|she|it|they|there)\s+\S+\s/u;

const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);
/**
 * One mark printed twice: ‘‘ or ’’ (a double mark set as two single ones), or "" typed twice
 * before or after a word (‘said: ""Our view’), which opens or closes one quote, not an empty one.
 */
const doubledMark = (text: string, offset: number) => {
  const char = text[offset];
  if (text[offset + 1] !== char) return false;
  if (char === '‘' || char === '’') return true;
  return char === '"' && (isWord(text[offset + 2]) || /[\p{L}\p{N}.,!?]/u.test(text[offset - 1] ?? ' '));
};
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);

function contextAround(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 40), offset);
  const after = text.slice(offset + 1, offset + 41);
  return `…${before}[${text[offset]}]${after}…`.replace(/\s+/g, ' ');
}

/** Read every mark of one block as an opening, a closing or an apostrophe, given what is open. */
function classifyMarks(text: string, block: number, openFamilies: MarkFamily[]): Mark[] {
  const marks: Mark[] = [];
  const open = [...openFamilies];
  const isOpen = (family: MarkFamily) => open.includes(family);
  let singleOpenedAt = -1;
  const firstCharacter = text.search(/\S/);
  for (let offset = 0; offset < text.length; offset++) {
    const width = doubledMark(text, offset) ? 2 : 1;
    const printed = text[offset] ?? '';
    const char = width === 2 && printed !== '"' ? (printed === '‘' ? '“' : '”') : printed;
    const family: MarkFamily | null = DOUBLE.has(char) ? 'double' : SINGLE.has(char) ? 'single' : null;
    if (!family) continue;
    const prev = offset === 0 ? undefined : text[offset - 1];
    const next = text[offset + width];
    const startsBlock = offset <= firstCharacter;
    const opensHere = (startsBlock || OPENERS_BEFORE.test(prev ?? ' ')) && !isSpace(next);
    let role: MarkRole;
    const elidedPossessive = char === '’' && next === 's' && !isWord(text[offset + 2]);
    if (family === 'single' && ((isWord(prev) && isWord(next)) || elidedPossessive)) {
      role = 'apostrophe';
    } else if (char === '“' || char === '‘') {
      role = isSpace(next) && isOpen(family) && !startsBlock ? 'close' : 'open';
    } else if (char === '”') {
      role = opensHere && !isOpen(family) ? 'open' : 'close';
    } else if (opensHere) {
      role = 'open';
    } else {
      role = 'close';
    }
    if (family === 'single' && role === 'close' && char !== '‘') {
      // "the ‘back doors’ feared": a mark after a plural closes a short quote opened just before it;
      // far from any opening it is a possessive ("the engineers’ work").
      const shortQuote = singleOpenedAt >= 0 && text.slice(singleOpenedAt, offset).split(/\s+/).length <= 3;
      const possessive = prev === 's' && next === ' ' && /[a-z]/.test(text[offset + 2] ?? '') && !shortQuote;
      if (!isOpen('single') || possessive) role = 'apostrophe';
    }
    if (role === 'open') open.push(family);
    if (role === 'open' && family === 'single') singleOpenedAt = offset;
    if (role === 'close' && isOpen(family)) open.splice(open.lastIndexOf(family), 1);
    marks.push({ block, offset, char, family, role, width });
    offset += width - 1;
  }
  return marks;
}

interface OpenQuote {
  mark: Mark;
  parts: QuotePart[];
  repair: string | null;
  nested: NestedSpan[];
}

interface NestedSpan {
  blockIndex: number;
  start: number;
  end: number;
  repair: string;
}

/**
 * `” Word “` with no punctuation before `”` and a lower-case word after `“`: the marks of a
 * nested quote, reversed. Returns the offset of the `“` when the pattern matches.
 */
const REVERSED_NESTED = /” ([\p{Lu}][\p{L}\p{N}-]*) “(?=[\p{Ll}])/uy;

function reversedNestedQuoteEnd(text: string, close: Mark): number | null {
  // Sticky at the mark: a slice of the rest of the text per mark would cost the square of its length.
  REVERSED_NESTED.lastIndex = close.offset;
  const match = REVERSED_NESTED.exec(text);
  if (!match || /[,.;:!?]/.test(text[close.offset - 1] ?? '')) return null;
  return close.offset + match[0].length - 1;
}

/**
 * `statement`: a sentence or clause someone said (“It's winning,”, “we don't get too many
 * meetings,”); `phrase`: a short fragment or term (“national security”, “nonsense.”).
 */
export function quoteKind(text: string): QuoteKind {
  const words = slugWords(text);
  const sentence = /^[\p{Lu}([]/u.test(text) && (words.length >= 5 || /[.!?,]$/u.test(text));
  return words.length >= STATEMENT_MIN_WORDS || sentence || CLAUSE_OPENING.test(text) ? 'statement' : 'phrase';
}

/** The quote's own words: parts joined, outer marks stripped, reversed nested marks made plain. */
function quoteText(blocks: readonly TextBlock[], parts: QuotePart[], nested: NestedSpan[], closed = true): string {
  const pieces = parts.map((part, index) => {
    const blockIndex = blocks.findIndex((b) => b.id === part.blockId);
    let text = blocks[blockIndex]?.text.slice(part.start, part.end) ?? '';
    for (const span of [...nested].reverse()) {
      if (span.blockIndex !== blockIndex) continue;
      const from = span.start - part.start;
      const to = span.end - part.start;
      text = `${text.slice(0, from)} ‘${text.slice(from + 2, to - 2).trim()}’ ${text.slice(to)}`;
    }
    const opening = index === 0 || /^\s*[“"‘']/u.test(text);
    const closing = closed && index === parts.length - 1;
    // A mark printed twice (‘‘ … ’’, "") takes two characters, as classifyMarks read it.
    const from = opening ? (doubledMark(text, 0) ? 2 : 1) : 0;
    const to = closing ? text.length - (doubledMark(text, text.length - 2) ? 2 : 1) : text.length;
    return text.slice(from, to).trim();
  });
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Sets `nestedIn` to the quote whose span holds each quote's first part: one sweep per block over
 * the spans sorted by start (a search of every quote for every quote grew with the square).
 */
function markNesting(quotes: ExtractedQuote[]): void {
  const spans = quotes.flatMap((quote) => quote.parts.map((part) => ({ quote, part })));
  const byBlock = new Map<string, typeof spans>();
  for (const span of spans) {
    const list = byBlock.get(span.part.blockId);
    if (list) list.push(span);
    else byBlock.set(span.part.blockId, [span]);
  }
  for (const list of byBlock.values()) {
    list.sort((a, b) => a.part.start - b.part.start || b.part.end - a.part.end);
    const open: typeof spans = [];
    for (const span of list) {
      while (open.length > 0 && (open.at(-1)?.part.end ?? 0) <= span.part.start) open.pop();
      const outer = open.findLast((o) => o.quote !== span.quote && o.part.start < span.part.start && o.part.end > span.part.end);
      if (outer && span.part === span.quote.parts[0]) span.quote.nestedIn = outer.quote.id;
      open.push(span);
    }
  }
}

export function extractQuotes(blocks: readonly TextBlock[]): ExtractionResult {
  const quotes: Array<Omit<ExtractedQuote, 'id' | 'nestedIn'>> = [];
  const unpaired: UnpairedMark[] = [];
  const unpairedMark = (mark: Mark) => {
    const text = blocks[mark.block]?.text ?? '';
    unpaired.push({
      blockId: blocks[mark.block]?.id ?? '',
      offset: mark.offset,
      mark: mark.char,
      context: contextAround(text, mark.offset),
    });
  };
  /** Records a quote, closed by its mark or left open at its paragraph's end, with the quotes nested in it. */
  const record = (quote: OpenQuote, closed: boolean) => {
    const text = quoteText(blocks, quote.parts, quote.nested, closed);
    quotes.push({ blockId: quote.parts[0]?.blockId ?? '', parts: quote.parts, text, kind: 'phrase', repair: quote.repair });
    for (const span of quote.nested) {
      const blockId = blocks[span.blockIndex]?.id ?? '';
      const inner = (blocks[span.blockIndex]?.text ?? '').slice(span.start + 2, span.end - 2).trim();
      quotes.push({ blockId, parts: [{ blockId, start: span.start, end: span.end }], text: inner, kind: 'phrase', repair: span.repair });
    }
  };
  // A double mark opening a paragraph or a sentence ("Peters said. “Until …", "he said: “Britain …")
  // never closed (and not continued by the next paragraph) is read to the paragraph's end, as the
  // press convention has it, and says so; any other open mark is unpaired.
  const leftOpen = (quote: OpenQuote) => {
    const before = blocks[quote.mark.block]?.text.slice(0, quote.mark.offset).trim() ?? '';
    const opensSentence = before === '' || /[.!?:]$/.test(before);
    if (quote.mark.family !== 'double' || !opensSentence || quote.nested.length > 0) return unpairedMark(quote.mark);
    quote.repair = 'no closing mark: read to the end of the paragraph';
    record(quote, false);
  };
  let stack: OpenQuote[] = [];

  blocks.forEach((block, blockIndex) => {
    const carried = stack;
    stack = [];
    const marks = classifyMarks(
      block.text,
      blockIndex,
      carried.map((q) => q.mark.family),
    );
    let cursor = 0;
    // A quote left open by the previous block continues only if this block reopens it.
    if (carried.length > 0) {
      const first = marks[0];
      const reopens =
        first?.role === 'open' && block.text.slice(0, first.offset).trim() === '' && first.family === carried.at(-1)?.mark.family;
      if (reopens) {
        for (const quote of carried) quote.parts.push({ blockId: block.id, start: first.offset, end: block.text.length });
        stack = carried;
        cursor = 1;
      } else {
        for (const quote of carried) leftOpen(quote);
      }
    }
    for (let i = cursor; i < marks.length; i++) {
      const mark = marks[i] as Mark;
      if (mark.role === 'apostrophe') continue;
      if (mark.role === 'open') {
        stack.push({ mark, parts: [{ blockId: block.id, start: mark.offset, end: block.text.length }], repair: null, nested: [] });
        continue;
      }
      const top = stack.at(-1);
      if (top?.mark.family === 'double' && mark.family === 'double') {
        const nestedEnd = reversedNestedQuoteEnd(block.text, mark);
        if (nestedEnd !== null) {
          top.nested.push({
            blockIndex,
            start: mark.offset,
            end: nestedEnd + 1,
            repair: 'nested quote printed with reversed marks (” … “)',
          });
          i = marks.findIndex((m) => m.offset === nestedEnd && m.block === blockIndex);
          continue;
        }
      }
      const depth = stack.map((q) => q.mark.family).lastIndexOf(mark.family);
      if (depth === -1) {
        unpairedMark(mark);
        continue;
      }
      for (const orphan of stack.splice(depth + 1)) unpairedMark(orphan.mark);
      const quote = stack.pop() as OpenQuote;
      const last = quote.parts.at(-1) as QuotePart;
      last.end = mark.offset + mark.width;
      if (mark.char === '“' || mark.char === '‘') quote.repair = 'closing mark printed as an opening mark';
      record(quote, true);
    }
  });
  for (const quote of stack) leftOpen(quote);
  unpaired.sort(
    (a, b) => blocks.findIndex((bl) => bl.id === a.blockId) - blocks.findIndex((bl) => bl.id === b.blockId) || a.offset - b.offset,
  );
  return { quotes: withIds(quotes, blocks), unpaired };
}

/** Ids in document order of the opening mark, so an outer quote is named before its inner one. */
function withIds(quotes: ReadonlyArray<Omit<ExtractedQuote, 'id' | 'nestedIn'>>, blocks: readonly TextBlock[]): ExtractedQuote[] {
  const ordered = [...quotes].sort((a, b) => {
    const ia = blocks.findIndex((bl) => bl.id === a.blockId);
    const ib = blocks.findIndex((bl) => bl.id === b.blockId);
    return ia - ib || (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0) || b.parts.length - a.parts.length;
  });
  const allocate = createIdAllocator();
  const named: ExtractedQuote[] = ordered.map((quote) => ({
    ...quote,
    id: allocate(idFromText('q', quote.text)),
    kind: quoteKind(quote.text),
    nestedIn: null,
  }));
  markNesting(named);
  return named;
}
