import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/model/content/files';

// Each fixture folder holds one bad file; it is laid over a small valid content root.
const FIXTURES = 'tests/fixtures/bad-model';
const scratch = mkdtempSync(join(tmpdir(), 'bad-model-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function contentWith(fixture: string): string {
  const root = join(scratch, fixture);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  if (fixture !== 'base') cpSync(join(FIXTURES, fixture), root, { recursive: true });
  return root;
}

const problemsOf = (fixture: string) => loadContentFromDisk(contentWith(fixture), scratch).problems;

describe('the valid base fixture', () => {
  it('builds with no problem', () => {
    expect(problemsOf('base')).toEqual([]);
  });
});

describe('verbatim allows typography to differ', () => {
  it('accepts evidence with other quote marks', () => {
    const root = contentWith('base');
    cpSync('tests/fixtures/good-model/evidence-typography-only', root, { recursive: true });
    expect(loadContentFromDisk(root, scratch).problems).toEqual([]);
  });
});

describe('integrity checks name the file and the field', () => {
  it.each([
    ['unknown-actor', 'unknown-actor/events.yaml', '2019-02-18-jane-doe-speaks.actors.0', /unknown actor "john-nobody"/],
    ['unknown-country', 'unknown-country/events.yaml', '2019-02-18-jane-doe-speaks.countries.0', /ISO 3166-1 alpha-2/],
    ['unknown-article', 'unknown-article/events.yaml', '2019-02-18-jane-doe-speaks.sources.0.article', /unknown article "no-such-article"/],
    [
      'unknown-paragraph',
      'unknown-paragraph/events.yaml',
      '2019-02-18-jane-doe-speaks.sources.0.paragraph',
      /no paragraph "p-no-such-paragraph"/,
    ],
    [
      'evidence-not-verbatim',
      'evidence-not-verbatim/countries.yaml',
      'GB.steps.0.evidence.text',
      /not found verbatim in one#p-jane-doe-said-on-monday-that/,
    ],
    ['override-not-verbatim', 'override-not-verbatim/attribution-overrides.yaml', 'wrong-words.text', /not found verbatim/],
    ['duplicate-id', 'duplicate-id/actors.yaml', 'jane-doe.id', /duplicate id "jane-doe"/],
    ['event-without-source', 'event-without-source/events.yaml', '2019-02-18-jane-doe-speaks.sources', /at least one source/],
    [
      'date-does-not-parse',
      'date-does-not-parse/events.yaml',
      '2019-02-18-jane-doe-speaks.date',
      /"2019-02-30" is not a real calendar date/,
    ],
    [
      'reported-after-publication',
      'reported-after-publication/countries.yaml',
      'GB.steps.0.reported.date',
      /2019-03-01 is after the publication of one/,
    ],
    [
      'unplaced-date-mention',
      'unplaced-date-mention/timeline-exclusions.yaml',
      'one#p-jane-doe-said-on-monday-that',
      /date expression on no event and not excluded: on Monday/,
    ],
    [
      'unexplained-unpaired-mark',
      'unexplained-unpaired-mark/quote-mark-notes.yaml',
      'one#p-a-second-statement-follows-here-and',
      /unpaired quote mark with no note/,
    ],
    ['evidence-changed-case', 'evidence-changed-case/countries.yaml', 'GB.steps.0.evidence.text', /not found verbatim/],
    ['evidence-changed-punctuation', 'evidence-changed-punctuation/countries.yaml', 'GB.steps.0.evidence.text', /not found verbatim/],
    [
      'unregistered-paragraph',
      'unregistered-paragraph/anchors.json',
      'one',
      /the paragraph "The editors added this paragraph\." has no id yet: run npm run anchors/,
    ],
    ['duplicate-anchor', 'duplicate-anchor/anchors.json', 'one.quotes.1', /duplicate id "q-the-network-is-safe-enough-for"/],
    ['alias-bomb', 'alias-bomb/actors.yaml', 'yaml', /more than 20 YAML aliases \(\*name\): write the entries out in full/],
    ['malformed-actors', 'malformed-actors/actors.yaml', 'yaml', /malformed YAML at line 6, column 3: deficient indentation/],
    ['invalid-utf8-data', 'invalid-utf8-data/actors.yaml', 'line 2', /not valid UTF-8/],
    ['empty-data-file', 'empty-data-file/events.yaml', 'yaml', /the file is empty: it must be a YAML list of entries/],
    [
      'unattributed-statement',
      'unattributed-statement/attribution-overrides.yaml',
      'one#p-the-committee-met-and-something-long',
      /statement with no speaker and no override/,
    ],
  ])('%s', (fixture, file, field, message) => {
    expect(problemsOf(fixture)).toContainEqual({ file, field, message: expect.stringMatching(message) });
  });
});
