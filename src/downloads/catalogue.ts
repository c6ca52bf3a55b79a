/**
 * Every data file the site publishes under /data/, built once from the validated records:
 * per dataset a combined table (all municipalities) and one per municipality, each as machine
 * CSV, Excel CSV and JSON; the flat municipalities table; each municipality's profile; the
 * source list. Pages, endpoints and the Data Package all read this one list, so a size shown
 * on a page or a hash in datapackage.json is that of the very bytes served.
 */
import type { CsvDataset } from '../datasets/define.ts';
import type { LoadedData } from '../datasets/load.ts';
import { datasetNames, datasets } from '../datasets/registry.ts';
import { toCsv, type Dialect } from './csv.ts';
import { documentJson, tableJson } from './json.ts';
import { municipalitiesTable, municipalityRow } from './municipalities.ts';
import { combinedTable, singleTable, type Row, type Table } from './table.ts';

export type Format = Dialect | 'json';
export const FORMATS: readonly Format[] = ['machine', 'excel', 'json'];

export interface DataFile {
  /** Path under /data/, e.g. "budget.csv", "excel/orozbekov/budget.csv". */
  path: string;
  format: Format;
  municipality?: string;
  body: Uint8Array;
}

export interface PerMunicipality {
  municipality: string;
  rows: number;
  files: DataFile[];
}

export interface CatalogueTable {
  dataset: CsvDataset;
  /** The combined table (with the `municipality` column first), as written to the files. */
  table: Table;
  combined: DataFile[];
  perMunicipality: PerMunicipality[];
  /** Municipalities with at least one row. */
  municipalities: string[];
  years?: { from: number; to: number };
}

export interface Catalogue {
  tables: CatalogueTable[];
  /** Each municipality's full profile (municipality.json). */
  profiles: DataFile[];
  sources: DataFile;
  /** Every data file above, in a stable order. */
  files: DataFile[];
}

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

/** Folders under /data/ that a municipality id must not take. */
const RESERVED = new Set(['excel', 'schemas']);

function render(table: Table, format: Format): Uint8Array {
  return utf8(format === 'json' ? tableJson(table) : toCsv(table, format));
}

function filePath(format: Format, base: string, municipality?: string): string {
  const name = format === 'json' ? base.replace(/\.csv$/, '.json') : base;
  const inFolder = municipality ? `${municipality}/${name}` : name;
  return format === 'excel' ? `excel/${inFolder}` : inFolder;
}

function filesOf(table: Table, file: string, municipality?: string): DataFile[] {
  return FORMATS.map((format) => ({ path: filePath(format, file, municipality), format, municipality, body: render(table, format) }));
}

/** Calendar years a table covers, read from its date columns and its year columns. */
export function yearsOf(table: Table): { from: number; to: number } | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const c of table.columns) {
    const isYear = c.name === 'year' || c.name.startsWith('year_');
    if (c.meta.type !== 'date' && !isYear) continue;
    for (const row of table.rows) {
      const v = row[c.name];
      const year = typeof v === 'string' ? Number(v.slice(0, 4)) : typeof v === 'number' ? v : undefined;
      if (year === undefined) continue;
      from = Math.min(from, year);
      to = Math.max(to, year);
    }
  }
  return Number.isFinite(from) ? { from, to } : undefined;
}

function catalogueTable(dataset: CsvDataset, parts: Array<{ municipality: string; records: readonly Row[] }>, perFiles: (p: { municipality: string; records: readonly Row[] }) => DataFile[]): CatalogueTable {
  const table = combinedTable(dataset, parts);
  return {
    dataset,
    table,
    combined: filesOf(table, dataset.file),
    perMunicipality: parts.map((p) => ({ municipality: p.municipality, rows: p.records.length, files: perFiles(p) })),
    municipalities: parts.filter((p) => p.records.length > 0).map((p) => p.municipality),
    years: yearsOf(table),
  };
}

export function buildCatalogue(data: Pick<LoadedData, 'municipalities' | 'sources'>): Catalogue {
  for (const m of data.municipalities) {
    if (RESERVED.has(m.profile.id)) throw new Error(`municipality id "${m.profile.id}" is reserved for a folder under /data/: rename the municipality folder`);
  }
  const tables = datasetNames.map((name) =>
    catalogueTable(
      datasets[name],
      data.municipalities.map((m) => ({ municipality: m.profile.id, records: m.tables[name] as unknown as Row[] })),
      (p) => filesOf(singleTable(datasets[name], p.records), datasets[name].file, p.municipality),
    ),
  );
  const profiles: DataFile[] = data.municipalities.map((m) => ({
    path: `${m.profile.id}/municipality.json`,
    format: 'json',
    municipality: m.profile.id,
    body: utf8(documentJson(m.profile)),
  }));
  // The flat table has one row per municipality; its per-municipality file is the full profile.
  const flat = singleTable(municipalitiesTable, data.municipalities.map((m) => municipalityRow(m.profile)));
  const municipalities: CatalogueTable = {
    dataset: municipalitiesTable,
    table: flat,
    combined: filesOf(flat, municipalitiesTable.file),
    perMunicipality: profiles.map((f) => ({ municipality: f.municipality!, rows: 1, files: [f] })),
    municipalities: data.municipalities.map((m) => m.profile.id),
    years: undefined,
  };
  const sources: DataFile = { path: 'sources.json', format: 'json', body: utf8(documentJson(data.sources)) };
  const all = [municipalities, ...tables];
  const files = [...all.flatMap((t) => [...t.combined, ...t.perMunicipality.flatMap((p) => p.files)]), sources];
  const paths = new Set<string>();
  for (const f of files) {
    if (paths.has(f.path)) throw new Error(`two downloads would be written to data/${f.path}`);
    paths.add(f.path);
  }
  return { tables: all, profiles, sources, files };
}
