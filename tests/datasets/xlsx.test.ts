import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvRow } from '../../src/datasets/csv.ts';
import { columnLetters, formatDate, formatNumber, readXlsx } from '../../src/datasets/xlsx.ts';
import { defineCsv } from '../../src/datasets/define.ts';
import { budget } from '../../src/datasets/tables/budget.ts';
import { hearings } from '../../src/datasets/tables/hearings.ts';
import type { CsvDataset } from '../../src/datasets/define.ts';

// Files written by LibreOffice from the CSVs in source/ (tests/fixtures/sheets/make.sh).
const DIR = 'tests/fixtures/sheets';
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const FILE = 'municipalities/x/budget.xlsx';

/** What the dataset's column schemas make of each row: the values the site would get. */
function records(dataset: CsvDataset, rows: CsvRow[]) {
  const schema = z.object(dataset.columns);
  return rows.map(({ row, cells }) => ({ row, ...(schema.parse(cells) as object) }));
}

/** A workbook built in memory, for what LibreOffice's CSV import cannot make (merges, rich text...). */
async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsx twins of CSV files (written by LibreOffice)', () => {
  it('reads the budget into the same headers and cells as its CSV: numbers, codes with leading zeros', async () => {
    const csv = readCsv(bytes('source/budget.csv'), FILE);
    const xlsx = await readXlsx(bytes('budget.xlsx'), FILE);
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.headers).toEqual(csv.headers);
    expect(xlsx.rows).toEqual(csv.rows);
    expect(xlsx.rows.map((r) => r.cells.code)).toEqual(['0111010', '0113110', '0134110', '0701', '0451']);
    expect(xlsx.rows.map((r) => r.cells.amount)).toEqual(['1250000', '84320,5', '12345678901', '-1500,7', '0,3']);
    expect(xlsx.rows.map((r) => r.cells.unit)).toEqual(['сом', 'миң сом', 'сом', 'тыс. сом', 'миң сом']);
    expect(records(budget, xlsx.rows)).toEqual(records(budget, csv.rows));
  });

  it('reads date cells as ISO dates that load like the CSV\'s "26.01.2013"', async () => {
    const csv = readCsv(bytes('source/hearings.csv'), FILE);
    const xlsx = await readXlsx(bytes('hearings.xlsx'), FILE);
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.rows.map((r) => r.cells.date)).toEqual(['2013-01-26', '2014-03-01', '2024-12-31']);
    expect(records(hearings, xlsx.rows)).toEqual(records(hearings, csv.rows));
  });

  it('reads formulas by their stored result, a result of 0 included, and reports an error cell with row and column', async () => {
    const { rows, problems } = await readXlsx(bytes('formulas.xlsx'), FILE);
    expect(rows).toEqual([
      { row: 2, cells: { name: 'sum', value: '0,3' } },
      { row: 3, cells: { name: 'product', value: 'sum-0.3' } },
      { row: 5, cells: { name: 'reference', value: '0' } },
    ]);
    expect(problems).toEqual([
      { code: 'xlsx-error-cell', severity: 'error', file: FILE, row: 4, column: 'value', value: '#DIV/0!', params: { cell: 'B4', error: '#DIV/0!' } },
    ]);
  });
});

describe('files that are not .xlsx', () => {
  it('names an old .xls and an .ods saved under an .xlsx name', async () => {
    expect((await readXlsx(bytes('budget-xls.xlsx'), FILE)).problems).toEqual([{ code: 'xlsx-wrong-format', severity: 'error', file: FILE, params: { format: 'xls' } }]);
    expect((await readXlsx(bytes('budget-ods.xlsx'), FILE)).problems).toEqual([{ code: 'xlsx-wrong-format', severity: 'error', file: FILE, params: { format: 'ods' } }]);
  });

  it('names a CSV renamed to .xlsx', async () => {
    expect((await readXlsx(bytes('source/budget.csv'), FILE)).problems).toEqual([{ code: 'xlsx-wrong-format', severity: 'error', file: FILE, params: { format: 'text' } }]);
  });

  it('reports a password-protected workbook', async () => {
    // An encrypted .xlsx is an OLE container holding an "EncryptionInfo" stream (MS-OFFCRYPTO);
    // LibreOffice 7.4 cannot write one from a script, so these are its first bytes, made by hand.
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(100)]);
    expect((await readXlsx(new Uint8Array(ole), FILE)).problems).toEqual([{ code: 'xlsx-encrypted', severity: 'error', file: FILE }]);
  });

  it('reports a damaged workbook without the zip reader\'s English', async () => {
    const whole = bytes('budget.xlsx');
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    expect((await readXlsx(cut, FILE)).problems).toEqual([{ code: 'xlsx-corrupt', severity: 'error', file: FILE }]);
    expect((await readXlsx(Uint8Array.of(0x00, 0x01, 0x02, 0xff), FILE)).problems).toEqual([{ code: 'xlsx-corrupt', severity: 'error', file: FILE }]);
  });

  it('reports an empty sheet as an empty file', async () => {
    const empty = await workbook((wb) => wb.addWorksheet('Лист1'));
    expect((await readXlsx(empty, FILE)).problems).toEqual([{ code: 'empty-file', severity: 'error', file: FILE }]);
  });
});

describe('cells as a person typed them', () => {
  it('flattens rich text and links, writes booleans and numbers as the checks read them', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('budget');
      ws.addRow(['label_ru', 'url', 'flag', 'amount', 'code']);
      ws.addRow([{ richText: [{ text: 'Налог ', font: { bold: true } }, { text: 'на землю' }] }, { text: 'сайт', hyperlink: 'https://example.kg/' }, true, 0.1 + 0.2, 111010]);
      ws.getCell('E2').numFmt = '0000000';
    });
    const { rows, problems } = await readXlsx(file, FILE);
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ row: 2, cells: { label_ru: 'Налог на землю', url: 'сайт', flag: 'true', amount: '0,3', code: '0111010' } }]);
  });

  it('keeps the precision a date format shows: a day, a month, a year; a time is kept for the check to report', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('events');
      ws.addRow(['day', 'month', 'year', 'with_time']);
      ws.addRow([new Date(Date.UTC(2013, 0, 26)), new Date(Date.UTC(2013, 2, 1)), new Date(Date.UTC(2013, 0, 1)), new Date(Date.UTC(2013, 0, 26, 14, 30))]);
      ws.getCell('A2').numFmt = 'DD.MM.YYYY';
      ws.getCell('B2').numFmt = 'MM.YYYY';
      ws.getCell('C2').numFmt = 'yyyy';
      ws.getCell('D2').numFmt = 'DD.MM.YYYY HH:MM';
    });
    const { rows } = await readXlsx(file, FILE);
    expect(rows[0]!.cells).toEqual({ day: '2013-01-26', month: '2013-03', year: '2013', with_time: '2013-01-26 14:30' });
  });

  it('ignores empty trailing rows and columns and blank rows between, and numbers rows as the sheet does', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('budget');
      ws.addRow(['year', 'label_ru']);
      ws.addRow([2024, 'Налог']);
      ws.addRow([]);
      ws.addRow(['  ', '']);
      ws.addRow([2025, 'Грант']);
      ws.getCell('F9').value = '';
      ws.getCell('G12').numFmt = '0.00'; // formatting alone, no value
    });
    const { headers, rows, problems } = await readXlsx(file, FILE);
    expect(problems).toEqual([]);
    expect(headers).toEqual(['year', 'label_ru']);
    expect(rows).toEqual([
      { row: 2, cells: { year: '2024', label_ru: 'Налог' } },
      { row: 5, cells: { year: '2025', label_ru: 'Грант' } },
    ]);
  });
});

describe('what the sheet cannot give, reported with row and column', () => {
  it('reports a formula without a stored result and leaves its row out', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('budget');
      ws.addRow(['year', 'amount_som']);
      ws.addRow([2024, { formula: 'SUM(C1:C9)' }]); // exceljs, like many generators, stores no result
      ws.addRow([2025, 100]);
    });
    const { rows, problems } = await readXlsx(file, FILE);
    expect(rows).toEqual([{ row: 3, cells: { year: '2025', amount_som: '100' } }]);
    expect(problems).toEqual([
      { code: 'xlsx-formula-no-value', severity: 'error', file: FILE, row: 2, column: 'amount_som', params: { cell: 'B2', formula: 'SUM(C1:C9)' } },
    ]);
  });

  it('notes merged cells by range; the covered cells read empty, as a CSV export leaves them', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('budget');
      ws.addRow(['year', 'label_ru']);
      ws.addRow([2024, 'Налог']);
      ws.addRow([null, 'Грант']);
      ws.addRow([null, 'Сбор']);
      ws.mergeCells('A2:A4');
    });
    const { rows, problems } = await readXlsx(file, FILE);
    expect(rows.map((r) => r.cells.year)).toEqual(['2024', '', '']);
    expect(problems).toEqual([{ code: 'xlsx-merged-cells', severity: 'warning', file: FILE, row: 2, column: 'year', params: { range: 'A2:A4', first: 'A2' } }]);
  });

  it('reports headers not on row 1, blank and duplicate headers, and a value beyond the last header', async () => {
    const low = await workbook((wb) => {
      const ws = wb.addWorksheet('budget');
      ws.getCell('A3').value = 'year';
      ws.getCell('A4').value = 2024;
    });
    expect((await readXlsx(low, FILE)).problems).toEqual([{ code: 'xlsx-header-not-in-row-1', severity: 'error', file: FILE, row: 1, params: { first: 3 } }]);

    const wide = await workbook((wb) => {
      const ws = wb.addWorksheet('budget');
      ws.addRow(['year', 'year', 'label_ru']);
      ws.addRow([2024, 2024, 'Налог', null, 'лишнее']);
    });
    expect((await readXlsx(wide, FILE)).problems).toEqual([
      { code: 'duplicate-header', severity: 'error', file: FILE, row: 1, column: 'year', value: 'year' },
      { code: 'blank-header', severity: 'error', file: FILE, row: 1, params: { position: 4 } },
      { code: 'blank-header', severity: 'error', file: FILE, row: 1, params: { position: 5 } },
    ]);
  });

  it('reads the first visible sheet and names the other sheets that hold data', async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet('Скрытый', { state: 'hidden' }).addRow(['x']);
      wb.addWorksheet('Бюджет').addRow(['year']);
      wb.addWorksheet('Заметки').addRow(['черновик']);
      wb.addWorksheet('Лист3');
    });
    const { headers, problems } = await readXlsx(file, FILE);
    expect(headers).toEqual(['year']);
    expect(problems).toEqual([{ code: 'xlsx-other-sheets', severity: 'warning', file: FILE, params: { sheet: 'Бюджет', others: '«Скрытый», «Заметки»' } }]);
  });
});

describe('number and date text', () => {
  it.each([
    [5684800, undefined, '5684800'],
    [-1500.5, undefined, '-1500,5'],
    [0.1 + 0.2, undefined, '0,3'],
    [1 / 3, undefined, '0,333333333333333'],
    [1e-7, undefined, '0,0000001'],
    [1.5e21, undefined, '1500000000000000000000'],
    [-0, undefined, '0'],
    [42, '0000000', '0000042'],
    [42.5, '0000000', '42,5'],
  ])('%s (format %s) → %s', (value, numFmt, text) => {
    expect(formatNumber(value, numFmt)).toBe(text);
  });

  it('writes a time alone as hours and minutes', () => {
    expect(formatDate(new Date(Date.UTC(1899, 11, 30, 9, 5)), 'HH:MM')).toBe('09:05');
  });

  it('names columns as the sheet does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
