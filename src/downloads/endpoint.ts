/**
 * /data/* on the dev server only (the build writes these files itself, see integration.ts):
 * the same bytes, made again from `getDownloads()` when asked.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataBaseUrl } from '../components/data/site.ts';
import { getDownloads } from './index.ts';
import { joinChunks } from './output.ts';

export const getStaticPaths = (() => [...getDownloads(dataBaseUrl()).files.keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json', md: 'text/markdown; charset=utf-8', txt: 'text/plain; charset=utf-8' };

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const found = getDownloads(dataBaseUrl()).files.get(file);
  if (!found) throw new Error(`no download data/${file}`);
  return new Response(joinChunks(found.chunks()), { headers: { 'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
