import { describe, expect, it } from 'vitest';
import { parsePrintedDate, toDatetimeAttribute } from '../../src/lib/analysis/dates/printed-date';

describe('parsePrintedDate', () => {
  it.each([
    ['20 February 2019', '2019-02-20'],
    ['26/02/2019', '2019-02-26'],
    ['04/02/2022', '2022-02-04'],
    ['9. Mai 2019, 06:48 MESZ', '2019-05-09'],
    ['date 2020-02-01', '2020-02-01'],
    ['2020-02-01', '2020-02-01'],
  ])('reads "%s" as %s', (printed, iso) => {
    expect(parsePrintedDate(printed).date).toBe(iso);
  });

  it('reads slashed dates day first', () => {
    expect(parsePrintedDate('04/02/2022').date).toBe('2022-02-04');
  });

  it('keeps the printed time and turns MESZ into its UTC offset', () => {
    const read = parsePrintedDate('9. Mai 2019, 06:48 MESZ');
    expect(read).toEqual({ date: '2019-05-09', time: '06:48', utcOffset: '+02:00' });
    expect(toDatetimeAttribute(read)).toBe('2019-05-09T06:48+02:00');
  });

  it('gives a bare day for <time datetime> when no time is printed', () => {
    expect(toDatetimeAttribute(parsePrintedDate('20 February 2019'))).toBe('2019-02-20');
  });

  it.each(['30 February 2019', '31/04/2019', 'February 2019', 'yesterday', '2019-13-01', '9. Mai 2019, 06:48 XYZ'])(
    'refuses "%s"',
    (printed) => {
      expect(() => parsePrintedDate(printed)).toThrow(/printed date|time zone/);
    },
  );
});

describe('parsePrintedDate on date lines from outside the corpus', () => {
  it.each([
    ['Wednesday, 29 August 2018 17:20', { date: '2018-08-29', time: '17:20', utcOffset: null }],
    ['Oct 14, 2019 / 6:03 AM', { date: '2019-10-14', time: '06:03', utcOffset: null }],
    ['October 14, 2019', { date: '2019-10-14', time: null, utcOffset: null }],
    ['Jan. 28, 2020, 5:12 p.m. EST', { date: '2020-01-28', time: '17:12', utcOffset: '-05:00' }],
    ['Tue 28 Jan 2020 19.15 GMT', { date: '2020-01-28', time: '19:15', utcOffset: '+00:00' }],
    ['2019-10-14T06:03:00Z', { date: '2019-10-14', time: '06:03', utcOffset: '+00:00' }],
    ['2019-10-14T06:03:00.000+02:00', { date: '2019-10-14', time: '06:03', utcOffset: '+02:00' }],
  ])('reads "%s"', (printed, expected) => {
    expect(parsePrintedDate(printed)).toEqual(expected);
  });

  it('refuses a weekday that does not fit the day', () => {
    expect(() => parsePrintedDate('Monday, 29 August 2018')).toThrow(/names Mon, but 29 August 2018 was a Wednesday/);
  });
});
