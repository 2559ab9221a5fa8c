/**
 * What the pipeline proposes from single sentences, for an editor to confirm: a timeline event
 * for a dated sentence that names an actor and an action, and a stance step for a sentence that
 * states a country's position on Huawei. Every proposal carries its sentence, verbatim, as its
 * source, and `status: 'proposed'`; what cannot be placed is returned for the build report.
 */
import type { ActorMatcher } from '../analysis/actors/mentions';
import { countryName, isKnownCountryCode } from '../vocabulary/countries';
import { describeInterval, parseDateValue, type DateInterval } from '../analysis/dates/interval';
import { sentenceAround, splitSentences, type SentenceSpan } from '../analysis/language/sentences';
import { findCountries } from '../analysis/language/places';
import { tagTerms } from '../analysis/language/terms';
import { slugWords } from '../analysis/slug';
import { STANCE_CODEBOOK, type Stance } from '../vocabulary/stances';
import type { ModelArticle, PlacedDateMention, ReportItem, StanceStep, TimelineEvent } from './types';
import { eventUrl } from '../routes';

/** Words in a sentence that make it report an action: any verb but "be" and the auxiliaries. */
function hasAction(sentence: string): boolean {
  return tagTerms(sentence).some((t) => t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && !t.tags.has('Modal'));
}

/** `2019-02-11`, `2019-02`, `2019`, `2019-q1`: the date part of an event id for an interval. */
function idDate(interval: DateInterval): string {
  if (interval.precision === 'month') return interval.start.slice(0, 7);
  if (interval.precision === 'year') return interval.start.slice(0, 4);
  if (interval.precision === 'quarter') return `${interval.start.slice(0, 4)}-q${Math.floor(Number(interval.start.slice(5, 7)) / 3) + 1}`;
  return interval.start;
}

/** A short title from the sentence's own words: its first clause, at most twelve words. */
function titleFromSentence(sentence: string): string {
  // "The threat: …" in a list of labelled paragraphs: the label is no title.
  const unlabelled = sentence.replace(/^(?:[\p{Lu}][\p{L}’']*(?:\s+[\p{L}’']+){0,2}):\s+/u, '');
  const clause = unlabelled.split(/[,;—–]\s/)[0] ?? unlabelled;
  const words = clause
    .replace(/[“”"‘’]/g, '')
    .trim()
    .split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : words.join(' ').replace(/[.!?]$/, '');
}

const sameActors = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && a.every((id) => b.includes(id)) && b.every((id) => a.includes(id));

export interface EventProposals {
  events: TimelineEvent[];
  /** Mentions placed on a proposed event, or on a reviewed one of the same date and actors. */
  placements: Map<PlacedDateMention, string>;
  unplaceable: ReportItem[];
}

interface DatedSentence {
  mention: PlacedDateMention;
  sentence: SentenceSpan;
  actors: string[];
}

function actorsIn(sentence: string, matcher: ActorMatcher): string[] {
  return [...new Set(matcher.find(sentence).map((m) => m.actorId))];
}

function toEvent({ mention, sentence, actors }: DatedSentence, takenIds: Set<string>): TimelineEvent {
  const title = titleFromSentence(sentence.text);
  const base = `${idDate(mention.resolved)}-${slugWords(title).slice(0, 6).join('-')}`;
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  takenIds.add(id);
  const interval = { start: mention.resolved.start, end: mention.resolved.end, precision: mention.resolved.precision };
  return {
    id,
    date: idDate(interval),
    precision: interval.precision,
    title,
    summary: sentence.text,
    actors,
    countries: [...new Set(findCountries(sentence.text).map((c) => c.code))].filter(isKnownCountryCode).sort(),
    sources: [{ article: mention.article, paragraph: mention.paragraph, text: sentence.text, dateMention: mention.text }],
    note: 'Proposed by the pipeline from one dated sentence; the title and summary are the sentence’s own words, not yet reviewed.',
    kind: 'event',
    status: 'proposed',
    interval,
    label: describeInterval(interval),
    url: eventUrl(id),
  };
}

/** Proposes an event for each unplaced date expression whose sentence names an actor and an action. */
export function proposeEvents(
  mentions: readonly PlacedDateMention[],
  articles: readonly ModelArticle[],
  events: readonly TimelineEvent[],
  matcherFor: (article: string) => ActorMatcher,
): EventProposals {
  const blockText = new Map(articles.flatMap((a) => a.blocks.map((b) => [`${a.slug}#${b.id}`, b.text] as const)));
  const takenIds = new Set(events.map((e) => e.id));
  const proposed: TimelineEvent[] = [];
  const placements = new Map<PlacedDateMention, string>();
  const unplaceable: ReportItem[] = [];
  for (const mention of mentions.filter((m) => m.placement.kind === 'unplaced')) {
    const text = blockText.get(`${mention.article}#${mention.paragraph}`) ?? '';
    const sentence = sentenceAround(text, mention.offset, mention.offset + mention.text.length);
    const actors = actorsIn(sentence.text, matcherFor(mention.article));
    if (actors.length === 0 || !hasAction(sentence.text)) {
      const why = actors.length === 0 ? 'its sentence names no actor' : 'its sentence reports no action';
      unplaceable.push({
        article: mention.article,
        paragraph: mention.paragraph,
        found: `${mention.text} (${mention.resolved.label})`,
        explanation: `not proposed as an event: ${why}`,
      });
      continue;
    }
    const same = [...events, ...proposed].find(
      (e) => e.interval.start === mention.resolved.start && e.interval.end === mention.resolved.end && sameActors(e.actors, actors),
    );
    if (same?.status === 'proposed')
      same.sources.push({ article: mention.article, paragraph: mention.paragraph, text: sentence.text, dateMention: mention.text });
    const event = same ?? toEvent({ mention, sentence, actors }, takenIds);
    if (!same) proposed.push(event);
    placements.set(mention, event.id);
  }
  return { events: proposed, placements, unplaceable };
}

/** Cues of a position on Huawei, most telling first: a refusal to ban outranks the word "ban". */
const STANCE_CUES: ReadonlyArray<[Stance, RegExp]> = [
  [
    'no-restriction',
    /\b(?:no evidence|rul\w* out (?:a |the )?ban|(?:not|never|no plans? to|won[’']t|will not|would not|refused? to|declined? to) (?:ban|bar|exclude|block|single out)\w*|reject\w* (?:calls|pressure|demands))\b/i,
  ],
  [
    'ban',
    /\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|exclud\w*|block(?:s|ed|ing)?|boycott\w*|prohibit\w*|shut\w* out|phas\w* out|rip\w* out)\b/i,
  ],
  ['restricted', /\b(?:restrict\w*|limit\w*|cap(?:s|ped)?|high[- ]risk vendors?|non-core|peripher\w*|the core)\b/i],
  ['mitigation', /\b(?:mitigat\w*|manageable|oversight|security (?:standards|requirements|catalogue))\b/i],
  ['under-review', /\b(?:review\w*|consider\w*|weigh\w*|investigat\w*|assess\w*|yet to decide|undecided|delay\w* (?:a |its )?decision)\b/i],
];

/** A sentence about pressure ("urged allies to block Huawei") or a counterfactual states no one's position. */
const NOT_A_POSITION = /\b(?:urg\w*|press\w*|pressur\w*|campaign\w*|call\w* on|ask\w*|lobb\w*|would have|if confirmed)\b/i;

export interface StanceProposal {
  country: string;
  step: StanceStep;
}

/** A proposed stance step for each country a sentence about Huawei takes a position for. */
export function proposeStanceSteps(
  articles: readonly ModelArticle[],
  mentions: readonly PlacedDateMention[],
  covered: ReadonlySet<string>,
): StanceProposal[] {
  const out: StanceProposal[] = [];
  for (const article of articles) {
    for (const block of article.blocks.filter((b) => b.kind === 'paragraph' && /Huawei/.test(b.text))) {
      for (const sentence of splitByHuawei(block.text)) {
        const cue = STANCE_CUES.find(([, pattern]) => pattern.test(sentence.text));
        if (!cue || NOT_A_POSITION.test(sentence.text)) continue;
        const cueAt = cue[1].exec(sentence.text)?.index ?? 0;
        // The country holding the position is named before the words that state it.
        const codes = [...new Set(findCountries(sentence.text.slice(0, cueAt)).map((c) => c.code))].filter(
          (code) => code !== 'CN' && isKnownCountryCode(code),
        );
        const holders = codes.length > 1 ? codes.filter((code) => code !== 'US') : codes;
        const dated = mentions.find(
          (m) =>
            m.article === article.slug && m.paragraph === block.id && m.offset >= sentence.start && m.offset < sentence.end && !m.inQuote,
        );
        const published = parseDateValue(article.data.published.date, article.data.published.precision);
        const interval = dated?.resolved ?? published;
        for (const country of holders.filter((code) => !covered.has(`${code}#${article.slug}#${block.id}`))) {
          out.push({
            country,
            step: {
              interval: { start: interval.start, end: interval.end, precision: interval.precision },
              label: describeInterval(interval),
              reported: published,
              reportedLabel: describeInterval(published),
              dateBasis: dated ? 'event' : 'report',
              stance: cue[0],
              advocacy: null,
              summary: `${countryName(country)}: ${STANCE_CODEBOOK[cue[0]].label.toLowerCase()}, as proposed from the sentence cited (not yet reviewed).`,
              evidence: { article: article.slug, paragraph: block.id, text: sentence.text },
              status: 'proposed',
            },
          });
        }
      }
    }
  }
  return out;
}

function splitByHuawei(text: string): SentenceSpan[] {
  return splitSentences(text).filter((s) => /Huawei/.test(s.text));
}
