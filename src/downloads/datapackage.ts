/**
 * The Data Package (v2) descriptor, /data/datapackage.json: one resource per published file with
 * its path, format, media type, encoding, size and sha256 of the exact bytes served, and for
 * tables a Table Schema generated from the declarations (tableschema.ts). The profile JSON is
 * described by a JSON Schema generated from its zod schema (`z.toJSONSchema`).
 */
import { z } from 'astro/zod';
import type { CsvDataset } from '../datasets/define.ts';
import type { FieldMeta } from '../datasets/fields.ts';
import { municipalitySchema, sourcesSchema, type SourceDocument } from '../datasets/municipality.ts';
import { datasets, type DatasetName } from '../datasets/registry.ts';
import { datasetText, downloadTexts, t, type PublishedTable } from '../i18n/index.ts';
import { DIALECTS, LINE_END } from './csv.ts';
import type { Catalogue, CatalogueTable, DataFile, Format } from './catalogue.ts';
import type { Release } from './release.ts';
import { columnDocs, columnsOf, municipalityColumn, type ColumnDoc } from './table.ts';
import { tableField, tableSchema, type ForeignKey, type TableField, type TableSchema } from './tableschema.ts';

export const PACKAGE_NAME = 'kg-open-budget';
export const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const PROFILE_SCHEMA_PATH = 'schemas/municipality.schema.json';

/** The data's licence. Sources carry no licence of their own; change it here if one ever does. */
export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

const SUFFIX: Record<Format, string> = { machine: '', excel: '-excel', json: '-json' };
const words = downloadTexts.en.package;

/** Resource names: "budget", "budget-excel", "orozbekov.budget-json", ... */
export function resourceName(table: string, format: Format, municipality?: string): string {
  return `${municipality ? `${municipality}.` : ''}${table}${SUFFIX[format]}`;
}


function fileProps(f: DataFile) {
  const csv = f.format !== 'json';
  return {
    // A release asset is named by its address (the Data Package allows URLs as paths).
    path: f.url ?? f.path,
    format: csv ? 'csv' : 'json',
    mediatype: csv ? 'text/csv' : 'application/json',
    encoding: 'utf-8',
    bytes: f.bytes,
    hash: `sha256:${f.sha256}`,
  };
}

function dialectOf(format: Format) {
  if (format === 'json') return undefined;
  return { header: true, delimiter: DIALECTS[format].delimiter, lineTerminator: LINE_END, quoteChar: '"', doubleQuote: true };
}

/** Foreign keys of a dataset: declared references (not list columns: the standard has no list keys) and the source document. */
function combinedForeignKeys(dataset: CsvDataset, format: Format): ForeignKey[] {
  const meta = new Map(columnsOf(dataset).map((c) => [c.name, c.meta] as const));
  const keys: ForeignKey[] = [{ fields: ['municipality'], reference: { resource: resourceName('municipalities', format), fields: ['id'] } }];
  for (const ref of dataset.references ?? []) {
    if (meta.get(ref.column)?.type === 'list') continue;
    const target = datasets[ref.target as DatasetName];
    if (target.key.length !== 1 || target.key[0] !== 'id') throw new Error(`${dataset.name}.${ref.column}: the target ${ref.target} is not keyed by id`);
    keys.push({ fields: ['municipality', ref.column], reference: { resource: resourceName(ref.target, format), fields: ['municipality', 'id'] } });
  }
  return [...keys, ...sourceKey(dataset)];
}

/** The schema of a combined resource: the `municipality` column first, keys scoped by it. */
function combinedSchema(t: CatalogueTable, format: Format): TableSchema {
  if (t.dataset.name === 'municipalities') return tableSchema(t.columns, format, { key: t.dataset.key, foreignKeys: [] }, columnDocs(t.dataset.name));
  return tableSchema(t.columns, format, { key: [municipalityColumn.name, ...t.dataset.key], foreignKeys: combinedForeignKeys(t.dataset, format) }, columnDocs(t.dataset.name));
}

/**
 * One municipality's files share a schema file per dataset (the columns of its source CSV), so
 * the descriptor does not repeat it per municipality. Its foreign keys can only name `sources`:
 * the tables it references are other resources for each municipality.
 */
export function singleSchemaPath(dataset: string, format: Format): string {
  return `schemas/${dataset}${format === 'excel' ? '.excel' : ''}.tableschema.json`;
}

/** The shared per-municipality Table Schema files, by path. */
export function singleSchemaFiles(catalogue: Catalogue): Map<string, TableSchema> {
  const out = new Map<string, TableSchema>();
  for (const t of catalogue.tables) {
    if (t.dataset.name === 'municipalities') continue;
    for (const format of ['machine', 'excel'] as const) {
      const schema = tableSchema(columnsOf(t.dataset), format, { key: t.dataset.key, foreignKeys: sourceKey(t.dataset) }, columnDocs(t.dataset.name));
      out.set(singleSchemaPath(t.dataset.name, format), schema);
    }
  }
  return out;
}

const sourceKey = (dataset: CsvDataset): ForeignKey[] =>
  'source_doc' in dataset.columns ? [{ fields: ['source_doc'], reference: { resource: 'sources', fields: ['id'] } }] : [];

function tableResources(t: CatalogueTable) {
  const d = t.dataset;
  const text = datasetText('en', d.name as PublishedTable);
  const combined = t.combined.map((f) => ({
    name: resourceName(d.name, f.format),
    type: 'table',
    title: text.title,
    description: `${text.description}${d.name === 'municipalities' ? '' : words.combined} ${words.forms[f.format]}${f.format === 'json' ? '' : words.neutralised}`,
    ...fileProps(f),
    ...(dialectOf(f.format) && { dialect: dialectOf(f.format) }),
    schema: combinedSchema(t, f.format),
  }));
  const single = t.perMunicipality.flatMap((p) =>
    p.files.map((f) =>
      d.name === 'municipalities'
        ? {
            name: `${p.municipality}.profile`,
            title: words.profileTitle(p.municipality),
            description: words.profileDescription(PROFILE_SCHEMA_PATH),
            ...fileProps(f),
            jsonSchema: PROFILE_SCHEMA_PATH,
          }
        : {
            name: resourceName(d.name, f.format, p.municipality),
            type: 'table',
            title: `${text.title}: ${p.municipality}`,
            description: `${text.description}${words.single(p.municipality)} ${words.forms[f.format]}${f.format === 'json' ? '' : words.neutralised}`,
            ...fileProps(f),
            ...(dialectOf(f.format) && { dialect: dialectOf(f.format) }),
            schema: singleSchemaPath(d.name, f.format),
          },
    ),
  );
  return [...combined, ...single];
}

/** A sources.json field's meaning in the README's two languages. */
const sourceField = (name: string): ColumnDoc => ({ en: downloadTexts.en.sourceFields[name] ?? name, ru: downloadTexts.ru.sourceFields[name] ?? name });

/** The sources table schema, read off the zod schema's JSON Schema (names, types, required). */
export function sourcesTableSchema(): TableSchema {
  const json = z.toJSONSchema(sourcesSchema) as { items: { properties: Record<string, { type: string | string[] }>; required: string[] } };
  const fields: TableField[] = Object.entries(json.items.properties).map(([name, prop]) => {
    const types = Array.isArray(prop.type) ? prop.type : [prop.type];
    const nullable = types.includes('null');
    const base = types.find((x) => x !== 'null')!;
    const type: FieldMeta['type'] = base === 'array' ? 'list' : base === 'integer' ? 'integer' : base === 'number' ? 'number' : base === 'boolean' ? 'boolean' : 'string';
    const doc = sourceField(name);
    return tableField({ name, meta: { type, required: json.items.required.includes(name) && !nullable } }, 'json', doc);
  });
  return { fields, missingValues: [''], primaryKey: ['id'] };
}

/** The profile's JSON Schema, published as schemas/municipality.schema.json. */
export const profileJsonSchema = () => z.toJSONSchema(municipalitySchema);

export interface PackageOptions {
  release: Release;
  sources: readonly SourceDocument[];
  /** Absolute URL of the English catalogue page, when the site address is known. */
  homepage?: string;
}

export function dataPackage(catalogue: Catalogue, o: PackageOptions) {
  return {
    $schema: PROFILE,
    name: PACKAGE_NAME,
    title: t('en', 'site.name'),
    description: words.description,
    version: o.release.version,
    created: o.release.updated,
    ...(o.homepage && { homepage: o.homepage }),
    keywords: ['Kyrgyzstan', 'local budget', 'public hearings', 'local initiatives', 'participatory budgeting', 'open data'],
    licenses: [LICENCE],
    sources: o.sources.map((s) => ({ title: `${s.title_ru} (${s.file})` })),
    resources: [
      ...catalogue.tables.flatMap(tableResources),
      {
        name: 'sources',
        type: 'table',
        title: words.sourcesTitle,
        description: words.sourcesDescription,
        ...fileProps(catalogue.sources),
        schema: sourcesTableSchema(),
      },
    ],
  };
}
