/**
 * The blocks of an article body (paragraphs, headings, list items, captions) and their ids.
 *
 * One function serves both the renderer (a remark plugin puts the ids into the HTML) and the
 * analysis model (quotes and mentions cite these ids), so a cited paragraph always exists.
 */
import type { Heading, Paragraph, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

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

const WORDS_IN_ID = 6;
const MAX_ID_LENGTH = 48;

/** Slug of a block's first words: `p-the-key-point-here-hannigan-continued`. */
export function blockIdFromText(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, WORDS_IN_ID);
  let id = 'p';
  for (const word of words) {
    if (id.length + 1 + word.length > MAX_ID_LENGTH && id !== 'p') break;
    id += `-${word}`;
  }
  return id === 'p' ? 'p-block' : id.slice(0, MAX_ID_LENGTH);
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
  const seen = new Map<string, number>();
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const text = toString(node);
    const base = blockIdFromText(text);
    // A repeated opening gets a counter; only identical openings share a base, so other edits
    // cannot shift it.
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    blocks.push({
      id: count === 1 ? base : `${base}-${count}`,
      kind: kindOf(node, ancestors),
      text,
      node,
      ancestors: [...ancestors],
    });
    return 'skip';
  });
  return blocks;
}
