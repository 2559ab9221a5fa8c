/**
 * The site's own prose: markdown files under `<content root>/pages/`, each with a `title` in its
 * frontmatter. Read here rather than by Astro's glob() loader, which would render them with the
 * articles' pipeline (paragraph ids, quote spans, actor links) that is for the record only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeContent, parseContentYaml, splitArticle } from './read';

export interface ProseEntry {
  /** The file's path under pages/, without `.md`: `methodology/quotes`. */
  id: string;
  /** The frontmatter, for the collection's schema to check (a title). */
  title: unknown;
  body: string;
}

export function readProse(folder: string): ProseEntry[] {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  return files.sort().map((name) => {
    const path = join(folder, name);
    const { frontmatter, body } = splitArticle(decodeContent(readFileSync(path), path));
    const data = frontmatter === null ? {} : parseContentYaml(frontmatter, path, 'frontmatter');
    const title = typeof data === 'object' && data !== null && 'title' in data ? data.title : undefined;
    return { id: name.replace(/\\/g, '/').replace(/\.md$/, ''), title, body: body.trim() };
  });
}
