/**
 * Reading the built downloads the way a user would, from the documented rules only (README,
 * datapackage.json): it does not reuse the site's serialiser, so a bug there cannot hide here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DIST } from './fixture.ts';

export const DIST_DATA = join(DIST, 'data');

export interface Field {
  name: string;
  type: string;
  decimalChar?: string;
  delimiter?: string;
}

export interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes: number;
  hash: string;
  dialect?: { delimiter: string };
  schema?: { fields: Field[]; primaryKey?: string[]; uniqueKeys?: string[][]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } | string;
  [key: string]: unknown;
}

export interface Package {
  resources: Resource[];
  [key: string]: unknown;
}

export const readBuilt = (path: string): Buffer => readFileSync(join(DIST_DATA, path));
export const readPackage = (dir = DIST_DATA): Package => JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Package;

/** The resource's Table Schema, following a path to a schema file when it is one. */
export function schemaOf(r: Resource, dir = DIST_DATA): Exclude<Resource['schema'], string | undefined> {
  if (typeof r.schema === 'string') return JSON.parse(readFileSync(join(dir, r.schema), 'utf8'));
  if (!r.schema) throw new Error(`${r.name} has no schema`);
  return r.schema;
}

/** README rule: an apostrophe is put before text starting with = + - @ tab CR (or with apostrophes before such text). */
function formulaLike(text: string): boolean {
  if (/^[=+\-@\t\r]/.test(text)) return true;
  return text.startsWith("'") && formulaLike(text.slice(1));
}
export const unprefix = (cell: string) => (cell.startsWith("'") && formulaLike(cell.slice(1)) ? cell.slice(1) : cell);

/** One CSV cell to its value, as the schema's type says; an empty cell is unknown. */
export function castCell(cell: string, field: Field): unknown {
  if (cell === '') return undefined;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(cell)) throw new Error(`${field.name}: not an integer: ${cell}`);
      return Number(cell);
    case 'number': {
      const dot = cell.replace(field.decimalChar ?? '.', '.');
      if (!/^-?\d+(\.\d+)?$/.test(dot)) throw new Error(`${field.name}: not a plain number: ${cell}`);
      return Number(dot);
    }
    case 'boolean':
      if (cell !== 'true' && cell !== 'false') throw new Error(`${field.name}: not true/false: ${cell}`);
      return cell === 'true';
    case 'list':
      return unprefix(cell).split(field.delimiter ?? ',');
    default:
      return unprefix(cell);
  }
}

/** Rows of a CSV download as typed objects (empty list cells become []). */
export function readCsvDownload(bytes: Buffer, fields: Field[], delimiter: string, bom: boolean): Array<Record<string, unknown>> {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom !== bom) throw new Error(`expected ${bom ? 'a' : 'no'} BOM`);
  const text = bytes.subarray(bom ? 3 : 0).toString('utf8');
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors));
  const [header, ...rows] = parsed.data;
  if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) throw new Error(`header ${header} differs from the schema`);
  return rows.map((cells) =>
    Object.fromEntries(fields.map((f, i) => [f.name, f.type === 'list' && cells[i] === '' ? [] : castCell(cells[i]!, f)])),
  );
}

/** Rows of a JSON download; `null` is unknown. */
export function readJsonDownload(bytes: Buffer): Array<Record<string, unknown>> {
  const rows = JSON.parse(bytes.toString('utf8')) as Array<Record<string, unknown>>;
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? undefined : v])));
}

/** A validated record as a download row: declared columns only, in order, unknown as undefined. */
export function expectedRow(record: Record<string, unknown>, columns: readonly string[], prefix: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...prefix, ...Object.fromEntries(columns.map((c) => [c, record[c]])) };
}
