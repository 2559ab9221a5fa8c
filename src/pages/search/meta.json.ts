import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { searchIndexFor } from '../../lib/search/build-index';

/** The split index's meta file: word table, every key, each quote's facet values. */
export const GET: APIRoute = async () => {
  const { model } = await getCorpus();
  return new Response(JSON.stringify(searchIndexFor(model).sharded.meta), { headers: { 'Content-Type': 'application/json' } });
};
