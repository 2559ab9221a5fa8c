/**
 * Stage 3: quotes. Extraction, then attribution with the editors' overrides fixed in place, so a
 * corrected speaker is also the one later pronouns are carried from; unpaired marks matched to
 * the editors' notes; overrides and notes that match nothing reported.
 */
import type { AttributionOverrideData } from '../../../schemas';
import { anchorQuotes } from '../../analysis/anchors/quotes';
import { attributeQuotes, type SpeakerGuess } from '../../analysis/quotes/attribute';
import { extractQuotes, type ExtractedQuote } from '../../analysis/quotes/extract';
import { containsVerbatim, toWords } from '../../analysis/text';
import { quoteUrl } from '../../routes';
import { groupBy } from '../group-by';
import type { ModelArticle, Quote, ReportItem } from '../types';
import type { ActorStage } from './actors';
import type { ModelInput, Problems, ResolveRef } from './context';

export interface QuoteStage {
  quotes: Quote[];
  unpairedMarks: ReportItem[];
  repairedMarks: ReportItem[];
  overriddenAttributions: ReportItem[];
  unattributedStatements: ReportItem[];
}

interface Overrides {
  fixed: Map<string, SpeakerGuess>;
  notes: Map<string, string>;
}

/** The editors' attributions for one article's quotes, by quote id; marks each override used. */
function overridesFor(
  extracted: readonly ExtractedQuote[],
  overrides: readonly AttributionOverrideData[],
  names: ReadonlyMap<string, string>,
  used: Set<string>,
): Overrides {
  const fixed = new Map<string, SpeakerGuess>();
  const notes = new Map<string, string>();
  for (const override of overrides) {
    const target = extracted.find((q) => q.blockId === override.paragraph && toWords(q.text).startsWith(toWords(override.quote)));
    if (!target) continue;
    used.add(override.id);
    const label = override.speakerLabel ?? (override.speaker ? (names.get(override.speaker) ?? null) : null);
    fixed.set(target.id, { speaker: override.speaker, speakerLabel: label, attribution: override.attribution, rule: 'set by hand' });
    notes.set(target.id, override.note);
  }
  return { fixed, notes };
}

function toQuote(article: ModelArticle, quote: ExtractedQuote, guess: SpeakerGuess | undefined, override: string | null): Quote {
  return {
    id: quote.id,
    article: article.slug,
    paragraph: quote.blockId,
    text: quote.text,
    kind: quote.kind,
    parts: quote.parts,
    nestedIn: quote.nestedIn,
    repair: quote.repair,
    speaker: guess?.speaker ?? null,
    speakerLabel: guess?.speakerLabel ?? null,
    attribution: guess?.attribution ?? 'unattributed',
    rule: guess?.rule ?? 'no rule applies',
    override,
    status: override ? 'reviewed' : article.data.analysis,
    url: quoteUrl(article.slug, quote.id),
  };
}

interface Used {
  notes: Set<string>;
  overrides: Set<string>;
}

function quotesOfArticle(
  article: ModelArticle,
  input: ModelInput,
  actors: ActorStage,
  overrides: readonly AttributionOverrideData[],
  used: Used,
  stage: QuoteStage,
): void {
  const extraction = extractQuotes(article.blocks);
  const extracted = anchorQuotes(extraction.quotes, article.blocks, input.anchors?.[article.slug]);
  const { fixed, notes } = overridesFor(extracted, overrides, actors.names, used.overrides);
  const { names, people, titles, genders } = actors;
  const matcher = actors.matcherFor(article.slug);
  const guesses = attributeQuotes({ blocks: article.blocks, quotes: extracted, matcher, names, people, titles, genders, fixed });
  for (const quote of extracted) {
    const override = notes.get(quote.id) ?? null;
    stage.quotes.push(toQuote(article, quote, guesses.get(quote.id), override));
    if (override)
      stage.overriddenAttributions.push({ article: article.slug, paragraph: quote.blockId, found: quote.text, explanation: override });
    if (quote.repair)
      stage.repairedMarks.push({ article: article.slug, paragraph: quote.blockId, found: quote.text, explanation: quote.repair });
  }
  for (const mark of extraction.unpaired) {
    const note = input.quoteMarkNotes.entries.find(
      (n) => n.article === article.slug && n.paragraph === mark.blockId && n.mark === mark.mark && containsVerbatim(mark.context, n.near),
    );
    if (note) used.notes.add(note.id);
    stage.unpairedMarks.push({ article: article.slug, paragraph: mark.blockId, found: mark.context, explanation: note?.note ?? null });
  }
}

/** Notes and overrides that matched no mark or quote: each a problem naming its file and entry. */
function checkUnused(input: ModelInput, listedIds: ReadonlySet<string>, used: Used, resolveRef: ResolveRef, problems: Problems): void {
  for (const note of input.quoteMarkNotes.entries) {
    if (used.notes.has(note.id)) continue;
    if (resolveRef(input.quoteMarkNotes.file, note.id, note, note.near)) {
      problems.add(
        input.quoteMarkNotes.file,
        `${note.id}.mark`,
        `no unpaired "${note.mark}" near "${note.near}" in ${note.article}#${note.paragraph}`,
      );
    }
  }
  for (const override of input.overrides.entries) {
    if (override.speaker !== null && !listedIds.has(override.speaker)) {
      problems.add(input.overrides.file, `${override.id}.speaker`, `unknown actor "${override.speaker}"`);
    }
    if (used.overrides.has(override.id)) continue;
    if (resolveRef(input.overrides.file, override.id, override, override.quote)) {
      problems.add(
        input.overrides.file,
        `${override.id}.quote`,
        `no quote beginning "${override.quote}" in ${override.article}#${override.paragraph}`,
      );
    }
  }
}

export function gatherQuotes(
  input: ModelInput,
  articles: readonly ModelArticle[],
  actors: ActorStage,
  resolveRef: ResolveRef,
  problems: Problems,
): QuoteStage {
  const stage: QuoteStage = { quotes: [], unpairedMarks: [], repairedMarks: [], overriddenAttributions: [], unattributedStatements: [] };
  const used: Used = { notes: new Set(), overrides: new Set() };
  const overridesByArticle = groupBy(input.overrides.entries, (o) => o.article);
  for (const article of articles) quotesOfArticle(article, input, actors, overridesByArticle.get(article.slug) ?? [], used, stage);
  checkUnused(input, actors.listedIds, used, resolveRef, problems);
  stage.unattributedStatements = stage.quotes
    .filter(
      (q) =>
        q.kind === 'statement' && (q.attribution === 'unattributed' || (q.attribution === 'term' && !q.nestedIn)) && q.override === null,
    )
    .map((q) => ({ article: q.article, paragraph: q.paragraph, found: q.text, explanation: null }));
  return stage;
}
