/**
 * Runs the whole content check over the files on disk before anything is built (the same check
 * as `npm run check:content`), printing every problem as `file: field: message` and stopping the
 * build without a stack trace; prints the build report's summary when the build is done.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/model/content/check-articles';
import { loadContentFromDisk } from '../lib/model/content/files';
import { handOverModel } from '../lib/model/handover';
import type { BuildReport } from '../lib/model/types';

export interface SiteUrlOptions {
  /** `SITE_URL` as set, or undefined. */
  siteUrl: string | undefined;
  /** The origin the build falls back to without it. */
  placeholder: string;
}

/**
 * Without SITE_URL every canonical link, the RSS feed and the JSON-LD point at a placeholder
 * domain. The build goes on (so `npm start` and `npm test` work from a fresh clone) but says so
 * loudly, first and last; a SITE_URL that is not an http(s) origin stops it.
 */
export function siteUrlWarning({ siteUrl, placeholder }: SiteUrlOptions): { error: string } | { warning: string } | null {
  if (siteUrl === undefined || siteUrl === '') {
    return {
      warning: `SITE_URL is not set: canonical links, Open Graph, the RSS feed, the sitemap and the JSON-LD of this build point at ${placeholder}. Fine for a local preview; to deploy, build with SITE_URL=https://your.domain npm run build`,
    };
  }
  if (!/^https?:\/\/[^/\s]+\/?$/.test(siteUrl))
    return { error: `SITE_URL: "${siteUrl}" is not an origin: write it as https://your.domain` };
  return null;
}

const banner = (text: string) => `\n${'!'.repeat(78)}\n${text}\n${'!'.repeat(78)}`;

export function contentCheck(contentRoot = 'content', site: SiteUrlOptions = { siteUrl: undefined, placeholder: '' }): AstroIntegration {
  const siteProblem = siteUrlWarning(site);
  return {
    name: 'huawei-5g-watch:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (siteProblem && 'error' in siteProblem) {
          logger.error(siteProblem.error);
          process.exit(1);
        }
        if (siteProblem) logger.warn(banner(siteProblem.warning));
        // Before the content layer reads anything: Astro's file() loader logs a bad data file and
        // carries on with an empty collection, and a model problem thrown from a page comes with
        // a stack trace and no dist/ cleanup.
        const { problems, result } = loadContentFromDisk(contentRoot);
        if (problems.length > 0) {
          logger.error(
            `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`,
          );
          // Exit here, not throw: a thrown error is printed with a stack trace, and nothing has
          // been written yet.
          process.exit(1);
        }
        if (result) handOverModel(contentRoot, result);
        logger.info(`content check passed: ${contentRoot}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const path = new URL('data/build-report.json', dir);
        const report = JSON.parse(readFileSync(path, 'utf8')) as BuildReport;
        const counts = Object.entries(report.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ');
        logger.info(`build report: ${counts}`);
        logger.info(
          `  unpaired quote marks: ${report.unpairedMarks.length} (all explained: ${report.unpairedMarks.every((m) => m.explanation !== null)}); repaired: ${report.repairedMarks.length}; attributions set by hand: ${report.overriddenAttributions.length}; unattributed statements: ${report.unattributedStatements.length}`,
        );
        logger.info(
          `  date expressions: ${report.dateMentions.placed} on the timeline, ${report.dateMentions.excluded.length} left off with a reason, ${report.dateMentions.inQuote.length} inside quotations (flagged), ${report.dateMentions.unplaced.length} unplaced`,
        );
        logger.info(
          `  proposed by the pipeline, not yet reviewed: ${report.proposed.actors} actors, ${report.proposed.quotes} attributions, ${report.proposed.events} events, ${report.proposed.stanceSteps} stance steps`,
        );
        logger.info(`  written to ${path.pathname}`);
        if (siteProblem && 'warning' in siteProblem) logger.warn(banner(siteProblem.warning));
      },
    },
  };
}
