/**
 * What the date patterns share: month and weekday names, the pattern type, and the helpers that
 * turn a matched name into a day or month relative to the publication date (date-fns).
 */
import { addYears, endOfMonth, parseISO, setDate, setMonth, startOfMonth, subYears } from 'date-fns';
import type { DatePrecision } from '../../vocabulary/dates';
import { monthOf, toIso, type DateInterval } from './interval';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const QUARTERS = ['first', 'second', 'third', 'fourth'] as const;
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const MONTH = `(${MONTHS.join('|')})`;
/** A month written out or shortened ("Jan.", "Sept."). */
export const ANY_MONTH = `(${MONTHS.join('|')}|(?:${SHORT_MONTHS.join('|')})\\.?)`;

/** `future`: the sentence speaks of what will happen ("will meet on Tuesday"). */
type Resolver = (match: RegExpExecArray, reference: Date, future: boolean) => DateInterval;

export interface Pattern {
  regex: RegExp;
  resolve: Resolver;
}

const monthIndex = (name: string | undefined) => {
  const key = (name ?? '').replace('.', '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key));
};
export const isoDay = (year: string | number, month: string | undefined, day: string | undefined) =>
  parseISO(`${year}-${String(monthIndex(month) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
export const interval = (start: Date, end: Date, precision: DatePrecision): DateInterval => ({
  start: toIso(start),
  end: toIso(end),
  precision,
});

/** The most recent `month` on or before the reference month ("in December" in February 2019 is December 2018). */
export function pastMonth(name: string | undefined, reference: Date): Date {
  const candidate = setMonth(startOfMonth(reference), monthIndex(name));
  return candidate > reference ? subYears(candidate, 1) : candidate;
}

/** The next `month` on or after the reference month ("by mid-July" in May 2019 is July 2019). */
export function comingMonth(name: string | undefined, reference: Date): Date {
  const candidate = setMonth(startOfMonth(reference), monthIndex(name));
  return candidate < startOfMonth(reference) ? addYears(candidate, 1) : candidate;
}

/** A day named without its year: the nearest such day on or before the reference, or after it for what will happen. */
export function nearestDay(candidate: Date, reference: Date, future: boolean): DateInterval {
  const date = future
    ? candidate < reference
      ? addYears(candidate, 1)
      : candidate
    : candidate > reference
      ? subYears(candidate, 1)
      : candidate;
  return interval(date, date, 'day');
}

/** The words that name a part of a month: "early September", "the end of June", "mid-July". */
export const PART_OF_MONTH = '(early|mid|late)[ -]';
const PART_OF_MONTH_WORDS: Record<string, 'early' | 'mid' | 'late'> = {
  early: 'early',
  start: 'early',
  beginning: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  end: 'late',
};
/** First and last day of each part: a month in thirds, as a week's "early" and "late" are. */
const DAYS_OF_PART = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;

/** A month, or the part of it a word names ("early September" is its first ten days). */
export function monthOrPart(month: Date, word: string | undefined): DateInterval {
  const part = PART_OF_MONTH_WORDS[(word ?? '').toLowerCase()];
  if (part === undefined) return monthOf(month);
  const [first, last] = DAYS_OF_PART[part];
  return interval(setDate(month, first), part === 'late' ? endOfMonth(month) : setDate(month, last), 'range');
}
