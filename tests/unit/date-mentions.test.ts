import { describe, expect, it } from 'vitest';
import { describeInterval, formatDateValue, parseDateValue } from '../../src/lib/analysis/dates/interval';
import { findDateMentions, resolveDateMention, type PublicationDate } from '../../src/lib/analysis/dates/resolve';

const wsws: PublicationDate = { date: '2019-02-20', precision: 'day' }; // a Wednesday
const telco: PublicationDate = { date: '2019-02-26', precision: 'day' }; // a Tuesday
const bloomberg: PublicationDate = { date: '2019-05-09', precision: 'day' }; // a Thursday
const epoch: PublicationDate = { date: '2020-02-01', precision: 'day' }; // a Saturday
const undated: PublicationDate = { date: '2019-03', precision: 'month' };

const resolved = (expression: string, published: PublicationDate) => {
  const r = resolveDateMention(expression, published);
  return [r.start, r.end, r.precision, r.label];
};

describe('resolveDateMention on the articles’ own sentences', () => {
  it('“According to a report in the Financial Times on Monday” (Wed 20 Feb 2019) is 18 February', () => {
    expect(resolved('on Monday', wsws)).toEqual(['2019-02-18', '2019-02-18', 'day', '18 February 2019']);
  });

  it('“the Munich Security Conference last Saturday” is 16 February 2019', () => {
    expect(resolved('last Saturday', wsws)).toEqual(['2019-02-16', '2019-02-16', 'day', '16 February 2019']);
  });

  it('“told Fox Business News on Thursday” (Tue 26 Feb 2019) is 21 February', () => {
    expect(resolved('on Thursday', telco)[0]).toBe('2019-02-21');
  });

  it('“Pompeo in London on Wednesday” (Thu 9 May 2019) is 8 May', () => {
    expect(resolved('on Wednesday', bloomberg)[0]).toBe('2019-05-08');
  });

  it('“last week” is the week before publication, Monday to Sunday', () => {
    expect(resolved('last week', wsws)).toEqual(['2019-02-11', '2019-02-17', 'week', 'week of 11 February 2019']);
    expect(resolved('last week', bloomberg)).toEqual(['2019-04-29', '2019-05-05', 'week', 'week of 29 April 2019']);
  });

  it('“last month” and “last year”', () => {
    expect(resolved('last month', wsws)).toEqual(['2019-01-01', '2019-01-31', 'month', 'January 2019']);
    expect(resolved('last year', bloomberg)).toEqual(['2018-01-01', '2018-12-31', 'year', '2018']);
  });

  it('“in December” in a February article is the December before', () => {
    expect(resolved('in December', telco)).toEqual(['2018-12-01', '2018-12-31', 'month', 'December 2018']);
    expect(resolved('in April', bloomberg)[3]).toBe('April 2019');
  });

  it('“since December” runs from that December to publication', () => {
    expect(resolved('since December', bloomberg)).toEqual(['2018-12-01', '2019-05-09', 'range', '1 December 2018 – 9 May 2019']);
  });

  it('“on January 28” is that day in the publication year', () => {
    expect(resolved('on January 28', epoch)).toEqual(['2020-01-28', '2020-01-28', 'day', '28 January 2020']);
    expect(resolved('on February 12', wsws)[0]).toBe('2019-02-12');
  });

  it('“by mid-July” is the coming mid-July', () => {
    expect(resolved('by mid-July', bloomberg)).toEqual(['2019-07-11', '2019-07-20', 'range', 'mid-July 2019']);
  });

  it('“in the first quarter” and “first-quarter sales”', () => {
    expect(resolved('in the first quarter', bloomberg)).toEqual(['2019-01-01', '2019-03-31', 'quarter', 'first quarter of 2019']);
    expect(resolved('first-quarter', bloomberg)[3]).toBe('first quarter of 2019');
  });

  it('years and year ranges', () => {
    expect(resolved('in 2017', epoch)).toEqual(['2017-01-01', '2017-12-31', 'year', '2017']);
    expect(resolved('from 2014 to 2017', wsws)[3]).toBe('2014–2017');
    expect(resolved('in 2011 and 2012', bloomberg)[3]).toBe('2011–2012');
  });

  it('“this week” and “earlier this week” in a report run from the week’s start to publication', () => {
    expect(resolved('earlier this week', epoch)).toEqual(['2020-01-27', '2020-02-01', 'range', '27 January 2020 – 1 February 2020']);
  });

  it('a weekday in a story published that weekday is the publication day; in a future sentence, the next one', () => {
    const monday = { date: '2019-10-14', precision: 'day' } as const;
    expect(findDateMentions('The minister said on Monday that the review was over.', monday).map((m) => m.resolved.start)).toEqual([
      '2019-10-14',
    ]);
    expect(findDateMentions('Pompeo said Monday that allies must choose.', monday).map((m) => m.resolved.start)).toEqual(['2019-10-14']);
    expect(findDateMentions('The cabinet will meet on Tuesday to decide.', monday).map((m) => m.resolved.start)).toEqual(['2019-10-15']);
    expect(findDateMentions('Officials met last Monday.', monday).map((m) => m.resolved.start)).toEqual(['2019-10-07']);
  });

  it('reads full dates, months with years, quarters and ordinals', () => {
    const published = { date: '2020-02-08', precision: 'day' } as const;
    const read = (text: string) => findDateMentions(text, published).map((m) => [m.text, m.resolved.start, m.resolved.end]);
    expect(read('The rules were set on Jan. 28, 2020.')).toEqual([['on Jan. 28, 2020', '2020-01-28', '2020-01-28']]);
    expect(read('It was announced on 28 January 2020.')).toEqual([['on 28 January 2020', '2020-01-28', '2020-01-28']]);
    expect(read('The review began in January 2019.')).toEqual([['in January 2019', '2019-01-01', '2019-01-31']]);
    expect(read('Sales have fallen since Q3 2018.')).toEqual([['since Q3 2018', '2018-07-01', '2020-02-08']]);
    expect(read('Published November 29th, 2018.')).toEqual([['November 29th, 2018', '2018-11-29', '2018-11-29']]);
    expect(read('Talks ended yesterday and resume next month.')).toEqual([
      ['yesterday', '2020-02-07', '2020-02-07'],
      ['next month', '2020-03-01', '2020-03-31'],
    ]);
  });

  it('widens with an article dated only to the month, and says so', () => {
    const lastMonth = resolveDateMention('last month', undated);
    expect([lastMonth.label, lastMonth.widened]).toEqual(['February 2019', null]);
    const lastWeek = resolveDateMention('last week', undated);
    expect([lastWeek.start, lastWeek.end, lastWeek.precision]).toEqual(['2019-02-18', '2019-03-24', 'range']);
    expect(lastWeek.widened).toMatch(
      /dated only to March 2019, so “last week” can mean anything from week of 18 February 2019 to week of 18 March 2019/,
    );
  });

  it('refuses what is not a date expression', () => {
    expect(() => resolveDateMention('in coming months', bloomberg)).toThrow(/not a date expression/);
  });
});

describe('findDateMentions in whole sentences', () => {
  it('finds each expression once, longest reading first', () => {
    const text = 'Pompeo spoke with Johnson on January 30 about the “importance of maintaining the integrity of communication networks”';
    expect(findDateMentions(text, epoch).map((m) => m.text)).toEqual(['on January 30']);
  });

  it('finds several in one paragraph', () => {
    const text = 'Huawei said the issues, found in 2011 and 2012, were resolved. Trump last year reversed a ban on U.S. exports to ZTE.';
    expect(findDateMentions(text, bloomberg).map((m) => [m.text, m.resolved.label])).toEqual([
      ['in 2011 and 2012', '2011–2012'],
      ['last year', '2018'],
    ]);
  });

  it('does not read "a February opinion piece" as anything but February', () => {
    const text = "Huawei's rotating chairman, Guo Ping, said in a February opinion piece that";
    expect(findDateMentions(text, bloomberg).map((m) => m.resolved.label)).toEqual(['February 2019']);
  });
});

describe('a weekday printed with its date (sentences written for the test)', () => {
  it('is one expression, placed by its date whatever day the page was served', () => {
    const served: PublicationDate = { date: '2020-02-25', precision: 'day' };
    const found = (text: string) => findDateMentions(text, served).map((m) => [m.text, m.resolved.label]);
    expect(found('The plan was unveiled on Wednesday (29 January) in Brussels.')).toEqual([
      ['on Wednesday (29 January)', '29 January 2020'],
    ]);
    expect(found('They met on Tuesday, January 28, 2020, in London.')).toEqual([['on Tuesday, January 28, 2020', '28 January 2020']]);
    expect(found('He spoke on Monday, 3 February.')).toEqual([['on Monday, 3 February', '3 February 2020']]);
  });
});

describe('event dates', () => {
  it('reads and shows each precision', () => {
    expect(describeInterval(parseDateValue('2019-02-25', 'week'))).toBe('week of 25 February 2019');
    expect(formatDateValue(parseDateValue('2019-Q1', 'quarter'))).toBe('2019-01-01/2019-03-31');
    expect(formatDateValue(parseDateValue('2019-02', 'month'))).toBe('2019-02');
    expect(() => parseDateValue('2019-02-30', 'day')).toThrow();
    expect(() => parseDateValue('2019-13', 'month')).toThrow();
  });
});
