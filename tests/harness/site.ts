/**
 * The built site as data: every HTML file in `dist/` parsed once, with its URL path and ids.
 * The static detectors below and the build-output tests all read pages through this.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface SitePage {
  /** URL path the page is served at: `/articles/x/`, `/404.html`. */
  path: string;
  file: string;
  html: string;
  tree: Root;
  ids: Set<string>;
}

export interface Site {
  root: string;
  pages: Map<string, SitePage>;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function urlPathOf(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

function parsePage(root: string, file: string): SitePage {
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  const ids = new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));
  return { path: urlPathOf(root, file), file, html, tree, ids };
}

export function loadSite(root: string): Site {
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first (npm run build)`);
  const pages = new Map<string, SitePage>();
  for (const file of walk(root)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const page = parsePage(root, file);
    pages.set(page.path, page);
  }
  return { root, pages };
}

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'td',
  'th',
  'tr',
  'ul',
]);

/** The text a reader sees, with a line break at every block boundary so words never glue together. */
export function visibleText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName)) return '';
  const inner = node.children.map((child) => visibleText(child)).join('');
  return node.type === 'element' && BLOCK_ELEMENTS.has((node as Element).tagName) ? `\n${inner}\n` : inner;
}
