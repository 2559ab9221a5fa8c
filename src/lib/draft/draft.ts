/**
 * Drafts an article file from a page's text as copied from a browser: honest frontmatter (what
 * the editor's flags give, else what the page prints, else said to be unknown) and the body word
 * for word, with page junk dropped by named rules. Pure: text in, the file's content and an
 * account of every decision out; `scripts/draft.ts` reads and writes the files.
 */
import type { BlockContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { listArticleBlocks } from '../analysis/body/blocks';
import { parseArticleBody, stringifyArticleBody } from '../analysis/body/parse';
import { slugWords } from '../analysis/slug';
import type { ArticleData } from '../../schemas';
import { readPageLayout, type BodyBlock, type PageLayout } from './layout';
import { dump as toYaml } from 'js-yaml';

export interface DraftFlags {
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  published?: string;
  title?: string;
  outlet?: string;
  authors?: string[];
}

export interface ArticleDraft {
  slug: string;
  data: ArticleData;
  /** The whole file: frontmatter and body. */
  content: string;
  layout: PageLayout;
  /** What was decided and from where, one line each. */
  decisions: string[];
}

/** A draft that cannot be written: the message names the file and says what to do. */
export class DraftError extends Error {}

function publication(file: string, layout: PageLayout, flag: string | undefined): { value: ArticleData['published']; decision: string } {
  const printed = layout.published;
  if (flag !== undefined) {
    if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(flag)) throw new DraftError(`--published: "${flag}" is not YYYY-MM-DD or YYYY-MM`);
    if (printed && !printed.read.date.startsWith(flag)) {
      throw new DraftError(
        `${file}:${printed.line}: the page prints "${printed.printed}" (${printed.read.date}) but --published says ${flag}; leave out --published, or correct it`,
      );
    }
  }
  const precision = (flag ?? printed?.read.date ?? '').length === 7 ? 'month' : 'day';
  if (printed && (flag === undefined || flag === printed.read.date)) {
    return {
      value: { date: printed.read.date, precision: 'day', printed: printed.printed, inference: null },
      decision: `published: ${printed.read.date}, as printed on line ${printed.line} ("${printed.printed}")`,
    };
  }
  if (flag !== undefined) {
    const reasoning = `Given by the editor when drafting (--published ${flag}); the page text prints ${printed ? `only "${printed.printed}"` : 'no date'}.`;
    return {
      value: { date: flag, precision, printed: null, inference: { reasoning, evidence: [] } },
      decision: `published: ${flag}, from --published`,
    };
  }
  const unread = layout.unreadDates[0];
  if (unread)
    throw new DraftError(
      `${file}:${unread.line}: cannot read the printed date "${unread.text}"; check it against the source, or run again with --published YYYY-MM-DD (or YYYY-MM)`,
    );
  throw new DraftError(
    `${file}: no publication date: the page prints no date line that can be read (e.g. "14 October 2019", "Oct 14, 2019 / 6:03 AM", "2019-10-14T06:03:00Z"). Run again with --published YYYY-MM-DD (or YYYY-MM).`,
  );
}

function outlet(layout: PageLayout, flag: string | undefined): ArticleData['outlet'] {
  if (flag) return { name: flag, basis: 'Given by the editor when drafting (--outlet).' };
  const hint = layout.outletHints[0];
  return hint ? { name: hint.name, basis: `Named in ${hint.where}: “${hint.text}” (line ${hint.line}).` } : null;
}

function bodyTree(blocks: readonly BodyBlock[]): Root {
  const paragraph = (text: string): BlockContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
  return {
    type: 'root',
    children: blocks.map((block): BlockContent | ContainerDirective => {
      if (block.kind === 'heading') return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
      if (block.kind === 'caption')
        return { type: 'containerDirective', name: 'caption', attributes: { kind: 'photo' }, children: [paragraph(block.text)] };
      return paragraph(block.text);
    }),
  };
}

/** The body as markdown, checked to read back as the very same text, block by block. */
function bodyMarkdown(file: string, blocks: readonly BodyBlock[]): string {
  const markdown = stringifyArticleBody(bodyTree(blocks));
  const readBack = listArticleBlocks(parseArticleBody(markdown)).map((b) => b.text);
  blocks.forEach((block, i) => {
    if (readBack[i] !== block.text)
      throw new DraftError(`${file}:${block.line}: this line would not read back word for word from markdown; report it with the line`);
  });
  return markdown;
}

export function draftArticle(file: string, text: string, flags: DraftFlags = {}): ArticleDraft {
  const layout = readPageLayout(text);
  if (!layout.body.some((b) => b.kind === 'paragraph'))
    throw new DraftError(`${file}: no article text found: every line is a headline, byline, date or page junk`);
  const { value: published, decision: dateDecision } = publication(file, layout, flags.published);
  const pageTitle = layout.title?.text ?? null;
  const title = flags.title ?? pageTitle ?? 'Untitled: the page prints no headline';
  const authors = flags.authors ?? layout.byline?.names ?? [];
  // With no headline, the slug comes from the article's own first words, so untitled drafts differ.
  const firstWords = layout.body.find((b) => b.kind === 'paragraph')?.text ?? '';
  const data: ArticleData = {
    slug: slugWords(flags.title ?? pageTitle ?? firstWords)
      .slice(0, 10)
      .join('-'),
    title,
    titleSupplied: pageTitle === null || title !== pageTitle,
    section: null,
    outlet: outlet(layout, flags.outlet),
    authors,
    bylineNote: authors.length > 0 ? null : 'The page text names no author.',
    contributors: [],
    published,
    updated: layout.updated ? { date: layout.updated.read.date, printed: layout.updated.printed } : null,
    analysis: 'proposed',
    machineTranslation: false,
  };
  // js-yaml, the project's one YAML library, quotes date-like strings so they stay strings.
  const frontmatter = toYaml(data, { lineWidth: -1 });
  const decisions = [
    `title: “${title}”, ${flags.title ? 'from --title' : pageTitle ? `line ${layout.title?.line}` : 'none printed (marked supplied)'}`,
    `authors: ${authors.length > 0 ? authors.join(', ') : 'none named'}${flags.authors ? ' (from --authors)' : authors.length > 0 && layout.byline ? ` (byline, line ${layout.byline.line})` : ''}`,
    `outlet: ${data.outlet ? `${data.outlet.name} (${data.outlet.basis})` : 'not named'}`,
    dateDecision,
    `body: ${layout.body.length} blocks (${layout.body.filter((b) => b.kind === 'heading').length} subheadings, ${layout.body.filter((b) => b.kind === 'caption').length} captions)`,
    ...layout.dropped.map((d) => `dropped line ${d.line} (${d.rule}): ${d.text}`),
  ];
  return { slug: data.slug, data, content: `---\n${frontmatter}---\n\n${bodyMarkdown(file, layout.body)}`, layout, decisions };
}
