/**
 * Stage 5: every date expression of every block, placed on the editors' event or exclusion,
 * flagged inside a quotation, placed on an event the pipeline proposes, or left for the report.
 */
import { findDateMentions } from '../../analysis/dates/resolve';
import type { QuotePart } from '../../analysis/quotes/extract';
import type { ArticleMatchers } from './actors';
import type { TimelineExclusionData } from '../../../schemas';
import { groupBy } from '../group-by';
import { proposeEvents, type EventProposals } from '../proposals';
import type { ModelArticle, PlacedDateMention, Placement, Quote, TimelineEvent } from '../types';
import type { ModelInput, Problems, ResolveRef } from './context';
import { byStart } from './events';

export interface DateStage {
  dateMentions: PlacedDateMention[];
  /** The editors' events and the proposed ones, in start order. */
  events: TimelineEvent[];
  eventProposals: EventProposals;
}

const mentionKey = (article: string, paragraph: string, text: string) => `${article}#${paragraph}#${text}`;

function placement(event: TimelineEvent | undefined, exclusion: TimelineExclusionData | undefined, inQuote: boolean): Placement {
  if (event) return { kind: 'event', eventId: event.id };
  if (exclusion) return { kind: 'excluded', reason: exclusion.reason };
  return inQuote ? { kind: 'in-quote' } : { kind: 'unplaced' };
}

function placeDateMentions(
  articles: readonly ModelArticle[],
  quotes: readonly Quote[],
  events: readonly TimelineEvent[],
  exclusions: readonly TimelineExclusionData[],
  used: Set<string>,
): PlacedDateMention[] {
  const eventByMention = new Map<string, TimelineEvent>();
  for (const event of events) {
    for (const s of event.sources) if (s.dateMention !== null) eventByMention.set(mentionKey(s.article, s.paragraph, s.dateMention), event);
  }
  const exclusionByMention = new Map(exclusions.map((x) => [mentionKey(x.article, x.paragraph, x.text), x]));
  const quotedParts = groupBy(
    quotes.flatMap((q) => q.parts.map((part): [string, QuotePart] => [`${q.article}#${part.blockId}`, part])),
    ([key]) => key,
  );
  return articles.flatMap((article) =>
    article.blocks.flatMap((block) => {
      const parts = (quotedParts.get(`${article.slug}#${block.id}`) ?? []).map(([, part]) => part);
      return findDateMentions(block.text, article.data.published).map((mention): PlacedDateMention => {
        const key = mentionKey(article.slug, block.id, mention.text);
        const [event, exclusion] = [eventByMention.get(key), exclusionByMention.get(key)];
        if (exclusion) used.add(exclusion.id);
        const inQuote = parts.some((p) => mention.offset >= p.start && mention.offset < p.end);
        const status = event || exclusion ? 'reviewed' : 'proposed';
        return {
          article: article.slug,
          paragraph: block.id,
          text: mention.text,
          offset: mention.offset,
          inQuote,
          status,
          resolved: mention.resolved,
          placement: placement(event, exclusion, inQuote),
        };
      });
    }),
  );
}

export function placeDates(
  input: ModelInput,
  articles: readonly ModelArticle[],
  quotes: readonly Quote[],
  reviewedEvents: readonly TimelineEvent[],
  matcherFor: ArticleMatchers,
  resolveRef: ResolveRef,
  problems: Problems,
): DateStage {
  const usedExclusions = new Set<string>();
  const dateMentions = placeDateMentions(articles, quotes, reviewedEvents, input.timelineExclusions.entries, usedExclusions);
  const eventProposals = proposeEvents(dateMentions, articles, reviewedEvents, matcherFor);
  for (const [mention, eventId] of eventProposals.placements) {
    mention.placement = { kind: 'event', eventId };
    mention.status = 'proposed';
  }
  for (const exclusion of input.timelineExclusions.entries) {
    if (usedExclusions.has(exclusion.id)) continue;
    if (resolveRef(input.timelineExclusions.file, exclusion.id, exclusion, exclusion.text)) {
      problems.add(
        input.timelineExclusions.file,
        `${exclusion.id}.text`,
        `"${exclusion.text}" is not a date expression the resolver finds in ${exclusion.article}#${exclusion.paragraph}`,
      );
    }
  }
  return { dateMentions, events: [...reviewedEvents, ...eventProposals.events].sort(byStart), eventProposals };
}
