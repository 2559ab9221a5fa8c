/**
 * Countries and blocs as a text names them: the English name of every ISO 3166-1 code (from `countryName`,
 * the one source of country names), the short forms news writing uses
 * ("US", "U.K.", "Britain") and the demonyms ("German", "Australian"). One table serves the name
 * finder (a place is not an actor) and the stance proposals (which country a sentence is about).
 */
import { countryName, isKnownCountryCode } from '../../vocabulary/countries';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Forms the runtime's names do not cover, by code. */
const EXTRA_FORMS: Record<string, readonly string[]> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'American', 'Americans', 'Washington'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'British', 'Britons', 'England', 'English', 'London'],
  CN: ['China', 'Chinese', 'Beijing', 'PRC'],
  DE: ['Germany', 'German', 'Germans', 'Berlin'],
  FR: ['French', 'Paris'],
  IT: ['Italian', 'Rome'],
  AU: ['Australian', 'Australians', 'Canberra'],
  NZ: ['New Zealander', 'Wellington'],
  CA: ['Canadian', 'Ottawa'],
  JP: ['Japanese', 'Tokyo'],
  IN: ['Indian', 'New Delhi'],
  PL: ['Polish', 'Warsaw'],
  NL: ['Dutch', 'Netherlands', 'The Hague'],
  ES: ['Spanish'],
  PT: ['Portuguese'],
  HU: ['Hungarian'],
  CZ: ['Czech', 'Czech Republic'],
  SK: ['Slovak'],
  AT: ['Austrian'],
  BE: ['Belgian'],
  SE: ['Swedish'],
  NO: ['Norwegian'],
  DK: ['Danish'],
  FI: ['Finnish'],
  // "Korea" alone is how news, Korean outlets above all, names the South; "North Korea" is matched first.
  KR: ['South Korea', 'South Korean', 'Korea', 'Korean', 'Seoul'],
  RU: ['Russian', 'Moscow'],
  TW: ['Taiwanese'],
  VN: ['Vietnamese'],
  MY: ['Malaysian'],
  AE: ['UAE', 'Emirati'],
  EU: ['EU', 'E.U.', 'European Union', 'European Commission', 'Brussels'],
  NATO: ['NATO', 'Nato'],
};

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      if (isKnownCountryCode(code)) table.set(countryName(code), code);
    }
  }
  for (const [code, forms] of Object.entries(EXTRA_FORMS)) for (const form of forms) table.set(form, code);
  return table;
}

const COUNTRY_BY_FORM = buildTable();
const FORMS_LONGEST_FIRST = [...COUNTRY_BY_FORM.keys()].sort((a, b) => b.length - a.length);
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORM_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${FORMS_LONGEST_FIRST.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The country or bloc code a name stands for ("Britain" → GB), or null. */
export function countryOf(name: string): string | null {
  return COUNTRY_BY_FORM.get(name.trim()) ?? null;
}

export interface CountryMention {
  code: string;
  text: string;
  start: number;
  end: number;
}

/** Every country or bloc a text names, longest form first ("South Korea" before "Korea"). */
export function findCountries(text: string): CountryMention[] {
  return [...text.matchAll(FORM_PATTERN)].map((m) => ({
    code: COUNTRY_BY_FORM.get(m[0]) ?? '',
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
