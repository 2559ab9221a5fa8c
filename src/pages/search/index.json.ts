import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { buildSearchIndex, searchRecords } from '../../lib/search/records';

/** The quote records and their Fuse index, fetched by the search page when it is first used. */
export const GET: APIRoute = async () => {
  const { model } = await getCorpus();
  return new Response(JSON.stringify(buildSearchIndex(searchRecords(model))), { headers: { 'Content-Type': 'application/json' } });
};
