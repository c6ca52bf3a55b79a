/**
 * /data/* on the dev server only: the files the publish step wrote (integration.ts), served
 * from its folder. The build copies that folder instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishDir, readManifest } from './manifest.ts';

export const getStaticPaths = (() => readManifest(publishDir()).files.map((f) => ({ params: { file: f.path } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json', md: 'text/markdown; charset=utf-8', txt: 'text/plain; charset=utf-8' };

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  if (!readManifest(publishDir()).files.some((f) => f.path === file)) throw new Error(`no download data/${file}`);
  return new Response(readFileSync(join(publishDir(), 'data', file)), { headers: { 'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
