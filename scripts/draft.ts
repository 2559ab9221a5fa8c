/**
 * `npm run draft -- FILE [--published YYYY-MM-DD|YYYY-MM] [--title TEXT] [--outlet NAME] [--authors "A, B"] [--force]`
 * Writes content/articles/<slug>.md from a page's text as copied from a browser, then builds the
 * model and prints what the pipeline found and what it could not decide. Errors name the file
 * and say what to do; they never print a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/model/content/check-articles';
import { loadContentFromDisk, writeDraftedArticle } from '../src/lib/model/content/files';
import { draftArticle, DraftError } from '../src/lib/draft/draft';
import { reportDraft } from '../src/lib/draft/report';
import { readPageText } from '../src/lib/draft/page-text';

function fail(message: string): never {
  console.error(`draft: ${message}`);
  process.exit(1);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        title: { type: 'string' },
        outlet: { type: 'string' },
        authors: { type: 'string' },
        force: { type: 'boolean' },
        content: { type: 'string' },
      },
    });
  } catch (error) {
    fail(
      `${(error as Error).message}\nusage: npm run draft -- FILE [--published YYYY-MM-DD|YYYY-MM] [--title TEXT] [--outlet NAME] [--authors "A, B"] [--force]`,
    );
  }
  const [file] = parsed.positionals;
  if (!file) fail('name the page text to draft: npm run draft -- FILE');
  if (!existsSync(file)) fail(`${file}: no such file`);
  const contentRoot = parsed.values.content ?? 'content';
  const { values } = parsed;
  const draft = draftArticle(file, readPageText(file, readFileSync(file)), {
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
    ...(values.authors === undefined
      ? {}
      : {
          authors: values.authors
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean),
        }),
  });
  const target = join(contentRoot, 'articles', `${draft.slug}.md`);
  if (existsSync(target) && !values.force) fail(`${target} exists: pass --force to replace it, or --title to draft under another title`);
  writeDraftedArticle(contentRoot, draft.slug, draft.content);
  console.log(`Wrote ${target}\n${draft.decisions.map((d) => `  ${d}`).join('\n')}`);
  // The model whatever else is wrong, so the editor sees what was found alongside the problems.
  const { result, problems } = loadContentFromDisk(contentRoot, process.cwd(), { allowUnregistered: true });
  if (!result) fail(`the content could not be read after drafting:\n${formatProblems(problems)}`);
  const report = reportDraft(result.model, draft.slug, target);
  console.log(`Found:\n${report.found.map((f) => `  ${f}`).join('\n')}`);
  if (report.undecided.length > 0)
    console.log(
      `Could not decide (listed in the build report; an editor settles them in the data files):\n${report.undecided.map((u) => `  ${u}`).join('\n')}`,
    );
  if (report.errors.length > 0) fail(report.errors.join('\n'));
  if (problems.length > 0) console.error(`Problems:\n${formatProblems(problems)}`);
  if (problems.length > 0) process.exit(1);
}

try {
  main();
} catch (error) {
  if (error instanceof DraftError) fail(error.message);
  throw error;
}
