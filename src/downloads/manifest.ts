/**
 * What the publish step wrote, for the pages: every file under /data/ (path, bytes, sha256) and
 * the catalogue's tables by name. It lives in the publish folder next to `data/`, never in the
 * site, and the catalogue pages read it instead of making the downloads themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasets, type DatasetName } from '../datasets/registry.ts';
import { combinedColumns, type CatalogueTable, type Format, type PublishedFile } from './catalogue.ts';
import type { Downloads } from './index.ts';
import { municipalitiesTable } from './municipalities.ts';
import type { Release } from './release.ts';

/** Names the publish folder (`<folder>/manifest.json`, `<folder>/data/`) to the pages; build.ts sets it. */
export const PUBLISH_DIR_ENV = 'KG_PUBLISH_DIR';

/** Where `astro dev` and a bare `astro build` publish when PUBLISH_DIR_ENV is not set. */
export const DEFAULT_PUBLISH_DIR = 'node_modules/.cache/kg-open-budget/publish';

export const publishDir = (env: NodeJS.ProcessEnv = process.env): string => env[PUBLISH_DIR_ENV] || DEFAULT_PUBLISH_DIR;
export const manifestPath = (dir: string) => join(dir, 'manifest.json');
/** The change log of this release, under /data/ (src/downloads/changelog.ts). */
export const CHANGES_PATH = 'changes.json';
/**
 * The figures every page shard needs, written by the publish step right after it has loaded the
 * data and before it writes any download, so page shards start then and publishing runs beside
 * them: the release (version, date), each municipality's standing among similar-size ones
 * (src/figures/compare.ts: it needs the whole country, a shard loads only its share), and the
 * change log (the "corrected" marker); and what the national pages need of every municipality
 * (src/figures/national.ts), so the process rendering them need not hold the whole country.
 */
export const releasePath = (dir: string) => join(dir, 'release.json');
export const standingsPath = (dir: string) => join(dir, 'standings.json');
/** V8's structured serialisation (the entries hold Maps), as the hand-off (src/datasets/handoff.ts). */
export const nationalPath = (dir: string) => join(dir, 'national.v8');
export const changesPath = (dir: string) => join(dir, CHANGES_PATH);
/** The publish step's message to `npm run build` (over IPC) once those figures are written. */
export const FIGURES_READY = 'figures-written';

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  /** Data files only (documents such as README.md have none). */
  format?: Format;
  municipality?: string;
  /** Set when the file is a release asset rather than under /data/ (src/downloads/release-assets.ts). */
  url?: string;
}

/** A catalogue table with its files named by path (each listed once, in `files`). */
export interface ManifestTable {
  name: string;
  rows: number;
  combined: string[];
  perMunicipality: Array<{ municipality: string; rows: number; files: string[] }>;
  municipalities: string[];
  years?: { from: number; to: number };
}

export interface Manifest {
  release: Release;
  /** Every file under /data/, in the order it was written. */
  files: ManifestFile[];
  tables: ManifestTable[];
}

export function toManifest(d: Downloads): Manifest {
  const formats = new Map(d.catalogue.files.map((f) => [f.path, { format: f.format, ...(f.municipality && { municipality: f.municipality }), ...(f.url && { url: f.url }) }]));
  return {
    release: d.release,
    files: [...d.files.values()].map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256, ...formats.get(f.path) })),
    tables: d.catalogue.tables.map((t) => ({
      name: t.dataset.name,
      rows: t.rows,
      combined: t.combined.map((f) => f.path),
      perMunicipality: t.perMunicipality.map((p) => ({ municipality: p.municipality, rows: p.rows, files: p.files.map((f) => f.path) })),
      municipalities: t.municipalities,
      ...(t.years && { years: t.years }),
    })),
  };
}

export function readManifest(dir: string): Manifest {
  const path = manifestPath(dir);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (e) {
    throw new Error(`no downloads manifest at ${path} (${(e as Error).message}): build with \`npm run build\`, which publishes /data/ before the pages`);
  }
}

/** The published catalogue: each table with its declaration and columns again, and its files with their sizes. */
export interface Published {
  release: Release;
  tables: CatalogueTable<PublishedFile>[];
}

const tableNamed = (name: string) => (name === municipalitiesTable.name ? municipalitiesTable : datasets[name as DatasetName]);

export function publishedCatalogue(m: Manifest): Published {
  const byPath = new Map(m.files.map((f) => [f.path, f]));
  const file = (path: string): PublishedFile => {
    const f = byPath.get(path);
    if (!f?.format) throw new Error(`the downloads manifest lists no data file ${path}`);
    return { path, format: f.format, ...(f.municipality && { municipality: f.municipality }), bytes: f.bytes, sha256: f.sha256, ...(f.url && { url: f.url }) };
  };
  return {
    release: m.release,
    tables: m.tables.map((t) => {
      const dataset = tableNamed(t.name);
      if (!dataset) throw new Error(`the downloads manifest names an unknown table ${t.name}: publish again`);
      return {
        dataset,
        columns: combinedColumns(dataset),
        rows: t.rows,
        combined: t.combined.map(file),
        perMunicipality: t.perMunicipality.map((p) => ({ municipality: p.municipality, rows: p.rows, files: p.files.map(file) })),
        municipalities: t.municipalities,
        years: t.years,
      };
    }),
  };
}
