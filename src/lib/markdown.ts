/** Parses an article body as the site's pipeline does (remark + directives), without rendering. */
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';

const parser = remark().use(remarkDirective);

export function parseArticleBody(markdown: string): Root {
  return parser.parse(markdown);
}

/** The headline is a block of its own for quotes (“European Partners ‘Skeptical’ …”). */
export const HEADLINE_BLOCK_ID = 'headline';
