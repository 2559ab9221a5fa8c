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

/** Central European zone abbreviations the sources print, as UTC offsets. */
const ZONE_OFFSETS: Record<string, string> = { MEZ: '+01:00', MESZ: '+02:00', CET: '+01:00', CEST: '+02:00' };

interface PrintedFormat {
  pattern: RegExp;
  /** date-fns format of the part the pattern captures as `date`. */
  dateFormat: string;
  locale: typeof enGB;
}

/**
 * The formats seen in the sources, tried in order. Slashed dates are read day first
 * (`26/02/2019`), as the British outlet that printed them writes them.
 */
const FORMATS: PrintedFormat[] = [
  { pattern: /^(?<date>\d{1,2} [A-Za-z]+ \d{4})$/, dateFormat: 'd MMMM yyyy', locale: enGB },
  { pattern: /^(?<date>\d{2}\/\d{2}\/\d{4})$/, dateFormat: 'dd/MM/yyyy', locale: enGB },
  {
    pattern: /^(?<date>\d{1,2}\. [A-Za-zäÄ]+ \d{4}),? (?<time>\d{2}:\d{2})(?: (?<zone>[A-Z]{3,4}))?$/,
    dateFormat: 'd. MMMM yyyy',
    locale: de,
  },
  { pattern: /^(?:date )?(?<date>\d{4}-\d{2}-\d{2})$/, dateFormat: 'yyyy-MM-dd', locale: enGB },
];

/**
 * Reads a date exactly as a source printed it (`20 February 2019`, `26/02/2019`,
 * `9. Mai 2019, 06:48 MESZ`, `date 2020-02-01`). Throws on anything it cannot read for certain.
 */
export function parsePrintedDate(printed: string): PrintedDate {
  const text = printed.trim();
  for (const candidate of FORMATS) {
    const match = candidate.pattern.exec(text);
    if (!match?.groups?.date) continue;
    const day = parse(match.groups.date, candidate.dateFormat, new Date(2000, 0, 1), { locale: candidate.locale });
    if (!isValid(day)) continue;
    const zone = match.groups.zone ?? null;
    if (zone !== null && !(zone in ZONE_OFFSETS)) {
      throw new Error(`unknown time zone "${zone}" in printed date "${printed}"`);
    }
    return {
      date: format(day, 'yyyy-MM-dd'),
      time: match.groups.time ?? null,
      utcOffset: zone === null ? null : (ZONE_OFFSETS[zone] ?? null),
    };
  }
  throw new Error(`cannot read the printed date "${printed}"`);
}

/** The machine-readable value for `<time datetime>`: the day, with time and offset where known. */
export function toDatetimeAttribute(printed: PrintedDate): string {
  if (printed.time === null) return printed.date;
  return `${printed.date}T${printed.time}${printed.utcOffset ?? ''}`;
}
