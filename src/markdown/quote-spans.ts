/**
 * Wraps each quote of a block in `<span class="quote" id="q-…">`, at the offsets the extractor
 * found in the block's plain text, so `/articles/<slug>/#q-…` lands on the quote itself.
 */
import type { Heading, Paragraph, Parents, PhrasingContent, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';

export interface QuoteSpan {
  start: number;
  end: number;
  /** The quote's id, on the first (or only) piece of it. */
  id: string | null;
}

interface Located {
  node: Text;
  parent: Parents;
  start: number;
}

/** The block's text nodes with their offsets in its plain text (as mdast-util-to-string joins it). */
function locateText(block: Paragraph | Heading): Located[] {
  const found: Located[] = [];
  let offset = 0;
  const walk = (parent: Parents) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        found.push({ node: child, parent, start: offset });
        offset += child.value.length;
      } else if ('value' in child && typeof child.value === 'string') {
        offset += child.value.length;
      } else if ('children' in child) {
        walk(child);
      }
    }
  };
  walk(block);
  return found;
}

function quoteElement(value: string, id: string | null): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: id ? { id, className: ['quote'] } : { className: ['quote'] } },
    children: [{ type: 'text', value }],
  };
}

/** Outer quotes first, so a nested quote is then wrapped inside its outer one's text. */
export function wrapQuoteSpans(block: Paragraph | Heading, spans: readonly QuoteSpan[]): void {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of ordered) {
    let idPending = span.id;
    for (const { node, parent, start } of locateText(block)) {
      const end = start + node.value.length;
      const from = Math.max(span.start, start);
      const to = Math.min(span.end, end);
      if (from >= to) continue;
      const index = parent.children.indexOf(node as PhrasingContent);
      const pieces: PhrasingContent[] = [];
      if (from > start) pieces.push({ type: 'text', value: node.value.slice(0, from - start) });
      pieces.push(quoteElement(node.value.slice(from - start, to - start), idPending));
      if (to < end) pieces.push({ type: 'text', value: node.value.slice(to - start) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
      idPending = null;
    }
  }
}
