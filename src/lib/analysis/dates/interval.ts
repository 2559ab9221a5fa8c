/**
 * Dates with a precision, as the timeline shows them: a day, a week, a month, a quarter, a year
 * or a range, each an interval of days with a label that says no more than is known.
 */
import {
  endOfISOWeek,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  format,
  isValid,
  parseISO,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
} from 'date-fns';
import type { DatePrecision } from '../../vocabulary/dates';

export interface DateInterval {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
  precision: DatePrecision;
}

const ISO = 'yyyy-MM-dd';
const QUARTER_NAMES = ['first', 'second', 'third', 'fourth'] as const;

export const toIso = (date: Date): string => format(date, ISO);

function day(value: string): Date {
  const date = parseISO(value);
  if (!isValid(date)) throw new Error(`"${value}" is not a real calendar date`);
  return date;
}

/** The whole month a day falls in: the one month interval every part of the site uses. */
export function monthOf(date: Date): DateInterval {
  const first = startOfMonth(date);
  return { start: toIso(first), end: toIso(endOfMonth(first)), precision: 'month' };
}

/**
 * Reads a date as editors write it for a precision: `2019-02-18` (day), `2019-02-25` (week:
 * any day of it), `2019-02` (month), `2019-Q1` (quarter), `2019` (year), `2019-07-11/2019-07-20`
 * (range). Throws with the expected form when it does not fit.
 */
export function parseDateValue(value: string, precision: DatePrecision): DateInterval {
  const fail = (form: string): never => {
    throw new Error(`"${value}" is not a ${precision} date (expected ${form})`);
  };
  switch (precision) {
    case 'day': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail('YYYY-MM-DD');
      const d = day(value);
      return { start: toIso(d), end: toIso(d), precision };
    }
    case 'week': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail('YYYY-MM-DD, a day of the week');
      const d = day(value);
      return { start: toIso(startOfISOWeek(d)), end: toIso(endOfISOWeek(d)), precision };
    }
    case 'month': {
      if (!/^\d{4}-\d{2}$/.test(value)) fail('YYYY-MM');
      return monthOf(day(`${value}-01`));
    }
    case 'quarter': {
      const match = /^(\d{4})-Q([1-4])$/.exec(value) ?? fail('YYYY-Qn');
      const d = day(`${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`);
      return { start: toIso(startOfQuarter(d)), end: toIso(endOfQuarter(d)), precision };
    }
    case 'year': {
      if (!/^\d{4}$/.test(value)) fail('YYYY');
      const d = day(`${value}-01-01`);
      return { start: toIso(d), end: toIso(endOfYear(d)), precision };
    }
    case 'range': {
      const match = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value) ?? fail('YYYY-MM-DD/YYYY-MM-DD');
      const [start, end] = [day(match[1] ?? ''), day(match[2] ?? '')];
      if (start > end) fail('a start on or before its end');
      return { start: toIso(start), end: toIso(end), precision };
    }
  }
}

/** The open-data form: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an ISO interval `start/end`. */
export function formatDateValue(interval: DateInterval): string {
  switch (interval.precision) {
    case 'day':
      return interval.start;
    case 'month':
      return interval.start.slice(0, 7);
    case 'year':
      return interval.start.slice(0, 4);
    default:
      return `${interval.start}/${interval.end}`;
  }
}

/** "18 February 2019", "week of 25 February 2019", "February 2019", "mid-July 2019", "2011–2012". */
export function describeInterval(interval: DateInterval): string {
  const start = day(interval.start);
  const end = day(interval.end);
  switch (interval.precision) {
    case 'day':
      return format(start, 'd MMMM yyyy');
    case 'week':
      return `week of ${format(start, 'd MMMM yyyy')}`;
    case 'month':
      return format(start, 'MMMM yyyy');
    case 'quarter':
      return `${QUARTER_NAMES[Math.floor(start.getMonth() / 3)]} quarter of ${format(start, 'yyyy')}`;
    case 'year':
      return format(start, 'yyyy');
    case 'range': {
      const sameMonth = interval.start.slice(0, 7) === interval.end.slice(0, 7);
      if (sameMonth && start.getDate() === 11 && end.getDate() === 20) return `mid-${format(start, 'MMMM yyyy')}`;
      if (interval.start.endsWith('-01-01') && interval.end.endsWith('-12-31')) return `${format(start, 'yyyy')}–${format(end, 'yyyy')}`;
      if (sameMonth) return `${format(start, 'd')}–${format(end, 'd MMMM yyyy')}`;
      return `${format(start, 'd MMMM yyyy')} – ${format(end, 'd MMMM yyyy')}`;
    }
  }
}

/** Whether `inner` lies wholly within `outer`. */
export function isWithin(inner: DateInterval, outer: DateInterval): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Whether an interval is known only to whole years (`2018`, `1979–1990`). */
export function isWholeYears(interval: DateInterval): boolean {
  return (
    interval.precision === 'year' ||
    (interval.precision === 'range' && interval.start.endsWith('-01-01') && interval.end.endsWith('-12-31'))
  );
}
