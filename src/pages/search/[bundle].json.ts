import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../corpus';
import { searchIndexFor } from '../../lib/search/build-index';
import { BUNDLE_FILE } from '../../lib/search/shards';

/** The split index in one file (`search/bundle.json`), built only while the index is small. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { model } = await getCorpus();
  return searchIndexFor(model).bundle ? [{ params: { bundle: BUNDLE_FILE.replace(/\.json$/, '') } }] : [];
};

export const GET: APIRoute = async () => {
  const { model } = await getCorpus();
  return new Response(JSON.stringify(searchIndexFor(model).bundle ?? {}), { headers: { 'Content-Type': 'application/json' } });
};
