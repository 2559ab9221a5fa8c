/**
 * Reads a news page as a browser copies it (headline, byline, date line, captions, body, junk)
 * into its parts, line by line, keeping every line's number so each decision can be shown.
 * Nothing is reworded: a line is the headline, a byline, a date line, body text or junk by a
 * named rule.
 */
import { parsePrintedDate, type PrintedDate } from '../analysis/dates/printed-date';
import { isOrganisationName } from '../analysis/language/names';
import { junkRuleFor } from './junk';

type BodyKind = 'paragraph' | 'heading' | 'caption';

interface PageLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

export interface BodyBlock extends PageLine {
  kind: BodyKind;
}

interface DroppedLine extends PageLine {
  rule: string;
}

interface DateLine extends PageLine {
  /** The date exactly as printed (without a "Published:" label). */
  printed: string;
  read: PrintedDate;
}

export interface PageLayout {
  title: PageLine | null;
  byline: (PageLine & { names: string[] }) | null;
  published: DateLine | null;
  updated: DateLine | null;
  body: BodyBlock[];
  dropped: DroppedLine[];
  /** Lines labelled as dates ("Published: …") that cannot be read as one. */
  unreadDates: PageLine[];
  /** Outlets the page names of itself: a dateline "(Reuters)", a byline credit, a copyright line. */
  outletHints: Array<PageLine & { name: string; where: string }>;
}

const DATE_LABEL = /^(?:(?:first )?published|posted|date|last updated|updated)(?: on)?\s*:?\s*/i;
const BYLINE = /^(?:by|written by|words by)\s+(.+)$/i;
const CAPTION =
  /^(?:photo|image|picture|caption|file photo|photograph)\b\s*[:(-]|\((?:photo|image|credit|photograph)[^)]*\)$|\b(?:Photographer|Photograph|Photo|Image)(?: by)?:\s*[^.]+$|\/\s?[A-Z][\w]*(?: [A-Z][\w]*)? (?:Photo|Photos|Image)$/i;
const DATELINE_OUTLET = /^[\p{Lu}][\p{L} .,'-]{1,40}\((Reuters|AP|AFP|Bloomberg|Xinhua|dpa|CNN|ANI|PTI|Kyodo|Yonhap)\)/u;
const COPYRIGHT_OUTLET = /^(?:©|copyright)\s*(?:\d{4}\s*)?([\p{Lu}][\p{L}&. -]{1,40}?)\.?(?:\s+all rights reserved.*)?$/iu;
const END_PUNCTUATION = /[.!?:;"”’)]$/;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function readDateLine(line: PageLine): DateLine | null {
  const unlabelled = line.text.replace(DATE_LABEL, '');
  // "Feb 7, 2020 - Politics & Policy": a date with the page's section after it.
  // "12:00 AM, May 31, 2019": a time before the date.
  const dateFirst = [
    unlabelled.split(/\s+[/|]\s+(?:updated|last updated)\b/i)[0] ?? '',
    unlabelled.split(/\s+[-–|]\s+/)[0] ?? '',
    unlabelled.replace(/^\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?\s*,?\s*/i, ''),
    // "Mar 01, 2019 12:29 PM PHT": a time and its zone after the date.
    unlabelled.replace(/,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s+\p{Lu}{2,5})?$/iu, ''),
  ];
  for (const candidate of [unlabelled, ...dateFirst]) {
    try {
      return { ...line, printed: candidate.trim(), read: parsePrintedDate(candidate) };
    } catch {
      // Not a date line in this form; try the next, or it is text.
    }
  }
  return null;
}

/** From the first number of a byline part on: a date or time printed with it ("Reuters 18 January 2019"). */
const DATE_AFTER_CREDIT = /\s*\b\d.*$/u;
/** Lower-case words before a capitalised name in a byline: the writer's role. */
const ROLE_BEFORE_NAME = /^(?:\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})/u;
/** "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"], with "Reuters" as an outlet hint. */
function readByline(text: string): { names: string[]; credits: string[] } | null {
  const match = BYLINE.exec(text);
  if (!match?.[1] || wordCount(match[1]) > 12) return null;
  const parts = match[1]
    .split(/\s*(?:,|\band\b|&|\||\/| - | – )\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const person = (part: string) => /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(part) && !isOrganisationName(part);
  // "By senior business correspondent Peter Ryan": the role in lower case before the name is no name.
  // "By Reuters 18 January 2019": a date run into the credit is no part of it.
  const named = parts.map((part) => part.replace(ROLE_BEFORE_NAME, '').replace(DATE_AFTER_CREDIT, '')).filter(Boolean);
  return { names: named.filter(person), credits: named.filter((p) => !person(p)) };
}

/** The first line that reads as a paragraph of the article: long, and ending as a sentence ends. */
function firstParagraphIndex(lines: readonly PageLine[]): number {
  const index = lines.findIndex(
    (l) => !junkRuleFor(l.text) && wordCount(l.text) >= 15 && END_PUNCTUATION.test(l.text) && !CAPTION.test(l.text) && !BYLINE.test(l.text),
  );
  return index < 0 ? lines.length : index;
}

/**
 * The headline: a "# " line, else the first line before the body that could be one. Headlines come
 * first; a longer line after one is most often its standfirst or a link to another story.
 */
function titleLine(header: readonly PageLine[]): PageLine | null {
  const marked = header.find((l) => /^#\s+\S/.test(l.text));
  if (marked) return { ...marked, text: marked.text.replace(/^#\s+/, '') };
  const candidates = header.filter((l) => {
    const words = wordCount(l.text);
    return (
      !junkRuleFor(l.text) &&
      words >= 3 &&
      words <= 30 &&
      !/[.]$/.test(l.text) &&
      !CAPTION.test(l.text) &&
      !BYLINE.test(l.text) &&
      !readDateLine(l) &&
      !splitDateByline(l) &&
      !isOrganisationName(l.text)
    );
  });
  const first = candidates[0];
  // "Headline | News | DW | 23.11.2019": a browser's page title, the site's own labels after the bars.
  return first ? { ...first, text: first.text.replace(/(?:\s+\|\s+[^|]{1,30})+$/u, '') } : null;
}

/** Splits a page's lines into headline, byline, dates, body and junk. */
export function readPageLayout(text: string): PageLayout {
  const lines: PageLine[] = text
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, text: raw.trim() }))
    .filter((l) => l.text !== '');
  const bodyStart = firstParagraphIndex(lines);
  const title = titleLine(lines.slice(0, bodyStart));
  const layout: PageLayout = {
    title,
    byline: null,
    published: null,
    updated: null,
    body: [],
    dropped: [],
    outletHints: [],
    unreadDates: [],
  };
  lines.forEach((line, index) => {
    const copyright = COPYRIGHT_OUTLET.exec(line.text);
    if (copyright?.[1]) layout.outletHints.push({ ...line, name: copyright[1].trim(), where: 'the page’s copyright line' });
    const rule =
      junkRuleFor(line.text) ??
      (line.text === lines[index - 1]?.text ? 'the line before, repeated' : null) ??
      (title && line.line !== title.line && line.text === title.text ? 'the headline, repeated' : null);
    if (rule) layout.dropped.push({ ...line, rule });
    else if (line.line !== title?.line && !classifyHeaderLine(line, layout, index < bodyStart)) layout.body.push(bodyBlock(line, layout));
  });
  dropTrailingLinks(layout);
  const first = layout.body.find((b) => b.kind === 'paragraph');
  const dateline = first ? DATELINE_OUTLET.exec(first.text) : null;
  if (first && dateline?.[1]) layout.outletHints.unshift({ ...first, name: dateline[1], where: 'the dateline of the first paragraph' });
  return layout;
}

/** "February 08, 2020 by Luke James": a date line and a byline run together. */
function splitDateByline(line: PageLine): [PageLine, PageLine] | null {
  const match = /^(.*\d{4}.*?)\s+(by\s+.+)$/i.exec(line.text);
  if (!match?.[1] || !match[2] || !readDateLine({ ...line, text: match[1] }) || !BYLINE.test(match[2])) return null;
  return [
    { ...line, text: match[1] },
    { ...line, text: match[2] },
  ];
}

/** "Staff Writer", "Reuters": a credit printed beside a date with no "By", a few capitalised words. */
const BARE_CREDIT = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** "By Associated Press | Updated: 12 February 2019 12:26 IST", "Staff Writer | Jul 07, 2019": a byline and a date line in one. */
function splitHeaderLine(line: PageLine, layout: PageLayout): boolean {
  const parts = splitDateByline(line) ?? line.text.split(/\s+[|•·]\s+/).map((text) => ({ ...line, text }));
  const dated = parts.some((part) => readDateLine(part));
  if (parts.length < 2 || !parts.every((part) => BYLINE.test(part.text) || readDateLine(part) || (dated && BARE_CREDIT.test(part.text))))
    return false;
  for (const part of parts) classifyHeaderLine(part, layout, true);
  return true;
}

/** Byline and date lines, where they stand before the body; true when the line was one. */
function classifyHeaderLine(line: PageLine, layout: PageLayout, inHeader: boolean): boolean {
  if (inHeader && splitHeaderLine(line, layout)) return true;
  const date = inHeader || !layout.published ? readDateLine(line) : null;
  if (date && wordCount(line.text) <= 12) {
    const update = /^(?:last )?updated/i.test(line.text);
    if (update) layout.updated ??= date;
    if (!layout.published && (!update || layout.updated === date)) layout.published = date;
    return true;
  }
  if (inHeader && !date && DATE_LABEL.test(line.text) && /\d/.test(line.text) && wordCount(line.text) <= 12) {
    layout.unreadDates.push(line);
    return true;
  }
  const byline = inHeader ? readByline(line.text) : null;
  if (byline && !layout.byline) {
    layout.byline = { ...line, names: byline.names };
    for (const credit of byline.credits) layout.outletHints.push({ ...line, name: credit, where: 'the byline' });
    return true;
  }
  return false;
}

/** A sentence's end run into the next one's first word: "Donald Trump.He said", "company."In Romania". */
const RUN_TOGETHER = /(\p{Ll}{2}[.!?])([”"]?)([“]?)(?=\p{Lu}\p{Ll})/gu;

/**
 * Puts back the space a page lost after a sentence (typography, not words). A straight mark there
 * goes with the sentence its pairing gives it: after an odd number of straight marks it closes the
 * last sentence, else it opens the next.
 */
export function spaceRunTogetherSentences(text: string): string {
  return text.replace(RUN_TOGETHER, (_match, end: string, closing: string, opening: string, offset: number) => {
    if (closing !== '"') return `${end}${closing} ${opening}`;
    const before = (text.slice(0, offset).match(/"/g) ?? []).length;
    return before % 2 === 1 ? `${end}" ${opening}` : `${end} "${opening}`;
  });
}

function bodyBlock(line: PageLine, layout: PageLayout): BodyBlock {
  const text = spaceRunTogetherSentences(line.text.replace(/^#{2,6}\s+/, ''));
  if (CAPTION.test(text)) return { ...line, text, kind: 'caption' };
  const short = wordCount(text) <= 10 && !END_PUNCTUATION.test(text);
  const afterBody = layout.body.some((b) => b.kind === 'paragraph');
  // A short line between the header and the first paragraph is a picture's caption.
  if (short && !afterBody && !/^#{2,6}\s/.test(line.text)) return { ...line, text, kind: 'caption' };
  return { ...line, text, kind: short ? 'heading' : 'paragraph' };
}

/** Short lines after the last paragraph are links and labels of the page, not the article; captions stay. */
function dropTrailingLinks(layout: PageLayout): void {
  const lastParagraph = layout.body.findLastIndex((b) => b.kind === 'paragraph');
  const trailing = layout.body.splice(lastParagraph + 1);
  layout.body.push(...trailing.filter((b) => b.kind === 'caption'));
  for (const b of trailing.filter((t) => t.kind !== 'caption')) {
    layout.dropped.push({ line: b.line, text: b.text, rule: 'short line after the last paragraph (a link or label of the page)' });
  }
}
