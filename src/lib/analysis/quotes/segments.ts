/** Splits a text into plain runs and quote runs, for rendering a headline with its quotes marked. */
export interface TextSegment {
  text: string;
  /** The quote this run is, or null for plain text. */
  quoteId: string | null;
}

export function segmentText(text: string, spans: ReadonlyArray<{ start: number; end: number; id: string }>): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), quoteId: null });
    segments.push({ text: text.slice(span.start, span.end), quoteId: span.id });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), quoteId: null });
  return segments;
}
