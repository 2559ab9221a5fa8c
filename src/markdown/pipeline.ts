/**
 * The article markdown pipeline's plugins and options, shared by astro.config.mjs and the tests
 * that render hostile markdown, so both use exactly the site's pipeline.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import type { AliasedActor } from '../lib/analysis/actors/mentions';
import type { AnchorMap } from '../lib/analysis/anchors/registry';
import remarkArticleStructure from './remark-article-structure';
import rehypeTextOnly, { type TextOnlyOptions } from './rehype-text-only';

export interface PipelineOptions {
  /** What the output guard does with raw HTML and script links: refuse the build, or strip them (tests). */
  guard?: TextOnlyOptions['mode'];
}

export function articleMarkdownOptions(actors: readonly AliasedActor[], anchors: AnchorMap, { guard = 'refuse' }: PipelineOptions = {}) {
  const remarkPlugins: RemarkPlugins = [remarkDirective, [remarkArticleStructure, { actors, anchors }]];
  // The net under the content check's markup rules: no raw HTML or script links on any page.
  const rehypePlugins: RehypePlugins = [[rehypeTextOnly, { mode: guard }]];
  return {
    remarkPlugins,
    rehypePlugins,
    // GFM off: the analysis model parses bodies as plain CommonMark (src/lib/analysis/body/parse.ts), and
    // GFM would turn an e-mail address or "www." into a link and "|" rows into a table.
    gfm: false,
    // The markdown is the record: its typography is kept as the editors restored it.
    smartypants: false,
  };
}
