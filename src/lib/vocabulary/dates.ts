import { isValid, parse } from 'date-fns';

const REFERENCE = new Date(2000, 0, 1);

/** True for `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isValidIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parse(value, 'yyyy-MM-dd', REFERENCE));
}

/** True for `YYYY-MM` naming a real month. */
export function isValidIsoMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isValid(parse(value, 'yyyy-MM', REFERENCE));
}
