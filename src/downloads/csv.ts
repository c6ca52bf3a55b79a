/**
 * CSV downloads in two dialects from the same table:
 * - `machine`: UTF-8 without BOM, ",", dot decimal — for R, Python, LibreOffice, validators;
 * - `excel`: UTF-8 with BOM, ";", decimal comma — so a Russian-locale Excel shows Cyrillic
 *   and numbers correctly when the file is double-clicked.
 * Both: header row, CRLF line ends, ISO dates, lists joined with "|", booleans true/false,
 * unknown values as empty cells. Text cells that a spreadsheet would run as a formula are
 * prefixed with "'" (see `neutralise`); number cells are never touched. The bytes are written
 * by the one CSV writer (datasets/csv-write.ts); this file only turns typed values into text.
 */
import { csvHeader, csvLine, neutralise, type CsvFormat } from '../datasets/csv-write.ts';
import type { FieldMeta } from '../datasets/fields.ts';
import { valueIn, type Block, type Row, type Table } from './table.ts';

export type Dialect = 'machine' | 'excel';

export const LINE_END = '\r\n';

export const DIALECTS: Record<Dialect, CsvFormat & { decimal: string }> = {
  machine: { delimiter: ',', lineEnd: LINE_END, bom: false, decimal: '.' },
  excel: { delimiter: ';', lineEnd: LINE_END, bom: true, decimal: ',' },
};

export const LIST_SEPARATOR = '|';

/** Shifts the decimal point of an exponent form ("1e-7", "1.5e+21") into plain digits. */
function expandExponent(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) throw new Error(`unexpected number form ${text}`);
  const [, sign, lead, fraction = '', exp] = m;
  const digits = `${lead}${fraction}`;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number as plain digits with the dialect's decimal mark: no grouping, no exponent.
 * @example numberText(-1500.5, ',') // "-1500,5"
 */
export function numberText(value: number, decimal: string): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const plain = String(Object.is(value, -0) ? 0 : value);
  return (/e/.test(plain) ? expandExponent(plain) : plain).replace('.', decimal);
}

/** One typed value as CSV cell text. A value of the wrong type is a bug, so it throws. */
export function cellText(value: unknown, meta: FieldMeta, dialect: Dialect): string {
  if (value === undefined || value === null) return '';
  switch (meta.type) {
    case 'integer':
    case 'number':
      if (typeof value !== 'number') throw new Error(`expected a number, got ${JSON.stringify(value)}`);
      return numberText(value, DIALECTS[dialect].decimal);
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`expected a boolean, got ${JSON.stringify(value)}`);
      return value ? 'true' : 'false';
    case 'list':
      if (!Array.isArray(value)) throw new Error(`expected a list, got ${JSON.stringify(value)}`);
      return neutralise(value.map(String).join(LIST_SEPARATOR));
    default:
      if (typeof value !== 'string') throw new Error(`expected text, got ${JSON.stringify(value)}`);
      return neutralise(value);
  }
}

function cells(block: Block, row: Row, columns: Table['columns'], dialect: Dialect): string[] {
  return columns.map((c) => {
    try {
      return cellText(valueIn(block, row, c.name), c.meta, dialect);
    } catch (e) {
      throw new Error(`column ${c.name}: ${(e as Error).message}`);
    }
  });
}

/**
 * The file as text in pieces: the header line, then one piece per block of rows. A national
 * table is written block by block and never held as one string.
 */
export function* csvChunks(columns: Table['columns'], blocks: Iterable<Block>, dialect: Dialect): Generator<string> {
  const format = DIALECTS[dialect];
  yield csvHeader(columns.map((c) => c.name), format);
  for (const block of blocks) {
    let text = '';
    for (const row of block.rows) text += csvLine(cells(block, row, columns, dialect), format);
    if (text !== '') yield text;
  }
}

/** The whole file as text (the Excel dialect starts with a BOM). */
export const toCsv = (table: Table, dialect: Dialect): string => [...csvChunks(table.columns, [{ rows: table.rows }], dialect)].join('');
