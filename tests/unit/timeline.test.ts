import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/model/content/files';
import { parseDateValue } from '../../src/lib/analysis/dates/interval';
import type { DatePrecision } from '../../src/lib/vocabulary/dates';
import { eventEntry, groupTimeline, sourcesByArticle, type TimelineEntry } from '../../src/lib/model/views';
import type { TimelineEvent } from '../../src/lib/model/types';
import { allEntries, filterEntries, filterOptions } from '../../src/lib/site/timeline-filters';
import { layoutOverview, TARGET, type OverviewItem } from '../../src/lib/site/timeline-overview';

const event = (id: string, date: string, precision: DatePrecision): TimelineEntry =>
  eventEntry({ id, kind: 'event', interval: parseDateValue(date, precision) } as unknown as TimelineEvent);

describe('groupTimeline', () => {
  it('places a span at its start: the week of 29 April 2019 is under April, after January', () => {
    const years = groupTimeline([event('b', '2019-04-29', 'week'), event('a', '2019-01', 'month'), event('c', '2019', 'year')]);
    expect(years.map((y) => y.months.map((m) => [m.key, m.entries.map((e) => e.id)]))).toEqual([
      [
        ['2019', ['c']],
        ['2019-01', ['a']],
        ['2019-04', ['b']],
      ],
    ]);
  });

  it('lists every entry once, in order of start, on the real corpus', () => {
    const model = loadContentFromDisk('content').result?.model;
    if (!model) throw new Error('the content does not build');
    const starts = groupTimeline(allEntries(model)).flatMap((y) => y.months.flatMap((m) => m.entries.map((e) => e.interval.start)));
    expect(starts).toHaveLength(allEntries(model).length);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('sourcesByArticle', () => {
  it('names each article once, its paragraphs under it', () => {
    const groups = sourcesByArticle([
      { article: 'x', paragraph: 'p-1' },
      { article: 'y', paragraph: 'p-2' },
      { article: 'x', paragraph: 'p-3' },
    ]);
    expect(groups.map((g) => [g.article, g.sources.map((s) => s.paragraph)])).toEqual([
      ['x', ['p-1', 'p-3']],
      ['y', ['p-2']],
    ]);
  });
});

describe('layoutOverview', () => {
  const item = (id: string, date: string, precision: DatePrecision, kind: OverviewItem['kind'] = 'event'): OverviewItem => ({
    id,
    label: id,
    kind,
    interval: parseDateValue(date, precision),
  });
  const items = [
    item('a', '2019-02-18', 'day'),
    item('b', '2019-02-18', 'day'),
    item('c', '2019-02', 'month'),
    item('d', '1987', 'year'),
    item('e', '2020-01-28', 'day'),
    item('p', '2019-02-20', 'day', 'publication'),
  ];
  const layout = layoutOverview(items);

  it('draws every item as a mark whose target can be tapped and overlaps no other', () => {
    expect(layout.marks.map((m) => m.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'p']);
    for (const m of layout.marks) expect(m.targetWidth).toBeGreaterThanOrEqual(TARGET);
    for (const m of layout.marks) {
      for (const n of layout.marks) {
        if (m === n || m.y !== n.y) continue;
        expect(m.targetX + m.targetWidth <= n.targetX || n.targetX + n.targetWidth <= m.targetX).toBe(true);
      }
    }
  });

  it('keeps time order on the axis and breaks over empty months', () => {
    const x = (id: string) => layout.marks.find((m) => m.id === id)?.x ?? NaN;
    expect(x('d')).toBeLessThan(x('c'));
    expect(x('c')).toBeLessThan(x('a'));
    expect(x('a')).toBeLessThan(x('e'));
    expect(layout.segments.filter((s) => s.kind === 'gap')).toHaveLength(2);
    expect(layout.years.map((y) => y.label)).toEqual(['1987', '2019', '2020']);
    expect(layout.months.map((m) => m.key)).toEqual(['2019-02', '2020-01']);
  });

  it('puts publications in rows below the events', () => {
    const publication = layout.marks.find((m) => m.id === 'p');
    expect(Math.max(...layout.marks.filter((m) => m.kind === 'event').map((m) => m.y))).toBeLessThan(publication?.y ?? 0);
  });
});

describe('timeline filters', () => {
  const model = loadContentFromDisk('content').result?.model;
  if (!model) throw new Error('the content does not build');

  it('a view by actor lists only the events that involve the actor', () => {
    const entries = filterEntries(model, { by: 'actor', id: 'mike-pompeo' });
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) expect(e.kind === 'event' && e.event.actors.includes('mike-pompeo')).toBe(true);
  });

  it('the context view lists only context, and every option counts what its page lists', () => {
    const context = filterEntries(model, { by: 'kind', id: 'context' });
    expect(context.map((e) => e.id)).toEqual(expect.arrayContaining(['1979-thatcher-premiership', '2014-hannigan-directs-gchq']));
    for (const e of context) expect(e.kind === 'event' && e.event.kind === 'context').toBe(true);
    for (const option of Object.values(filterOptions(model)).flat()) expect(filterEntries(model, option.filter)).toHaveLength(option.count);
  });
});
