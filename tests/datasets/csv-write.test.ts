/** The one CSV writer: quoting, separators, line ends and the BOM as parameters. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvHeader, csvLine, csvText, STAFF_CSV, type CsvFormat } from '../../src/datasets/csv-write.ts';
import { readCsv } from '../../src/datasets/csv.ts';

const MACHINE: CsvFormat = { delimiter: ',', lineEnd: '\r\n', bom: false };
const CELLS = ['', 'plain', 'a,b', 'a;b', 'say "hi"', 'two\nlines', 'cr\rhere', ' lead', 'trail ', '\tlead', 'tab\t', 'nb\u00a0', 'bom\uFEFF', "'=1", 'Ак-Чий', '"'];

describe('csvCell', () => {
  it.each([',', ';'] as const)('quotes exactly where papaparse does (separator %j), so files read back cell for cell', (delimiter) => {
    for (const cell of CELLS) expect(csvCell(cell, delimiter), JSON.stringify(cell)).toBe(Papa.unparse([[cell]], { delimiter, quotes: false }));
  });

  it('doubles quotes inside a quoted cell', () => {
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
  });
});

describe('formats', () => {
  it('writes the separator and line end of the format', () => {
    expect(csvLine(['a', 'b;c', 'd'], STAFF_CSV)).toBe('a;"b;c";d\n');
    expect(csvLine(['a', 'b;c', 'd'], MACHINE)).toBe('a,b;c,d\r\n');
  });

  it('puts a BOM before the header only when the format asks for one', () => {
    expect(csvHeader(['x'], STAFF_CSV)).toBe('\uFEFFx\n');
    expect(csvHeader(['x'], MACHINE)).toBe('x\r\n');
  });

  it('round-trips through the project reader', () => {
    const rows = [CELLS.slice(0, 8), CELLS.slice(8)];
    const header = CELLS.map((_, i) => `c${i}`).slice(0, 8);
    const text = csvText(header, rows.map((r) => header.map((_, i) => r[i] ?? '')), STAFF_CSV);
    const table = readCsv(new TextEncoder().encode(text), 'x.csv');
    expect(table.problems).toEqual([]);
    expect(table.rows.map((r) => header.map((h) => r.cells[h]))).toEqual(rows.map((r) => header.map((_, i) => r[i] ?? '')));
  });
});
