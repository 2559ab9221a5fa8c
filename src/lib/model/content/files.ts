/**
 * The content check over files on disk, for `npm run check:content` and the bad-input fixtures:
 * the same schemas as the build, the same set-wide checks, and the same model build, so a
 * fixture fails here exactly as it would fail `astro build`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  actorSchema,
  anchorMapSchema,
  articleSchema,
  attributionOverrideSchema,
  countrySchema,
  eventSchema,
  quoteMarkNoteSchema,
  timelineExclusionSchema,
} from '../../../schemas';
import type { AliasedActor } from '../../analysis/actors/mentions';
import { checkArticleSet, type CheckedArticle, type ContentProblem } from './check-articles';
import { quoteAnchorTexts } from '../../analysis/anchors/quotes';
import { checkAnchorMap, formatAnchorMap, lookUpAnchors, registerAnchors, type AnchorEntry, type AnchorMap, type AnchorText } from '../../analysis/anchors/registry';
import { ContentReadError, decodeContent, parseContentYaml, parseDataFile, parseJsonFile, splitArticle } from './read';
import { ANCHORS_FILE, DATA_FILES } from './data-files';
import type { Model } from '../types';
import { quotesOf } from '../views';
import { parseArticleBody } from '../../analysis/body/parse';
import { findMarkupProblems } from './check-markup';
import { excerpt } from '../../analysis/text';
import { buildModel, type DataFile, type ModelInput, type ModelResult } from '../build';

/**
 * A read error as a problem, marked so the model is not built without the file (every reference
 * into it would be reported too); anything else is a bug and keeps its stack.
 */
function asProblem(error: unknown): ContentProblem & { unreadable: true } {
  if (error instanceof ContentReadError) return { file: error.file, field: error.field, message: error.detail, unreadable: true };
  throw error;
}

const withoutMark = ({ file, field, message }: ContentProblem): ContentProblem => ({ file, field, message });

/** One article file: text, frontmatter through the one YAML loader, schema, markup. */
function checkArticleFile(path: string, file: string, problems: ContentProblem[]): CheckedArticle | null {
  let frontmatter: unknown;
  let article: ReturnType<typeof splitArticle>;
  try {
    article = splitArticle(decodeContent(readFileSync(path), file));
    if (article.frontmatter === null) throw new ContentReadError(file, 'frontmatter', 'no frontmatter: the file must start with a "---" line, the fields, and another "---" line');
    frontmatter = parseContentYaml(article.frontmatter, file, 'frontmatter');
  } catch (error) {
    problems.push(asProblem(error));
    return null;
  }
  const result = articleSchema.safeParse(frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.') || 'frontmatter', message: issue.message });
    return null;
  }
  // Kept in the set even with markup problems, so other files' references to it still resolve.
  problems.push(...findMarkupProblems(parseArticleBody(article.body), file, article.bodyLineOffset));
  return { file, data: result.data, body: article.body };
}

function checkArticles(directory: string, root: string, problems: ContentProblem[]): CheckedArticle[] {
  if (!existsSync(directory)) {
    problems.push({ file: relative(root, directory), field: 'articles', message: 'no such folder: the articles are markdown files in <content root>/articles/' });
    return [];
  }
  const names = readdirSync(directory)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort();
  const valid = names.flatMap((name) => checkArticleFile(join(directory, name), relative(root, join(directory, name)), problems) ?? []);
  problems.push(...checkArticleSet(valid));
  return valid;
}

function readDataFile<S extends z.ZodType>(directory: string, root: string, name: string, schema: S, problems: ContentProblem[]): DataFile<z.infer<S>> {
  const path = join(directory, name);
  const file = relative(root, path);
  if (!existsSync(path)) return { file, entries: [] };
  let raw: unknown[];
  try {
    raw = parseDataFile(readFileSync(path), file);
  } catch (error) {
    problems.push(asProblem(error));
    return { file, entries: [] };
  }
  const entries: Array<z.infer<S>> = [];
  raw.forEach((entry: unknown, index) => {
    const result = schema.safeParse(entry);
    const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String((entry as { id: unknown }).id) : String(index);
    if (result.success) entries.push(result.data);
    else for (const issue of result.error.issues) problems.push({ file, field: [id, ...issue.path].join('.'), message: issue.message });
  });
  return { file, entries };
}

/** The anchor map of a content root (none yet: an empty map, so every text is reported new). */
function readAnchorMap(contentRoot: string, root: string, problems: ContentProblem[]): AnchorMap {
  const path = join(contentRoot, ANCHORS_FILE);
  const file = relative(root, path);
  if (!existsSync(path)) return {};
  let raw: unknown;
  try {
    raw = parseJsonFile(readFileSync(path), file);
  } catch (error) {
    problems.push(asProblem(error));
    return {};
  }
  const result = anchorMapSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.') || 'json', message: issue.message, unreadable: true } as ContentProblem);
    return {};
  }
  problems.push(...checkAnchorMap(result.data).map((problem) => ({ file, ...problem })));
  return result.data;
}

/** An article's quotes as anchor texts (words within their paragraph), in document order. */
function articleQuoteTexts(model: Model, article: Model['articles'][number]): AnchorText[] {
  return quoteAnchorTexts(
    quotesOf(model, article.slug).map((quote) => ({ text: quote.text, blockId: quote.paragraph })),
    article.blocks,
  );
}

/** Every paragraph and quote that has no id in the map yet: the build publishes only given ids. */
function findUnregisteredAnchors(model: Model, map: AnchorMap, file: string): ContentProblem[] {
  return model.articles.flatMap((article) => {
    const unknown = (kind: 'paragraphs' | 'quotes', texts: AnchorText[]) =>
      lookUpAnchors(texts, map[article.slug]?.[kind]).flatMap((id, index) => (id === null ? [texts[index]?.text ?? ''] : []));
    const paragraphs = unknown('paragraphs', article.blocks.filter((block) => block.kind !== 'headline').map((block) => ({ text: block.text })));
    const quotes = unknown('quotes', articleQuoteTexts(model, article));
    return [...paragraphs.map((text) => ['paragraph', text] as const), ...quotes.map((text) => ['quote', text] as const)].map(([kind, text]) => ({
      file,
      field: article.slug,
      message: `the ${kind} "${excerpt(text, 60)}" has no id yet: run npm run anchors to give it one, and commit content/anchors.json with the text`,
    }));
  });
}

/** Reads, validates and builds everything under a content root (`content/` or a fixture). */
/** The model's input as read from the files on disk, and the problems found reading it. */
export function readModelInput(contentRoot: string, root = process.cwd()): { problems: ContentProblem[]; input: ModelInput } {
  const problems: ContentProblem[] = [];
  const articles = checkArticles(join(contentRoot, 'articles'), root, problems);
  const read = <S extends z.ZodType>(name: string, schema: S) => readDataFile(contentRoot, root, name, schema, problems);
  const input: ModelInput = {
    articles: articles.map((a) => ({ file: a.file, data: a.data, tree: parseArticleBody(a.body) })),
    actors: read(DATA_FILES.actors, actorSchema),
    events: read(DATA_FILES.events, eventSchema),
    countries: read(DATA_FILES.countries, countrySchema),
    overrides: read(DATA_FILES.overrides, attributionOverrideSchema),
    quoteMarkNotes: read(DATA_FILES.quoteMarkNotes, quoteMarkNoteSchema),
    timelineExclusions: read(DATA_FILES.timelineExclusions, timelineExclusionSchema),
    anchors: readAnchorMap(contentRoot, root, problems),
  };
  return { problems, input };
}

export function loadContentFromDisk(
  contentRoot: string,
  root = process.cwd(),
  options: { /** For `npm run anchors`: texts with no id are not problems, and the model comes back whatever else is wrong. */ allowUnregistered?: boolean } = {},
): { problems: ContentProblem[]; result: ModelResult | null } {
  const { problems, input } = readModelInput(contentRoot, root);
  // The model is built over whatever is valid, so one run reports every problem (an entry that
  // failed its schema may also show up as an unknown reference, after its own problem); not
  // when a whole file could not be read, which would make every reference into it a problem.
  const unreadable = problems.some((problem) => 'unreadable' in problem);
  const result = unreadable ? null : buildModel(input);
  const unregistered = result && !options.allowUnregistered ? findUnregisteredAnchors(result.model, input.anchors ?? {}, relative(root, join(contentRoot, ANCHORS_FILE))) : [];
  const all = [...problems.map(withoutMark), ...(result?.problems ?? []), ...unregistered];
  // `npm run anchors` needs only the texts: it gets the model whatever else is wrong.
  return { problems: all, result: all.length > 0 && !options.allowUnregistered ? null : result };
}

/** Just the article files, for the article fixtures. */
export function checkArticleFiles(directory: string, root = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkArticles(directory, root, problems);
  return problems.map(withoutMark);
}

/**
 * The actors as the article renderer needs them (ids and aliases), read through the same loader.
 * A file that cannot be read yields none: the content check, which runs before the build and
 * names the file and the problem, stops the build in that case.
 */
export function readActorsForRenderer(contentRoot: string): AliasedActor[] {
  const path = join(contentRoot, DATA_FILES.actors);
  try {
    return parseDataFile(readFileSync(path), path).flatMap((entry) => {
      const actor = actorSchema.safeParse(entry);
      return actor.success ? [actor.data] : [];
    });
  } catch {
    return [];
  }
}

/** The anchor map for the article renderer; unreadable gives none (the content check then stops the build). */
export function readAnchorsForRenderer(contentRoot: string): AnchorMap {
  const result = anchorMapSchema.safeParse((() => {
    try {
      return parseJsonFile(readFileSync(join(contentRoot, ANCHORS_FILE)), join(contentRoot, ANCHORS_FILE));
    } catch {
      return {};
    }
  })());
  return result.success ? result.data : {};
}

/**
 * The anchor map with every paragraph and quote that has no id yet given one (for
 * `npm run anchors` and the benchmark corpora), or the problems that must be fixed first.
 */
export function registerNewAnchors(
  contentRoot: string,
): { map: AnchorMap; added: Array<AnchorEntry & { article: string }>; carried: Array<AnchorEntry & { article: string }> } | { problems: ContentProblem[] } {
  const { result, problems } = loadContentFromDisk(contentRoot, process.cwd(), { allowUnregistered: true });
  if (!result) return { problems };
  let map = readAnchorsForRenderer(contentRoot);
  const added: Array<AnchorEntry & { article: string }> = [];
  const carried: Array<AnchorEntry & { article: string }> = [];
  for (const article of result.model.articles) {
    const paragraphs = article.blocks.filter((block) => block.kind !== 'headline').map((block) => block.text);
    const registered = registerAnchors(map, article.slug, { paragraphs, quotes: articleQuoteTexts(result.model, article) });
    map = registered.map;
    added.push(...registered.added.map((entry) => ({ ...entry, article: article.slug })));
    carried.push(...registered.carried.map((entry) => ({ ...entry, article: article.slug })));
  }
  return { map, added, carried };
}

/**
 * Writes a drafted article into a content root and gives its paragraphs and quotes their ids in
 * the anchor map, so the build accepts it with no hand edit. Returns the article's path.
 */
export function writeDraftedArticle(contentRoot: string, slug: string, content: string): string {
  const path = join(contentRoot, 'articles', `${slug}.md`);
  writeFileSync(path, content);
  const registered = registerNewAnchors(contentRoot);
  if ('map' in registered) writeFileSync(join(contentRoot, ANCHORS_FILE), formatAnchorMap(registered.map));
  return path;
}
