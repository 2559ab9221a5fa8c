/**
 * The guard over an article's rendered HTML, after every other plugin and before raw HTML would
 * be parsed into the page: only the elements that markdown text and the article-structure plugin
 * make, no raw HTML, no event handlers or inline styles, and links only to this site's pages and
 * paragraphs or to http(s) addresses. The content check refuses these in the markdown with a line
 * and a remedy; this is the net under it, so nothing of the kind can reach a page even if a check
 * is bypassed.
 *
 * `refuse` (the build) throws, naming the file and line; `strip` removes what it would refuse
 * (the browser test renders hostile markdown this way to show what a page would be left with).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { splitArticle } from '../lib/model/content/read';

/** What markdown text, the three block directives and the article-structure plugin produce. */
const ALLOWED_ELEMENTS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'em',
  'strong',
  'code',
  'a',
  'span',
  'div',
  'section',
  'figure',
  'figcaption',
  'br',
  'hr',
]);

/** An href this site writes: its own paragraphs and pages, or an http(s) address. */
export function isAllowedHref(href: string): boolean {
  return /^#[\w-]*$/.test(href) || /^\/(?!\/)[\w\-./]*$/.test(href) || /^https?:\/\/[^\s/]/i.test(href);
}

/** Properties no article element may carry: scripts (`on…`), styles, and other documents. */
const isForbiddenProperty = (name: string) =>
  /^on/i.test(name) || ['style', 'srcDoc', 'formAction', 'action', 'src', 'srcSet', 'httpEquiv'].includes(name);

export interface TextOnlyOptions {
  mode?: 'refuse' | 'strip';
}

const pathOf = (file: VFile) => (file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path);

/** The file line of a body line, read from the file only when there is something to report. */
function fileLine(file: VFile, line: number | undefined): string {
  if (line === undefined) return 'line ?';
  try {
    const path = pathOf(file);
    return `line ${line + splitArticle(readFileSync(path, 'utf8')).bodyLineOffset}`;
  } catch {
    return `line ${line} of the body`;
  }
}

/** Why a node may not stand in an article, or null when it may. */
function refusal(node: RootContent): string | null {
  if (node.type === 'raw') return `raw HTML "${node.value.trim().slice(0, 60)}"`;
  if (node.type !== 'element') return null;
  if (!ALLOWED_ELEMENTS.has(node.tagName)) return `a <${node.tagName}> element`;
  const bad = Object.keys(node.properties).find(isForbiddenProperty);
  if (bad) return `a "${bad}" attribute on <${node.tagName}>`;
  const href = node.properties.href;
  if (href !== undefined && !isAllowedHref(String(href))) return `a link to "${String(href).slice(0, 60)}"`;
  return null;
}

/** Strip mode: drop the node, or for a link with a bad target, keep its text. */
function stripped(node: RootContent): RootContent[] {
  if (node.type === 'element' && node.tagName === 'a') {
    const properties = Object.fromEntries(
      Object.entries(node.properties).filter(([name]) => name !== 'href' && !isForbiddenProperty(name)),
    );
    return [{ ...node, properties }];
  }
  return [];
}

function guard(parent: Root | Element, file: VFile, mode: 'refuse' | 'strip'): void {
  parent.children = parent.children.flatMap((child) => {
    const reason = refusal(child);
    if (reason !== null && mode === 'refuse') {
      const name = file.path ? relative(process.cwd(), pathOf(file)) : 'article';
      throw new Error(
        `${name}: body, ${fileLine(file, child.position?.start.line)}: ${reason} is not allowed in an article (the articles are text; run npm run check:content for what to write instead)`,
      );
    }
    const kept = reason === null ? [child] : stripped(child);
    for (const node of kept) if (node.type === 'element') guard(node, file, mode);
    return kept as Element['children'];
  });
}

export default function rehypeTextOnly(options: TextOnlyOptions = {}) {
  const mode = options.mode ?? 'refuse';
  return (tree: Root, file: VFile) => guard(tree, file, mode);
}
