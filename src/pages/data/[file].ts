import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../corpus';
import { OPEN_DATA_FILES } from '../../lib/site/open-data';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = OPEN_DATA_FILES.find((f) => f.name === params.file);
  if (!file) return new Response('Not found', { status: 404 });
  const { model } = await getCorpus();
  return new Response(file.render(model), { headers: { 'Content-Type': file.type } });
};
