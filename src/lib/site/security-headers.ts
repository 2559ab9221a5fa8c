/**
 * The HTTP headers every response of the site should carry: what a `<meta>` Content Security
 * Policy cannot say. `astro preview` (`npm start`) sends them (astro.config.mjs), `public/_headers`
 * carries them to Netlify- and Cloudflare-Pages-style hosts, and the README has the nginx lines;
 * a unit test keeps the three the same.
 *
 * The header policy only adds to the per-page `<meta>` policy (a browser enforces both): the
 * meta carries the script and style hashes, which differ per page, so the header leaves scripts
 * and styles to it.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // No site may frame these pages (clickjacking); no plugins; no <base> or form target elsewhere.
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  // The same for browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  // A file is what its Content-Type says (index.json is not run as a script, a .txt not as HTML).
  'X-Content-Type-Options': 'nosniff',
  // Nobody learns which page a reader came from.
  'Referrer-Policy': 'no-referrer',
  // The site uses no device features; nothing embedded in it may either.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `public/_headers` (Netlify, Cloudflare Pages): every path gets every header. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}

/** The nginx lines for the README (`always`, so error pages carry them too). */
export function nginxLines(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
