/**
 * What every stage of the model shares: the input as read, the problems list, and the check that
 * a reference (article + paragraph, and perhaps a passage) really stands in the text.
 */
import type { Root } from 'mdast';
import type {
  ActorData,
  ArticleData,
  AttributionOverrideData,
  CountryData,
  EventData,
  QuoteMarkNoteData,
  TimelineExclusionData,
} from '../../../schemas';
import type { AnchorMap } from '../../analysis/anchors/registry';
import { parseDateValue, type DateInterval } from '../../analysis/dates/interval';
import { containsVerbatim } from '../../analysis/text';
import type { DatePrecision } from '../../vocabulary/dates';
import type { ContentProblem } from '../content/check-articles';
import type { Model, ModelArticle, ModelBlock } from '../types';

/** A data collection as read: the file it came from and its entries in file order. */
export interface DataFile<T> {
  file: string;
  entries: readonly T[];
}

export interface ModelInput {
  articles: ReadonlyArray<{ file: string; data: ArticleData; tree: Root }>;
  actors: DataFile<ActorData>;
  events: DataFile<EventData>;
  countries: DataFile<CountryData>;
  overrides: DataFile<AttributionOverrideData>;
  quoteMarkNotes: DataFile<QuoteMarkNoteData>;
  timelineExclusions: DataFile<TimelineExclusionData>;
  /** The committed anchor map (content/anchors.json): paragraph and quote ids by article. */
  anchors?: AnchorMap;
}

export interface ModelResult {
  model: Model;
  problems: ContentProblem[];
}

export class Problems {
  readonly list: ContentProblem[] = [];
  add(file: string, field: string, message: string): void {
    this.list.push({ file, field, message });
  }
}

/** Checks an article + paragraph reference (and, if given, a verbatim passage); returns the block. */
export type ResolveRef = (file: string, field: string, ref: { article: string; paragraph: string }, passage?: string) => ModelBlock | null;

export function referenceResolver(articles: readonly ModelArticle[], problems: Problems): ResolveRef {
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  return (file, field, ref, passage) => {
    const article = articleBySlug.get(ref.article);
    if (!article) {
      problems.add(file, `${field}.article`, `unknown article "${ref.article}"`);
      return null;
    }
    const block = article.blocks.find((b) => b.id === ref.paragraph);
    if (!block) {
      problems.add(file, `${field}.paragraph`, `no paragraph "${ref.paragraph}" in article "${ref.article}"`);
      return null;
    }
    if (passage !== undefined && !containsVerbatim(block.text, passage)) {
      problems.add(file, `${field}.text`, `not found verbatim in ${ref.article}#${ref.paragraph}: "${passage}"`);
      return null;
    }
    return block;
  };
}

/** An editor's date, or null with the problem recorded against its file and field. */
export function parseDate(value: string, precision: DatePrecision, file: string, field: string, problems: Problems): DateInterval | null {
  try {
    return parseDateValue(value, precision);
  } catch (error) {
    problems.add(file, field, (error as Error).message);
    return null;
  }
}
