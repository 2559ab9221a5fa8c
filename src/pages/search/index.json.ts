import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { buildSearchIndex, writtenRecords } from '../../lib/search/build-index';

/** The search records (as word-form keys) and the word table, fetched by the search page when it is first used. */
export const GET: APIRoute = async () => {
  const { model } = await getCorpus();
  return new Response(JSON.stringify(buildSearchIndex(writtenRecords(model))), { headers: { 'Content-Type': 'application/json' } });
};
