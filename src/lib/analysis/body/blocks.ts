/**
 * The blocks of an article body (paragraphs, headings, list items, captions) and their ids.
 *
 * One function serves both the renderer (a remark plugin puts the ids into the HTML) and the
 * analysis model (quotes and mentions cite these ids), so a cited paragraph always exists.
 */
import type { Heading, Paragraph, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { assignAnchors, type ArticleAnchors } from '../anchors/registry';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'caption' | 'standfirst';

export interface ArticleBlock {
  /** Its anchor, from the committed anchor map (src/lib/analysis/anchors/registry.ts). */
  id: string;
  kind: BlockKind;
  /** The block's plain text. */
  text: string;
  /** The mdast node that carries the block's text. */
  node: Paragraph | Heading;
  /** Its ancestors, nearest last. */
  ancestors: Parents[];
}

function kindOf(node: Paragraph | Heading, ancestors: Parents[]): BlockKind {
  if (node.type === 'heading') return 'heading';
  for (const ancestor of ancestors) {
    if (ancestor.type === 'containerDirective' && ancestor.name === 'caption') return 'caption';
    if (ancestor.type === 'containerDirective' && ancestor.name === 'standfirst') return 'standfirst';
  }
  return ancestors.some((a) => a.type === 'listItem') ? 'list-item' : 'paragraph';
}

/**
 * Every text block of an article body in document order, each with its id from the article's
 * anchors (a block the map does not know gets a new, unique id, which the content check reports).
 */
export function listArticleBlocks(tree: Root, anchors?: ArticleAnchors): ArticleBlock[] {
  const blocks: Array<Omit<ArticleBlock, 'id'>> = [];
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    blocks.push({ kind: kindOf(node, ancestors), text: toString(node), node, ancestors: [...ancestors] });
    return 'skip';
  });
  const { ids } = assignAnchors(
    'paragraphs',
    blocks.map((block) => block.text),
    anchors,
  );
  return blocks.map((block, index) => ({ ...block, id: ids[index] ?? '' }));
}
