import { format, isValid, parse } from 'date-fns';
import { de, enGB } from 'date-fns/locale';

/** A publication date as the source printed it, read into ISO parts. */
export interface PrintedDate {
  /** The calendar day, `YYYY-MM-DD`. */
  date: string;
  /** Local time `HH:mm`, where printed. */
  time: string | null;
  /** UTC offset `+HH:MM` of the printed time zone, where printed. */
  utcOffset: string | null;
}

/** Zone abbreviations the sources print, as UTC offsets. */
const ZONE_OFFSETS: Record<string, string> = {
  MEZ: '+01:00',
  MESZ: '+02:00',
  CET: '+01:00',
  CEST: '+02:00',
  GMT: '+00:00',
  UTC: '+00:00',
  Z: '+00:00',
  BST: '+01:00',
  AEST: '+10:00',
  IST: '+05:30',
  JST: '+09:00',
  KST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  PST: '-08:00',
  PDT: '-07:00',
  NZDT: '+13:00',
  NZST: '+12:00',
  AEDT: '+11:00',
  EST: '-05:00',
  EDT: '-04:00',
};

interface PrintedFormat {
  pattern: RegExp;
  /** date-fns formats of the part the pattern captures as `date`, tried in order. */
  dateFormats: readonly string[];
  locale: typeof enGB;
}

const WEEKDAY = String.raw`(?:(?<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?`;
/** `17:20`, `6:03 AM`, `06:48 MESZ`, `6:03 a.m. ET`, after a space, a comma or a slash. */
const TIME = String.raw`(?:(?:,| \/| \||,? at)? (?<time>\d{1,2}[:.]\d{2})(?: ?(?<meridiem>[AaPp]\.?[Mm]\.?))?(?: (?<zone>[A-Z]{1,4}))?)?`;
const TEXT_MONTH = { dateFormats: ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d yyyy', 'MMM d yyyy'], locale: enGB } as const;

/**
 * The formats seen in sources, tried in order. Slashed dates are read day first (`26/02/2019`),
 * as the British outlet that printed them writes them; a printed weekday must agree with the day.
 */
const FORMATS: PrintedFormat[] = [
  { pattern: new RegExp(`^${WEEKDAY}(?<date>\\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+\\.? \\d{4})${TIME}$`), ...TEXT_MONTH },
  { pattern: new RegExp(`^${WEEKDAY}(?<date>[A-Za-z]+\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})${TIME}$`), ...TEXT_MONTH },
  { pattern: /^(?<date>\d{2}\/\d{2}\/\d{4})$/, dateFormats: ['dd/MM/yyyy'], locale: enGB },
  {
    pattern: /^(?<date>\d{1,2}\. [A-Za-zäÄ]+ \d{4}),? (?<time>\d{2}:\d{2})(?: (?<zone>[A-Z]{3,4}))?$/,
    dateFormats: ['d. MMMM yyyy'],
    locale: de,
  },
  {
    pattern: /^(?:date )?(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?$/,
    dateFormats: ['yyyy-MM-dd'],
    locale: enGB,
  },
];

function parseDay(text: string, candidate: PrintedFormat): Date | null {
  // "Jan. 28, 2020" is read as "Jan 28 2020"; the German "9. Mai" keeps its stop.
  const forms = [
    text,
    text
      .replace(/\.(?= )/, '')
      .replace(',', '')
      .replace(/(\d)(?:st|nd|rd|th)\b/, '$1'),
  ];
  for (const form of forms) {
    for (const dateFormat of candidate.dateFormats) {
      const day = parse(form, dateFormat, new Date(2000, 0, 1), { locale: candidate.locale });
      if (isValid(day)) return day;
    }
  }
  return null;
}

function to24Hour(time: string, meridiem: string | undefined): string {
  const [hours = 0, minutes = 0] = time.split(/[:.]/).map(Number);
  const pm = meridiem?.toLowerCase().startsWith('p') ?? false;
  const h = meridiem === undefined ? hours : (hours % 12) + (pm ? 12 : 0);
  return `${String(h).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function utcOffsetOf(zone: string | undefined, printed: string): string | null {
  if (zone === undefined) return null;
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const offset = ZONE_OFFSETS[zone];
  if (offset === undefined) throw new Error(`unknown time zone "${zone}" in printed date "${printed}"`);
  return offset;
}

/**
 * Reads a date exactly as a source printed it (`20 February 2019`, `26/02/2019`,
 * `9. Mai 2019, 06:48 MESZ`, `date 2020-02-01`, `Wednesday, 29 August 2018 17:20`,
 * `Oct 14, 2019 / 6:03 AM`, `2019-10-14T06:03:00Z`). Throws on anything it cannot read for certain.
 */
export function parsePrintedDate(printed: string): PrintedDate {
  const text = printed.trim().replace(/\s+/g, ' ');
  for (const candidate of FORMATS) {
    const groups = candidate.pattern.exec(text)?.groups;
    if (!groups?.date) continue;
    const day = parseDay(groups.date, candidate);
    if (!day) continue;
    if (groups.weekday && format(day, 'EEE') !== groups.weekday) {
      throw new Error(
        `the printed date "${printed}" names ${groups.weekday}, but ${format(day, 'd MMMM yyyy')} was a ${format(day, 'EEEE')}`,
      );
    }
    return {
      date: format(day, 'yyyy-MM-dd'),
      time: groups.time ? to24Hour(groups.time, groups.meridiem) : null,
      utcOffset: utcOffsetOf(groups.zone, printed),
    };
  }
  throw new Error(`cannot read the printed date "${printed}"`);
}

/** The machine-readable value for `<time datetime>`: the day, with time and offset where known. */
export function toDatetimeAttribute(printed: PrintedDate): string {
  if (printed.time === null) return printed.date;
  return `${printed.date}T${printed.time}${printed.utcOffset ?? ''}`;
}
