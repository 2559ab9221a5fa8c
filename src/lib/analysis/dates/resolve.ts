/**
 * Finds the time expressions in article text ("on Monday", "last week", "in December",
 * "on January 28", "28 January 2020", "in January 2020", "by mid-July", "in the first quarter",
 * "in 2017", "since December", "earlier this month", "next year") and resolves each against the
 * article's publication date, with date-fns. A weekday in a report is the most recent such day
 * on or before publication ("said on Monday" in a Monday story is that Monday); in a sentence
 * about what will happen ("will meet on Tuesday") it is the next such day after it. Where the article's own date is known only to the month,
 * the result widens to every date the expression could mean in that month, and says so.
 */
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfISOWeek,
  endOfMonth,
  endOfYear,
  getISODay,
  parseISO,
  startOfISOWeek,
  startOfMonth,
  startOfYear,
  subDays,
  subMonths,
  subWeeks,
  subYears,
} from 'date-fns';
import { describeInterval, monthOf, toIso, type DateInterval } from './interval';
import {
  ANY_MONTH,
  comingMonth,
  interval,
  isoDay,
  MONTH,
  monthOrPart,
  nearestDay,
  pastMonth,
  PART_OF_MONTH,
  QUARTERS,
  WEEKDAYS,
  type Pattern,
} from './pattern-kit';
import { SPAN_PATTERNS } from './spans';

/** The article's publication date, as the model knows it. */
export interface PublicationDate {
  date: string;
  precision: 'day' | 'month';
}

export interface ResolvedDate extends DateInterval {
  label: string;
  /** How an article date known only to the month widened this result, or null. */
  widened: string | null;
}

export interface DateMention {
  /** The expression as printed: "on Monday", "last week". */
  text: string;
  /** Offset of the expression in the text it was found in. */
  offset: number;
  resolved: ResolvedDate;
}

/** Words before a date expression, in its sentence, that put it in the future. */
const FUTURE_CUE =
  /\b(?:will|shall|is (?:due|set|expected|scheduled) to|are (?:due|set|expected|scheduled) to|plans? to|is to|are to|going to|next(?!-)|until|till)\b/gi;
/** "would" puts a date in the future only in its own clause ("would be signed on 15 January"), not after "once … left". */
const WOULD_CUE = /\bwould(?! have)\b(?![^.!?]*\b(?:once|when|after|since|because|as|who|which|that)\b)[^.!?]{0,40}$/i;
/** A verb in the past tense (not a participle after "be" or "will"): "said", "told", "announced". */
const PAST_VERB =
  /\b(?<!(?:be|been|being|is|are|was|were|will|would|has|have|had) )(?:said|told|wrote|spoke|met|made|gave|took|began|held|\p{Ll}{3,}ed)\b/gu;

/**
 * Whether a date is in the future: a future cue before it ("will meet on Tuesday") that no verb in
 * the past tense follows ("… will not be restricted, the vice president said Monday" is past).
 */
function isFuture(sentenceSoFar: string): boolean {
  const cue = Math.max([...sentenceSoFar.matchAll(FUTURE_CUE)].at(-1)?.index ?? -1, WOULD_CUE.exec(sentenceSoFar)?.index ?? -1);
  const past = [...sentenceSoFar.matchAll(PAST_VERB)].at(-1)?.index ?? -1;
  return cue >= 0 && cue > past;
}

/**
 * A weekday printed with its date ("on Wednesday (29 January)", "Tuesday, January 28, 2020"): one
 * expression, placed by its date, which the weekday only repeats.
 */
function weekdayWithDate(open: string, close: string): Pattern {
  const day = '(\\d{1,2})(?:st|nd|rd|th)?';
  return {
    regex: new RegExp(
      `\\b(?:[Oo]n )?(?:${WEEKDAYS.join('|')})${open}(?:${day} ${ANY_MONTH}|${ANY_MONTH} ${day})(?:,? (\\d{4}))?${close}`,
      'g',
    ),
    resolve: (m, reference, future) => {
      const [dayA, monthA, monthB, dayB, year] = m.slice(1);
      const date = isoDay(year ?? reference.getFullYear(), monthA ?? monthB, dayA ?? dayB);
      return year ? interval(date, date, 'day') : nearestDay(date, reference, future);
    },
  };
}

/** Patterns, most specific first; a later pattern never claims text an earlier one matched. */
const PATTERNS: Pattern[] = [
  weekdayWithDate(' \\(', '\\)'),
  weekdayWithDate(',? ', '\\b'),
  {
    regex: new RegExp(`\\b(?:on )?${ANY_MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'),
    resolve: (m) => {
      const date = isoDay(m[3] ?? '', m[1], m[2]);
      return interval(date, date, 'day');
    },
  },
  {
    regex: new RegExp(`\\b(?:on )?(\\d{1,2})(?:st|nd|rd|th)? ${ANY_MONTH},? (\\d{4})\\b`, 'g'),
    resolve: (m) => {
      const date = isoDay(m[3] ?? '', m[2], m[1]);
      return interval(date, date, 'day');
    },
  },
  {
    regex: new RegExp(`\\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|of) )?(?:${PART_OF_MONTH})?${MONTH}(?:,| of)? (\\d{4})\\b`, 'g'),
    resolve: (m) => monthOrPart(isoDay(m[3] ?? '', m[2], '1'), m[1]),
  },
  {
    regex: new RegExp(`\\b(?:[Ff]rom|[Bb]etween) (\\d{4}) (?:to|and) (\\d{4})\\b`, 'g'),
    resolve: (m) => interval(startOfYear(parseISO(`${m[1]}-01-01`)), endOfYear(parseISO(`${m[2]}-01-01`)), 'range'),
  },
  {
    regex: /\b(?:in|for) (\d{4}) and (\d{4})\b/g,
    resolve: (m) => interval(startOfYear(parseISO(`${m[1]}-01-01`)), endOfYear(parseISO(`${m[2]}-01-01`)), 'range'),
  },
  ...SPAN_PATTERNS,
  {
    regex: new RegExp(`\\b(?:on )?${ANY_MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'g'),
    resolve: (m, reference, future) => nearestDay(isoDay(reference.getFullYear(), m[1], m[2]), reference, future),
  },
  {
    regex: new RegExp(`\\b(?:on )?(\\d{1,2}) ${MONTH}\\b(?!,? \\d{4})`, 'g'),
    resolve: (m, reference, future) => nearestDay(isoDay(reference.getFullYear(), m[2], m[1]), reference, future),
  },
  {
    regex: new RegExp(`\\b[Ss]ince ${MONTH}\\b`, 'g'),
    resolve: (m, reference) => interval(pastMonth(m[1], reference), reference, 'range'),
  },
  {
    regex: new RegExp(`\\b(?:[Ii]n(?: a)?|a|[Bb]efore|[Aa]fter|[Uu]ntil|[Bb]y|[Tt]he) ${MONTH}\\b(?! \\d)`, 'g'),
    // "In December" in a report is the last December; in a sentence about what will happen, the next.
    resolve: (m, reference, future) => {
      const month = future ? comingMonth(m[1], reference) : pastMonth(m[1], reference);
      return monthOf(month);
    },
  },
  {
    regex: new RegExp(`\\b(?:(?:on|last|next|this|late|early) (?:${WEEKDAYS.join('|')})|(?:${WEEKDAYS.join('|')}))\\b`, 'gi'),
    resolve: (m, reference, future) => {
      const said = m[0].toLowerCase();
      const target = WEEKDAYS.findIndex((d) => said.endsWith(d.toLowerCase())) + 1;
      if (future || said.startsWith('next')) {
        const date = addDays(reference, (target - getISODay(reference) + 7) % 7 || 7);
        return interval(date, date, 'day');
      }
      const back = (getISODay(reference) - target + 7) % 7 || (said.startsWith('last') ? 7 : 0);
      const date = subDays(reference, back);
      return interval(date, date, 'day');
    },
  },
  {
    regex: /\b(?:(earlier|later) )?this (month|year)\b/gi,
    // "earlier this year" ends at the publication, "later this month" starts there; as "this week",
    // what a report says happened this month happened by the day it was published.
    resolve: (m, reference, future) => {
      const which = (m[1] ?? '').toLowerCase();
      const year = (m[2] ?? '').toLowerCase() === 'year';
      const [first, last] = year ? [startOfYear(reference), endOfYear(reference)] : [startOfMonth(reference), endOfMonth(reference)];
      if (which === '' && future) return interval(first, last, year ? 'year' : 'month');
      const start = which === 'later' ? reference : first;
      return interval(start, which === 'later' ? last : reference, 'range');
    },
  },
  {
    regex: /\bthis (?:morning|afternoon|evening)\b|\btonight\b/gi,
    resolve: (_m, reference) => interval(reference, reference, 'day'),
  },
  {
    regex: /\b(early|late) (last|this) week\b/gi,
    // Monday to Wednesday, or Thursday to Sunday, of the publication's week or the one before.
    resolve: (m, reference) => {
      const monday = startOfISOWeek(subWeeks(reference, (m[2] ?? '').toLowerCase() === 'last' ? 1 : 0));
      const early = (m[1] ?? '').toLowerCase() === 'early';
      return interval(early ? monday : addDays(monday, 3), early ? addDays(monday, 2) : endOfISOWeek(monday), 'range');
    },
  },
  {
    regex: /\bnext (week|month|year)\b/gi,
    resolve: (m, reference) => {
      const unit = (m[1] ?? '').toLowerCase();
      if (unit === 'week') return interval(startOfISOWeek(addWeeks(reference, 1)), endOfISOWeek(addWeeks(reference, 1)), 'week');
      if (unit === 'month') return monthOf(addMonths(reference, 1));
      return interval(startOfYear(addYears(reference, 1)), endOfYear(addYears(reference, 1)), 'year');
    },
  },
  {
    regex: /\b(yesterday|today|tomorrow)\b/gi,
    resolve: (m, reference) => {
      const date = addDays(reference, ['yesterday', 'today', 'tomorrow'].indexOf((m[1] ?? '').toLowerCase()) - 1);
      return interval(date, date, 'day');
    },
  },
  {
    regex: /\b(?:earlier )?this week\b/gi,
    // What a report says happened this week happened by the day it was published.
    resolve: (_m, reference, future) =>
      future
        ? interval(startOfISOWeek(reference), endOfISOWeek(reference), 'week')
        : interval(startOfISOWeek(reference), reference, 'range'),
  },
  {
    regex: /\b(?:(since|in|by) )?(?:the )?Q([1-4]) (?:of )?(\d{4})\b/g,
    resolve: (m, reference) => {
      const start = new Date(Number(m[3]), (Number(m[2]) - 1) * 3, 1);
      const quarter = interval(start, endOfMonth(new Date(start.getFullYear(), start.getMonth() + 2, 1)), 'quarter');
      return m[1] === 'since' ? interval(start, reference, 'range') : quarter;
    },
  },
  {
    regex: /\blast week\b/gi,
    resolve: (_m, reference) => {
      const week = subWeeks(reference, 1);
      return interval(startOfISOWeek(week), endOfISOWeek(week), 'week');
    },
  },
  {
    regex: /\blast month\b/gi,
    resolve: (_m, reference) => {
      const month = subMonths(startOfMonth(reference), 1);
      return monthOf(month);
    },
  },
  {
    regex: /\blast year\b/gi,
    resolve: (_m, reference) => {
      const year = subYears(startOfYear(reference), 1);
      return interval(year, endOfYear(year), 'year');
    },
  },
  {
    regex: new RegExp(`\\b(?:in the )?(${QUARTERS.join('|')})[ -]quarter\\b`, 'gi'),
    resolve: (m, reference) => {
      const quarter = QUARTERS.indexOf((m[1] ?? '').toLowerCase() as (typeof QUARTERS)[number]);
      let start = new Date(reference.getFullYear(), quarter * 3, 1);
      if (start > reference) start = subYears(start, 1);
      return interval(start, endOfMonth(new Date(start.getFullYear(), start.getMonth() + 2, 1)), 'quarter');
    },
  },
  {
    regex: /\b(?:in|for|since|of|by|until|before|after|from) (\d{4})\b/gi,
    resolve: (m) => {
      const year = parseISO(`${m[1]}-01-01`);
      return interval(year, endOfYear(year), 'year');
    },
  },
];

/** Every date the publication could be: one day, or each day of its month. */
function referenceDays(published: PublicationDate): [Date, Date] {
  if (published.precision === 'day') {
    const d = parseISO(published.date);
    return [d, d];
  }
  const month = monthOf(parseISO(`${published.date}-01`));
  return [parseISO(month.start), parseISO(month.end)];
}

function widen(a: DateInterval, b: DateInterval): DateInterval {
  if (a.start === b.start && a.end === b.end) return a;
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end, precision: 'range' };
}

function resolveWith(pattern: Pattern, match: RegExpExecArray, published: PublicationDate, future: boolean): ResolvedDate {
  const [first, last] = referenceDays(published);
  const early = pattern.resolve(match, first, future);
  const late = pattern.resolve(match, last, future);
  const result = widen(early, late);
  const widened =
    result === early
      ? null
      : `The article is dated only to ${describeInterval({ start: toIso(first), end: toIso(last), precision: 'month' })}, so “${match[0].trim()}” can mean anything from ${describeInterval(early)} to ${describeInterval(late)}.`;
  return { ...result, label: describeInterval(result), widened };
}

/** Every time expression in `text`, resolved against the publication date. */
export function findDateMentions(text: string, published: PublicationDate): DateMention[] {
  const taken: Array<[number, number]> = [];
  const mentions: DateMention[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const sentenceSoFar =
        text
          .slice(Math.max(0, start - 120), start)
          .split(/[.!?]\s/)
          .at(-1) ?? '';
      mentions.push({
        text: match[0],
        offset: start,
        resolved: resolveWith(pattern, match as RegExpExecArray, published, isFuture(sentenceSoFar)),
      });
    }
  }
  return mentions.sort((a, b) => a.offset - b.offset);
}

/** Resolves one expression on its own, for tests and checks: throws when it is not a date expression. */
export function resolveDateMention(expression: string, published: PublicationDate): ResolvedDate {
  const [mention] = findDateMentions(expression, published);
  if (!mention || mention.text.length !== expression.trim().length) throw new Error(`not a date expression: "${expression}"`);
  return mention.resolved;
}
