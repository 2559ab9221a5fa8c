import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../corpus';
import { searchIndexFor } from '../../../lib/search/build-index';

/** One postings shard of the split search index: key → the records holding it. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { model } = await getCorpus();
  return searchIndexFor(model).sharded.shards.map((_, shard) => ({ params: { shard: String(shard) } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { model } = await getCorpus();
  const shard = searchIndexFor(model).sharded.shards[Number(params.shard)];
  return new Response(JSON.stringify(shard ?? {}), { headers: { 'Content-Type': 'application/json' } });
};
