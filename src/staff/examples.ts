/**
 * The example rows of the staff templates are data: data/templates/examples/ holds one
 * invented municipality whose files together pass every check, written the way staff type
 * them in Excel, each row's note marked as an example. Those files are the source:
 * `npm run templates` reads them and writes them back in the declared column order (a new
 * column appears empty, a dataset without a file gets a header-only one), and a test loads
 * them as a data folder. A column the dataset does not declare stops the command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../datasets/csv.ts';
import { datasetNames, datasets, type DatasetName } from '../datasets/registry.ts';

/** Cells as typed, by column; a column the file lacks is absent. */
export type ExampleRow = Readonly<Record<string, string>>;

export interface Examples {
  rows: Record<DatasetName, ExampleRow[]>;
  /** municipality.json, as written. */
  profile: Record<string, unknown>;
  /** sources.json entries, as written. */
  sources: Array<Record<string, unknown>>;
}

function rowsOf(dir: string, name: DatasetName): ExampleRow[] {
  const dataset = datasets[name];
  const path = join(dir, dataset.file);
  if (!existsSync(path)) return [];
  const table = readCsv(readFileSync(path), dataset.file);
  if (table.problems.length > 0) throw new Error(`${path}: ${table.problems.map((p) => `${p.code} (row ${p.row ?? 1})`).join(', ')}`);
  const undeclared = table.headers.filter((h) => !(h in dataset.columns));
  if (undeclared.length > 0) throw new Error(`${path}: ${undeclared.join(', ')} not declared in the dataset: rename or remove the column`);
  return table.rows.map((r) => r.cells);
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The examples in `dir` (data/templates/examples/ of a checkout). */
export function readExamples(dir: string): Examples {
  const rows = Object.fromEntries(datasetNames.map((name) => [name, rowsOf(dir, name)])) as Examples['rows'];
  return {
    rows,
    profile: readJson(join(dir, 'municipality.json')) as Examples['profile'],
    sources: readJson(join(dir, 'sources.json')) as Examples['sources'],
  };
}
