/**
 * What the pipeline found in one drafted article, for the editor: quotes and speakers, people and
 * organisations, date expressions, proposed events and stance steps, and what it could not decide.
 */
import type { Model } from '../model/types';
import { quotesOf } from '../model/views';

export interface DraftReport {
  found: string[];
  undecided: string[];
  /** Quote marks that cannot be paired: each must be looked at before the article is trusted (the page shows it unchecked). */
  errors: string[];
}

export function reportDraft(model: Model, slug: string, file: string): DraftReport {
  const quotes = quotesOf(model, slug);
  const statements = quotes.filter((q) => q.kind === 'statement');
  const speakers = new Set(statements.map((q) => q.speakerLabel).filter(Boolean));
  const actors = model.actors.filter((a) => a.articles.includes(slug));
  const proposedActors = actors.filter((a) => a.status === 'proposed');
  const dates = model.dateMentions.filter((m) => m.article === slug);
  const events = model.events.filter((e) => e.status === 'proposed' && e.sources.some((s) => s.article === slug));
  const steps = model.countries.flatMap((c) =>
    c.steps.filter((s) => s.status === 'proposed' && s.evidence.article === slug).map((s) => `${c.name}: ${s.stance} (${s.label})`),
  );
  const found = [
    `quotes: ${quotes.length} (${statements.length} statements, ${quotes.length - statements.length} phrases); speakers: ${[...speakers].join('; ') || 'none'}`,
    `people and organisations named: ${actors.length} (${proposedActors.length} new, proposed: ${proposedActors.map((a) => a.name).join(', ') || 'none'})`,
    ...dates.map(
      (m) =>
        `date: “${m.text}” → ${m.resolved.label}${m.inQuote ? ' (inside a quotation: flagged, not placed)' : m.placement.kind === 'event' ? ` → event ${m.placement.eventId}` : ''}`,
    ),
    ...events.map((e) => `proposed event: ${e.id}: ${e.title}`),
    ...steps.map((s) => `proposed stance step: ${s}`),
  ];
  const undecided = [
    ...model.report.unattributedStatements
      .filter((s) => s.article === slug)
      .map((s) => `${s.paragraph}: no speaker found for “${s.found}”`),
    ...model.report.dateMentions.unplaced
      .filter((m) => m.article === slug)
      .map((m) => `${m.paragraph}: ${m.found}: ${m.explanation ?? 'not placed on the timeline'}`),
  ];
  const errors = model.report.unpairedMarks
    .filter((m) => m.article === slug && m.explanation === null)
    .map(
      (m) =>
        `${file}: ${m.paragraph}: a quote mark that cannot be paired: ${m.found}. The article was written and builds: the page shows this mark as unchecked and takes no quote from it. Check it against the source: if the page prints it so, explain it in content/quote-mark-notes.yaml; if the copy lost a mark, restore it in the article.`,
    );
  return { found, undecided, errors };
}
