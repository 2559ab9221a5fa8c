/**
 * What the browser benchmarks share: the site's real search index, a page bundle built from an
 * entry file, and Debian's Chromium launched quietly (no background traffic to skew timings).
 */
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { loadContentFromDisk } from '../src/lib/model/content/files';
import { buildSearchIndex, writtenRecords } from '../src/lib/search/build-index';

/** The search index of the site's own content, as the build writes it. */
export function realSearchIndex(): ReturnType<typeof buildSearchIndex> {
  const { result } = loadContentFromDisk('content');
  if (!result) throw new Error('the content check fails: run npm run check:content');
  return buildSearchIndex(writtenRecords(result.model));
}

/** One script for the benchmark page, bundled from `entry`. */
export async function pageBundle(entry: string): Promise<string> {
  const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022' });
  const [output] = bundle.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
