import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/model/content/files';
import { DATA_DICTIONARY } from '../../src/lib/site/data-dictionary';
import { actorsData, articlesData, countriesData, escapeFormula, eventsData, quotesData, toCsv } from '../../src/lib/site/open-data';

const model = loadContentFromDisk('content').result?.model;
if (!model) throw new Error('the content does not build');

describe('the data dictionary', () => {
  it.each([
    ['articles', articlesData(model)],
    ['quotes', quotesData(model)],
    ['actors', actorsData(model)],
    ['events', eventsData(model)],
    ['countries', countriesData(model)],
  ] as const)('describes every field of %s', (name, rows) => {
    const fields = new Set(rows.flatMap((row) => Object.keys(row)));
    if (name === 'countries')
      for (const c of countriesData(model)) for (const s of c.stances) for (const k of Object.keys(s)) fields.add(k);
    expect([...fields].filter((f) => !(f in (DATA_DICTIONARY[name]?.fields ?? {})))).toEqual([]);
  });
});

describe('CSV', () => {
  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', '\tx', 'plain', '– dash'].map(escapeFormula)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "'\tx",
      'plain',
      '– dash',
    ]);
    expect(toCsv([{ a: '=1+1', b: ['x', '=y'] }])).toBe("a,b\n'=1+1,x; =y\n");
  });
});
