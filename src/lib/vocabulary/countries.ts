/** Country and bloc codes: ISO 3166-1 alpha-2 for countries, `EU` and `NATO` for the blocs. */
const BLOCS: Record<string, string> = { EU: 'European Union', NATO: 'NATO' };

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for an ISO 3166-1 alpha-2 code the runtime knows, or a bloc. */
export function isKnownCountryCode(code: string): boolean {
  if (code in BLOCS) return true;
  return /^[A-Z]{2}$/.test(code) && code !== 'EU' && regionNames.of(code) !== undefined;
}

/** "United Kingdom" for `GB`, "European Union" for `EU`. */
export function countryName(code: string): string {
  return BLOCS[code] ?? regionNames.of(code) ?? code;
}

export function isBloc(code: string): boolean {
  return code in BLOCS;
}

/**
 * Codes of the countries of Europe (Russia and Turkey left out: they would stretch the frame of
 * the Europe inset), for the inset that draws the described ones large enough to see and tap.
 */
export const EUROPEAN_CODES: ReadonlySet<string> = new Set(
  'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK'.split(
    ' ',
  ),
);
