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
