import { readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { toWords } from '../../src/lib/analysis/text';
import { ARTICLE_COUNT } from '../harness/corpus';
import { loadSite, visibleText } from '../harness/site';

// The open data and the pages agree: every row is shown where its url says, with its anchors.
const site = loadSite('dist');
const data = <T>(name: string): T => JSON.parse(readFileSync(`dist/data/${name}`, 'utf8')) as T;
const page = (path: string) => {
  const found = site.pages.get(path);
  if (!found) throw new Error(`no page at ${path}`);
  return found;
};

interface QuoteRow { id: string; text: string; article: string; paragraph: string; url: string; speaker: string | null; speakerLabel: string | null; attribution: string; kind: string }
interface EventRow { id: string; date: string; precision: string; title: string; sources: Array<{ article: string; paragraph: string }>; url: string }
interface ActorRow { id: string; name: string; aliases: string[]; kind: string; country: string | null; url: string }
interface CountryRow { code: string; name: string; stances: Array<{ asOf: string; stance: string; evidence: { article: string; paragraph: string; text: string } }>; url: string }
interface ArticleRow { id: string; title: string; outlet: string | null; authors: string[]; published: string; precision: string; url: string }

const quotes = data<QuoteRow[]>('quotes.json');
const events = data<EventRow[]>('events.json');
const actors = data<ActorRow[]>('actors.json');
const countries = data<CountryRow[]>('countries.json');
const articles = data<ArticleRow[]>('articles.json');

describe('open data files', () => {
  it('have the documented fields', () => {
    expect(articles).toHaveLength(ARTICLE_COUNT);
    for (const a of articles) expect(a.published).toMatch(a.precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/);
    for (const q of quotes) expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'text', 'article', 'paragraph', 'url', 'speaker', 'speakerLabel', 'attribution', 'kind']));
    for (const e of events) expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
    expect(actors.length).toBeGreaterThanOrEqual(90);
    expect(countries.length).toBeGreaterThanOrEqual(18);
    expect(readFileSync('dist/data/quotes.csv', 'utf8').split('\n')[0]).toMatch(/^id,text,article,paragraph,url,speaker/);
    expect(readFileSync('dist/data/events.csv', 'utf8').split('\n')[0]).toMatch(/^id,date,precision/);
  });
});

describe('every quote lands on itself', () => {
  it.each(quotes.map((q) => [q.url, q] as const))('%s', (_url, quote) => {
    const [path, id] = quote.url.split('#') as [string, string];
    const element = select(`[id="${id}"]`, page(path).tree);
    expect(element, `no element #${id} on ${path}`).toBeTruthy();
    if (!element) return;
    expect(toWords(visibleText(element))).toContain(toWords(quote.text).split(' ').slice(0, 3).join(' '));
  });
});

describe('every event has its entry and its page', () => {
  const timeline = page('/timeline/');
  it.each(events.map((e) => [e.id, e] as const))('%s', (id, event) => {
    expect(timeline.ids.has(id)).toBe(true);
    expect(page(event.url).tree).toBeTruthy();
    for (const source of event.sources) expect(page(`/articles/${source.article}/`).ids.has(source.paragraph)).toBe(true);
  });
});

describe('every actor page shows all the actor’s quotes', () => {
  it.each(actors.map((a) => [a.id, a] as const))('%s', (id, actor) => {
    const own = quotes.filter((q) => q.speaker === id);
    const cards = selectAll('#quotes-heading ~ .quote-card', page(actor.url).tree);
    expect(cards).toHaveLength(own.length);
  });
});

describe('every country page shows every stance step with its evidence and date', () => {
  it.each(countries.map((c) => [c.code, c] as const))('%s', (_code, country) => {
    const steps = selectAll('.stance-history > li', page(country.url).tree);
    expect(steps).toHaveLength(country.stances.length);
    country.stances.forEach((stance, i) => {
      const step = steps[i];
      expect(step && select('time', step)).toBeTruthy();
      expect(toWords(step ? visibleText(step) : '')).toContain(toWords(stance.evidence.text));
    });
  });
});

describe('actor links in articles', () => {
  it('link each actor once per section (the text between subheadings), not in every paragraph', () => {
    for (const article of articles) {
      const body = select('.article-body', page(article.url).tree);
      if (!body) throw new Error(`no body on ${article.url}`);
      let seen = new Set<string>();
      for (const block of selectAll('[id^="p-"]', body)) {
        if (block.tagName === 'h2') {
          seen = new Set<string>();
          continue;
        }
        for (const link of selectAll('a.actor-link', block)) {
          const href = String(link.properties.href);
          expect(seen.has(href), `${article.url}: ${href} linked twice in one section`).toBe(false);
          seen.add(href);
        }
      }
    }
  });

  it('every data file has a CSV', () => {
    for (const name of ['articles', 'quotes', 'actors', 'events', 'stance-steps']) expect(readFileSync(`dist/data/${name}.csv`, 'utf8').split('\n').length).toBeGreaterThan(5);
  });
});

describe('quote marks that cannot be paired', () => {
  it('each stands in its article’s page with its note, as the build report lists it', () => {
    const { unpairedMarks } = data<{ unpairedMarks: Array<{ article: string; found: string; explanation: string | null }> }>(
      'build-report.json',
    );
    expect(unpairedMarks.length).toBeGreaterThan(0);
    for (const mark of unpairedMarks) {
      const section = select('.unpaired-marks', page(`/articles/${mark.article}/`).tree);
      expect(section, mark.article).toBeTruthy();
      const shown = toWords(visibleText(section ?? page(`/articles/${mark.article}/`).tree));
      expect(shown).toContain(toWords(mark.explanation ?? 'Not yet checked by an editor'));
    }
  });
});
