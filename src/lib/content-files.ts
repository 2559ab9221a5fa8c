/**
 * The content check over files on disk, for `npm run check:content` and the bad-input fixtures:
 * frontmatter parsed and validated with the build's own schema, then the set-wide checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema } from '../schemas';
import { checkArticleSet, type CheckedArticle, type ContentProblem } from './content-check';

export function checkArticleFiles(directory: string, root = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const valid: CheckedArticle[] = [];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort();
  for (const name of files) {
    const path = join(directory, name);
    const file = relative(root, path);
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file, field: 'frontmatter', message: `malformed YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = articleSchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, field: issue.path.join('.') || 'frontmatter', message: issue.message });
      }
      continue;
    }
    valid.push({ file, data: result.data, body: parsed.content });
  }
  return [...problems, ...checkArticleSet(valid)];
}
