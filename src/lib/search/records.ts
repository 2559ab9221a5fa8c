/**
 * What the search searches: one flat record per quote, article passage (paragraph), timeline event,
 * person or organisation, and country, built from the model at build time (`build-index.ts`) and
 * published with a serialised Fuse index, so the browser only parses it. The searched fields hold
 * word-form keys, not the written words: "spying" and "spy" are the same key.
 */
import type { IFuseOptions } from 'fuse.js';
import type { WordKeyTable } from './words';

/** The result groups, in the order the page shows them: quotes first. */
export const SEARCH_GROUPS = ['quote', 'passage', 'event', 'entity'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

export interface SearchRecord {
  /** `<article>#<quote or paragraph id>`, `event:<id>`, `actor:<id>` or `country:<code>`. */
  id: string;
  group: SearchGroup;
  url: string;
  /** The text shown: the quote, the paragraph, the event's summary, the actor's roles. */
  text: string;
  /** The heading shown: the article (passages), the event's title, the name (people, countries). */
  title: string;
  /** Keys of the text (and title, for events and entities): the words that count most. */
  words: string;
  /** Keys of who: a quote's speaker and their aliases; an entity's name and aliases. */
  who: string;
  /** Keys of what the speaker is: their roles and organisation, as the articles give them. */
  role: string;
  /** Keys of where: the speaker's country, the article's title and outlet. */
  place: string;
  /** The quote's sentence around it, where the sentence is longer than the quote. */
  context: { before: string; after: string } | null;
  /** Quote fields, shown and used as facets ('' for other groups). */
  speakerId: string | null;
  speakerUrl: string | null;
  /** The speaker as shown: the actor's name or the article's description of the source. */
  speaker: string;
  /** The speaker's country, or NO_COUNTRY. */
  country: string;
  articleTitle: string;
  outlet: string;
  date: string;
  year: string;
  kind: string;
  attribution: string;
  setByHand: boolean;
}

/** Words of the text count most; then who said it; then what the speaker is; then where. */
export const SEARCH_KEYS = [
  { name: 'words', weight: 4 },
  { name: 'who', weight: 2 },
  { name: 'role', weight: 1 },
  { name: 'place', weight: 0.6 },
] as const;

/** Tuned on the judged queries' tuning half (`npm run bench:search`); see the README. */
const FUZZY_THRESHOLD = 0.2;
/**
 * A result scoring worse than this is dropped: Fuse matches inside keys, so "tariff" scores a
 * weak match in "secretari for"; tuned with the threshold.
 */
export const MAX_SCORE = 0.5;

/**
 * `ignoreLocation`: a word late in a long text must match as well as an early one (Fuse's default
 * location bias misses words after the first ~60 characters). `ignoreFieldNorm`: a long text is
 * not penalised for being long. Extended search gives the `'` `=` `!` `^` `|` operators.
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: FUZZY_THRESHOLD,
  minMatchCharLength: 2,
  useExtendedSearch: true,
};

/** The fields operator queries (`'exact`, `!not` …) search: the written words, as typed. */
export const OPERATOR_KEYS = ['text', 'title', 'speaker'] as const;

export const NO_SPEAKER = 'No speaker given';
export const NO_COUNTRY = 'Country not stated';

export interface SearchIndexFile {
  records: SearchRecord[];
  /** Fuse's index over SEARCH_KEYS, or null: the page does not need one (see build-index.ts). */
  index: unknown;
  /** Written words whose key the stemmer alone would get wrong. */
  wordKeys: WordKeyTable;
}

/**
 * Each group's heading, and how many results it shows at first and adds per "show more". Ten
 * quotes fill more than a laptop's window (a phone shows two or three); every quote shown at a
 * keystroke is a record fetched, ranked and drawn, so the first screen holds no more.
 */
export const GROUP_DISPLAY: Record<SearchGroup, { heading: string; noun: [string, string]; page: number }> = {
  quote: { heading: 'Quotes', noun: ['quote', 'quotes'], page: 10 },
  passage: { heading: 'Passages in the articles', noun: ['passage', 'passages'], page: 5 },
  event: { heading: 'Timeline events', noun: ['event', 'events'], page: 5 },
  entity: {
    heading: 'People, organisations and countries',
    noun: ['person, organisation or country', 'people, organisations and countries'],
    page: 8,
  },
};
