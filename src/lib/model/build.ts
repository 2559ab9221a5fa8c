/**
 * Builds the analysis model from the collections and checks it. Pure: it takes parsed content
 * and returns the model and every problem found, each naming the file and the field, so the
 * build (and `npm run check:content`) can fail with a message that says where to look.
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
} from '../../schemas';
import { createActorMatcher } from '../analysis/actors/mentions';
import { proposeActors } from '../analysis/actors/propose';
import { anchorQuotes } from '../analysis/anchors/quotes';
import type { AnchorMap } from '../analysis/anchors/registry';
import { listArticleBlocks } from '../analysis/body/blocks';
import { sortArticlesByDate, toArticleView } from './articles';
import type { ContentProblem } from './content/check-articles';
import { countryName, isBloc } from '../vocabulary/countries';
import { describeInterval, isWithin, parseDateValue, type DateInterval } from '../analysis/dates/interval';
import type { DatePrecision } from '../vocabulary/dates';
import { findDateMentions } from '../analysis/dates/resolve';
import { groupBy } from './group-by';
import { creditsFromArticles } from './people';
import { presumedGender } from '../analysis/language/gender';
import { HEADLINE_BLOCK_ID } from '../analysis/body/parse';
import { attributeQuotes, type SpeakerGuess } from '../analysis/quotes/attribute';
import { extractQuotes, type QuotePart } from '../analysis/quotes/extract';
import { proposeEvents, proposeStanceSteps } from './proposals';
import { containsVerbatim, toWords } from '../analysis/text';
import { actorUrl, countryUrl, eventUrl, quoteUrl } from '../routes';
import type {
  Actor,
  BuildReport,
  CountryStance,
  Model,
  ModelArticle,
  ModelBlock,
  PlacedDateMention,
  Placement,
  Quote,
  ReportItem,
  TimelineEvent,
} from './types';
import { compareText } from '../analysis/collate';

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

class Problems {
  readonly list: ContentProblem[] = [];
  add(file: string, field: string, message: string): void {
    this.list.push({ file, field, message });
  }
}

function checkDuplicates<T extends { id: string }>(source: DataFile<T>, problems: Problems): void {
  const seen = new Set<string>();
  for (const entry of source.entries) {
    if (seen.has(entry.id)) problems.add(source.file, `${entry.id}.id`, `duplicate id "${entry.id}"`);
    seen.add(entry.id);
  }
}

/** The last day a publication date covers: the day itself, or the month's last day. */
function publicationEnd(published: ArticleData['published']): string {
  return published.precision === 'day' ? published.date : parseDateValue(published.date, 'month').end;
}

function parseDate(value: string, precision: DatePrecision, file: string, field: string, problems: Problems): DateInterval | null {
  try {
    return parseDateValue(value, precision);
  } catch (error) {
    problems.add(file, field, (error as Error).message);
    return null;
  }
}

const mentionKey = (article: string, paragraph: string, text: string) => `${article}#${paragraph}#${text}`;

/** Each date expression of every block, placed on the editors' event or exclusion, or flagged inside a quotation. */
function placeDateMentions(
  articles: readonly ModelArticle[],
  quotes: readonly Quote[],
  events: readonly TimelineEvent[],
  exclusions: readonly TimelineExclusionData[],
  usedExclusions: Set<string>,
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
  const mentions: PlacedDateMention[] = [];
  for (const article of articles) {
    for (const block of article.blocks) {
      const parts = (quotedParts.get(`${article.slug}#${block.id}`) ?? []).map(([, part]) => part);
      for (const mention of findDateMentions(block.text, article.data.published)) {
        const key = mentionKey(article.slug, block.id, mention.text);
        const event = eventByMention.get(key);
        const exclusion = exclusionByMention.get(key);
        if (exclusion) usedExclusions.add(exclusion.id);
        const inQuote = parts.some((p) => mention.offset >= p.start && mention.offset < p.end);
        const placement: Placement = event
          ? { kind: 'event', eventId: event.id }
          : exclusion
            ? { kind: 'excluded', reason: exclusion.reason }
            : inQuote
              ? { kind: 'in-quote' }
              : { kind: 'unplaced' };
        const status = event || exclusion ? 'reviewed' : 'proposed';
        mentions.push({
          article: article.slug,
          paragraph: block.id,
          text: mention.text,
          offset: mention.offset,
          inQuote,
          status,
          resolved: mention.resolved,
          placement,
        });
      }
    }
  }
  return mentions;
}

export function buildModel(input: ModelInput): ModelResult {
  const problems = new Problems();
  for (const source of [input.actors, input.events, input.countries, input.overrides, input.quoteMarkNotes, input.timelineExclusions]) {
    checkDuplicates(source as DataFile<{ id: string }>, problems);
  }

  // Articles and their blocks, the headline first.
  const articles: ModelArticle[] = sortArticlesByDate(
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
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));

  /** Checks an article + paragraph reference (and, if given, a verbatim passage); returns the block. */
  const resolveRef = (file: string, field: string, ref: { article: string; paragraph: string }, passage?: string): ModelBlock | null => {
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

  // Actors: the editors' list, with the longer forms of their names the text uses, and every
  // other person and organisation the text names, proposed.
  const proposals = proposeActors(articles, input.actors.entries);
  const allActors = [
    ...input.actors.entries.map((a) => ({ ...a, aliases: [...a.aliases, ...(proposals.aliases.get(a.id) ?? [])] })),
    ...proposals.actors,
  ];
  const actorIds = new Set(input.actors.entries.map((a) => a.id));
  const names = new Map(allActors.map((a) => [a.id, a.name]));
  input.actors.entries.forEach((actor) => {
    actor.roles.forEach((role, i) => {
      const block = resolveRef(input.actors.file, `${actor.id}.roles.${i}`, role);
      if (block && !containsVerbatim(block.text, role.role)) {
        problems.add(
          input.actors.file,
          `${actor.id}.roles.${i}.role`,
          `not found verbatim in ${role.article}#${role.paragraph}: "${role.role}"`,
        );
      }
    });
  });
  const matcher = createActorMatcher([...allActors, ...proposals.shields.map((name) => ({ id: '', aliases: [name] }))]);

  // Quotes: extraction, then attribution with the editors' overrides fixed in place, so a
  // corrected speaker is also the one later pronouns are carried from.
  const quotes: Quote[] = [];
  const unpairedMarks: ReportItem[] = [];
  const repairedMarks: ReportItem[] = [];
  const overriddenAttributions: ReportItem[] = [];
  const usedNotes = new Set<string>();
  const usedOverrides = new Set<string>();
  const people = new Set(allActors.filter((a) => a.kind === 'person').map((a) => a.id));
  const titles = new Map(allActors.map((a) => [a.id, a.roles.map((r) => r.role)]));
  const genders = new Map(
    allActors
      .flatMap((a) => (a.kind === 'person' ? [[a.id, presumedGender(a.name)] as const] : []))
      .flatMap(([id, g]) => (g ? [[id, g] as const] : [])),
  );
  const overridesByArticle = groupBy(input.overrides.entries, (o) => o.article);
  for (const article of articles) {
    const extraction = extractQuotes(article.blocks);
    const { unpaired } = extraction;
    const extracted = anchorQuotes(extraction.quotes, article.blocks, input.anchors?.[article.slug]);
    const fixed = new Map<string, SpeakerGuess>();
    const notes = new Map<string, string>();
    for (const override of overridesByArticle.get(article.slug) ?? []) {
      const target = extracted.find((q) => q.blockId === override.paragraph && toWords(q.text).startsWith(toWords(override.quote)));
      if (!target) continue;
      usedOverrides.add(override.id);
      const label = override.speakerLabel ?? (override.speaker ? (names.get(override.speaker) ?? null) : null);
      fixed.set(target.id, { speaker: override.speaker, speakerLabel: label, attribution: override.attribution, rule: 'set by hand' });
      notes.set(target.id, override.note);
    }
    const guesses = attributeQuotes({ blocks: article.blocks, quotes: extracted, matcher, names, people, titles, genders, fixed });
    for (const quote of extracted) {
      const guess = guesses.get(quote.id);
      const override = notes.get(quote.id) ?? null;
      quotes.push({
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
      });
      if (override)
        overriddenAttributions.push({ article: article.slug, paragraph: quote.blockId, found: quote.text, explanation: override });
      if (quote.repair)
        repairedMarks.push({ article: article.slug, paragraph: quote.blockId, found: quote.text, explanation: quote.repair });
    }
    for (const mark of unpaired) {
      const note = input.quoteMarkNotes.entries.find(
        (n) => n.article === article.slug && n.paragraph === mark.blockId && n.mark === mark.mark && containsVerbatim(mark.context, n.near),
      );
      if (note) usedNotes.add(note.id);
      unpairedMarks.push({ article: article.slug, paragraph: mark.blockId, found: mark.context, explanation: note?.note ?? null });
    }
  }
  for (const note of input.quoteMarkNotes.entries) {
    if (usedNotes.has(note.id)) continue;
    if (resolveRef(input.quoteMarkNotes.file, note.id, note, note.near)) {
      problems.add(
        input.quoteMarkNotes.file,
        `${note.id}.mark`,
        `no unpaired "${note.mark}" near "${note.near}" in ${note.article}#${note.paragraph}`,
      );
    }
  }
  for (const override of input.overrides.entries) {
    if (override.speaker !== null && !actorIds.has(override.speaker)) {
      problems.add(input.overrides.file, `${override.id}.speaker`, `unknown actor "${override.speaker}"`);
    }
    if (usedOverrides.has(override.id)) continue;
    if (resolveRef(input.overrides.file, override.id, override, override.quote)) {
      problems.add(
        input.overrides.file,
        `${override.id}.quote`,
        `no quote beginning "${override.quote}" in ${override.article}#${override.paragraph}`,
      );
    }
  }
  const unattributedStatements: ReportItem[] = quotes
    .filter(
      (q) =>
        q.kind === 'statement' && (q.attribution === 'unattributed' || (q.attribution === 'term' && !q.nestedIn)) && q.override === null,
    )
    .map((q) => ({ article: q.article, paragraph: q.paragraph, found: q.text, explanation: null }));

  // Events.
  const events: TimelineEvent[] = [];
  for (const event of input.events.entries) {
    const file = input.events.file;
    const interval = parseDate(event.date, event.precision, file, `${event.id}.date`, problems);
    event.actors.forEach((id, j) => {
      if (!actorIds.has(id)) problems.add(file, `${event.id}.actors.${j}`, `unknown actor "${id}"`);
    });
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
    if (interval) events.push({ ...event, interval, label: describeInterval(interval), url: eventUrl(event.id) });
  }
  events.sort(
    (a, b) => compareText(a.interval.start, b.interval.start) || compareText(a.interval.end, b.interval.end) || compareText(a.id, b.id),
  );

  // Date mentions: each placed on an event, excluded with a reason, flagged inside a quotation,
  // placed on an event the pipeline proposes, or reported.
  const usedExclusions = new Set<string>();
  const dateMentions = placeDateMentions(articles, quotes, events, input.timelineExclusions.entries, usedExclusions);
  const eventProposals = proposeEvents(dateMentions, articles, events, matcher);
  for (const [mention, eventId] of eventProposals.placements) {
    mention.placement = { kind: 'event', eventId };
    mention.status = 'proposed';
  }
  events.push(...eventProposals.events);
  events.sort(
    (a, b) => compareText(a.interval.start, b.interval.start) || compareText(a.interval.end, b.interval.end) || compareText(a.id, b.id),
  );
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

  // Country stances.
  const countries: CountryStance[] = [];
  for (const country of input.countries.entries) {
    const file = input.countries.file;
    const steps = country.steps.flatMap((step, j) => {
      const field = `${country.id}.steps.${j}`;
      resolveRef(file, `${field}.evidence`, step.evidence, step.evidence.text);
      const interval = parseDate(step.date, step.precision, file, `${field}.date`, problems);
      const reported = parseDate(step.reported.date, step.reported.precision, file, `${field}.reported.date`, problems);
      const citing = input.articles.find((a) => a.data.slug === step.evidence.article)?.data.published;
      if (reported && citing && reported.start > publicationEnd(citing)) {
        problems.add(
          file,
          `${field}.reported.date`,
          `${step.reported.date} is after the publication of ${step.evidence.article} (${citing.date}); give the date it was first reported, no later than the article`,
        );
      }
      if (!interval || !reported) return [];
      return [
        {
          interval,
          label: describeInterval(interval),
          reported,
          reportedLabel: describeInterval(reported),
          dateBasis: step.dateBasis,
          stance: step.stance,
          advocacy: step.advocacy,
          summary: step.summary,
          evidence: step.evidence,
          status: step.status,
        },
      ];
    });
    countries.push({
      code: country.id,
      name: countryName(country.id),
      isBloc: isBloc(country.id),
      steps,
      describedIn: [],
      url: countryUrl(country.id),
      data: country,
    });
  }
  const covered = new Set(countries.flatMap((c) => c.steps.map((step) => `${c.code}#${step.evidence.article}#${step.evidence.paragraph}`)));
  const stanceProposals = proposeStanceSteps(articles, dateMentions, covered);
  for (const { country, step } of stanceProposals) {
    let stance = countries.find((c) => c.code === country);
    if (!stance) {
      stance = {
        code: country,
        name: countryName(country),
        isBloc: isBloc(country),
        steps: [],
        describedIn: [],
        url: countryUrl(country),
        data: { id: country, steps: [] },
      };
      countries.push(stance);
    }
    stance.steps.push(step);
  }
  for (const country of countries) {
    // In the order of events; a tie keeps the order in which the steps were reported.
    country.steps.sort((a, b) => compareText(a.interval.start, b.interval.start) || compareText(a.reported.start, b.reported.start));
    country.describedIn = [...new Set(country.steps.map((step) => step.evidence.article))].sort(compareText);
  }
  countries.sort((a, b) => Number(a.isBloc) - Number(b.isBloc) || compareText(a.name, b.name));

  // Actors with their mentions, quotes and events.
  const quotesBySpeaker = groupBy(quotes, (q) => q.speaker ?? '');
  const eventsByActor = groupBy(events, (e) => e.actors);
  const actors: Actor[] = allActors.map((actor) => ({
    ...actor,
    url: actorUrl(actor.id),
    mentions: [],
    articles: [],
    quotes: quotesBySpeaker.get(actor.id) ?? [],
    eventIds: (eventsByActor.get(actor.id) ?? []).map((e) => e.id),
  }));
  // Authors, contributors and outlets from the frontmatter: credited, and actors if new.
  const { credits, newActors } = creditsFromArticles(
    input.articles.map((a) => a.data),
    allActors,
  );
  actors.push(...newActors.map((actor) => ({ ...actor, url: actorUrl(actor.id), mentions: [], articles: [], quotes: [], eventIds: [] })));
  for (const actor of actors) actor.credits = credits.get(actor.id) ?? [];
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const article of articles) {
    for (const block of article.blocks) {
      const found = new Set(matcher.find(block.text).map((m) => m.actorId));
      for (const id of found) actorById.get(id)?.mentions.push({ article: article.slug, paragraph: block.id });
    }
  }
  for (const actor of actors)
    actor.articles = [...new Set([...actor.mentions.map((m) => m.article), ...(actor.credits ?? []).map((c) => c.article)])].sort(
      compareText,
    );
  // A proposal the text never names on its own (its words always part of a longer name) is dropped.
  const named = actors.filter((actor) => actor.status === 'reviewed' || actor.articles.length > 0 || (actor.credits ?? []).length > 0);
  actors.splice(0, actors.length, ...named);
  actors.sort((a, b) => compareText(a.name, b.name));

  const item = (m: PlacedDateMention): ReportItem => ({
    article: m.article,
    paragraph: m.paragraph,
    found: `${m.text} (${m.resolved.label})`,
    explanation: m.placement.kind === 'excluded' ? m.placement.reason : null,
  });
  const report: BuildReport = {
    counts: {
      articles: articles.length,
      quotes: quotes.length,
      statements: quotes.filter((q) => q.kind === 'statement').length,
      phrases: quotes.filter((q) => q.kind === 'phrase').length,
      actors: actors.length,
      events: events.length,
      countries: countries.length,
      dateMentions: dateMentions.length,
    },
    unpairedMarks,
    repairedMarks,
    unattributedStatements,
    overriddenAttributions,
    dateMentions: {
      placed: dateMentions.filter((m) => m.placement.kind === 'event').length,
      excluded: dateMentions.filter((m) => m.placement.kind === 'excluded').map(item),
      inQuote: dateMentions.filter((m) => m.placement.kind === 'in-quote').map(item),
      unplaced: [
        ...eventProposals.unplaceable,
        ...dateMentions
          .filter(
            (m) =>
              m.placement.kind === 'unplaced' &&
              !eventProposals.unplaceable.some((u) => u.article === m.article && u.paragraph === m.paragraph && u.found.startsWith(m.text)),
          )
          .map(item),
      ],
    },
    proposed: {
      actors: actors.filter((a) => a.status === 'proposed').length,
      quotes: quotes.filter((q) => q.status === 'proposed').length,
      events: eventProposals.events.length,
      stanceSteps: stanceProposals.length,
    },
  };

  // What the report may not leave open: the build fails on these, with the file to fix.
  for (const mark of unpairedMarks.filter((m) => m.explanation === null)) {
    problems.add(input.quoteMarkNotes.file, `${mark.article}#${mark.paragraph}`, `unpaired quote mark with no note: ${mark.found}`);
  }
  // In a reviewed article an editor has answered for every statement and date; in a proposed one
  // what is left open is in the report and on the page, for an editor to settle.
  const reviewed = new Set(articles.filter((a) => a.data.analysis === 'reviewed').map((a) => a.slug));
  for (const statement of unattributedStatements.filter((s) => reviewed.has(s.article))) {
    problems.add(
      input.overrides.file,
      `${statement.article}#${statement.paragraph}`,
      `statement with no speaker and no override: “${statement.found}”`,
    );
  }
  for (const mention of dateMentions.filter(
    (m) => reviewed.has(m.article) && (m.placement.kind === 'unplaced' || (m.placement.kind === 'event' && m.status === 'proposed')),
  )) {
    problems.add(
      input.timelineExclusions.file,
      `${mention.article}#${mention.paragraph}`,
      `date expression on no event and not excluded: ${item(mention).found}`,
    );
  }

  return { model: { articles, quotes, actors, events, countries, dateMentions, report }, problems: problems.list };
}
