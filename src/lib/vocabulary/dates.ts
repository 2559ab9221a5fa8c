/**
 * The precisions a date can be known to, their words, and the ISO forms editors write.
 */
import { isValid, parse } from 'date-fns';

/** A day, a week, a month, a quarter, a year or a range: each an interval of days (analysis/dates/interval.ts). */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'quarter', 'year', 'range'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  quarter: 'to the quarter',
  year: 'to the year',
  range: 'as a range',
};

const REFERENCE = new Date(2000, 0, 1);

/** True for `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isValidIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parse(value, 'yyyy-MM-dd', REFERENCE));
}

/** True for `YYYY-MM` naming a real month. */
export function isValidIsoMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isValid(parse(value, 'yyyy-MM', REFERENCE));
}
