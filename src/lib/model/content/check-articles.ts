/**
 * Checks the article set as a whole, beyond what the schema can see: unique slugs, printed dates
 * that read as the stored date, evidence that stands in the article it cites. Every problem
 * names the file and the field, so the build error says where to look.
 */
import type { ArticleData } from '../../../schemas';
import { parsePrintedDate } from '../../analysis/dates/printed-date';
import { containsVerbatim } from '../../analysis/text';

export interface ContentProblem {
  file: string;
  /** Dotted path of the offending field, e.g. `published.printed`. */
  field: string;
  message: string;
}

export interface CheckedArticle {
  file: string;
  data: ArticleData;
  /** The markdown body, for evidence checks. */
  body: string;
}

function checkPrintedDate(item: CheckedArticle, field: string, printed: string, expected: string): ContentProblem[] {
  try {
    const read = parsePrintedDate(printed).date;
    if (read === expected) return [];
    return [{ file: item.file, field, message: `"${printed}" reads as ${read}, but the date field says ${expected}` }];
  } catch (error) {
    return [{ file: item.file, field, message: (error as Error).message }];
  }
}

export function checkArticleSet(items: readonly CheckedArticle[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, CheckedArticle>();
  for (const item of items) {
    const first = bySlug.get(item.data.slug);
    if (first) {
      problems.push({ file: item.file, field: 'slug', message: `duplicate slug "${item.data.slug}" (also used by ${first.file})` });
    } else {
      bySlug.set(item.data.slug, item);
    }
  }
  for (const item of items) {
    if (item.body.trim() === '') {
      problems.push({ file: item.file, field: 'body', message: 'the article has no text: paste the article, word for word, below the frontmatter' });
    }
    const { published, updated } = item.data;
    if (published.printed !== null && published.precision === 'day') {
      problems.push(...checkPrintedDate(item, 'published.printed', published.printed, published.date));
    }
    if (updated !== null) problems.push(...checkPrintedDate(item, 'updated.printed', updated.printed, updated.date));
    published.inference?.evidence.forEach((evidence, index) => {
      const field = `published.inference.evidence.${index}`;
      const cited = bySlug.get(evidence.article);
      if (!cited) {
        problems.push({ file: item.file, field: `${field}.article`, message: `unknown article "${evidence.article}"` });
      } else if (!containsVerbatim(cited.body, evidence.text)) {
        problems.push({ file: item.file, field: `${field}.text`, message: `not found verbatim in article "${evidence.article}": "${evidence.text}"` });
      }
    });
  }
  return problems;
}

/** One problem a line: `file: field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
