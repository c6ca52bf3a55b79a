/**
 * Every file under /data/ (CSV, Excel CSV, JSON, datapackage.json, schemas, README): the bytes
 * come from `getDownloads()`, the same list the catalogue pages and the Data Package are made from.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataBaseUrl } from '../../components/data/site.ts';
import { getDownloads } from '../../downloads/index.ts';

export const getStaticPaths = (() => [...getDownloads(dataBaseUrl()).files.keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json', md: 'text/markdown; charset=utf-8', txt: 'text/plain; charset=utf-8' };

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const body = getDownloads(dataBaseUrl()).files.get(file);
  if (!body) throw new Error(`no download data/${file}`);
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
