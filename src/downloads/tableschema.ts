/**
 * Table Schema (Data Package v2) descriptors generated from the dataset declarations: each
 * column's field metadata gives its type, constraints and unit, src/i18n its en/ru descriptions, the
 * declaration's key and references give primaryKey and foreignKeys. Nothing is copied by hand.
 */
import type { FieldMeta } from '../datasets/fields.ts';
import { parseDate, parseNumber } from '../datasets/parse.ts';
import { DIALECTS, LIST_SEPARATOR, numberText, type Dialect } from './csv.ts';
import { downloadTexts } from '../i18n/index.ts';
import type { Column, ColumnDoc } from './table.ts';

/** Dates keep the source's precision: a day or, where the source gives only that, a month. */
export const DATE_PATTERN = '^\\d{4}-\\d{2}(-\\d{2})?$';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'list';
  description: string;
  /** Russian description (a custom property: the standard has one `description`). */
  descriptionRu: string;
  example?: string;
  /** Unit of a numeric column, e.g. "som" (custom property). */
  unit?: string;
  decimalChar?: string;
  delimiter?: string;
  itemType?: 'string';
  constraints?: {
    required?: boolean;
    enum?: string[];
    minimum?: number;
    maximum?: number;
    pattern?: string;
  };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
  uniqueKeys?: string[][];
  foreignKeys?: ForeignKey[];
}

/** Physical form of a resource: the two CSV dialects or JSON (native arrays and numbers). */
export type Form = Dialect | 'json';

/** The declaration's example ("26 304", "26.01.2013") written the way the downloads write values. */
function exampleOf(meta: FieldMeta, form: Form): string | undefined {
  if (meta.example === undefined) return undefined;
  if (meta.type === 'integer' || meta.type === 'number') {
    const n = parseNumber(meta.example);
    return typeof n === 'number' ? numberText(n, form === 'excel' ? DIALECTS.excel.decimal : '.') : undefined;
  }
  if (meta.type === 'date') return parseDate(meta.example) ?? undefined;
  return meta.example;
}

export function tableField(column: Column, form: Form, doc: ColumnDoc): TableField {
  const { meta } = column;
  const constraints: NonNullable<TableField['constraints']> = {};
  if (meta.required) constraints.required = true;
  if (meta.values) constraints.enum = [...meta.values];
  if (meta.min !== undefined && Number.isFinite(meta.min)) constraints.minimum = meta.min;
  if (meta.max !== undefined && Number.isFinite(meta.max)) constraints.maximum = meta.max;
  const isDate = meta.type === 'date';
  if (isDate) constraints.pattern = DATE_PATTERN;
  const field: TableField = {
    name: column.name,
    type: meta.type === 'date' ? 'string' : meta.type,
    description: doc.en + (isDate ? downloadTexts.en.package.dateNote : ''),
    descriptionRu: doc.ru,
  };
  const example = exampleOf(meta, form);
  if (example !== undefined) field.example = example;
  if (meta.unit) field.unit = meta.unit;
  if (meta.type === 'number' && form === 'excel') field.decimalChar = DIALECTS.excel.decimal;
  if (meta.type === 'list') Object.assign(field, { delimiter: LIST_SEPARATOR, itemType: 'string' as const });
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

export interface KeySpec {
  /** Columns whose values together identify a row. */
  key: readonly string[];
  foreignKeys: ForeignKey[];
}

/**
 * A key whose columns are all required is the primaryKey; a key with an optional column
 * (e.g. a budget line without a code) cannot be one — the standard forbids nulls there — so it
 * is declared as a unique key instead.
 */
export function tableSchema(columns: readonly Column[], form: Form, keys: KeySpec, docs: (column: string) => ColumnDoc): TableSchema {
  const fields = columns.map((c) => tableField(c, form, docs(c.name)));
  const byName = new Map(columns.map((c) => [c.name, c.meta]));
  for (const k of keys.key) if (!byName.has(k)) throw new Error(`key column ${k} is not a column`);
  const schema: TableSchema = { fields, missingValues: [''] };
  if (keys.key.every((k) => byName.get(k)!.required)) schema.primaryKey = [...keys.key];
  else schema.uniqueKeys = [[...keys.key]];
  if (keys.foreignKeys.length > 0) schema.foreignKeys = keys.foreignKeys;
  return schema;
}
