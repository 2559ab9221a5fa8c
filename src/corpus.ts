/**
 * The one module that reads the content collections. It hands them to the pure model builder
 * once per build; pages import the model from here and only render it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkArticleSet, formatProblems } from './lib/model/content/check-articles';
import { readAnchorsForRenderer } from './lib/model/content/files';
import { DATA_FILES } from './lib/model/content/data-files';
import { parseArticleBody } from './lib/analysis/body/parse';
import { buildModel } from './lib/model/build';
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
const dataOf = async <C extends 'actors' | 'events' | 'countries' | 'attributionOverrides' | 'quoteMarkNotes' | 'timelineExclusions'>(name: C) =>
  (await getCollection(name)).sort(byId).map((entry) => entry.data as CollectionEntry<C>['data']);

async function loadCorpus(): Promise<Corpus> {
  const entries = (await getCollection('articles')).sort(byId);
  const articleProblems = checkArticleSet(entries.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' })));
  const file = (name: string) => `${process.env.CONTENT_ROOT ?? 'content'}/${name}`;
  const { model, problems } = buildModel({
    articles: entries.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data, tree: parseArticleBody(entry.body ?? '') })),
    actors: { file: file(DATA_FILES.actors), entries: await dataOf('actors') },
    events: { file: file(DATA_FILES.events), entries: await dataOf('events') },
    countries: { file: file(DATA_FILES.countries), entries: await dataOf('countries') },
    overrides: { file: file(DATA_FILES.overrides), entries: await dataOf('attributionOverrides') },
    quoteMarkNotes: { file: file(DATA_FILES.quoteMarkNotes), entries: await dataOf('quoteMarkNotes') },
    timelineExclusions: { file: file(DATA_FILES.timelineExclusions), entries: await dataOf('timelineExclusions') },
    // Read from disk, not a collection: the content check has already validated it.
    anchors: readAnchorsForRenderer(process.env.CONTENT_ROOT ?? 'content'),
  });
  const all = [...articleProblems, ...problems];
  if (all.length > 0) throw new Error(`Content check failed:\n${formatProblems(all)}`);
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
