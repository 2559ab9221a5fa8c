/**
 * Detectors over built HTML. Each returns the faults it finds as readable lines (empty when the
 * page is sound), so a failing test says exactly what to fix.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Site, SitePage } from './site';

/** The origins that count as this site: the preview server and the configured canonical origin. */
export interface Origins {
  site: string;
}

const VALIDATOR_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits `<!DOCTYPE html>` in upper case.
    'doctype-style': 'off',
    // Self-closing void elements come from the templates' JSX-like syntax; both are valid HTML.
    'void-style': 'off',
    // The site uses typographic quotes in text on purpose.
    'no-raw-characters': 'off',
    // HTML5 allows ids that start with a digit; timeline entry ids start with their date.
    'valid-id': ['error', { relaxed: true }],
    // Headlines are the record and are not shortened; search engines truncating them is acceptable.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(VALIDATOR_CONFIG);

/** html-validate's recommended rules. */
export async function findInvalidHtml(page: SitePage): Promise<string[]> {
  const report = await validator.validateString(page.html, page.file);
  return report.results.flatMap((result) => result.messages.map((m) => `${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Exactly one `<h1>` and a `lang` on `<html>`. */
export function findDocumentProblems(page: SitePage): string[] {
  const problems: string[] = [];
  const h1s = selectAll('h1', page.tree).length;
  if (h1s !== 1) problems.push(`${page.path}: has ${h1s} <h1> elements, expected exactly one`);
  const html = select('html', page.tree);
  if (!html?.properties.lang) problems.push(`${page.path}: <html> has no lang`);
  return problems;
}

/** Any `<script>` other than JSON-LD data. */
export function findScripts(page: SitePage): string[] {
  return selectAll('script', page.tree)
    .filter((script) => script.properties.type !== 'application/ld+json')
    .map((script) => `${page.path}: unexpected <script${script.properties.src ? ` src="${String(script.properties.src)}"` : ''}>`);
}

const LOADING_ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['link[href]:not([rel~=canonical]):not([rel~=alternate])', 'href'],
];

function isOffsite(url: string, origins: Origins): boolean {
  if (url.startsWith('//')) return true;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return false;
  if (url.startsWith('data:')) return false;
  return !url.startsWith(origins.site);
}

/** Anything the page would load from another origin: scripts, styles, images, frames, fonts in CSS. */
export function findOffsiteLoads(page: SitePage, origins: Origins): string[] {
  const faults: string[] = [];
  for (const [selector, attribute] of LOADING_ATTRIBUTES) {
    for (const element of selectAll(selector, page.tree)) {
      const value = String(element.properties[toProperty(attribute)] ?? '');
      for (const url of value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')) {
        if (url && isOffsite(url, origins))
          faults.push(`${page.path}: <${element.tagName} ${attribute}="${url}"> loads from another origin`);
      }
    }
  }
  const css = selectAll('style', page.tree)
    .map((style) => style.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))
    .join('\n');
  for (const match of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)/g)) {
    const url = match[1] ?? '';
    if (isOffsite(url, origins)) faults.push(`${page.path}: CSS loads ${url} from another origin`);
  }
  return faults;
}

function toProperty(attribute: string): string {
  return attribute === 'srcset' ? 'srcSet' : attribute;
}

function linkTargets(page: SitePage): Array<{ element: Element; url: string }> {
  const targets: Array<{ element: Element; url: string }> = [];
  for (const element of selectAll('a[href], link[href], area[href]', page.tree)) {
    targets.push({ element, url: String(element.properties.href) });
  }
  for (const element of selectAll('img[src], script[src], source[src], iframe[src]', page.tree)) {
    targets.push({ element, url: String(element.properties.src) });
  }
  for (const element of selectAll('meta[property="og:url"], meta[property="og:image"]', page.tree)) {
    targets.push({ element, url: String(element.properties.content) });
  }
  return targets;
}

function fileExists(site: Site, path: string): boolean {
  const file = join(site.root, decodeURIComponent(path));
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
}

/**
 * Every same-site link (relative, root-relative, or on the canonical origin) must reach a page or
 * file in the build, and every `#fragment` an element with that id on the target page.
 */
export function findBrokenLinks(site: Site, page: SitePage, origins: Origins): string[] {
  const faults: string[] = [];
  for (const { element, url } of linkTargets(page)) {
    if (/^(mailto|tel|data|javascript):/i.test(url)) continue;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) && !url.startsWith(origins.site)) continue;
    const resolved = new URL(url.startsWith(origins.site) ? url.slice(origins.site.length) || '/' : url, `http://site${page.path}`);
    const targetPath = resolved.pathname;
    // Pages live at paths with a trailing slash (trailingSlash: 'always'); `/articles` is a 404.
    const target = site.pages.get(targetPath);
    const where = `${page.path}: <${element.tagName}> to "${url}"`;
    if (!target && !fileExists(site, targetPath)) {
      faults.push(`${where}: no page or file at ${targetPath}`);
      continue;
    }
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    if (fragment && (!target || !target.ids.has(fragment))) faults.push(`${where}: no element with id "${fragment}" on ${targetPath}`);
  }
  return faults;
}
