/** Small read-only views over the model that several pages share. */
import { HEADLINE_BLOCK_ID } from '../markdown';
import { segmentText, type TextSegment } from '../quotes/segments';
import type { Model, ModelArticle } from './types';

/** An article's headline split around its quotes. */
export function headlineSegments(model: Model, article: ModelArticle): TextSegment[] {
  const spans = model.quotes
    .filter((q) => q.article === article.slug)
    .flatMap((q) => q.parts.filter((p) => p.blockId === HEADLINE_BLOCK_ID).map((p) => ({ start: p.start, end: p.end, id: q.id })));
  return segmentText(article.data.title, spans);
}
