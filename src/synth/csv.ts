/**
 * Writes dataset rows as CSV. The header comes from the dataset's declaration in
 * src/datasets/registry.ts, never from a hand-written list, so a column added there
 * appears here, and a row with a column the dataset does not declare is a bug that throws.
 */
import type { CsvDataset } from '../datasets/define.ts';
import { datasets, type DatasetName } from '../datasets/registry.ts';

export type Cell = string | number | boolean | readonly string[] | undefined;
/** A row of dataset `N`: only its declared columns, each optional (empty cell). */
export type RowOf<N extends DatasetName> = Partial<Record<keyof (typeof datasets)[N]['columns'] & string, Cell>>;
export type Tables = { [N in DatasetName]: RowOf<N>[] };

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

/** Quotes a cell only when it must be quoted (RFC 4180). */
export function csvCell(text: string, delimiter = ','): string {
  return /["\n\r]|^\s|\s$/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[], delimiter = ','): string {
  return cells.map((c) => csvCell(c, delimiter)).join(delimiter) + '\n';
}

export function headerOf(dataset: CsvDataset): string[] {
  return Object.keys(dataset.columns);
}

export function toCsv(dataset: CsvDataset, rows: ReadonlyArray<Record<string, Cell>>): string {
  const header = headerOf(dataset);
  const known = new Set(header);
  let out = csvLine(header);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) throw new Error(`${dataset.file}: column "${key}" is not declared in the dataset`);
    }
    out += csvLine(header.map((h) => cellText(row[h])));
  }
  return out;
}
