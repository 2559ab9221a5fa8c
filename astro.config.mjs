// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { readActorsForRenderer, readAnchorsForRenderer } from './src/lib/model/content/files.ts';
import { SITE_BASE } from './src/lib/routes.ts';
import { SECURITY_HEADERS } from './src/lib/site/security-headers.ts';
import { articleMarkdownOptions } from './src/markdown/pipeline.ts';

// The article renderer links each actor's first mention per paragraph, with the same aliases the
// analysis model matches. A file that cannot be read gives no actors here: the content check,
// which runs before anything is built, then refuses the build naming the file and the problem.
// CONTENT_ROOT points the whole build at another content folder (the build benchmark's corpora).
const contentRoot = process.env.CONTENT_ROOT ?? 'content';
const actors = readActorsForRenderer(contentRoot);
// Paragraph and quote ids come from the committed map, content/anchors.json (README: ids).
const anchors = readAnchorsForRenderer(contentRoot);

/** Where canonical, Open Graph, RSS and JSON-LD URLs point without SITE_URL (the build warns). */
const PLACEHOLDER_SITE = 'https://huawei-5g-watch.example';

export default defineConfig({
  // Canonical, Open Graph, RSS and JSON-LD URLs need the deployed origin: set SITE_URL.
  site: process.env.SITE_URL || PLACEHOLDER_SITE,
  // Every URL the site makes comes from src/lib/routes.ts, and so does the path it is served under.
  base: SITE_BASE,
  // What a <meta> CSP cannot carry (frame-ancestors, nosniff, …), sent by `astro preview` and
  // `astro dev`; public/_headers and the README's nginx lines carry the same to real hosts.
  server: { headers: { ...SECURITY_HEADERS } },
  trailingSlash: 'always',
  // Pages wait mostly on the file system; rendering a few at once keeps a large corpus's build short.
  build: { concurrency: 5 },
  integrations: [contentCheck(contentRoot, { siteUrl: process.env.SITE_URL, placeholder: PLACEHOLDER_SITE }), sitemap()],
  security: {
    // A strict policy in a <meta> tag on every page: Astro hashes its bundled scripts and styles,
    // so no 'unsafe-inline' or 'unsafe-eval' is needed; nothing may load from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // No code in the articles; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    // Astro 7 defaults to a non-unified processor; the analysis needs mdast (remark) and hast
    // (rehype). Plugins, GFM off and SmartyPants off: see src/markdown/pipeline.ts.
    processor: unified(articleMarkdownOptions(actors, anchors)),
  },
});
