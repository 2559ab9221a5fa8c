/**
 * Fails the build before any page is made if a data file repeats an id (a `file()` collection
 * would silently keep only one of them), and prints the build report's summary when the build is
 * done. Every other check runs once, when `src/corpus.ts` builds the model for the pages; the
 * full check over the files is `npm run check:content`.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content-check';
import { findDuplicateIds } from '../lib/content-files';
import type { BuildReport } from '../lib/model/types';

export function contentCheck(contentRoot = 'content'): AstroIntegration {
  return {
    name: 'huawei-5g-watch:content-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problems = findDuplicateIds(contentRoot);
        if (problems.length > 0) throw new Error(`Content check failed:\n${formatProblems(problems)}`);
        logger.info('no duplicate ids in the data files');
      },
      'astro:build:done': ({ dir, logger }) => {
        const path = new URL('data/build-report.json', dir);
        const report = JSON.parse(readFileSync(path, 'utf8')) as BuildReport;
        const counts = Object.entries(report.counts).map(([k, v]) => `${v} ${k}`).join(', ');
        logger.info(`build report: ${counts}`);
        logger.info(
          `  unpaired quote marks: ${report.unpairedMarks.length} (all explained: ${report.unpairedMarks.every((m) => m.explanation !== null)}); repaired: ${report.repairedMarks.length}; attributions set by hand: ${report.overriddenAttributions.length}; unattributed statements: ${report.unattributedStatements.length}`,
        );
        logger.info(
          `  date expressions: ${report.dateMentions.placed} on the timeline, ${report.dateMentions.excluded.length} left off with a reason, ${report.dateMentions.unplaced.length} unplaced`,
        );
        logger.info(`  written to ${path.pathname}`);
      },
    },
  };
}
