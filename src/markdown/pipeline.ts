/**
 * The article markdown pipeline's plugins and options, shared by astro.config.mjs and the tests
 * that render hostile markdown, so both use exactly the site's pipeline.
 */
import { createHash } from 'node:crypto';
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
  // Astro writes its whole config, plugin options included, as JSON into the content store and
  // the server bundle, to know when cached articles are stale. Actors and anchors are tens of MB
  // there at 1,000 articles, copied several times in the build's memory; so the plugin takes them
  // from this closure, and its options carry only their digest, which changes whenever they do.
  const articleStructure = () => remarkArticleStructure({ actors, anchors });
  const digest = createHash('sha256')
    .update(JSON.stringify([actors, anchors]))
    .digest('hex');
  const remarkPlugins: RemarkPlugins = [remarkDirective, [articleStructure, { actorsAndAnchors: digest }]];
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
