import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/lib/analysis/collate';
import { escapeFormula, toCsv } from '../../src/lib/site/open-data';

describe('CSV cells a spreadsheet would run', () => {
  it('are escaped with a leading apostrophe', () => {
    const csv = toCsv([
      { text: '=HYPERLINK("https://evil.example","click")', speaker: '+1', note: '@SUM(A1)', kind: '-2+3', plain: 'Huawei', count: 3 },
    ]);
    expect(csv.split('\n')[1]).toBe(`"'=HYPERLINK(""https://evil.example"",""click"")",'+1,'@SUM(A1),'-2+3,Huawei,3`);
  });

  it('leave ordinary text alone', () => {
    expect(escapeFormula('“The key point here,” Hannigan said')).toBe('“The key point here,” Hannigan said');
    expect(escapeFormula('\tTab')).toBe("'\tTab");
  });
});

describe('one collation for every sort', () => {
  it('orders names by fixed English rules, whatever the machine locale', () => {
    expect(['Zhao', 'de Gaulle', 'Ábel', 'abel', 'Abel', 'Østergaard'].sort(compareText)).toEqual([
      'abel',
      'Abel',
      'Ábel',
      'de Gaulle',
      'Østergaard',
      'Zhao',
    ]);
  });

  it('is the only comparison of text in the source (no localeCompare, which follows the machine)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const offenders = files('src').filter(
      (file) =>
        file !== join('src', 'lib', 'analysis', 'collate.ts') &&
        /\.(ts|astro)$/.test(file) &&
        readFileSync(file, 'utf8').includes('localeCompare'),
    );
    expect(offenders).toEqual([]);
  });
});
