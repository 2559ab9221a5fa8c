/**
 * Stage 8: the build report (counts, what was repaired, set by hand, proposed or left open), and
 * the last checks: what a reviewed article may not leave open fails the build, naming the file.
 */
import type { EventProposals } from '../proposals';
import type { Actor, BuildReport, CountryStance, ModelArticle, PlacedDateMention, ReportItem, TimelineEvent } from '../types';
import type { ModelInput, Problems } from './context';
import type { QuoteStage } from './quotes';

const item = (m: PlacedDateMention): ReportItem => ({
  article: m.article,
  paragraph: m.paragraph,
  found: `${m.text} (${m.resolved.label})`,
  explanation: m.placement.kind === 'excluded' ? m.placement.reason : null,
});

export interface ReportInput {
  articles: readonly ModelArticle[];
  quotes: QuoteStage;
  actors: readonly Actor[];
  events: readonly TimelineEvent[];
  countries: readonly CountryStance[];
  dateMentions: readonly PlacedDateMention[];
  eventProposals: EventProposals;
  stanceProposals: number;
}

function dateReport(dateMentions: readonly PlacedDateMention[], eventProposals: EventProposals): BuildReport['dateMentions'] {
  const explained = new Set(eventProposals.unplaceable.map((u) => `${u.article}#${u.paragraph}#${u.found}`));
  const unplaced = dateMentions.filter((m) => m.placement.kind === 'unplaced').map(item);
  return {
    placed: dateMentions.filter((m) => m.placement.kind === 'event').length,
    excluded: dateMentions.filter((m) => m.placement.kind === 'excluded').map(item),
    inQuote: dateMentions.filter((m) => m.placement.kind === 'in-quote').map(item),
    unplaced: [...eventProposals.unplaceable, ...unplaced.filter((u) => !explained.has(`${u.article}#${u.paragraph}#${u.found}`))],
  };
}

export function buildReport(r: ReportInput): BuildReport {
  const { quotes } = r.quotes;
  return {
    counts: {
      articles: r.articles.length,
      quotes: quotes.length,
      statements: quotes.filter((q) => q.kind === 'statement').length,
      phrases: quotes.filter((q) => q.kind === 'phrase').length,
      actors: r.actors.length,
      events: r.events.length,
      countries: r.countries.length,
      dateMentions: r.dateMentions.length,
    },
    unpairedMarks: r.quotes.unpairedMarks,
    repairedMarks: r.quotes.repairedMarks,
    unattributedStatements: r.quotes.unattributedStatements,
    overriddenAttributions: r.quotes.overriddenAttributions,
    dateMentions: dateReport(r.dateMentions, r.eventProposals),
    proposed: {
      actors: r.actors.filter((a) => a.status === 'proposed').length,
      quotes: quotes.filter((q) => q.status === 'proposed').length,
      events: r.eventProposals.events.length,
      stanceSteps: r.stanceProposals,
    },
  };
}

/**
 * What the report may not leave open. In a reviewed article an editor has answered for every
 * statement and date; in a proposed one what is left open is in the report and on the page.
 */
export function checkOpenItems(input: ModelInput, r: ReportInput, problems: Problems): void {
  const reviewed = new Set(r.articles.filter((a) => a.data.analysis === 'reviewed').map((a) => a.slug));
  // An unpaired mark in a proposed article is shown as unchecked and opens no quote: never merged.
  for (const mark of r.quotes.unpairedMarks.filter((m) => m.explanation === null && reviewed.has(m.article))) {
    problems.add(input.quoteMarkNotes.file, `${mark.article}#${mark.paragraph}`, `unpaired quote mark with no note: ${mark.found}`);
  }
  for (const statement of r.quotes.unattributedStatements.filter((s) => reviewed.has(s.article))) {
    problems.add(
      input.overrides.file,
      `${statement.article}#${statement.paragraph}`,
      `statement with no speaker and no override: “${statement.found}”`,
    );
  }
  const open = r.dateMentions.filter(
    (m) => reviewed.has(m.article) && (m.placement.kind === 'unplaced' || (m.placement.kind === 'event' && m.status === 'proposed')),
  );
  for (const mention of open) {
    problems.add(
      input.timelineExclusions.file,
      `${mention.article}#${mention.paragraph}`,
      `date expression on no event and not excluded: ${item(mention).found}`,
    );
  }
}
