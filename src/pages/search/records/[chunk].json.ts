import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../corpus';
import { searchIndexFor } from '../../../lib/search/build-index';

/** One chunk of search records, fetched when a result in it is shown. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { model } = await getCorpus();
  return searchIndexFor(model).sharded.chunks.map((_, chunk) => ({ params: { chunk: String(chunk) } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { model } = await getCorpus();
  const chunk = searchIndexFor(model).sharded.chunks[Number(params.chunk)];
  return new Response(JSON.stringify(chunk ?? []), { headers: { 'Content-Type': 'application/json' } });
};
