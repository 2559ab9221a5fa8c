/**
 * The site's own prose (content/pages/) as HTML: plain CommonMark with none of the articles'
 * structure (no paragraph ids, quote spans or actor links), under the same output guard.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeTextOnly from './rehype-text-only';

const processor = createMarkdownProcessor({
  gfm: false,
  // The prose is typed with its typography, as the articles are.
  smartypants: false,
  syntaxHighlight: false,
  rehypePlugins: [[rehypeTextOnly, { mode: 'refuse' }]],
});

export async function renderProse(markdown: string): Promise<string> {
  return (await (await processor).render(markdown)).code;
}
