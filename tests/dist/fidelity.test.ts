import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { toWords } from '../../src/lib/analysis/text';
import { SEEDS } from '../fidelity/seeds';
import { loadSite, visibleText } from '../harness/site';

// The article text is the record: every line of every seed that is not page junk must stand on
// its page word for word (typography aside), and no junk may.
const site = loadSite('dist');
// The raw seed texts the articles were restored from are kept with the test, so a clone anywhere
// can run it; SEEDS_DIR points elsewhere if needed.
const SEED_DIR = process.env.SEEDS_DIR ?? join('tests', 'fidelity', 'seeds');

/** The text of a markdown line as a reader sees it: link targets and emphasis markers dropped. */
function readable(line: string): string {
  return line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '').trim();
}

/** Typography-normalised but case-sensitive, for junk that is only junk in its own casing. */
function normalised(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');
}

describe.each(SEEDS)('$seed → /articles/$slug/', (map) => {
  const seedLines = readFileSync(join(SEED_DIR, map.seed), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => toWords(readable(line)).length > 0);
  const page = site.pages.get(`/articles/${map.slug}/`);
  const article = page && select('article', page.tree);
  if (!page || !article) throw new Error(`no article page for ${map.slug}`);
  const pageWords = ` ${toWords(visibleText(article))} `;
  const withoutNotes = structuredClone(article);
  const notes = select('.source-notes', withoutNotes);
  if (notes) notes.children = [];
  const shownText = normalised(visibleText(withoutNotes));

  const textLines = seedLines.filter((line) => !map.junk.includes(line) && !(line in map.metadata));
  it.each(textLines.map((line) => [line]))('keeps: %s', (line) => {
    let words = toWords(readable(line));
    for (const fragment of map.junkFragments) words = ` ${words} `.replace(` ${toWords(fragment)} `, ' ').trim();
    expect(pageWords.includes(` ${words} `), `not on the page, word for word:\n${line}`).toBe(true);
  });

  const junk = [...map.junk, ...map.junkFragments].map(readable).filter((line) => toWords(line).length > 0);
  it.each(junk.map((line) => [line]))('drops: %s', (line) => {
    expect(shownText.includes(normalised(line)), `junk shown on the page:\n${line}`).toBe(false);
  });

  it('accounts for every line of the seed', () => {
    const known = new Set([...map.junk, ...Object.keys(map.metadata)]);
    for (const line of map.junk) expect(seedLines.includes(line) || toWords(readable(line)) === '', `junk line not in seed: ${line}`).toBe(true);
    for (const line of Object.keys(map.metadata)) expect(seedLines, 'metadata line not in seed').toContain(line);
    expect(textLines.length + seedLines.filter((l) => known.has(l)).length).toBe(seedLines.length);
  });
});
