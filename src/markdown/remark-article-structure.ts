/**
 * Turns an article's markdown into the page's structure: the three block directives editors use
 * (`:::standfirst`, `:::caption{kind=photo|video}`, `:::summary`) become semantic HTML, and every
 * text block gets the stable id from `listArticleBlocks`, so `#p-…` links land on it.
 */
import type { Link, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import 'mdast-util-directive';
// Brings in the `hName`/`hProperties` fields remark-rehype reads from `node.data`.
import type {} from 'mdast-util-to-hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { anchorQuotes } from '../lib/analysis/anchors/quotes';
import type { AnchorMap, ArticleAnchors } from '../lib/analysis/anchors/registry';
import { listArticleBlocks, type ArticleBlock } from '../lib/analysis/body/blocks';
import { HEADLINE_BLOCK_ID } from '../lib/analysis/body/parse';
import { extractQuotes } from '../lib/analysis/quotes/extract';
import { wrapTextRanges } from './wrap-text';
import { createActorMatcher, type ActorMatcher, type AliasedActor } from '../lib/analysis/actors/mentions';
import { actorUrl } from '../lib/routes';
import { UI } from '../lib/site/ui-strings';

const CAPTION_KINDS = ['photo', 'video'] as const;
type CaptionKind = (typeof CAPTION_KINDS)[number];

function fail(file: VFile, line: number | undefined, message: string): never {
  throw new Error(`${file.path ?? 'article'}:${line ?? '?'}: ${message}`);
}

function shapeDirective(node: ContainerDirective, file: VFile): void {
  const line = node.position?.start.line;
  if (node.name === 'standfirst') {
    node.data = { hName: 'div', hProperties: { className: ['standfirst'] } };
  } else if (node.name === 'summary') {
    node.data = { hName: 'section', hProperties: { className: ['summary'], ariaLabel: UI.article.summaryLabel } };
  } else if (node.name === 'caption') {
    const kind = node.attributes?.kind;
    if (!CAPTION_KINDS.includes(kind as CaptionKind)) {
      fail(file, line, `caption needs kind=${CAPTION_KINDS.join('|')}, got "${kind ?? ''}"`);
    }
    const label = UI.article.captionLabel[kind as CaptionKind];
    node.data = { hName: 'figure', hProperties: { className: ['media-caption'], dataKind: kind } };
    node.children = [
      {
        type: 'paragraph',
        data: { hName: 'span', hProperties: { className: ['media-caption__kind'] } },
        children: [{ type: 'text', value: label }],
      },
      { type: 'blockquote', data: { hName: 'figcaption', hProperties: {} }, children: node.children },
    ];
  } else {
    fail(file, line, `unknown block directive ":::${node.name}" (use standfirst, caption or summary)`);
  }
}

/** The pilcrow after each block: a visible, copyable link to exactly that block. */
function blockLink(id: string, text: string): Link {
  return {
    type: 'link',
    url: `#${id}`,
    data: { hProperties: { className: ['block-link'], ariaLabel: UI.article.blockLinkLabel(text) } },
    children: [{ type: 'text', value: '¶' }],
  };
}

function frontmatterOf(file: VFile): { title: string; slug: string } {
  const frontmatter = (file.data as { astro?: { frontmatter?: { title?: unknown; slug?: unknown } } }).astro?.frontmatter;
  return {
    title: typeof frontmatter?.title === 'string' ? frontmatter.title : '',
    slug: typeof frontmatter?.slug === 'string' ? frontmatter.slug : '',
  };
}

/** The same extraction and the same ids as the model (headline included). */
function wrapQuotes(blocks: ArticleBlock[], headline: string, anchors: ArticleAnchors | undefined): void {
  const withHeadline = [{ id: HEADLINE_BLOCK_ID, text: headline }, ...blocks];
  const quotes = anchorQuotes(extractQuotes(withHeadline).quotes, withHeadline, anchors);
  for (const block of blocks) {
    const spans = quotes.flatMap((quote) =>
      quote.parts
        .filter((part) => part.blockId === block.id)
        .map((part) => ({ start: part.start, end: part.end, id: quote.parts[0] === part ? quote.id : null })),
    );
    wrapTextRanges(block.node, spans, (span, value, first) => ({
      type: 'emphasis',
      data: { hName: 'span', hProperties: span.id && first ? { id: span.id, className: ['quote'] } : { className: ['quote'] } },
      children: [{ type: 'text', value }],
    }));
  }
}

/**
 * The first mention of each actor in a section (the text up to the next subheading) links to the
 * actor's page, found with the model's own matcher; later mentions in the section stay plain, so
 * a name is not linked in every paragraph.
 */
function linkActors(blocks: ArticleBlock[], matcher: ActorMatcher): void {
  let seen = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'heading') {
      seen = new Set<string>();
      continue;
    }
    const firsts = matcher.find(block.text).filter((m) => !seen.has(m.actorId) && seen.add(m.actorId));
    wrapTextRanges(block.node, firsts, (mention, value) => ({
      type: 'link',
      url: actorUrl(mention.actorId),
      data: { hProperties: { className: ['actor-link'] } },
      children: [{ type: 'text', value }],
    }));
  }
}

export interface ArticleStructureOptions {
  /** The actors from content/actors.yaml, to link their first mention in each section. */
  actors?: readonly AliasedActor[];
  /** The committed anchor map (content/anchors.json), so ids equal the model's. */
  anchors?: AnchorMap;
}

export default function remarkArticleStructure(options: ArticleStructureOptions = {}) {
  const matcher = createActorMatcher(options.actors ?? []);
  return (tree: Root, file: VFile) => {
    // Ids first, from the markdown as written, so they equal the ids the analysis model computes.
    const { title, slug } = frontmatterOf(file);
    const anchors = options.anchors?.[slug];
    const blocks = listArticleBlocks(tree, anchors);
    wrapQuotes(blocks, title, anchors);
    linkActors(blocks, matcher);
    for (const block of blocks) {
      const parent = block.ancestors.at(-1);
      const target = parent?.type === 'listItem' && parent.spread !== true ? parent : block.node;
      target.data = { ...target.data, hProperties: { ...target.data?.hProperties, id: block.id } };
      if (block.kind !== 'heading') block.node.children.push(blockLink(block.id, block.text));
    }
    visitParents(tree, (node) => {
      if (node.type === 'containerDirective') shapeDirective(node, file);
      // remark-directive reads `:word` and `::word` as directives; in article text they would
      // silently eat words, so refuse them.
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        fail(file, node.position?.start.line, `":${node.name}" reads as a directive; escape the colon as "\\:"`);
      }
    });
  };
}
