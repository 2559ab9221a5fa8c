/**
 * The blocks of an article body (paragraphs, headings, list items, captions) and their ids.
 *
 * One function serves both the renderer (a remark plugin puts the ids into the HTML) and the
 * analysis model (quotes and mentions cite these ids), so a cited paragraph always exists.
 */
import type { Heading, Paragraph, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { createIdAllocator, idFromText } from './slug';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'caption' | 'standfirst';

export interface ArticleBlock {
  /** Stable anchor: `p-` and the block's first words, so it survives edits to other blocks. */
  id: string;
  kind: BlockKind;
  /** The block's plain text. */
  text: string;
  /** The mdast node that carries the block's text. */
  node: Paragraph | Heading;
  /** Its ancestors, nearest last. */
  ancestors: Parents[];
}

/** Slug of a block's first words: `p-the-key-point-here-hannigan-continued`. */
export function blockIdFromText(text: string): string {
  return idFromText('p', text);
}

function kindOf(node: Paragraph | Heading, ancestors: Parents[]): BlockKind {
  if (node.type === 'heading') return 'heading';
  for (const ancestor of ancestors) {
    if (ancestor.type === 'containerDirective' && ancestor.name === 'caption') return 'caption';
    if (ancestor.type === 'containerDirective' && ancestor.name === 'standfirst') return 'standfirst';
  }
  return ancestors.some((a) => a.type === 'listItem') ? 'list-item' : 'paragraph';
}

/** Every text block of an article body in document order, each with a unique id. */
export function listArticleBlocks(tree: Root): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  // A repeated opening gets a counter; only identical openings share a base, so other edits
  // cannot shift it.
  const allocate = createIdAllocator();
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const text = toString(node);
    blocks.push({
      id: allocate(blockIdFromText(text)),
      kind: kindOf(node, ancestors),
      text,
      node,
      ancestors: [...ancestors],
    });
    return 'skip';
  });
  return blocks;
}
