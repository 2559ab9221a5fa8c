/** Stage 1: the input checked for duplicate ids, and the articles with their blocks, the headline first. */
import { listArticleBlocks } from '../../analysis/body/blocks';
import { HEADLINE_BLOCK_ID } from '../../analysis/body/parse';
import { sortArticlesByDate, toArticleView } from '../articles';
import type { ModelArticle, ModelBlock } from '../types';
import type { DataFile, ModelInput, Problems } from './context';

function checkDuplicates<T extends { id: string }>(source: DataFile<T>, problems: Problems): void {
  const seen = new Set<string>();
  for (const entry of source.entries) {
    if (seen.has(entry.id)) problems.add(source.file, `${entry.id}.id`, `duplicate id "${entry.id}"`);
    seen.add(entry.id);
  }
}

export function readArticles(input: ModelInput, problems: Problems): ModelArticle[] {
  for (const source of [input.actors, input.events, input.countries, input.overrides, input.quoteMarkNotes, input.timelineExclusions]) {
    checkDuplicates(source as DataFile<{ id: string }>, problems);
  }
  return sortArticlesByDate(
    input.articles.map(({ data, tree }) => ({
      slug: data.slug,
      data,
      view: toArticleView(data),
      blocks: [
        { id: HEADLINE_BLOCK_ID, kind: 'headline' as const, text: data.title },
        ...listArticleBlocks(tree, input.anchors?.[data.slug]).map((b): ModelBlock => ({ id: b.id, kind: b.kind, text: b.text })),
      ],
    })),
    (article) => article.view,
  );
}
