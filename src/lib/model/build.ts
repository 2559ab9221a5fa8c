/**
 * Builds the analysis model from the content and checks it, in named stages, each a function
 * with a typed input and output (src/lib/model/stages/): articles -> actors -> quotes and their
 * attribution -> events -> dates -> stances -> actor records -> report and final checks. Pure: it
 * takes parsed content and returns the model and every problem found, each naming the file and
 * the field, so the build (and `npm run check:content`) can fail with a message that says where
 * to look. The language layer (src/lib/analysis/language/) serves the actors, quotes and dates
 * stages.
 */
import { gatherActors } from './stages/actors';
import { recordActors } from './stages/actor-records';
import { readArticles } from './stages/articles';
import { Problems, referenceResolver, type ModelInput, type ModelResult } from './stages/context';
import { placeDates } from './stages/dates';
import { checkEvents } from './stages/events';
import { gatherQuotes } from './stages/quotes';
import { buildReport, checkOpenItems } from './stages/report';
import { gatherStances } from './stages/stances';

export type { DataFile, ModelInput, ModelResult } from './stages/context';

export function buildModel(input: ModelInput): ModelResult {
  const problems = new Problems();
  const articles = readArticles(input, problems);
  const resolveRef = referenceResolver(articles, problems);
  const actorStage = gatherActors(input, articles, resolveRef, problems);
  const quoteStage = gatherQuotes(input, articles, actorStage, resolveRef, problems);
  const reviewedEvents = checkEvents(input, articles, actorStage.listedIds, resolveRef, problems);
  const { dateMentions, events, eventProposals } = placeDates(
    input,
    articles,
    quoteStage.quotes,
    reviewedEvents,
    actorStage.matcherFor,
    resolveRef,
    problems,
  );
  const { countries, proposed } = gatherStances(input, articles, dateMentions, resolveRef, problems);
  const actors = recordActors(input, actorStage.all, articles, quoteStage.quotes, events, actorStage.matcherFor);
  const reportInput = { articles, quotes: quoteStage, actors, events, countries, dateMentions, eventProposals, stanceProposals: proposed };
  checkOpenItems(input, reportInput, problems);
  const report = buildReport(reportInput);
  return { model: { articles, quotes: quoteStage.quotes, actors, events, countries, dateMentions, report }, problems: problems.list };
}
