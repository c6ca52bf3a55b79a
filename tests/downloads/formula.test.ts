/**
 * Formula injection, end to end: data text that a spreadsheet would run as a formula comes out
 * of the built CSV files prefixed with "'", while a negative number stays a number and the JSON
 * keeps the text as it is.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildInto, tempDir } from '../helpers/build.ts';
import { AK_CHIY, copyData, getCell, removeCopies, setCell } from '../helpers/data-copy.ts';

const outDir = tempDir('kg-dist-formula-');
const M = AK_CHIY.split('/')[1]!;
let hearingId = '';

beforeAll(() => {
  const data = copyData();
  setCell(data, `${AK_CHIY}/hearings.csv`, 2, 'title_ru', '=HYPERLINK("http://x","y")');
  setCell(data, `${AK_CHIY}/hearings.csv`, 2, 'note', '@SUM(A1)');
  setCell(data, `${AK_CHIY}/hearings.csv`, 2, 'topics_ru', '-бюджет|+отчёт');
  setCell(data, `${AK_CHIY}/budget.csv`, 2, 'label_ru', '+1');
  setCell(data, `${AK_CHIY}/budget.csv`, 2, 'amount', '-1 500');
  hearingId = getCell(data, `${AK_CHIY}/hearings.csv`, 2, 'id');
  buildInto(outDir, { DATA_DIR: data });
}, 600_000);

afterAll(() => {
  removeCopies();
  rmSync(outDir, { recursive: true, force: true });
});

function rows(path: string, delimiter: string): Array<Record<string, string>> {
  const text = readFileSync(join(outDir, 'data', path), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, delimiter, skipEmptyLines: true }).data;
}

it.each([
  [`hearings.csv`, ','],
  [`excel/hearings.csv`, ';'],
  [`${M}/hearings.csv`, ','],
  [`excel/${M}/hearings.csv`, ';'],
])('%s: formula-looking text is prefixed with an apostrophe', (path, delimiter) => {
  const row = rows(path, delimiter).find((r) => r.id === hearingId)!;
  expect(row.title_ru).toBe(`'=HYPERLINK("http://x","y")`);
  expect(row.note).toBe(`'@SUM(A1)`);
  expect(row.topics_ru).toBe(`'-бюджет|+отчёт`);
});

it.each([
  [`budget.csv`, ','],
  [`excel/budget.csv`, ';'],
  [`${M}/budget.csv`, ','],
])('%s: "+1" is neutralised, the number -1500 is written unchanged', (path, delimiter) => {
  const row = rows(path, delimiter).find((r) => r.amount_som === '-1500')!;
  expect(row).toBeDefined();
  expect(row.label_ru).toBe(`'+1`);
});

it('the JSON downloads keep the text and the number as they are', () => {
  const hearings = JSON.parse(readFileSync(join(outDir, 'data', 'hearings.json'), 'utf8')) as Array<Record<string, unknown>>;
  expect(hearings.find((r) => r.id === hearingId)).toMatchObject({ title_ru: '=HYPERLINK("http://x","y")', note: '@SUM(A1)', topics_ru: ['-бюджет', '+отчёт'] });
  const budget = JSON.parse(readFileSync(join(outDir, 'data', 'budget.json'), 'utf8')) as Array<Record<string, unknown>>;
  expect(budget.find((r) => r.label_ru === '+1')).toMatchObject({ amount_som: -1500 });
});
