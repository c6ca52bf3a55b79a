/**
 * JSON downloads: a table is an array of objects with every column present, in column order;
 * an unknown value is `null` (never 0 or ""), lists are arrays, dates ISO strings.
 * One record per line keeps files small and their diffs readable.
 */
import { valueIn, type Block, type Table } from './table.ts';

/** The array in pieces, one per block of rows, one record per line (as JSON.stringify writes an object). */
export function* jsonChunks(columns: Table['columns'], blocks: Iterable<Block>): Generator<string> {
  const keys = columns.map((c) => `${JSON.stringify(c.name)}:`);
  let first = true;
  for (const block of blocks) {
    if (block.rows.length === 0) continue;
    const lines = block.rows.map((row) => `{${columns.map((c, i) => keys[i] + JSON.stringify(valueIn(block, row, c.name) ?? null)).join(',')}}`);
    yield `${first ? '[\n' : ',\n'}${lines.join(',\n')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** @example tableJson({ columns: [{ name: 'a', meta }], rows: [{}] }) // "[\n{\"a\":null}\n]\n" */
export const tableJson = (table: Table): string => [...jsonChunks(table.columns, [{ rows: table.rows }])].join('');

const isPrimitive = (v: unknown) => v === null || typeof v !== 'object';

function format(value: unknown, depth: number, flatFrom: number): string {
  if (isPrimitive(value) || depth >= flatFrom) return JSON.stringify(value ?? null);
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPrimitive)) return JSON.stringify(value.map((v) => v ?? null));
    return `[\n${value.map((v) => pad + format(v, depth + 1, flatFrom)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${format(v, depth + 1, flatFrom)}`).join(',\n')}\n${end}}`;
}

/**
 * A document (profile, sources, Data Package) indented for reading, ending with a newline.
 * Containers at depth `flatFrom` and deeper (e.g. the fields of a schema) stay on one line each.
 */
export const documentJson = (value: unknown, flatFrom = Infinity): string => `${format(value, 0, flatFrom)}\n`;
