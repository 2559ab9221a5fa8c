import { describe, expect, it } from 'vitest';
import { loadContentFromDisk, readModelInput } from '../../src/lib/model/content/files';
import { buildModel } from '../../src/lib/model/build';

// The rules' own answer for every quote of the articles in content/, before the editors'
// overrides, kept as a generated snapshot: a rule change that moves any speaker shows here as a
// diff to look at. After a deliberate change, or when an article is added, regenerate it with
// `npm run test:snapshots` and read the diff before committing it.
describe('attribution rules on every quote in content/', () => {
  const { result, problems } = loadContentFromDisk('content');
  it('builds', () => expect(problems).toEqual([]));

  it('matches the snapshot of the rules before overrides', async () => {
    const { input } = readModelInput('content');
    if (!input) throw new Error('the content did not read');
    const withoutOverrides = buildModel({ ...input, overrides: { ...input.overrides, entries: [] } });
    const rows = withoutOverrides.model.quotes.map((q) => ({
      quote: `${q.article}#${q.id}`,
      speaker: q.speaker,
      label: q.speakerLabel,
      attribution: q.attribution,
      rule: q.rule,
    }));
    await expect(`${JSON.stringify(rows, null, 1)}\n`).toMatchFileSnapshot('attributions.rules.snap.json');
  });

  it("every statement has a speaker by rule, or an editor's word on it", () => {
    const open = (result?.model.quotes ?? []).filter(
      (q) => q.kind === 'statement' && q.attribution === 'unattributed' && q.override === null,
    );
    expect(open).toEqual([]);
  });
});
