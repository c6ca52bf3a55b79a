/**
 * A download is a table: named columns with their field metadata, and rows of typed values
 * (the validated records). CSV, JSON and the Data Package schema are all written from it.
 */
import type { CsvDataset } from '../datasets/define.ts';
import { publishedColumnMeta } from '../datasets/define.ts';
import type { FieldMeta } from '../datasets/fields.ts';
import { columnText, type PublishedTable } from '../i18n/index.ts';

export interface Column {
  name: string;
  meta: FieldMeta;
}

export type Row = Readonly<Record<string, unknown>>;

export interface Table {
  columns: Column[];
  rows: Row[];
}

/** The column combined files put first: which municipality a row belongs to. */
export const municipalityColumn: Column = {
  name: 'municipality',
  meta: { type: 'string', required: true, example: 'orozbekov' },
};

/** What a column means in the downloads' two languages (the Data Package and the data README). */
export interface ColumnDoc {
  en: string;
  ru: string;
}

/** A published table's column texts, for its Table Schema. */
export const columnDocs =
  (table: string) =>
  (column: string): ColumnDoc => ({ en: columnText('en', table as PublishedTable, column), ru: columnText('ru', table as PublishedTable, column) });

export const columnsOf = (dataset: CsvDataset): Column[] => publishedColumnMeta(dataset).map(([name, meta]) => ({ name, meta }));

/** Only the declared columns, in declaration order (drops the loader's `_row`). */
function pick(columns: readonly Column[], record: Row): Row {
  return Object.fromEntries(columns.map((c) => [c.name, record[c.name]]));
}

/** One municipality's rows: the same columns as its source CSV. */
export function singleTable(dataset: CsvDataset, records: readonly Row[]): Table {
  const columns = columnsOf(dataset);
  return { columns, rows: records.map((r) => pick(columns, r)) };
}

/**
 * Rows written together. `shared` holds values common to the block: the combined files take
 * their `municipality` column from it instead of copying every record to add one field.
 */
export interface Block {
  rows: readonly Row[];
  shared?: Row;
}

export const valueIn = (block: Block, row: Row, column: string): unknown =>
  block.shared && column in block.shared ? block.shared[column] : row[column];
