/** An article body through the site's own markdown pipeline, with the output guard in either mode. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { splitArticle } from '../../src/lib/model/content/read';
import { articleMarkdownOptions } from '../../src/markdown/pipeline';

export async function renderArticleFile(path: string, guard: 'refuse' | 'strip'): Promise<string> {
  const { body } = splitArticle(readFileSync(path, 'utf8'));
  const processor = await createMarkdownProcessor({ ...articleMarkdownOptions([], {}, { guard }), syntaxHighlight: false });
  return (
    await processor.render(body, { fileURL: new URL(path, `file://${process.cwd()}/`), frontmatter: { title: 'Every hostile construct' } })
  ).code;
}
