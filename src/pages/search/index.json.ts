import type { APIRoute } from 'astro';
import { getCorpus } from '../../corpus';
import { searchIndexFor } from '../../lib/search/build-index';
import { jsonPieces, streamOf } from '../../lib/site/json-stream';

/** Every search record (as word-form keys) and the word table in one file: what operator queries load. */
export const GET: APIRoute = async () => {
  const { model } = await getCorpus();
  // Streamed: at 1,000 articles the file is over 70 MB, too much to hold as one string.
  return new Response(streamOf(jsonPieces(searchIndexFor(model).file)), { headers: { 'Content-Type': 'application/json' } });
};
