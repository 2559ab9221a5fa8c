/** The data collections, by the file each lives in under the content root. */
export const DATA_FILES = {
  actors: 'actors.yaml',
  events: 'events.yaml',
  countries: 'countries.yaml',
  overrides: 'attribution-overrides.yaml',
  quoteMarkNotes: 'quote-mark-notes.yaml',
  timelineExclusions: 'timeline-exclusions.yaml',
} as const;
