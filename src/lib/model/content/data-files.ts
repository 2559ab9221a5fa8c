/** The data collections, by the file each lives in under the content root. */
export const DATA_FILES = {
  actors: 'actors.yaml',
  events: 'events.yaml',
  countries: 'countries.yaml',
  overrides: 'attribution-overrides.yaml',
  quoteMarkNotes: 'quote-mark-notes.yaml',
  timelineExclusions: 'timeline-exclusions.yaml',
} as const;

/** The committed anchor map (not a collection: the build and the check read it themselves). */
export const ANCHORS_FILE = 'anchors.json';
