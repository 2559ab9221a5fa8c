/** Country and bloc codes: ISO 3166-1 alpha-2 for countries, `EU` and `NATO` for the blocs. */
export const BLOCS: Record<string, string> = { EU: 'European Union', NATO: 'NATO' };

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
