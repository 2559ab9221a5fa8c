/** The analysis model: what every page, data file and the search index render. */
import type { Credit } from './people';
import type { ActorData, AnalysisStatus, ArticleData, CountryData, EventData } from '../../schemas';
import type { ArticleView } from './articles';
import type { BlockKind } from '../analysis/body/blocks';
import type { DateInterval } from '../analysis/dates/interval';
import type { ResolvedDate } from '../analysis/dates/resolve';
import type { Attribution } from '../vocabulary/attributions';
import type { QuotePart } from '../analysis/quotes/extract';
import type { QuoteKind } from '../vocabulary/quote-kinds';
import type { Advocacy, Stance } from '../vocabulary/stances';

export interface ModelBlock {
  id: string;
  kind: BlockKind | 'headline';
  text: string;
}

export interface ModelArticle {
  slug: string;
  data: ArticleData;
  view: ArticleView;
  /** Text blocks in order, the headline first. */
  blocks: ModelBlock[];
}

export interface Quote {
  id: string;
  article: string;
  /** The paragraph (block) the quote starts in. */
  paragraph: string;
  text: string;
  kind: QuoteKind;
  parts: QuotePart[];
  nestedIn: string | null;
  /** What was irregular about its marks, if anything. */
  repair: string | null;
  speaker: string | null;
  speakerLabel: string | null;
  attribution: Attribution;
  /** The rule that attributed it, or "set by hand". */
  rule: string;
  /** The editors' note where the attribution was set by hand. */
  override: string | null;
  /** `reviewed` where an editor checked the speaker (an override, or a reviewed article). */
  status: AnalysisStatus;
  url: string;
}

interface Mention {
  article: string;
  paragraph: string;
}

export interface Actor extends ActorData {
  url: string;
  mentions: Mention[];
  /** Slugs of the articles that name the actor. */
  articles: string[];
  /** The quotes this actor speaks, in article and document order. */
  quotes: Quote[];
  eventIds: string[];
  /** The articles that credit them as author or contributor, or that their outlet published. */
  credits?: Credit[];
}

export interface TimelineEvent extends EventData {
  interval: DateInterval;
  label: string;
  url: string;
}

export interface StanceStep {
  interval: DateInterval;
  label: string;
  /** When the step was reported (the evidence article, or an earlier report it cites). */
  reported: DateInterval;
  reportedLabel: string;
  dateBasis: 'event' | 'report';
  stance: Stance;
  advocacy: Advocacy | null;
  summary: string;
  evidence: { article: string; paragraph: string; text: string };
  status: AnalysisStatus;
}

export interface CountryStance {
  code: string;
  name: string;
  isBloc: boolean;
  steps: StanceStep[];
  /** Slugs of the articles whose evidence describes this country's position. */
  describedIn: string[];
  url: string;
  data: CountryData;
}

/** Where a date expression went: on an event, left off with a reason, flagged inside a quotation, or nowhere yet. */
export type Placement =
  { kind: 'event'; eventId: string } | { kind: 'excluded'; reason: string } | { kind: 'in-quote' } | { kind: 'unplaced' };

export interface PlacedDateMention {
  article: string;
  paragraph: string;
  text: string;
  /** Offset of the expression in its paragraph's text. */
  offset: number;
  /** True when the expression stands inside a quotation: its date is the speaker's, flagged, not placed. */
  inQuote: boolean;
  /** `reviewed` when an editor placed or excluded it; `proposed` when the pipeline did. */
  status: AnalysisStatus;
  resolved: ResolvedDate;
  placement: Placement;
}

export interface ReportItem {
  article: string;
  paragraph: string;
  /** What was found, as printed. */
  found: string;
  /** The editors' explanation, or null when none exists yet. */
  explanation: string | null;
}

export interface BuildReport {
  counts: Record<string, number>;
  unpairedMarks: ReportItem[];
  repairedMarks: ReportItem[];
  unattributedStatements: ReportItem[];
  overriddenAttributions: ReportItem[];
  dateMentions: { placed: number; excluded: ReportItem[]; inQuote: ReportItem[]; unplaced: ReportItem[] };
  /** What the pipeline proposed, by kind, for an editor to confirm. */
  proposed: { actors: number; quotes: number; events: number; stanceSteps: number };
}

export interface Model {
  articles: ModelArticle[];
  quotes: Quote[];
  actors: Actor[];
  events: TimelineEvent[];
  countries: CountryStance[];
  dateMentions: PlacedDateMention[];
  report: BuildReport;
}
