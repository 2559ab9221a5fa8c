/**
 * The open-data files, derived from the model with ids equal to the site's slugs and anchors.
 * Each file's rows are plain JSON; the CSV files flatten the same rows.
 */
import { stringify } from 'csv-stringify/sync';
import { formatDateValue } from '../analysis/dates/interval';
import { countryUrl, eventUrl, paragraphUrl } from '../routes';
import type { Model } from '../model/types';

export function articlesData(model: Model) {
  return model.articles.map((a) => ({
    id: a.slug,
    title: a.view.title,
    titleSupplied: a.view.titleSupplied,
    outlet: a.view.outlet,
    authors: a.view.authors,
    contributors: a.data.contributors,
    published: a.view.published.iso,
    precision: a.view.published.precision,
    publishedInferred: a.view.published.inferred,
    url: a.view.url,
  }));
}

export function quotesData(model: Model) {
  return model.quotes.map((q) => ({
    id: q.id,
    text: q.text,
    article: q.article,
    paragraph: q.paragraph,
    url: q.url,
    speaker: q.speaker,
    speakerLabel: q.speakerLabel,
    attribution: q.attribution,
    kind: q.kind,
    setByHand: q.override !== null,
    note: q.override,
    nestedIn: q.nestedIn,
    status: q.status,
  }));
}

export function actorsData(model: Model) {
  return model.actors.map((a) => ({
    id: a.id,
    name: a.name,
    aliases: a.aliases,
    kind: a.kind,
    country: a.country,
    roles: a.roles,
    mentions: a.mentions.length,
    quotes: a.quotes.length,
    articles: a.articles,
    status: a.status,
    credits: (a.credits ?? []).map((c) => `${c.as}: ${c.article}`),
    url: a.url,
  }));
}

export function eventsData(model: Model) {
  return model.events.map((e) => ({
    id: e.id,
    date: formatDateValue(e.interval),
    precision: e.precision,
    label: e.label,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    actors: e.actors,
    countries: e.countries,
    sources: e.sources.map((s) => ({ article: s.article, paragraph: s.paragraph, url: paragraphUrl(s.article, s.paragraph) })),
    note: e.note,
    status: e.status,
    url: eventUrl(e.id),
  }));
}

export function countriesData(model: Model) {
  return model.countries.map((c) => ({
    code: c.code,
    name: c.name,
    bloc: c.isBloc,
    stances: c.steps.map((s) => ({
      asOf: formatDateValue(s.interval),
      dateBasis: s.dateBasis,
      reported: formatDateValue(s.reported),
      stance: s.stance,
      advocacy: s.advocacy,
      summary: s.summary,
      evidence: { ...s.evidence, url: paragraphUrl(s.evidence.article, s.evidence.paragraph) },
      status: s.status,
    })),
    url: countryUrl(c.code),
  }));
}

/** Every date expression: where it stands, what it resolves to, where it went, and who decided. */
function datesData(model: Model) {
  return model.dateMentions.map((m) => ({
    article: m.article,
    paragraph: m.paragraph,
    url: paragraphUrl(m.article, m.paragraph),
    text: m.text,
    start: m.resolved.start,
    end: m.resolved.end,
    precision: m.resolved.precision,
    label: m.resolved.label,
    widened: m.resolved.widened,
    inQuote: m.inQuote,
    placement: m.placement.kind,
    event: m.placement.kind === 'event' ? m.placement.eventId : null,
    reason: m.placement.kind === 'excluded' ? m.placement.reason : null,
    status: m.status,
  }));
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first) gets a leading apostrophe, so opening the CSV never executes anything.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const cell = (value: unknown): unknown => {
  if (Array.isArray(value)) return escapeFormula(value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; '));
  if (value !== null && typeof value === 'object') return escapeFormula(JSON.stringify(value));
  return typeof value === 'string' ? escapeFormula(value) : (value ?? '');
};

/** RFC 4180 CSV with a header row; lists joined with "; ", objects as JSON, formulas escaped. */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const flat = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, cell(value)])));
  return stringify(flat, { header: true, cast: { boolean: (value) => String(value) } });
}

function quotesCsv(model: Model): string {
  return toCsv(quotesData(model));
}

function eventsCsv(model: Model): string {
  return toCsv(eventsData(model).map(({ sources, ...event }) => ({ ...event, sources: sources.map((s) => s.url) })));
}

function articlesCsv(model: Model): string {
  return toCsv(articlesData(model));
}

function actorsCsv(model: Model): string {
  return toCsv(
    actorsData(model).map(({ roles, ...actor }) => ({ ...actor, roles: roles.map((r) => `${r.role} (${r.article}#${r.paragraph})`) })),
  );
}

/** One row per stance step: the country's columns repeated, the evidence flattened. */
function stanceStepsCsv(model: Model): string {
  return toCsv(
    countriesData(model).flatMap(({ stances, ...country }) =>
      stances.map(({ evidence, ...step }) => ({
        country: country.code,
        name: country.name,
        bloc: country.bloc,
        ...step,
        evidenceArticle: evidence.article,
        evidenceParagraph: evidence.paragraph,
        evidenceText: evidence.text,
        evidenceUrl: evidence.url,
        countryUrl: country.url,
      })),
    ),
  );
}

/** Every open-data file the site publishes, with what it holds, for the endpoints and the docs page. */
export const OPEN_DATA_FILES = [
  {
    name: 'articles.json',
    type: 'application/json',
    description: 'The articles: title, outlet, authors, publication date and its precision.',
    render: (m: Model) => JSON.stringify(articlesData(m), null, 2),
  },
  { name: 'articles.csv', type: 'text/csv; charset=utf-8', description: 'The articles as CSV.', render: articlesCsv },
  {
    name: 'quotes.json',
    type: 'application/json',
    description: 'Every quote: its words, article, paragraph, speaker, attribution, kind and status (reviewed or proposed).',
    render: (m: Model) => JSON.stringify(quotesData(m), null, 2),
  },
  { name: 'quotes.csv', type: 'text/csv; charset=utf-8', description: 'The quotes as CSV.', render: quotesCsv },
  {
    name: 'actors.json',
    type: 'application/json',
    description:
      'Every person and organisation named or credited: aliases, kind, country, roles by article, the articles naming them, and status.',
    render: (m: Model) => JSON.stringify(actorsData(m), null, 2),
  },
  { name: 'actors.csv', type: 'text/csv; charset=utf-8', description: 'The people and organisations as CSV.', render: actorsCsv },
  {
    name: 'events.json',
    type: 'application/json',
    description: 'The timeline: each event’s date and precision, kind, summary, actors, countries and source paragraphs.',
    render: (m: Model) => JSON.stringify(eventsData(m), null, 2),
  },
  { name: 'events.csv', type: 'text/csv; charset=utf-8', description: 'The events as CSV.', render: eventsCsv },
  {
    name: 'dates.json',
    type: 'application/json',
    description:
      'Every date expression in the articles: paragraph, text, resolved start and end, precision, inside a quotation or not, the event it is placed on or why not, and its status.',
    render: (m: Model) => JSON.stringify(datesData(m), null, 2),
  },
  {
    name: 'countries.json',
    type: 'application/json',
    description: 'Each country’s and bloc’s dated stance steps, each with its evidence sentence.',
    render: (m: Model) => JSON.stringify(countriesData(m), null, 2),
  },
  {
    name: 'stance-steps.csv',
    type: 'text/csv; charset=utf-8',
    description: 'The stance steps as CSV, one row per step.',
    render: stanceStepsCsv,
  },
  {
    name: 'build-report.json',
    type: 'application/json',
    description:
      'The build report: unpaired quote marks, repaired marks, hand-set attributions, date expressions and where each was placed.',
    render: (m: Model) => JSON.stringify(m.report, null, 2),
  },
] as const;
