import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { searchIndexFor } from '../../lib/search/build-index';

/** Every search record (as word-form keys) and the word table in one file: what operator queries load. */
export const GET: APIRoute = async () => {
  const { model } = await getCorpus();
  return new Response(JSON.stringify(searchIndexFor(model).file), { headers: { 'Content-Type': 'application/json' } });
};
