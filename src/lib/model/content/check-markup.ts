/**
 * The articles are a record of text: markup has no business in them. This finds, in a parsed
 * body, everything that would become markup of the author's choosing on the page (raw HTML,
 * images, links that are not plain http(s) addresses, directives the renderer would refuse), each with its file line and what to write
 * instead. The content check runs it over every body; `rehypeTextOnly` guards the output as well.
 */
import type { Root } from 'mdast';
import 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import type { ContentProblem } from './check-articles';

/** The only link targets an article may carry: absolute http and https addresses. */
function isAllowedArticleUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(url.trim());
}

/** The block directives editors use (src/markdown/remark-article-structure.ts gives them their HTML). */
const BLOCK_DIRECTIVES = ['standfirst', 'caption', 'summary'];

/** The start of a raw HTML fragment, short enough for one message line. */
function shortHtml(value: string): string {
  const first = value.trim().split('\n')[0] ?? '';
  return first.length > 60 ? `${first.slice(0, 57)}...` : first;
}

/**
 * Every markup problem of one body. `bodyLineOffset` is the number of file lines before the
 * body's first line (the frontmatter), so the line named is the line in the file.
 */
export function findMarkupProblems(tree: Root, file: string, bodyLineOffset = 0): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined) => `body, line ${(line ?? 0) + bodyLineOffset}`;
  visitParents(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      problems.push({
        file,
        field: at(line),
        message: `raw HTML "${shortHtml(node.value)}" is not allowed: write the text itself, and escape a "<" that is part of the text as "\\<"`,
      });
    } else if ((node.type === 'link' || node.type === 'definition') && !isAllowedArticleUrl(node.url)) {
      problems.push({
        file,
        field: at(line),
        message: `link to "${shortHtml(node.url)}" is not allowed: links may only be full http:// or https:// addresses; write the link text alone, or the address in full`,
      });
    } else if (node.type === 'textDirective' || node.type === 'leafDirective') {
      problems.push({ file, field: at(line), message: `":${node.name}" reads as a directive and would lose its words: escape the colon as "\\:"` });
    } else if (node.type === 'containerDirective' && !BLOCK_DIRECTIVES.includes(node.name)) {
      problems.push({ file, field: at(line), message: `unknown block ":::${node.name}": use :::standfirst, :::caption{kind=photo} or {kind=video}, or :::summary` });
    } else if (node.type === 'containerDirective' && node.name === 'caption' && !['photo', 'video'].includes(node.attributes?.kind ?? '')) {
      problems.push({ file, field: at(line), message: `a caption needs {kind=photo} or {kind=video}, got "${node.attributes?.kind ?? ''}"` });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({
        file,
        field: at(line),
        message: 'an image is not allowed: describe the photo in a :::caption{kind=photo} block, as the source printed its caption',
      });
    }
  });
  return problems;
}
