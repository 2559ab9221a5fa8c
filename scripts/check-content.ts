/**
 * `npm run check:content [content root]`: the build's whole model check over the files on disk
 * (articles, data files, every cross-reference and verbatim citation), one problem a line as
 * `file: field: message`. The build runs the same check before it makes any page.
 */
import { formatProblems } from '../src/lib/model/content/check-articles';
import { loadContentFromDisk } from '../src/lib/model/content/files';

const contentRoot = process.argv[2] ?? process.env.CONTENT_ROOT ?? 'content';
const { problems } = loadContentFromDisk(contentRoot);
if (problems.length > 0) {
  console.error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`Content check passed: ${contentRoot}`);
