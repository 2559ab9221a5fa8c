/**
 * Citations in six formats from CSL-JSON records, at build time, with citation-js: APA, MLA and
 * Chicago as plain text (citeproc-js through @citation-js/plugin-csl), BibTeX, RIS and the
 * CSL-JSON record itself.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslRecord } from './records';
import { APA_CSL, CHICAGO_CSL, MLA_CSL } from './styles';

export const CITATION_FORMATS = ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];
export type Citations = Record<CitationFormat, string>;

export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  apa: 'APA',
  mla: 'MLA',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

interface CslConfig {
  styles: { has(name: string): boolean; add(name: string, xml: string): void };
}

function registerStyles(): void {
  const config = plugins.config.get('@csl') as CslConfig;
  if (!config.styles.has('huawei-mla')) config.styles.add('huawei-mla', MLA_CSL);
  if (!config.styles.has('huawei-chicago')) config.styles.add('huawei-chicago', CHICAGO_CSL);
  if (!config.styles.has('huawei-apa')) config.styles.add('huawei-apa', APA_CSL);
}

const TEMPLATES = { apa: 'huawei-apa', mla: 'huawei-mla', chicago: 'huawei-chicago' } as const;

/** Every record in one citeproc style, by id, in one pass (one engine for the whole batch). */
function styled(all: Cite, template: string): Map<string, string> {
  const entries = all.format('bibliography', { format: 'text', template, lang: 'en-US', asEntryArray: true, nosort: true }) as Array<
    [string, string]
  >;
  return new Map(entries.map(([id, text]) => [id, text.trim()]));
}

/** Every record in every format, by record id. */
export function formatCitations(records: readonly CslRecord[]): Map<string, Citations> {
  registerStyles();
  if (records.length === 0) return new Map();
  const all = new Cite(records.map((r) => ({ ...r })));
  const [apa, mla, chicago] = [styled(all, TEMPLATES.apa), styled(all, TEMPLATES.mla), styled(all, TEMPLATES.chicago)];
  return new Map(
    records.map((record) => {
      const one = new Cite({ ...record });
      const citations: Citations = {
        apa: apa.get(record.id) ?? '',
        mla: mla.get(record.id) ?? '',
        chicago: chicago.get(record.id) ?? '',
        bibtex: String(one.format('bibtex')).trim(),
        ris: String(one.format('ris')).trim(),
        'csl-json': JSON.stringify(record, null, 2),
      };
      return [record.id, citations];
    }),
  );
}

/** The fields of a pinned record (a paragraph, a quote) that the three text styles never print. */
const UNPRINTED = new Set(['id', 'URL', 'abstract', 'note']);
const STYLES = ['apa', 'mla', 'chicago'] as const;

const samePrinted = (a: CslRecord, b: CslRecord) =>
  JSON.stringify(Object.entries(a).filter(([key]) => !UNPRINTED.has(key))) ===
  JSON.stringify(Object.entries(b).filter(([key]) => !UNPRINTED.has(key)));

/**
 * Citations of records pinned to a part of `base` (its paragraphs and quotes). The APA, MLA and
 * Chicago styles here print no field such a record changes but its URL, so citeproc's text for
 * `base` serves with the URL swapped: the cite page of a long article then costs one citeproc
 * pass, not one per paragraph and quote. BibTeX, RIS and CSL-JSON, which do carry the quoted
 * words and the paragraph's number, are made for each record. A record that differs in any
 * printed field is formatted in full. (tests/unit/citations.test.ts checks both ways agree.)
 */
export function formatPinnedCitations(base: CslRecord, baseCitations: Citations, pinned: readonly CslRecord[]): Map<string, Citations> {
  const [same, different] = [pinned.filter((r) => samePrinted(base, r)), pinned.filter((r) => !samePrinted(base, r))];
  const full = formatCitations(different);
  return new Map(
    pinned.map((record) => {
      const known = full.get(record.id);
      if (known || !same.includes(record)) return [record.id, known as Citations];
      const one = new Cite({ ...record });
      const text = Object.fromEntries(STYLES.map((style) => [style, baseCitations[style].split(base.URL).join(record.URL)])) as Record<
        (typeof STYLES)[number],
        string
      >;
      return [
        record.id,
        {
          ...text,
          bibtex: String(one.format('bibtex')).trim(),
          ris: String(one.format('ris')).trim(),
          'csl-json': JSON.stringify(record, null, 2),
        },
      ];
    }),
  );
}
