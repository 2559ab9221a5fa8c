/**
 * How each raw seed maps to its article: which lines were page junk (dropped, and must not come
 * back) and which byline lines the frontmatter now carries in another form. Every other line of
 * the seed is article text and must stand, word for word, on the article page.
 */
export interface SeedMap {
  seed: string;
  slug: string;
  /** Whole lines of page junk, as printed in the seed. */
  junk: string[];
  /** Fragments of mixed lines that are junk too. */
  junkFragments: string[];
  /** Lines whose content the page shows in another form (a blank byline, say), with where. */
  metadata: Record<string, string>;
}

export const SEEDS: SeedMap[] = [
  {
    seed: '000_1dcdc82a3592616d.txt',
    slug: 'us-anti-huawei-campaign-suffers-a-blow',
    junk: ['To contact the WSWS and the Socialist Equality Party visit:', '**[wsws.org/contact](https://wsws.org/contact)**'],
    junkFragments: [],
    metadata: {},
  },
  {
    seed: '001_49e182705f71a24e.txt',
    slug: 'european-partners-skeptical-about-us-campaign-to-ban-huawei',
    junk: [
      'Be the first to comment on "European Partners ‘Skeptical’ About US Campaign To Ban Huawei"',
      'Leave a comment',
      'Your email address will not be published.',
    ],
    junkFragments: [],
    metadata: {},
  },
  {
    seed: '002_09b943ccc0cbb0c5.txt',
    slug: 'us-threat-to-end-security-cooperation-over-chinese-telco',
    junk: [
      'About Natalie Leal',
      'Natalie is a freelance journalist whose work has been published by The Sun Online, The Guardian, Novara Media, Positive News, and Welfare Weekly, among others. She also writes reports and case studies on global business trends for behavioural insights agency, Canvas8. Prior to working as a journalist Natalie worked for the public sector in social services for several years. She switched careers in 2013 after winning a fully funded NCTJ in a national writing competition. She holds a Masters degree in social anthropology from Sussex University where she specialised in processes of social change and international conflict and reconciliation processes.',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
    ],
    junkFragments: [],
    metadata: {
      'By on 26/02/2019 | Updated on 04/02/2022':
        'The blank byline is explained in the source notes; the dates are in the header (Published 26 February 2019, Updated 04/02/2022).',
    },
  },
  {
    seed: '003_dbc646547e4499cb.txt',
    slug: 'trump-is-losing-the-fight-to-ban-huawei-from-global-networks',
    junk: [
      '-',
      'Read more: Trump Campaign to Restrict Huawei Runs Into Global Opposition',
      "[Read more: China Battles Against Trump's Latest Tariff Threat](#)",
      'Read more: Vodafone Is Said to Have Found Huawei Security Flaws From 2009',
      'In this article',
      'VOD',
      'VODAFONE GROUP',
      '140.10 GBp ▲ +0.10 +0.07%',
      'AAPL',
      'APPLE INC',
      '202.90 USD ▲ +0.04 +0.02%',
      '1113L',
      'JONES DAY',
      'Private Company',
      '[Terms of Service](#)',
      '[Find out more here](#)',
      '[Trademarks](#) [Privacy Policy](#)',
      '©2019 Bloomberg L.P. All Rights Reserved',
      '[Careers](#) [Made in NYC](#) [Advertise](#) [Ad Choices](#) [Contact Us](#) [Help](#)',
    ],
    junkFragments: [],
    metadata: {},
  },
  {
    seed: '004_d7d0129129dd7f12.txt',
    slug: 'pompeo-in-london-reaffirms-us-concerns-over-huawei',
    junk: [],
    junkFragments: ['advertisement'],
    metadata: {},
  },
];
