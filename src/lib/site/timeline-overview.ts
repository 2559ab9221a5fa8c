/**
 * The timeline's overview: a time axis drawn at build time, every entry a mark (a day) or a bar
 * (a week, a month, a span) linking to its entry. Months with entries are drawn, wider the more
 * entries start in them; runs of empty months collapse into a narrow break, so 1979 and 2019 fit
 * on one axis without hiding either. Pure: it returns coordinates, the page draws them.
 */
import { differenceInCalendarDays, getDaysInMonth, parseISO } from 'date-fns';
import { isWholeYears, type DateInterval } from '../analysis/dates/interval';

type OverviewKind = 'event' | 'context' | 'publication';

export interface OverviewItem {
  id: string;
  /** Accessible name and tooltip: the date and the title. */
  label: string;
  interval: DateInterval;
  kind: OverviewKind;
}

interface OverviewMark extends OverviewItem {
  /** The drawn mark: a dot for a day, a bar as long as the span otherwise. */
  x: number;
  width: number;
  /** The link's target area, at least `TARGET` wide, so it can be tapped. */
  targetX: number;
  targetWidth: number;
  y: number;
}

type OverviewSegment =
  | {
      kind: 'month';
      month: string;
      x: number;
      width: number;
      /** Only entries known to whole years start here: no month label. */ yearOnly: boolean;
    }
  | { kind: 'gap'; from: string; to: string; x: number; width: number };

interface OverviewTick {
  x: number;
  label: string;
  /** The month key (`2019-02`) or year the tick stands for, for the jump link. */
  key: string;
}

export interface OverviewLayout {
  width: number;
  height: number;
  axisY: number;
  segments: OverviewSegment[];
  months: OverviewTick[];
  years: OverviewTick[];
  marks: OverviewMark[];
}

/** Smallest tappable target, in CSS pixels (WCAG 2.2 target size). */
export const TARGET = 24;
const LANE = TARGET + 4;
const GAP_WIDTH = 14;
/** A month where only entries known to the year start: wide enough for its year label. */
const YEAR_ONLY_WIDTH = 34;
const MIN_MONTH = 30;
const PER_ENTRY = 16;
const MAX_MONTH = 260;
const SHORT_SPAN_MONTHS = 3;
const MONTH_LETTERS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const monthKey = (iso: string) => iso.slice(0, 7);
const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
const keyOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Months drawn at full width: where an entry starts, and every month of a short span. */
function occupiedMonths(items: readonly OverviewItem[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const item of items) {
    const first = monthIndex(monthKey(item.interval.start));
    const last = monthIndex(monthKey(item.interval.end));
    starts.set(first, (starts.get(first) ?? 0) + 1);
    if (last - first < SHORT_SPAN_MONTHS) for (let m = first + 1; m <= last; m++) starts.set(m, starts.get(m) ?? 0);
  }
  return starts;
}

/** Whether a short span covers month `m` without starting in it. */
function covered(items: readonly OverviewItem[], m: number): boolean {
  return items.some((item) => {
    const first = monthIndex(monthKey(item.interval.start));
    const last = monthIndex(monthKey(item.interval.end));
    return first < m && m <= last && last - first < SHORT_SPAN_MONTHS;
  });
}

function buildSegments(items: readonly OverviewItem[]): OverviewSegment[] {
  const occupied = occupiedMonths(items);
  const indexes = [...occupied.keys()].sort((a, b) => a - b);
  const segments: OverviewSegment[] = [];
  let x = 0;
  for (const [i, m] of indexes.entries()) {
    const previous = indexes[i - 1];
    if (previous !== undefined && m - previous > 1) {
      segments.push({ kind: 'gap', from: keyOf(previous + 1), to: keyOf(m - 1), x, width: GAP_WIDTH });
      x += GAP_WIDTH;
    }
    const yearOnly =
      items.every((item) => monthIndex(monthKey(item.interval.start)) !== m || isWholeYears(item.interval)) && !covered(items, m);
    const width = yearOnly ? YEAR_ONLY_WIDTH : Math.min(MAX_MONTH, Math.max(MIN_MONTH, (occupied.get(m) ?? 0) * PER_ENTRY));
    segments.push({ kind: 'month', month: keyOf(m), x, width, yearOnly });
    x += width;
  }
  return segments;
}

/** The x of the start of a day (`YYYY-MM-DD`); `dayEnd` gives the end of that day instead. */
function xOf(segments: readonly OverviewSegment[], iso: string, dayEnd = false): number {
  const m = monthIndex(monthKey(iso));
  const date = parseISO(iso);
  for (const segment of segments) {
    if (segment.kind === 'month' && monthIndex(segment.month) === m) {
      const days = getDaysInMonth(date);
      return segment.x + (segment.width * (date.getDate() - (dayEnd ? 0 : 1))) / days;
    }
    if (segment.kind === 'gap' && m >= monthIndex(segment.from) && m <= monthIndex(segment.to)) {
      const first = parseISO(`${segment.from}-01`);
      const span = differenceInCalendarDays(parseISO(`${keyOf(monthIndex(segment.to) + 1)}-01`), first);
      return segment.x + (segment.width * (differenceInCalendarDays(date, first) + (dayEnd ? 1 : 0))) / span;
    }
  }
  const last = segments.at(-1);
  return last ? last.x + last.width : 0;
}

/** Lanes filled greedily from the top, so no two targets overlap. Context first, publications last. */
function placeMarks(items: readonly OverviewItem[], segments: readonly OverviewSegment[]): OverviewMark[] {
  const order: OverviewKind[] = ['context', 'event', 'publication'];
  const marks: OverviewMark[] = [];
  let laneOffset = 0;
  for (const kind of order) {
    const lanes: number[] = [];
    const ofKind = items
      .filter((item) => item.kind === kind)
      .map((item) => {
        const start = xOf(segments, item.interval.start);
        const end = xOf(segments, item.interval.end, true);
        const width = item.interval.precision === 'day' ? 0 : Math.max(end - start, 4);
        const targetWidth = Math.max(width, TARGET);
        const targetX = width >= TARGET ? start : Math.max(0, start + width / 2 - TARGET / 2);
        return { ...item, x: start, width, targetX, targetWidth, y: 0 };
      })
      .sort((a, b) => a.targetX - b.targetX);
    for (const mark of ofKind) {
      let lane = lanes.findIndex((rightEdge) => rightEdge + 2 <= mark.targetX);
      if (lane === -1) lane = lanes.push(0) - 1;
      lanes[lane] = mark.targetX + mark.targetWidth;
      marks.push({ ...mark, y: (laneOffset + lane) * LANE });
    }
    laneOffset += lanes.length;
  }
  return marks;
}

/** The whole overview: segments, month and year ticks, and every mark in its lane. */
export function layoutOverview(items: readonly OverviewItem[]): OverviewLayout {
  const segments = buildSegments(items);
  const marks = placeMarks(items, segments);
  const width = Math.ceil(Math.max(...segments.map((s) => s.x + s.width), ...marks.map((m) => m.targetX + m.targetWidth), 0));
  const lanesHeight = Math.max(...marks.map((m) => m.y + LANE), LANE);
  const months: OverviewTick[] = [];
  const years: OverviewTick[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'month') continue;
    const year = segment.month.slice(0, 4);
    const label = MONTH_LETTERS[Number(segment.month.slice(5, 7)) - 1] ?? '';
    if (!segment.yearOnly)
      months.push({ x: segment.x + segment.width / 2, label: segment.width >= 30 ? label : label.slice(0, 1), key: segment.month });
    if (years.at(-1)?.key !== year) years.push({ x: segment.x, label: year, key: year });
  }
  return { width, height: lanesHeight + 44, axisY: lanesHeight + 4, segments, months, years, marks };
}
