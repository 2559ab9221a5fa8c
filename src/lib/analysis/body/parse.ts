/** Parses an article body as the site's pipeline does (remark + directives), without rendering. */
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';

const parser = remark().use(remarkDirective);

export function parseArticleBody(markdown: string): Root {
  return parser.parse(markdown);
}

/** Writes a body tree as markdown the parser reads back to the same text (escaping what it must). */
export function stringifyArticleBody(tree: Root): string {
  return parser.stringify(tree);
}

/** The headline is a block of its own for quotes (“European Partners ‘Skeptical’ …”). */
export const HEADLINE_BLOCK_ID = 'headline';
