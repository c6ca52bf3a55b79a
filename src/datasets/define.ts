/**
 * A CSV dataset is declared once: its file name, its columns (zod field schemas), its key
 * and the references it makes. Its title and what each column means are text, per language
 * (src/i18n/<lang>/datasets.ts). The loader, the validator, the downloads, the Data Package
 * and the staff templates are all derived from this declaration.
 */
import { z } from 'astro/zod';
import { readCsv, type CsvRow } from './csv.ts';
import { fieldMeta, type FieldMeta } from './fields.ts';
import { problem, type Problem, type ProblemCode } from './problems.ts';
import { textDamageProblems } from './text-damage.ts';

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

/**
 * Unknown and missing columns. A missing required column is an error and `missing` says the
 * rows cannot become records; a missing optional column is a warning and is read as empty.
 */
export function headerProblems(dataset: CsvDataset, headers: readonly string[], file: string): { problems: Problem[]; missing: boolean; absent: string[] } {
  const names = Object.keys(dataset.columns);
  const problems: Problem[] = [];
  for (const h of headers) {
    if (h !== '' && !names.includes(h)) {
      problems.push({ code: 'unknown-column', severity: 'error', file, row: 1, column: h, value: h, params: { allowed: names.join(', ') } });
    }
  }
  const absent = names.filter((n) => !headers.includes(n));
  let missing = false;
  for (const n of absent) {
    if (fieldMeta(dataset.columns[n]!).required) {
      missing = true;
      problems.push({ code: 'missing-column', severity: 'error', file, row: 1, column: n });
    } else problems.push(problem('missing-optional-column', { file, row: 1, column: n }));
  }
  return { problems, missing, absent };
}

/**
 * What kind of value a column holds, so a message's advice fits it: a year is not money.
 * @example columnKind({ type: 'integer', required: true, min: 1991, max: 2100 }) // 'year'
 */
export function columnKind(meta: FieldMeta): 'year' | 'money' | 'count' | 'date' | 'number' | 'text' {
  if (meta.type === 'date') return 'date';
  if (meta.type !== 'integer' && meta.type !== 'number') return 'text';
  if (meta.min === 1991 && meta.max === 2100) return 'year';
  if (meta.unit === 'som') return 'money';
  if (meta.unit === 'people' || (meta.type === 'integer' && meta.min === 0 && meta.unit === undefined)) return 'count';
  return 'number';
}

/** Zod's own issue (not one of the catalogue's codes) as facts a message can word: no English text. */
export function issueFacts(issue: z.core.$ZodIssue): Record<string, string | number> {
  const facts: Record<string, string | number> = { issue: issue.code };
  const i = issue as unknown as Record<string, unknown>;
  if (typeof i.expected === 'string') facts.expected = i.expected;
  if (Array.isArray(i.keys)) facts.keys = (i.keys as string[]).join(', ');
  if (Array.isArray(i.values)) facts.allowed = (i.values as unknown[]).map(String).join(', ');
  if (typeof i.minimum === 'number' || typeof i.minimum === 'bigint') facts.min = Number(i.minimum);
  if (typeof i.origin === 'string') facts.origin = i.origin;
  return facts;
}

/**
 * One problem per failing cell of a row, with the code the column's schema reported.
 * `column` names the column when the error comes from a single column's schema.
 */
export function cellProblems(error: z.ZodError, cells: Record<string, string>, file: string, row: number, only?: string): Problem[] {
  return error.issues.map((issue) => {
    const column = only ?? String(issue.path[0] ?? '');
    const own = (issue as { params?: { code?: ProblemCode } }).params?.code;
    const { code: _c, ...params } = (issue as { params?: Record<string, string | number> }).params ?? {};
    const code = (own ?? 'invalid-value') as ProblemCode;
    return { code, severity: 'error', file, row, column, value: cells[column] ?? '', params: own ? params : issueFacts(issue) };
  });
}

/** The rows as a reader gives them: `readCsv` and `readXlsx` give this shape. */
export interface ReadTable {
  headers: string[];
  rows: readonly CsvRow[];
  problems: Problem[];
}

/** Columns whose cells are free text (checked for damaged letters), and each column's kind. */
function columnFacts(dataset: CsvDataset): { text: Set<string>; kinds: Map<string, string> } {
  const text = new Set<string>();
  const kinds = new Map<string, string>();
  for (const [name, meta] of columnMeta(dataset)) {
    if ((meta.type === 'string' || meta.type === 'list') && !meta.values) text.add(name);
    kinds.set(name, columnKind(meta));
  }
  return { text, kinds };
}

/** The key's columns and values in full, as staff can find them: "year = 2024, code = 0111010". */
const keyText = (dataset: CsvDataset, cells: Record<string, string>) => dataset.key.map((k) => `${k} = ${(cells[k] ?? '').trim()}`).join(', ');

const sameCells = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).every((k) => (a[k] ?? '').trim() === (b[k] ?? '').trim());

/**
 * Checks rows read from a CSV or an .xlsx file: header checks (unknown, missing required and
 * missing optional columns), damaged text in every text cell, every cell through its column
 * schema (also when a required column is missing: the columns present are still checked), and
 * the key's uniqueness. Collects every problem, not just the first.
 */
export function parseTable<D extends CsvDataset>(dataset: D, table: ReadTable, file: string): { records: RecordOf<D>[]; problems: Problem[] } {
  const problems = [...table.problems];
  if (table.headers.length === 0) return { records: [], problems };
  const header = headerProblems(dataset, table.headers, file);
  problems.push(...header.problems);
  const facts = columnFacts(dataset);
  problems.push(...textDamageProblems(table.rows, file, () => true, facts.text));

  const present = Object.keys(dataset.columns).filter((n) => !header.absent.includes(n));
  const columns = header.missing ? Object.fromEntries(present.map((n) => [n, dataset.columns[n]!])) : dataset.columns;
  const schema = z.object(columns);
  const records: RecordOf<D>[] = [];
  const keys = new Map<string, { row: number; cells: Record<string, string> }>();
  for (const { row, cells: read } of table.rows) {
    let cells = read;
    if (header.absent.length > 0) {
      cells = { ...read };
      for (const n of header.absent) cells[n] = '';
    }
    const result = schema.safeParse(cells);
    if (!result.success) {
      for (const p of cellProblems(result.error, cells, file, row)) {
        const kind = p.column === undefined ? undefined : facts.kinds.get(p.column);
        problems.push(kind ? { ...p, params: { ...p.params, kind } } : p);
      }
      continue;
    }
    if (header.missing) continue; // checked, but a record without a required column is not one
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
        params: { first: first.row, key: keyText(dataset, cells), identical: sameCells(cells, first.cells) ? 'yes' : 'no' },
      });
      continue;
    }
    keys.set(key, { row, cells });
    records.push(record);
  }
  return { records, problems };
}

/** Parses a CSV dataset file's bytes: `readCsv`, then `parseTable`. */
export function parseCsvDataset<D extends CsvDataset>(dataset: D, bytes: Uint8Array, file: string): { records: RecordOf<D>[]; problems: Problem[] } {
  return parseTable(dataset, readCsv(bytes, file), file);
}
