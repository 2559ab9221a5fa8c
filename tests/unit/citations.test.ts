import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { loadContentFromDisk } from '../../src/lib/model/content/files';
import { articleCitations, eventCitations, stanceStepCitations } from '../../src/lib/site/citations';
import { formatCitations, formatPinnedCitations } from '../../src/lib/site/citations/format';
import {
  articleRecord,
  eventRecord,
  paragraphRecord,
  personName,
  quoteRecord,
  stanceStepAnchor,
} from '../../src/lib/site/citations/records';

const model = loadContentFromDisk('content').result?.model;
if (!model) throw new Error('the content does not build');
const SITE = 'https://huawei-5g-watch.example/';
const blow = model.articles.find((a) => a.slug === 'us-anti-huawei-campaign-suffers-a-blow');
if (!blow) throw new Error('no article');

describe('citation records', () => {
  it('splits a person’s name and keeps an agency whole', () => {
    expect(personName('Nick Beams')).toEqual({ family: 'Beams', given: 'Nick' });
    expect(personName('Reuters')).toEqual({ literal: 'Reuters' });
  });
});

describe('formatCitations', () => {
  const quote = model.quotes.find((q) => q.article === blow.slug && q.id === 'q-the-key-point-here');
  if (!quote) throw new Error('no quote');
  const event = model.events[0];
  if (!event) throw new Error('no event');
  const records = [articleRecord(blow, SITE), quoteRecord(blow, quote, SITE), eventRecord(event, SITE)];
  const citations = formatCitations(records);

  it('writes the article in APA, MLA and Chicago', () => {
    const c = citations.get(blow.slug);
    expect(c?.apa).toBe(
      'Beams, N. (2019, February 20). US anti-Huawei campaign suffers a blow. World Socialist Web Site. https://huawei-5g-watch.example/articles/us-anti-huawei-campaign-suffers-a-blow/',
    );
    expect(c?.mla).toBe(
      'Beams, Nick. “US Anti-Huawei Campaign Suffers a Blow.” World Socialist Web Site, 20 Feb. 2019, https://huawei-5g-watch.example/articles/us-anti-huawei-campaign-suffers-a-blow/.',
    );
    expect(c?.chicago).toBe(
      'Beams, Nick. “US Anti-Huawei Campaign Suffers a Blow.” World Socialist Web Site, February 20, 2019. https://huawei-5g-watch.example/articles/us-anti-huawei-campaign-suffers-a-blow/.',
    );
  });

  it('writes BibTeX that parses back to the same title, RIS and the CSL-JSON record', () => {
    for (const record of records) {
      const c = citations.get(record.id);
      const parsed = new Cite(c?.bibtex).format('data', { format: 'object' }) as Array<{ title: string }>;
      expect(parsed[0]?.title).toBe(record.title);
      expect(c?.ris).toMatch(/^TY {2}- /);
      expect(JSON.parse(c?.['csl-json'] ?? '')).toEqual(record);
    }
  });

  it('writes an undated web page and an article without author as APA has them', () => {
    const c = citations.get(`event-${event.id}`);
    expect(c?.apa).toBe(`${event.title} (${event.label}). (n.d.). Huawei 5G Watch. https://huawei-5g-watch.example${event.url}`);
  });

  it('pins a quote to its anchor and carries its words', () => {
    const c = citations.get(`${blow.slug}-q-the-key-point-here`);
    expect(c?.ris).toContain('#q-the-key-point-here');
    expect(c?.bibtex).toContain('#q-the-key-point-here');
    expect(c?.['csl-json']).toContain('The key point here');
  });
});

describe('citations by page group', () => {
  it('gives an article, each of its paragraphs and quotes, an event and a stance step their citations', () => {
    const citations = articleCitations(model, SITE, blow.slug);
    expect(citations.article.apa).toContain('US anti-Huawei campaign suffers a blow');
    const paragraph = blow.blocks.find((b) => b.kind !== 'headline');
    expect(citations.of(paragraph?.id ?? '').apa).toContain(`#${paragraph?.id}`);
    expect(citations.of('q-the-key-point-here')['csl-json']).toContain('q-the-key-point-here');
    const event = model.events[0];
    expect(eventCitations(model, SITE, event?.id ?? '').mla).toContain(`/timeline/${event?.id}/`);
    const country = model.countries.find((c) => c.steps.length > 0);
    const step = country?.steps[0];
    if (!country || !step) throw new Error('no stance step');
    expect(stanceStepCitations(model, SITE, country.code)(stanceStepAnchor(step)).chicago).toContain(country.name);
  });

  it('names the record it cannot find', () => {
    expect(() => articleCitations(model, SITE, blow.slug).of('p-no-such-paragraph')).toThrow(/p-no-such-paragraph/);
    expect(() => eventCitations(model, SITE, 'no-such-event')).toThrow(/no-such-event/);
  });
});

describe('citations of paragraphs and quotes through their article’s', () => {
  it('agree, in every format, with formatting each record in full', () => {
    const base = articleRecord(blow, SITE);
    const parts = [
      ...blow.blocks
        .filter((b) => b.kind !== 'headline')
        .slice(0, 3)
        .map((b, i) => paragraphRecord(blow, b.id, i + 1, b.text, SITE)),
      ...model.quotes
        .filter((q) => q.article === blow.slug)
        .slice(0, 3)
        .map((q) => quoteRecord(blow, q, SITE)),
    ];
    const baseCitations = formatCitations([base]).get(base.id);
    if (!baseCitations) throw new Error('no base citation');
    expect(formatPinnedCitations(base, baseCitations, parts)).toEqual(formatCitations(parts));
  });
});
