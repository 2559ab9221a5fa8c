/**
 * What every field of the open-data files means. A unit test checks that each field the files
 * carry is described here, so the dictionary cannot drift from the data.
 */
import { actorUrl, articleUrl, eventUrl } from '../routes';

export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  covers:
    'The site’s analysis and data: the timeline, the stance coding, the attributions, the summaries and notes, and the open-data files.',
  texts:
    'The article texts belong to their publishers and authors. They are quoted in full here for research and citation, each with its source named; they are not covered by the licence above.',
} as const;

export interface DataFileDictionary {
  /** The files the fields belong to. */
  files: readonly string[];
  fields: Record<string, string>;
}

export const DATA_DICTIONARY: Record<string, DataFileDictionary> = {
  articles: {
    files: ['articles.json', 'articles.csv'],
    fields: {
      id: `The article’s slug; its page is ${articleUrl('<id>')}.`,
      title: 'The headline as printed, or the editors’ title when the source has none.',
      titleSupplied: 'true when the source has no headline and the editors supplied the title.',
      outlet: 'The publishing outlet, where the text names it or it can be inferred from the page; null otherwise.',
      authors: 'Authors as the source names them (a list; in CSV joined with “; ”).',
      contributors: 'People and agencies the source credits as contributors.',
      published: 'Publication date, YYYY-MM-DD or YYYY-MM.',
      precision: 'day or month: how precisely the publication date is known.',
      publishedInferred: 'true when the source prints no date and the editors inferred it (reasoning on the article page).',
      url: 'The article’s page on this site.',
    },
  },
  quotes: {
    files: ['quotes.json', 'quotes.csv'],
    fields: {
      id: 'The quote’s anchor (q-…), unique within its article.',
      text: 'The quoted words, verbatim.',
      article: 'Slug of the article it stands in.',
      paragraph: 'Anchor of the paragraph it starts in (p-…).',
      url: 'The quote’s place on the article page.',
      speaker: 'Id of the actor who speaks, or null.',
      speakerLabel: 'How the article names the speaker where that is not an actor’s name (“a State Department spokesman”).',
      attribution: 'How the speaker is known: named, pronoun, unnamed source, and so on (see the methodology).',
      kind: 'statement (a sentence or more) or phrase (a word or a few, quoted inside the reporter’s sentence).',
      setByHand: 'true when the editors set the speaker by hand.',
      note: 'The editors’ note on a hand-set attribution.',
      nestedIn: 'Id of the quote this one is quoted inside, or null.',
      status:
        'reviewed (an editor checked the speaker: a reviewed article, or an override) or proposed (the pipeline decided it and no editor has yet).',
    },
  },
  actors: {
    files: ['actors.json', 'actors.csv'],
    fields: {
      id: `The actor’s id; their page is ${actorUrl('<id>')}.`,
      name: 'The name as the articles most fully give it.',
      aliases: 'Every form of the name the articles use.',
      kind: 'person, government, company, media, international or institute.',
      country: 'ISO 3166-1 alpha-2 code of the country the articles tie them to, or null.',
      roles: 'Roles as each article states them, each with its article and paragraph.',
      mentions: 'How many paragraphs name them.',
      quotes: 'How many quotes they speak.',
      credits: 'Articles that credit them (author, contributor) or that they published (outlet).',
      articles: 'Slugs of the articles that name or credit them.',
      status: 'reviewed (listed by an editor in content/actors.yaml) or proposed (the pipeline decided it and no editor has yet).',
      url: 'Their page on this site.',
    },
  },
  events: {
    files: ['events.json', 'events.csv'],
    fields: {
      id: `The event’s id, a date and a slug; its page is ${eventUrl('<id>')}.`,
      date: 'The date as known: YYYY-MM-DD, YYYY-MM, YYYY, or an ISO interval start/end.',
      precision: 'day, week, month, quarter, year or range.',
      label: 'The date in words, saying no more than is known.',
      kind: 'event (part of the story) or context (background an article gives).',
      title: 'A short title, in the editors’ words.',
      summary: 'What the sources report, in the editors’ words.',
      actors: 'Ids of the actors involved.',
      countries: 'Codes of the countries and blocs involved.',
      sources: 'Every paragraph that reports the event (in CSV, their URLs).',
      note: 'What the sources leave unclear.',
      status: 'reviewed (typed by an editor in content/events.yaml) or proposed (the pipeline decided it and no editor has yet).',
      url: 'The event’s page on this site.',
    },
  },
  countries: {
    files: ['countries.json', 'stance-steps.csv'],
    fields: {
      code: 'ISO 3166-1 alpha-2 code, or EU or NATO (in CSV: country).',
      name: 'The name, as everywhere on the site.',
      bloc: 'true for the EU and NATO.',
      stances: 'The dated steps, in the order of events (in CSV, one row each).',
      asOf: 'When the position held: a date in the form of its precision.',
      dateBasis: 'event (the text dates the position) or report (only the report’s date is known).',
      reported: 'When the position was first reported: the article’s date, or an earlier report it cites.',
      stance: 'ban, restricted, mitigation, no-restriction, under-review or unknown (the codebook on the methodology page).',
      advocacy: 'campaigns-for-ban or opposes-singling-out, where the articles say; null otherwise.',
      summary: 'The step in the editors’ words.',
      evidence:
        'The sentence the step rests on: article, paragraph, verbatim text and URL (in CSV, evidenceArticle, evidenceParagraph, evidenceText, evidenceUrl).',
      status: 'reviewed (typed by an editor in content/countries.yaml) or proposed (the pipeline decided it and no editor has yet).',

      url: 'The country’s page on this site (in CSV: countryUrl).',
    },
  },
  dates: {
    files: ['dates.json'],
    fields: {
      article: 'Slug of the article the expression stands in.',
      paragraph: 'Anchor of its paragraph (p-…).',
      url: 'The paragraph on this site.',
      text: 'The expression as printed (“on Monday”, “last year”).',
      start: 'First day it can mean, YYYY-MM-DD, read against the publication date.',
      end: 'Last day it can mean.',
      precision: 'day, week, month, quarter, year or range.',
      label: 'The resolved date in words.',
      widened: 'Why it is a range, when the article is dated only to the month; null otherwise.',
      inQuote: 'true when it stands inside a quotation: the speaker’s date, flagged, not placed on the timeline.',
      placement: 'event (on a timeline event), excluded (left off with a reason), in-quote, or unplaced.',
      event: 'Id of the event it is placed on, or null.',
      reason: 'Why it is left off the timeline, or null.',
      status: 'reviewed (placed or excluded by an editor) or proposed (the pipeline decided it and no editor has yet).',
    },
  },
};
