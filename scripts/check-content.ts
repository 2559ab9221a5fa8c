/** `npm run check:content [dir]`: the content check over the article files, one problem a line. */
import { formatProblems } from '../src/lib/content-check';
import { checkArticleFiles } from '../src/lib/content-files';

const directory = process.argv[2] ?? 'content/articles';
const problems = checkArticleFiles(directory);
if (problems.length > 0) {
  console.error(`Content check failed:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`Content check passed: ${directory}`);
