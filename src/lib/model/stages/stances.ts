/**
 * Stage 6: the countries' and blocs' stance histories. The editors' steps, each evidence passage
 * and date checked; the steps the pipeline proposes from sentences no step covers; in the order
 * of events.
 */
import type { ArticleData, CountryData } from '../../../schemas';
import { compareText } from '../../analysis/collate';
import { describeInterval, parseDateValue } from '../../analysis/dates/interval';
import { countryUrl } from '../../routes';
import { countryName, isBloc } from '../../vocabulary/countries';
import { proposeStanceSteps, type StanceProposal } from '../proposals';
import type { CountryStance, ModelArticle, PlacedDateMention, StanceStep } from '../types';
import { parseDate, type ModelInput, type Problems, type ResolveRef } from './context';

export interface StanceStage {
  countries: CountryStance[];
  proposed: number;
}

/** The last day a publication date covers: the day itself, or the month's last day. */
function publicationEnd(published: ArticleData['published']): string {
  return published.precision === 'day' ? published.date : parseDateValue(published.date, 'month').end;
}

function reviewedSteps(country: CountryData, input: ModelInput, resolveRef: ResolveRef, problems: Problems): StanceStep[] {
  const file = input.countries.file;
  return country.steps.flatMap((step, j) => {
    const field = `${country.id}.steps.${j}`;
    resolveRef(file, `${field}.evidence`, step.evidence, step.evidence.text);
    const interval = parseDate(step.date, step.precision, file, `${field}.date`, problems);
    const reported = parseDate(step.reported.date, step.reported.precision, file, `${field}.reported.date`, problems);
    const citing = input.articles.find((a) => a.data.slug === step.evidence.article)?.data.published;
    if (reported && citing && reported.start > publicationEnd(citing)) {
      problems.add(
        file,
        `${field}.reported.date`,
        `${step.reported.date} is after the publication of ${step.evidence.article} (${citing.date}); give the date it was first reported, no later than the article`,
      );
    }
    if (!interval || !reported) return [];
    const { dateBasis, stance, advocacy, summary, evidence, status } = step;
    return [
      {
        interval,
        label: describeInterval(interval),
        reported,
        reportedLabel: describeInterval(reported),
        dateBasis,
        stance,
        advocacy,
        summary,
        evidence,
        status,
      },
    ];
  });
}

const stanceOf = (code: string, steps: StanceStep[], data: CountryData): CountryStance => ({
  code,
  name: countryName(code),
  isBloc: isBloc(code),
  steps,
  describedIn: [],
  url: countryUrl(code),
  data,
});

function addProposals(countries: CountryStance[], proposals: readonly StanceProposal[]): void {
  for (const { country, step } of proposals) {
    let stance = countries.find((c) => c.code === country);
    if (!stance) {
      stance = stanceOf(country, [], { id: country, steps: [] });
      countries.push(stance);
    }
    stance.steps.push(step);
  }
}

export function gatherStances(
  input: ModelInput,
  articles: readonly ModelArticle[],
  dateMentions: readonly PlacedDateMention[],
  resolveRef: ResolveRef,
  problems: Problems,
): StanceStage {
  const countries = input.countries.entries.map((country) =>
    stanceOf(country.id, reviewedSteps(country, input, resolveRef, problems), country),
  );
  const covered = new Set(countries.flatMap((c) => c.steps.map((step) => `${c.code}#${step.evidence.article}#${step.evidence.paragraph}`)));
  const proposals = proposeStanceSteps(articles, dateMentions, covered);
  addProposals(countries, proposals);
  for (const country of countries) {
    // In the order of events; a tie keeps the order in which the steps were reported.
    country.steps.sort((a, b) => compareText(a.interval.start, b.interval.start) || compareText(a.reported.start, b.reported.start));
    country.describedIn = [...new Set(country.steps.map((step) => step.evidence.article))].sort(compareText);
  }
  countries.sort((a, b) => Number(a.isBloc) - Number(b.isBloc) || compareText(a.name, b.name));
  return { countries, proposed: proposals.length };
}
