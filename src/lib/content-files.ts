/**
 * The content check over files on disk, for `npm run check:content` and the bad-input fixtures:
 * the same schemas as the build, the same set-wide checks, and the same model build, so a
 * fixture fails here exactly as it would fail `astro build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
// js-yaml, as Astro's file() loader reads YAML: the check sees the data exactly as the build does.
import { load as parseYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import {
  actorSchema,
  articleSchema,
  attributionOverrideSchema,
  countrySchema,
  eventSchema,
  quoteMarkNoteSchema,
  timelineExclusionSchema,
} from '../schemas';
import { checkArticleSet, type CheckedArticle, type ContentProblem } from './content-check';
import { DATA_FILES } from './data-files';
import { parseArticleBody } from './markdown';
import { buildModel, type DataFile, type ModelInput, type ModelResult } from './model/build';


function checkArticles(directory: string, root: string, problems: ContentProblem[]): CheckedArticle[] {
  const valid: CheckedArticle[] = [];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort();
  for (const name of files) {
    const file = relative(root, join(directory, name));
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(readFileSync(join(directory, name), 'utf8'));
    } catch (error) {
      problems.push({ file, field: 'frontmatter', message: `malformed YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = articleSchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.') || 'frontmatter', message: issue.message });
      continue;
    }
    valid.push({ file, data: result.data, body: parsed.content });
  }
  problems.push(...checkArticleSet(valid));
  return valid;
}

function readDataFile<S extends z.ZodType>(directory: string, root: string, name: string, schema: S, problems: ContentProblem[]): DataFile<z.infer<S>> {
  const path = join(directory, name);
  const file = relative(root, path);
  if (!existsSync(path)) return { file, entries: [] };
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8')) ?? [];
  } catch (error) {
    problems.push({ file, field: 'yaml', message: `malformed YAML: ${(error as Error).message.split('\n')[0]}` });
    return { file, entries: [] };
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, field: 'yaml', message: 'must be a list of entries' });
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

/** Reads, validates and builds everything under a content root (`content/` or a fixture). */
/** The model's input, read and validated from the files on disk, or the problems that stop it. */
export function readModelInput(contentRoot: string, root = process.cwd()): { problems: ContentProblem[]; input: ModelInput | null } {
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
  };
  return problems.length > 0 ? { problems, input: null } : { problems, input };
}

export function loadContentFromDisk(contentRoot: string, root = process.cwd()): { problems: ContentProblem[]; result: ModelResult | null } {
  const { problems, input } = readModelInput(contentRoot, root);
  if (!input) return { problems, result: null };
  const result = buildModel(input);
  return { problems: result.problems, result };
}

/** Just the article files, for the article fixtures. */
export function checkArticleFiles(directory: string, root = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkArticles(directory, root, problems);
  return problems;
}

/** Ids that a data file repeats, which a `file()` collection would silently merge. */
export function findDuplicateIds(contentRoot: string, root = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of Object.values(DATA_FILES)) {
    const path = join(contentRoot, name);
    if (!existsSync(path)) continue;
    const entries: unknown = parseYaml(readFileSync(path, 'utf8'));
    if (!Array.isArray(entries)) continue;
    const seen = new Set<string>();
    for (const entry of entries as Array<{ id?: unknown }>) {
      const id = String(entry?.id ?? '');
      if (seen.has(id)) problems.push({ file: relative(root, path), field: `${id}.id`, message: `duplicate id "${id}"` });
      seen.add(id);
    }
  }
  return problems;
}
