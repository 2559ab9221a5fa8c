import { describe, expect, it } from 'vitest';
import { parsePrintedDate, toDatetimeAttribute } from '../../src/lib/dates/printed-date';

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
