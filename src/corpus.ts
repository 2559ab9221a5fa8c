/**
 * The one module pages read content through: the checked model, built once per build, and the
 * article collection's entries for rendering. Pages import both from here and only render them.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { formatProblems } from './lib/model/content/check-articles';
import { loadContentFromDisk } from './lib/model/content/files';
import { takeOverModel } from './lib/model/handover';
import type { Model } from './lib/model/types';
import { compareText } from './lib/analysis/collate';
import { renderProse } from './markdown/prose';

type ArticleEntry = CollectionEntry<'articles'>;

export interface Corpus {
  model: Model;
  /** Collection entries by slug, for `render()`. */
  entries: ReadonlyMap<string, ArticleEntry>;
}

const byId = <T extends { id: string }>(a: T, b: T) => compareText(a.id, b.id);

/**
 * The model the content check built before the build started (one analysis per build), or, where
 * no check ran (`astro dev`), the same model built here from the same files by the same loader.
 */
function checkedModel(contentRoot: string): Model {
  const handed = takeOverModel(contentRoot);
  if (handed) return handed.model;
  const { problems, result } = loadContentFromDisk(contentRoot);
  if (!result || problems.length > 0) throw new Error(`Content check failed:\n${formatProblems(problems)}`);
  return result.model;
}

async function loadCorpus(): Promise<Corpus> {
  const model = checkedModel(process.env.CONTENT_ROOT ?? 'content');
  const entries = (await getCollection('articles')).sort(byId);
  return { model, entries: new Map(entries.map((entry) => [entry.data.slug, entry])) };
}

let cached: Promise<Corpus> | undefined;

/** The checked analysis model and the article entries, built once per build. */
export function getCorpus(): Promise<Corpus> {
  cached ??= loadCorpus();
  return cached;
}

/** A piece of the site's own prose (content/pages/<id>.md): its heading and its HTML. */
export async function getProse(id: string): Promise<{ title: string; html: string }> {
  const entry = await getEntry('prose', id);
  if (!entry) throw new Error(`${process.env.CONTENT_ROOT ?? 'content'}/pages/${id}.md: missing: the page shows this prose`);
  return { title: entry.data.title, html: await renderProse(entry.data.body) };
}
