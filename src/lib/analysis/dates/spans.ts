/**
 * Date expressions that name a span rather than a day: a month with a relative year ("in May
 * last year"), seasons ("this spring", "the summer of 2018"), halves of a year, parts of a month
 * or year ("at the end of January", "in mid-2020"), decades ("the 1990s"), a weekend, and counts
 * back from the publication ("two weeks ago"). Seasons are the meteorological ones of the northern
 * hemisphere (spring is March to May), as the outlets on this story write them.
 */
import {
  addDays,
  addMonths,
  endOfISOWeek,
  endOfMonth,
  endOfYear,
  getISODay,
  parseISO,
  startOfISOWeek,
  startOfYear,
  subDays,
  subMonths,
  subWeeks,
  subYears,
} from 'date-fns';
import nlp from 'compromise';
import { monthOf } from './interval';
import { comingMonth, interval, isoDay, MONTH, monthOrPart, PART_OF_MONTH, pastMonth, type Pattern } from './pattern-kit';

const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
/** First and last month (0-based) of "early", "mid" and "late" in a year. */
const PARTS_OF_YEAR: Record<'early' | 'mid' | 'late', readonly [number, number]> = {
  early: [0, 2],
  mid: [3, 8],
  late: [9, 11],
};
/** "one" to "twelve", written by compromise's number formatter rather than typed here. */
const NUMBER_WORDS = Array.from({ length: 12 }, (_, i) =>
  nlp(String(i + 1))
    .numbers()
    .toText()
    .text(),
);
const COUNT = `(an?|${NUMBER_WORDS.join('|')}|\\d{1,2})`;
/** A year said relative to the publication: "last year", "this year", "next year". */
const RELATIVE_YEAR = '(last|this|next) year';

const count = (word: string | undefined) => {
  const said = (word ?? '').toLowerCase();
  const index = NUMBER_WORDS.indexOf(said);
  return said === 'a' || said === 'an' ? 1 : index >= 0 ? index + 1 : Number(word);
};

/** The year "last/this/next year" or a written year names, from the reference date. */
function namedYear(word: string | undefined, reference: Date): number {
  const said = (word ?? '').toLowerCase();
  if (/^\d{4}$/.test(said)) return Number(said);
  const year = reference.getFullYear();
  return said.startsWith('last') ? year - 1 : said.startsWith('next') ? year + 1 : year;
}

function seasonOf(name: string | undefined, year: number) {
  const start = new Date(year, SEASON_START[(name ?? '').toLowerCase()] ?? 0, 1);
  return interval(start, endOfMonth(new Date(year, start.getMonth() + 2, 1)), 'range');
}

/** "this spring" is this year's; "last autumn" the last one that began before the reference; "next" the coming one. */
function relativeSeason(which: string | undefined, name: string | undefined, reference: Date) {
  const said = (which ?? '').toLowerCase();
  const year = reference.getFullYear();
  const thisYears = new Date(year, SEASON_START[(name ?? '').toLowerCase()] ?? 0, 1);
  if (said === 'this') return seasonOf(name, year);
  if (said === 'next') return seasonOf(name, thisYears > reference ? year : year + 1);
  return seasonOf(name, thisYears <= reference ? year - 1 : year - 2);
}

export const SPAN_PATTERNS: Pattern[] = [
  {
    regex: new RegExp(`\\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom) )?(?:${PART_OF_MONTH})?${MONTH} ${RELATIVE_YEAR}\\b`, 'g'),
    resolve: (m, reference) => monthOrPart(isoDay(namedYear(m[3], reference), m[2], '1'), m[1]),
  },
  {
    regex:
      /\b(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince) )?(?:the )?(spring|summer|autumn|fall|winter)(?: of)? (\d{4}|last year|this year|next year)\b/gi,
    resolve: (m, reference) => seasonOf(m[1], namedYear(m[2], reference)),
  },
  {
    regex: /\b(this|last|next) (spring|summer|autumn|fall|winter)\b/gi,
    resolve: (m, reference) => relativeSeason(m[1], m[2], reference),
  },
  {
    regex: /\b(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Bb]y) )?the (first|second) half of (\d{4}|the year|last year|this year|next year)\b/g,
    resolve: (m, reference) => {
      const year = namedYear(m[2] === 'the year' ? 'this year' : m[2], reference);
      const first = (m[1] ?? '') === 'first';
      return interval(new Date(year, first ? 0 : 6, 1), first ? new Date(year, 5, 30) : new Date(year, 11, 31), 'range');
    },
  },
  {
    regex: /\b(?:(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore) )?the (?:end|start|beginning|middle) of (the year|this year|last year|next year)\b/g,
    resolve: (m, reference) => {
      const year = startOfYear(new Date(namedYear(m[1] === 'the year' ? 'this year' : m[1], reference), 0, 1));
      return interval(year, endOfYear(year), 'year');
    },
  },
  {
    regex: new RegExp(
      `\\b(?:(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Ii]n|[Ff]rom) )?(?:[Tt]he (end|start|beginning|middle) of |${PART_OF_MONTH})${MONTH}\\b(?!,? \\d)`,
      'g',
    ),
    // "by mid-July" is a deadline, so the coming one, whatever the tense around it.
    resolve: (m, reference, future) => {
      const coming = future || /^by\b/i.test(m[0]);
      return monthOrPart(coming ? comingMonth(m[3], reference) : pastMonth(m[3], reference), m[1] ?? m[2]);
    },
  },
  {
    // "early 2020" is its first quarter, "late 2020" its last, "mid-2020" the two between: the
    // parts of a year as the evaluation sets' readers took them (a week's "early" and "late" likewise).
    regex: /\b(?:(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom) )?(early|mid|late)[ -](\d{4})\b/gi,
    resolve: (m) => {
      const year = parseISO(`${m[2]}-01-01`);
      const part = (m[1] ?? '').toLowerCase() as keyof typeof PARTS_OF_YEAR;
      const [first, last] = PARTS_OF_YEAR[part];
      return interval(addMonths(year, first), endOfMonth(addMonths(year, last)), 'range');
    },
  },
  {
    regex: /\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince) )?the (1[89]\d|20\d)0s\b/g,
    resolve: (m) => interval(new Date(Number(`${m[1]}0`), 0, 1), new Date(Number(`${m[1]}0`) + 9, 11, 31), 'range'),
  },
  {
    regex: /\b(?:over|during|at) the weekend\b|\b(?:last|this) weekend\b/gi,
    // The weekend before the publication, or the coming one in a sentence about what will happen.
    resolve: (_m, reference, future) => {
      const saturday = future
        ? addDays(reference, (6 - getISODay(reference) + 7) % 7 || 7)
        : subDays(reference, (getISODay(reference) + 1) % 7);
      return interval(saturday, addDays(saturday, 1), 'range');
    },
  },
  {
    regex: new RegExp(`\\b(less than )?${COUNT} (day|week|month|year)s? ago\\b`, 'gi'),
    resolve: (m, reference) => {
      const n = count(m[2]);
      const unit = (m[3] ?? '').toLowerCase();
      // "less than a year ago": any day from then to the publication.
      if (m[1])
        return interval(
          unit === 'day'
            ? subDays(reference, n)
            : unit === 'week'
              ? subWeeks(reference, n)
              : unit === 'month'
                ? subMonths(reference, n)
                : subYears(reference, n),
          reference,
          'range',
        );
      if (unit === 'day') return interval(subDays(reference, n), subDays(reference, n), 'day');
      if (unit === 'week') return interval(startOfISOWeek(subWeeks(reference, n)), endOfISOWeek(subWeeks(reference, n)), 'week');
      if (unit === 'month') return monthOf(subMonths(reference, n));
      return interval(startOfYear(subYears(reference, n)), endOfYear(subYears(reference, n)), 'year');
    },
  },
];
