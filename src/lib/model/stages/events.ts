/**
 * Stage 4: the editors' timeline events, each date checked against the date expression its source
 * cites, and each actor and source checked; in start order.
 */
import { describeInterval, isWithin } from '../../analysis/dates/interval';
import { findDateMentions } from '../../analysis/dates/resolve';
import { compareText } from '../../analysis/collate';
import { eventUrl } from '../../routes';
import type { EventData } from '../../../schemas';
import type { DateInterval } from '../../analysis/dates/interval';
import type { ModelArticle, TimelineEvent } from '../types';
import { parseDate, type ModelInput, type Problems, type ResolveRef } from './context';

/** Timeline order: by start, then end, then id. */
export const byStart = (a: TimelineEvent, b: TimelineEvent) =>
  compareText(a.interval.start, b.interval.start) || compareText(a.interval.end, b.interval.end) || compareText(a.id, b.id);

function checkSources(
  event: EventData,
  interval: DateInterval | null,
  file: string,
  articleBySlug: ReadonlyMap<string, ModelArticle>,
  resolveRef: ResolveRef,
  problems: Problems,
): void {
  event.sources.forEach((source, j) => {
    const field = `${event.id}.sources.${j}`;
    const block = resolveRef(file, field, source, source.text);
    if (!block || source.dateMention === null) return;
    const article = articleBySlug.get(source.article);
    const mention = article && findDateMentions(block.text, article.data.published).find((m) => m.text === source.dateMention);
    if (!mention) {
      problems.add(file, `${field}.dateMention`, `no date expression "${source.dateMention}" in ${source.article}#${source.paragraph}`);
    } else if (interval && !isWithin(interval, mention.resolved) && !isWithin(mention.resolved, interval)) {
      problems.add(
        file,
        `${event.id}.date`,
        `${describeInterval(interval)} does not fit “${source.dateMention}” in ${source.article}, which reads as ${mention.resolved.label}`,
      );
    }
  });
}

export function checkEvents(
  input: ModelInput,
  articles: readonly ModelArticle[],
  listedIds: ReadonlySet<string>,
  resolveRef: ResolveRef,
  problems: Problems,
): TimelineEvent[] {
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const file = input.events.file;
  const events = input.events.entries.flatMap((event) => {
    const interval = parseDate(event.date, event.precision, file, `${event.id}.date`, problems);
    event.actors.forEach((id, j) => {
      if (!listedIds.has(id)) problems.add(file, `${event.id}.actors.${j}`, `unknown actor "${id}"`);
    });
    checkSources(event, interval, file, articleBySlug, resolveRef, problems);
    return interval ? [{ ...event, interval, label: describeInterval(interval), url: eventUrl(event.id) }] : [];
  });
  return events.sort(byStart);
}
