/**
 * Synthetic rows and their file text. A row's columns come from the dataset's declaration in
 * src/datasets/registry.ts, never from a hand-written list, so a column added there appears
 * here, and a row with a column the dataset does not declare is a bug that throws. Values are
 * written the way staff type them; the bytes come from the one CSV writer.
 */
import { csvHeader, csvLine, headerOf, type CsvFormat } from '../datasets/csv-write.ts';
import type { CsvDataset } from '../datasets/define.ts';
import type { datasets, DatasetName } from '../datasets/registry.ts';

export type Cell = string | number | boolean | readonly string[] | undefined;
/** A row of dataset `N`: only its declared columns, each optional (empty cell). */
export type RowOf<N extends DatasetName> = Partial<Record<keyof (typeof datasets)[N]['columns'] & string, Cell>>;
/** The tables a generator makes; a dataset it has no generator for is written header-only. */
export type Tables = { [N in DatasetName]?: RowOf<N>[] };

/** The synthetic data folder's files: ",", "\n", no BOM (the reader takes either separator). */
export const SYNTH_CSV: CsvFormat = { delimiter: ',', lineEnd: '\n', bom: false };

/** A number as staff write it: decimal comma, no grouping ("3,6", "26304"). */
export function decimal(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100).replace('.', ',');
}

function cellText(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return decimal(value);
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'string') return value;
  return value.join('|');
}

export function toCsv(dataset: CsvDataset, rows: ReadonlyArray<Record<string, Cell>>): string {
  const header = headerOf(dataset);
  const known = new Set(header);
  let out = csvHeader(header, SYNTH_CSV);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) throw new Error(`${dataset.file}: column "${key}" is not declared in the dataset`);
    }
    out += csvLine(header.map((h) => cellText(row[h])), SYNTH_CSV);
  }
  return out;
}
