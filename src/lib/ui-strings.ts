/** Every string the interface shows, in one typed place (the articles' own text is not here). */
export const UI = {
  site: {
    name: 'Huawei 5G Watch',
    tagline: 'What was said and done in the US campaign to keep Huawei out of 5G networks, 2019–2020',
    description:
      'A reading, searching and citing tool over five news articles (2019–2020) on the US campaign to make its allies exclude Huawei from 5G networks.',
    skipLink: 'Skip to content',
    navLabel: 'Main',
    footer:
      'The five articles are quoted in full for research and citation; each page names its source. Analysis pages cite the paragraph they rest on.',
  },
  nav: { home: 'Home', articles: 'Articles' },
  article: {
    byline: 'By',
    noAuthor: 'Author not named in the source',
    noOutlet: 'Outlet not named in the source',
    contributors: 'With contributions from',
    published: 'Published',
    updated: 'Updated',
    inferred: 'inferred',
    datePrinted: 'Date as printed',
    monthPrecision: 'date known to the month only',
    titleSupplied: 'Title supplied by the editors: the source has no headline.',
    sourceNotes: 'Source notes',
    seed: 'Restored from the raw text',
    outletBasis: 'Outlet',
    dateInference: 'How the date was inferred',
    evidence: 'Evidence',
    summaryLabel: 'Summary points',
    captionLabel: { photo: 'Photo caption (image not kept in the source text)', video: 'Video title (video not kept in the source text)' },
    paragraphLinkHint: 'Every paragraph has its own link: the ¶ at its end. Copy it to cite that paragraph.',
    blockLinkLabel: (text: string) => `Link to the paragraph “${text.split(/\s+/).slice(0, 6).join(' ')}…”`,
    backToArticles: 'All articles',
  },
  home: {
    heading: 'Huawei 5G Watch',
    articlesHeading: 'The five articles',
    about:
      'Each article is kept word for word, with only page clutter removed, and every paragraph has its own link so a passage can be cited exactly. Where the source leaves something unclear, such as a missing date or byline, the article page says so and shows the reasoning.',
  },
  articles: {
    heading: 'Articles',
    description: 'The five source articles, oldest first, each in full with its source notes.',
  },
  notFound: { heading: 'Page not found', body: 'No page lives at this address. Start from the list of articles.' },
} as const;
