/**
 * A CSV dataset is declared once: its file name, its columns (zod field schemas), its key
 * and the references it makes. Its title and what each column means are text, per language
 * (src/i18n/<lang>/datasets.ts). The loader, the validator, the downloads, the Data Package
 * and the staff templates are all derived from this declaration.
 */
import { z } from 'astro/zod';
import { readCsv } from './csv.ts';
import { fieldMeta, type FieldMeta } from './fields.ts';
import type { Problem, ProblemCode } from './problems.ts';

export type Columns = Record<string, z.ZodType<unknown, string>>;

export interface Reference {
  column: string;
  /** Name of the dataset the id must exist in. */
  target: string;
}

export interface CsvDataset<C extends Columns = Columns> {
  name: string;
  file: string;
  columns: C;
  /** Columns whose values together must be unique (the primary key). */
  key: readonly string[];
  references?: readonly Reference[];
  /**
   * Columns the data does not type but the row step computes (e.g. a budget line's amount in
   * som from the amount as printed and its unit): published in the downloads after the file's
   * own columns, never asked for in the file.
   */
  derived?: Columns;
  /**
   * A step run on each row once its cells are read: checks that need several cells (a unit
   * decides how an amount is read) and values of the derived columns. It may change the
   * record in place; an error among the problems it returns drops the row.
   */
  rowStep?: (record: Record<string, unknown>, at: { file: string; row: number; cells: Record<string, string> }) => Problem[];
}

type DerivedOf<D extends CsvDataset> = D['derived'] extends Columns ? { [K in keyof D['derived']]: z.output<D['derived'][K]> } : unknown;

export type RecordOf<D extends CsvDataset> = { [K in keyof D['columns']]: z.output<D['columns'][K]> } & DerivedOf<D> & {
  /** Where the record sits: file and spreadsheet row, for messages and notes. */
  _row: number;
};

export function defineCsv<const C extends Columns, const X extends Columns | undefined = undefined>(
  dataset: CsvDataset<C> & { derived?: X },
): CsvDataset<C> & { derived: X } {
  return dataset as CsvDataset<C> & { derived: X };
}

/** The columns a dataset publishes: the file's own, then the derived ones. */
export function publishedColumnMeta(dataset: CsvDataset): Array<[string, FieldMeta]> {
  return [...columnMeta(dataset), ...Object.entries(dataset.derived ?? {}).map(([name, schema]): [string, FieldMeta] => [name, fieldMeta(schema)])];
}

export function columnMeta(dataset: CsvDataset): Array<[string, FieldMeta]> {
  return Object.entries(dataset.columns).map(([name, schema]) => [name, fieldMeta(schema)]);
}

/** Unknown and missing columns; `missing` says the rows cannot be read. */
export function headerProblems(dataset: CsvDataset, headers: readonly string[], file: string): { problems: Problem[]; missing: boolean } {
  const names = Object.keys(dataset.columns);
  const problems: Problem[] = [];
  for (const h of headers) {
    if (h !== '' && !names.includes(h)) {
      problems.push({ code: 'unknown-column', severity: 'error', file, row: 1, column: h, value: h, params: { allowed: names.join(', ') } });
    }
  }
  const missing = names.filter((n) => !headers.includes(n));
  for (const n of missing) problems.push({ code: 'missing-column', severity: 'error', file, row: 1, column: n });
  return { problems, missing: missing.length > 0 };
}

/**
 * One problem per failing cell of a row, with the code the column's schema reported.
 * `column` names the column when the error comes from a single column's schema.
 */
export function cellProblems(error: z.ZodError, cells: Record<string, string>, file: string, row: number, only?: string): Problem[] {
  return error.issues.map((issue) => {
    const column = only ?? String(issue.path[0] ?? '');
    const code = ((issue as { params?: { code?: ProblemCode } }).params?.code ?? 'invalid-value') as ProblemCode;
    const { code: _c, ...params } = (issue as { params?: Record<string, string | number> }).params ?? {};
    return { code, severity: 'error', file, row, column, value: cells[column] ?? '', params: { detail: issue.message, ...params } };
  });
}

/**
 * Parses a CSV dataset file: header checks (unknown and missing columns), every cell through
 * its column schema, and the key's uniqueness. Collects every problem, not just the first.
 */
export function parseCsvDataset<D extends CsvDataset>(
  dataset: D,
  bytes: Uint8Array,
  file: string,
): { records: RecordOf<D>[]; problems: Problem[] } {
  const table = readCsv(bytes, file);
  const problems = [...table.problems];
  if (table.headers.length === 0) return { records: [], problems };
  const header = headerProblems(dataset, table.headers, file);
  problems.push(...header.problems);
  if (header.missing) return { records: [], problems };

  const schema = z.object(dataset.columns);
  const records: RecordOf<D>[] = [];
  const keys = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const result = schema.safeParse(cells);
    if (!result.success) {
      problems.push(...cellProblems(result.error, cells, file, row));
      continue;
    }
    const record = { ...(result.data as object), _row: row } as RecordOf<D>;
    if (dataset.rowStep) {
      const stepped = dataset.rowStep(record as Record<string, unknown>, { file, row, cells });
      problems.push(...stepped);
      if (stepped.some((p) => p.severity === 'error')) continue;
    }
    const key = dataset.key.map((k) => String((record as Record<string, unknown>)[k] ?? '')).join('\u0000');
    const first = keys.get(key);
    if (first !== undefined) {
      problems.push({
        code: 'duplicate-id',
        severity: 'error',
        file,
        row,
        column: dataset.key.join('+'),
        value: dataset.key.map((k) => cells[k] ?? '').join(' + '),
        params: { first },
      });
      continue;
    }
    keys.set(key, row);
    records.push(record);
  }
  return { records, problems };
}
