import { describe, expect, it } from 'vitest';
import { findDateMentions, resolveDateMention } from '../../src/lib/analysis/dates/resolve';

// Expressions written for these tests, resolved against a Wednesday.
const WEDNESDAY = { date: '2019-10-16', precision: 'day' } as const;
const span = (expression: string) => {
  const { start, end } = resolveDateMention(expression, WEDNESDAY);
  return [start, end];
};

describe('date expressions that name a span', () => {
  it('reads a month with a relative year as one expression', () => {
    expect(span('in May last year')).toEqual(['2018-05-01', '2018-05-31']);
    expect(span('in March next year')).toEqual(['2020-03-01', '2020-03-31']);
  });

  it('reads meteorological seasons, relative or with a year', () => {
    expect(span('this spring')).toEqual(['2019-03-01', '2019-05-31']);
    expect(span('last autumn')).toEqual(['2018-09-01', '2018-11-30']);
    expect(span('next spring')).toEqual(['2020-03-01', '2020-05-31']);
    expect(span('in the summer of 2018')).toEqual(['2018-06-01', '2018-08-31']);
    expect(span('in fall 2017')).toEqual(['2017-09-01', '2017-11-30']);
    expect(span('in the spring of this year')).toEqual(['2019-03-01', '2019-05-31']);
  });

  it('reads a month "of" its year, and parts of this year and last week', () => {
    expect(span('November of 2017')).toEqual(['2017-11-01', '2017-11-30']);
    expect(span('earlier this year')).toEqual(['2019-01-01', '2019-10-16']);
    expect(span('later this year')).toEqual(['2019-10-16', '2019-12-31']);
    const said = (text: string) => findDateMentions(text, WEDNESDAY).map((m) => [m.resolved.start, m.resolved.end]);
    // Reported as done, "this month" ended by the day of the report; in what will happen, it is the whole month.
    expect(said('This month a court retried him.')).toEqual([['2019-10-01', '2019-10-16']]);
    expect(said('The trials will be held this month.')).toEqual([['2019-10-01', '2019-10-31']]);
    expect(span('late last week')).toEqual(['2019-10-10', '2019-10-13']);
    expect(span('early last week')).toEqual(['2019-10-07', '2019-10-09']);
    expect(span('this morning')).toEqual(['2019-10-16', '2019-10-16']);
  });

  it('reads "would" as the future only in its own clause', () => {
    const resolved = (text: string) => findDateMentions(text, WEDNESDAY).map((m) => [m.text, m.resolved.start]);
    expect(resolved('The minister said the bids would be opened before February.')).toEqual([['before February', '2020-02-01']]);
    expect(resolved('She said the pact would be signed on 2 January.')).toEqual([['on 2 January', '2020-01-02']]);
    expect(resolved('He said ties would hold once the treaty lapsed on Monday.')).toEqual([['on Monday', '2019-10-14']]);
  });

  it('lets the tense nearest the date decide: a verb in the past after a future cue makes it past', () => {
    const resolved = (text: string) => findDateMentions(text, WEDNESDAY).map((m) => [m.text, m.resolved.start]);
    expect(resolved('The firm will not be excluded, the minister said Monday.')).toEqual([['Monday', '2019-10-14']]);
    expect(resolved('Officials said the talks will resume on Monday.')).toEqual([['on Monday', '2019-10-21']]);
    expect(resolved('Next-generation networks were discussed on Tuesday.')).toEqual([['on Tuesday', '2019-10-15']]);
    expect(resolved('The ministry gave the firm a reprieve until Jan. 9.')).toEqual([['Jan. 9', '2020-01-09']]);
    expect(resolved('Her lawyers condemned the May arrest.')).toEqual([['the May', '2019-05-01']]);
    expect(span('early this week')).toEqual(['2019-10-14', '2019-10-16']);
  });

  it('reads halves, parts of a month or year, and decades', () => {
    expect(span('the first half of 2020')).toEqual(['2020-01-01', '2020-06-30']);
    expect(span('at the end of January')).toEqual(['2019-01-21', '2019-01-31']);
    expect(span('by the end of the year')).toEqual(['2019-01-01', '2019-12-31']);
    expect(span('in early 2020')).toEqual(['2020-01-01', '2020-03-31']);
    expect(span('in mid-2020')).toEqual(['2020-04-01', '2020-09-30']);
    expect(span('by late 2020')).toEqual(['2020-10-01', '2020-12-31']);
    expect(span('in the 1990s')).toEqual(['1990-01-01', '1999-12-31']);
  });

  it('reads early, mid and late in a month as its thirds, with or without a year', () => {
    expect(span('in early September')).toEqual(['2019-09-01', '2019-09-10']);
    expect(span('in mid-June')).toEqual(['2019-06-11', '2019-06-20']);
    expect(span('in late May 2018')).toEqual(['2018-05-21', '2018-05-31']);
    expect(span('in late February next year')).toEqual(['2020-02-21', '2020-02-29']);
    expect(span('The middle of March')).toEqual(['2019-03-11', '2019-03-20']);
    expect(span('by mid-July')).toEqual(['2020-07-11', '2020-07-20']);
  });

  it('counts back from the publication', () => {
    expect(span('three days ago')).toEqual(['2019-10-13', '2019-10-13']);
    expect(span('two weeks ago')).toEqual(['2019-09-30', '2019-10-06']);
    expect(span('a year ago')).toEqual(['2018-01-01', '2018-12-31']);
    expect(span('less than a year ago')).toEqual(['2018-10-16', '2019-10-16']);
  });

  it('puts the weekend before a report, and the coming one in a sentence about what will happen', () => {
    expect(span('over the weekend')).toEqual(['2019-10-12', '2019-10-13']);
    expect(findDateMentions('The ministers will meet over the weekend.', WEDNESDAY)[0]?.resolved.start).toBe('2019-10-19');
  });

  it('reads a month at the start of a sentence, and the coming month in one about what will happen', () => {
    expect(findDateMentions('In December, Canada arrested her.', WEDNESDAY)[0]?.resolved.start).toBe('2018-12-01');
    expect(findDateMentions('The cabinet will decide in December.', WEDNESDAY)[0]?.resolved.start).toBe('2019-12-01');
    expect(findDateMentions('Between 2017 and 2019, sales rose.', WEDNESDAY)[0]?.resolved.end).toBe('2019-12-31');
  });
});
