/**
 * Every data file the site publishes under /data/, built once from the validated records:
 * per dataset a combined table (all municipalities) and one per municipality, each as machine
 * CSV, Excel CSV and JSON; the flat municipalities table; each municipality's profile; the
 * source list. The publish step's manifest, the pages and the Data Package all come from this
 * one list, so a size shown on a page or a hash in datapackage.json is that of the very bytes served.
 */
import type { CsvDataset } from '../datasets/define.ts';
import type { LoadedData } from '../datasets/load.ts';
import { datasetNames, datasets } from '../datasets/registry.ts';
import { csvChunks, type Dialect } from './csv.ts';
import { documentJson, jsonChunks } from './json.ts';
import { municipalitiesTable, municipalityRow } from './municipalities.ts';
import { describeBytes, describeFile, type DescribedFile, type FileSink } from './output.ts';
import { combinedBytes, type Pieces, type PreviousCombined } from './combined-pieces.ts';
import { columnsOf, municipalityColumn, singleTable, type Block, type Column, type Row } from './table.ts';

export type Format = Dialect | 'json';
export const FORMATS: readonly Format[] = ['machine', 'excel', 'json'];

/** A data file as the catalogue pages know it (from the publish step's manifest). */
export interface PublishedFile {
  /** Path under /data/, e.g. "budget.csv", "excel/orozbekov/budget.csv". */
  path: string;
  format: Format;
  municipality?: string;
  bytes: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  /** Its address when it is a release asset (src/downloads/release-assets.ts), not under /data/. */
  url?: string;
}

export interface DataFile extends PublishedFile {
  /** The bytes again, piece by piece (made anew on each call: a national file is never held whole). */
  chunks(): Iterable<Uint8Array>;
}

export interface PerMunicipality<F extends PublishedFile = DataFile> {
  municipality: string;
  rows: number;
  files: F[];
}

/** A table and its files: made with their bytes by the publish step, read back from its manifest by the pages. */
export interface CatalogueTable<F extends PublishedFile = DataFile> {
  dataset: CsvDataset;
  /** Columns of the combined table (`municipality` first), as written to the files. */
  columns: Column[];
  /** Rows of the combined table. */
  rows: number;
  combined: F[];
  perMunicipality: PerMunicipality<F>[];
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

/** Where files go: by default every form of every table under /data/ (see release-assets.ts for the other). */
export interface Placement {
  /** The forms of each municipality's own tables. */
  perMunicipality: readonly Format[];
  /** The combined tables' own sink and address, when they are release assets. */
  combined?: { sink: FileSink; url: (path: string) => string };
  /** A municipality's own file kept from the previous build (src/downloads/publish-cache.ts): its size and hash, nothing made. */
  kept?: (path: string, municipality: string) => { bytes: number; sha256: string } | undefined;
  /** Combined tables made from the previous build's pieces (src/downloads/combined-pieces.ts). */
  pieces?: {
    previous: (path: string) => PreviousCombined | undefined;
    /** Whether a municipality's data is unchanged since then. */
    reuse: (municipality: string) => boolean;
    /** Where this build's pieces lie in its combined file. */
    record: (path: string, pieces: Pieces) => void;
  };
}

export const ON_SITE: Placement = { perMunicipality: FORMATS };

/** Folders under /data/ that a municipality id must not take. */
const RESERVED = new Set(['excel', 'schemas']);

/** A table's text in pieces, one block of rows at a time. */
function render(columns: Column[], blocks: () => Iterable<Block>, format: Format): () => Iterable<string> {
  return () => (format === 'json' ? jsonChunks(columns, blocks()) : csvChunks(columns, blocks(), format));
}

function filePath(format: Format, base: string, municipality?: string): string {
  const name = format === 'json' ? base.replace(/\.csv$/, '.json') : base;
  const inFolder = municipality ? `${municipality}/${name}` : name;
  return format === 'excel' ? `excel/${inFolder}` : inFolder;
}

function filesOf(sink: FileSink | undefined, columns: Column[], blocks: () => Iterable<Block>, file: string, municipality?: string, formats: readonly Format[] = FORMATS, kept?: Placement['kept']): DataFile[] {
  return formats.map((format) => ({ format, ...keptOrMade(filePath(format, file, municipality), render(columns, blocks, format), sink, municipality, kept), ...(municipality && { municipality }) }));
}

/** The file as kept from the previous build, or made now. */
function keptOrMade(path: string, text: () => Iterable<string>, sink: FileSink | undefined, municipality: string | undefined, kept: Placement['kept']): DescribedFile {
  const old = municipality === undefined ? undefined : kept?.(path, municipality);
  if (!old) return describeFile(path, text, sink);
  return { path, bytes: old.bytes, sha256: old.sha256, chunks: () => [...text()].map((piece) => Buffer.from(piece, 'utf8')) };
}

/** A table's combined files, under /data/ or as release assets. */
function combinedFiles(sink: FileSink | undefined, placement: Placement, columns: Column[], blocks: () => Iterable<Block>, file: string, parts?: Part[]): DataFile[] {
  const away = placement.combined;
  const to = away ? away.sink : sink;
  const made = parts && placement.pieces ? fromPieces(to, columns, blocks, file, parts, placement.pieces) : filesOf(to, columns, blocks, file);
  return away ? made.map((f) => ({ ...f, url: away.url(f.path) })) : made;
}

/** The combined files, copying unchanged municipalities' pieces from the previous build's. */
function fromPieces(sink: FileSink | undefined, columns: Column[], blocks: () => Iterable<Block>, file: string, parts: Part[], pieces: NonNullable<Placement['pieces']>): DataFile[] {
  const own = parts.map((p) => ({ municipality: p.municipality, rows: p.records, shared: { municipality: p.municipality } }));
  return FORMATS.map((format) => {
    const path = filePath(format, file);
    const where: Pieces = {};
    const text = render(columns, blocks, format);
    const made = describeBytes(path, combinedBytes(columns, own, format, pieces.previous(path), pieces.reuse, where), () => [...text()].map((t) => Buffer.from(t, 'utf8')), sink);
    pieces.record(path, where);
    return { format, ...made };
  });
}

/** Calendar years a table covers, read from its date columns and its year columns. */
export function yearsOf(table: { columns: readonly Column[]; rows: Iterable<Row> }): { from: number; to: number } | undefined {
  let from = Infinity;
  let to = -Infinity;
  const columns = table.columns.filter((c) => c.meta.type === 'date' || c.name === 'year' || c.name.startsWith('year_'));
  for (const row of table.rows) {
    for (const c of columns) {
      const v = row[c.name];
      const year = typeof v === 'string' ? Number(v.slice(0, 4)) : typeof v === 'number' ? v : undefined;
      if (year === undefined) continue;
      from = Math.min(from, year);
      to = Math.max(to, year);
    }
  }
  return Number.isFinite(from) ? { from, to } : undefined;
}

type Part = { municipality: string; records: readonly Row[] };

/** The columns of a table's combined file: `municipality` first, except in the municipalities table itself. */
export function combinedColumns(dataset: CsvDataset): Column[] {
  const own = columnsOf(dataset);
  if (dataset === municipalitiesTable) return own;
  if (own.some((c) => c.name === municipalityColumn.name)) throw new Error(`${dataset.name}: a column is already named "municipality"`);
  return [municipalityColumn, ...own];
}

/**
 * A dataset's combined files and its per-municipality files. The combined table is made one
 * municipality at a time as it is written, so no copy of the country's rows is kept.
 */
function catalogueTable(dataset: CsvDataset, parts: Part[], sink: FileSink | undefined, placement: Placement): CatalogueTable {
  const own = columnsOf(dataset);
  const columns = combinedColumns(dataset);
  const combinedBlocks = () => parts.map((p) => ({ rows: p.records, shared: { municipality: p.municipality } }));
  return {
    dataset,
    columns,
    rows: parts.reduce((n, p) => n + p.records.length, 0),
    combined: combinedFiles(sink, placement, columns, combinedBlocks, dataset.file, parts),
    perMunicipality: parts.map((p) => ({
      municipality: p.municipality,
      rows: p.records.length,
      files: filesOf(sink, own, () => [{ rows: p.records }], dataset.file, p.municipality, placement.perMunicipality, placement.kept),
    })),
    municipalities: parts.filter((p) => p.records.length > 0).map((p) => p.municipality),
    years: yearsOf({ columns: own, rows: parts.flatMap((p) => p.records) }),
  };
}

/** `sink`, when given, receives every file's bytes as they are made (the build writes them to dist/data/). */
export function buildCatalogue(data: Pick<LoadedData, 'municipalities' | 'sources'>, sink?: FileSink, placement: Placement = ON_SITE): Catalogue {
  for (const m of data.municipalities) {
    if (RESERVED.has(m.profile.id)) throw new Error(`municipality id "${m.profile.id}" is reserved for a folder under /data/: rename the municipality folder`);
  }
  const tables = datasetNames.map((name) =>
    catalogueTable(
      datasets[name],
      data.municipalities.map((m) => ({ municipality: m.profile.id, records: m.tables[name] as unknown as Row[] })),
      sink,
      placement,
    ),
  );
  const profiles: DataFile[] = data.municipalities.map((m) => ({
    format: 'json',
    municipality: m.profile.id,
    ...keptOrMade(`${m.profile.id}/municipality.json`, () => [documentJson(m.profile)], sink, m.profile.id, placement.kept),
  }));
  // The flat table has one row per municipality; its per-municipality file is the full profile.
  const flat = singleTable(municipalitiesTable, data.municipalities.map((m) => municipalityRow(m.profile)));
  const municipalities: CatalogueTable = {
    dataset: municipalitiesTable,
    columns: combinedColumns(municipalitiesTable),
    rows: flat.rows.length,
    combined: combinedFiles(sink, placement, flat.columns, () => [{ rows: flat.rows }], municipalitiesTable.file),
    perMunicipality: profiles.map((f) => ({ municipality: f.municipality!, rows: 1, files: [f] })),
    municipalities: data.municipalities.map((m) => m.profile.id),
    years: undefined,
  };
  const sources: DataFile = { format: 'json', ...describeFile('sources.json', () => [documentJson(data.sources)], sink) };
  const all = [municipalities, ...tables];
  const files = [...all.flatMap((t) => [...t.combined, ...t.perMunicipality.flatMap((p) => p.files)]), sources];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two downloads would be written to data/${f.path}`);
    seen.add(f.path);
  }
  return { tables: all, profiles, sources, files };
}
