/**
 * Wraps stretches of a block's plain text in new inline elements (a quote's span, an actor's
 * link) at the offsets the analysis found in that same text, whatever inline nodes the text is
 * split into.
 */
import type { Heading, Paragraph, Parents, PhrasingContent, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';

export interface TextRange {
  start: number;
  end: number;
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

/**
 * Wraps each range with `wrap(text, isFirstPiece)`. Outer ranges go first, so a range inside
 * another is then wrapped inside the outer one's new element. A range that crosses inline nodes
 * is wrapped piece by piece.
 */
export function wrapTextRanges<R extends TextRange>(
  block: Paragraph | Heading,
  ranges: readonly R[],
  wrap: (range: R, value: string, first: boolean) => PhrasingContent,
): void {
  const ordered = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const range of ordered) {
    let first = true;
    for (const { node, parent, start } of locateText(block)) {
      const end = start + node.value.length;
      const from = Math.max(range.start, start);
      const to = Math.min(range.end, end);
      if (from >= to) continue;
      const pieces: PhrasingContent[] = [];
      if (from > start) pieces.push({ type: 'text', value: node.value.slice(0, from - start) });
      pieces.push(wrap(range, node.value.slice(from - start, to - start), first));
      if (to < end) pieces.push({ type: 'text', value: node.value.slice(to - start) });
      const siblings = parent.children as PhrasingContent[];
      siblings.splice(siblings.indexOf(node), 1, ...pieces);
      first = false;
    }
  }
}
