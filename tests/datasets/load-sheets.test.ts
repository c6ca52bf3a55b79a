/**
 * The loader on spreadsheets as staff have them (issue 14): an .xlsx where the CSV would be,
 * both at once, damaged text, broken JSON, a large file with one bad column, and every message
 * in ru, ky and en without the parsers' English. Fixtures only: a scratch copy of data/ whose
 * files the tests rewrite, and datasets declared here, so no test depends on the bundled rows.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { textReport } from '../../src/cli/report.ts';
import { loadData } from '../../src/checks/load.ts';
import { defineCsv, parseCsvDataset, parseTable } from '../../src/datasets/define.ts';
import { optText, text, year } from '../../src/datasets/fields.ts';
import { readData } from '../../src/datasets/load.ts';
import { problemCodes, type Problem } from '../../src/datasets/problems.ts';
import { problemMessage } from '../../src/i18n/index.ts';
import { copyData } from './data-fixture.ts';

/** A municipality folder of the scratch copy with rows in both files the tests turn into .xlsx. */
function scratch(): { dir: string; rel: string } {
  const dir = copyData();
  const ids = readdirSync(join(dir, 'municipalities')).sort();
  const withRows = (id: string, f: string) => readFileSync(join(dir, 'municipalities', id, f), 'utf8').trim().split('\n').length > 1;
  const id = ids.find((i) => withRows(i, 'budget.csv') && withRows(i, 'hearings.csv'))!;
  return { dir, rel: `municipalities/${id}` };
}

/**
 * The CSV as a person would have it in Excel: numbers as numbers, "26.01.2013" as a date cell,
 * codes with leading zeros ("0111010") and everything else as text.
 */
async function xlsxTwin(csvPath: string): Promise<Buffer> {
  const rows = Papa.parse<string[]>(readFileSync(csvPath, 'utf8').trimEnd(), { delimiter: ',' }).data;
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Лист1');
  rows.forEach((cells, r) => {
    cells.forEach((raw, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(raw);
      if (r > 0 && /^-?(?:0|[1-9]\d*)(?:[.,]\d+)?$/.test(raw)) cell.value = Number(raw.replace(',', '.'));
      else if (r > 0 && date) {
        cell.value = new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
        cell.numFmt = 'DD.MM.YYYY';
      } else if (raw !== '') cell.value = raw;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const at = (problems: readonly Problem[], file: string) => problems.filter((p) => p.file === file);

describe('a dataset saved as .xlsx', () => {
  it('loads like its CSV twin: numbers, text codes with leading zeros, dates, row numbers', async () => {
    const { dir, rel } = scratch();
    const before = readData(dir);
    for (const name of ['budget', 'hearings']) {
      writeFileSync(join(dir, rel, `${name}.xlsx`), await xlsxTwin(join(dir, rel, `${name}.csv`)));
      rmSync(join(dir, rel, `${name}.csv`));
    }
    const after = readData(dir);
    const muni = (d: typeof before) => d.municipalities.find((m) => `municipalities/${m.profile.id}` === rel)!;
    expect(at(after.problems, `${rel}/budget.xlsx`)).toEqual(at(before.problems, `${rel}/budget.csv`).map((p) => ({ ...p, file: `${rel}/budget.xlsx` })));
    expect(at(after.problems, `${rel}/hearings.xlsx`)).toEqual([]);
    expect(muni(after).tables.budget.length).toBeGreaterThan(0);
    expect(muni(after).tables.budget).toEqual(muni(before).tables.budget);
    expect(muni(after).tables.hearings).toEqual(muni(before).tables.hearings);
    expect(muni(after).tables.hearings.some((h) => /^\d{4}-\d{2}-\d{2}$/.test(String(h.date)))).toBe(true);
  });

  it('is an error beside a CSV of the same table, naming both files, and neither is read', async () => {
    const { dir, rel } = scratch();
    writeFileSync(join(dir, rel, 'budget.xlsx'), await xlsxTwin(join(dir, rel, 'budget.csv')));
    const { problems, municipalities } = readData(dir);
    const both = problems.filter((p) => p.code === 'sheet-and-csv-both');
    expect(both).toEqual([{ code: 'sheet-and-csv-both', severity: 'error', file: `${rel}/budget.xlsx`, params: { csv: `${rel}/budget.csv`, xlsx: `${rel}/budget.xlsx` } }]);
    expect(problemMessage('ru', both[0]!)).toMatch(/budget\.csv.*budget\.xlsx/);
    expect(municipalities.find((m) => `municipalities/${m.profile.id}` === rel)!.tables.budget).toEqual([]);
  });

  it('is read, with its own problems, even when it is not a real .xlsx', () => {
    const { dir, rel } = scratch();
    writeFileSync(join(dir, rel, 'surveys.xlsx'), readFileSync(join(dir, rel, 'surveys.csv')));
    rmSync(join(dir, rel, 'surveys.csv'));
    expect(at(readData(dir).problems, `${rel}/surveys.xlsx`).map((p) => [p.code, p.params?.format])).toEqual([['xlsx-wrong-format', 'text']]);
  });
});

const labels = defineCsv({
  name: 'labels',
  file: 'labels.csv',
  columns: { year: year(), code: text(), label_ru: text(), label_ky: optText(), note: optText() },
  key: ['year', 'code'],
});
const FILE = 'municipalities/x/labels.csv';
const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

describe('damaged text', () => {
  it('rejects cells whose letters became "?" and mojibake, with row, column and the fix', () => {
    const { problems } = parseCsvDataset(
      labels,
      csv('year,code,label_ru,label_ky,note', '2024,0111010,Подоходный налог,М?лк салыгы,', '2024,0113110,РќР°Р»РѕРі,Салык,', `2024,0134110,Грант,Грант,${Buffer.from('Тест', 'utf8').toString('latin1')}`),
      FILE,
    );
    expect(problems.map((p) => [p.code, p.severity, p.row, p.column])).toEqual([
      ['text-lost-letters', 'error', 2, 'label_ky'],
      ['text-mojibake', 'error', 3, 'label_ru'],
      ['text-mojibake', 'error', 4, 'note'],
    ]);
    expect(problemMessage('ru', problems[1]!)).toContain('«Налог»');
    expect(problemMessage('ru', problems[1]!)).toContain('«Юникод (UTF-8)»');
    expect(problemMessage('ky', problems[0]!)).toContain('М?лк');
  });

  it('warns of Latin letters in Cyrillic words and of look-alikes of ө, ң', () => {
    const { problems } = parseCsvDataset(labels, csv('year,code,label_ru,label_ky,note', '2024,a,Жaлпы,Жергиликтүү,', '2024,b,Итого,Кɵмɵк,'), FILE);
    expect(problems.map((p) => [p.code, p.severity, p.row, p.column, p.params?.repaired])).toEqual([
      ['text-latin-in-cyrillic', 'warning', 2, 'label_ru', 'Жалпы'],
      ['text-look-alike', 'warning', 3, 'label_ky', 'Көмөк'],
    ]);
  });

  it('finds the damage of the LibreOffice-made fixture files', () => {
    const budgetLike = defineCsv({ ...labels, columns: Object.fromEntries(readFileSync('tests/fixtures/sheets/source/budget.csv', 'utf8').split('\n')[0]!.split(',').map((c) => [c, optText()])), key: ['year', 'direction', 'phase', 'line'] });
    for (const [name, code] of [['budget-western.csv', 'text-lost-letters'], ['budget-1251-resaved.csv', 'text-lost-letters'], ['budget-mojibake-1251.csv', 'text-mojibake'], ['budget-mojibake-1252.csv', 'text-mojibake']] as const) {
      const { problems } = parseCsvDataset(budgetLike, readFileSync(join('tests/fixtures/sheets', name)), FILE);
      expect(problems.length, name).toBeGreaterThan(0);
      expect(problems.every((p) => p.code === code && p.row! >= 2 && p.column), name).toBe(true);
    }
  });
});

describe('a JSON file that does not parse', () => {
  it('in sources.json gives exactly one error, with its line, and nothing else', () => {
    const dir = copyData();
    const path = join(dir, 'sources.json');
    const lines = readFileSync(path, 'utf8').split('\n');
    const line = lines.findIndex((l, i) => i > 2 && /",\s*$/.test(l));
    lines[line] = lines[line]!.replace(/,\s*$/, '');
    writeFileSync(path, lines.join('\n'));
    const { problems } = loadData(dir);
    expect(problems).toEqual([{ code: 'invalid-json', severity: 'error', file: 'sources.json', row: line + 2, params: { line: line + 2, column: expect.any(Number) } }]);
    const ru = problemMessage('ru', problems[0]!);
    expect(ru).toContain(`в строке ${line + 2}`);
    expect(ru).not.toMatch(/Expected|position|JSON at/);
  });

  it('in municipality.json gives exactly one error too', () => {
    const { dir, rel } = scratch();
    writeFileSync(join(dir, rel, 'municipality.json'), '{\n  "id": "x",\n  "name": {\n');
    const { problems } = loadData(dir);
    expect(problems.map((p) => [p.code, p.file, p.row])).toEqual([['invalid-json', `${rel}/municipality.json`, 4]]);
  });
});

describe('a large file with one bad column', () => {
  it('gives one summarised message for 10 000 rows, quickly', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `2024 г.,c-${i},Жер салыгы айылдык аймакта,Жер салыгы,`);
    const started = performance.now();
    const { problems, records } = parseTable(labels, { headers: ['year', 'code', 'label_ru', 'label_ky', 'note'], rows: rows.map((r, i) => ({ row: i + 2, cells: Object.fromEntries(r.split(',').map((v, k) => [['year', 'code', 'label_ru', 'label_ky', 'note'][k]!, v])) })), problems: [] }, FILE);
    const ms = performance.now() - started;
    expect(records).toEqual([]);
    expect(problems).toHaveLength(10_000);
    expect(new Set(problems.map((p) => `${p.code} ${p.column} ${p.params?.kind}`))).toEqual(new Set(['not-a-number year year']));
    const report = textReport(problems, 'ru', 'data', 1).split('\n');
    const lines = report.filter((l) => l.includes('[not-a-number]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/2, 3, 4, 5, 6, … \| year .*в 10\s000 строках: это не год/);
    expect(lines[0]).not.toMatch(/сом/);
    expect(ms).toBeLessThan(5000);
  });
});

describe('every message', () => {
  /** Words of the parsers' (papaparse, zod, JSON.parse) English messages. */
  const PARSER_ENGLISH = /\b(?:Quoted field|unterminated|Invalid input|expected|received|Unexpected|token|JSON at position|Trailing quote|malformed|Too (?:few|many) fields|Invalid)\b/i;

  it('has a text in ru, ky and en for every code of the catalogue', () => {
    for (const code of problemCodes) {
      for (const lang of ['ru', 'ky', 'en'] as const) {
        const text = problemMessage(lang, { code, severity: 'error', file: 'f', params: {} });
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(10);
        expect(text, `${lang} ${code}`).not.toMatch(/undefined|\$\{/);
      }
    }
  });

  it('from real parser failures, says nothing in the parsers\' English in ru and ky', () => {
    const { dir, rel } = scratch();
    const profile = JSON.parse(readFileSync(join(dir, rel, 'municipality.json'), 'utf8'));
    profile.households = 'много';
    profile.extra_field = 1;
    profile.kind = 'city';
    profile.villages = [{ ru: '', ky: null }];
    writeFileSync(join(dir, rel, 'municipality.json'), JSON.stringify(profile, null, 2));
    const csvPath = join(dir, rel, 'surveys.csv');
    writeFileSync(csvPath, readFileSync(csvPath, 'utf8').trimEnd() + '\nbroken,"unterminated\n');
    const problems = loadData(dir).problems.filter((p) => p.severity === 'error');
    const codes = new Set(problems.map((p) => p.code));
    expect(codes).toContain('invalid-value');
    expect(codes).toContain('csv-syntax');
    for (const p of problems) {
      for (const lang of ['ru', 'ky'] as const) expect(problemMessage(lang, p), `${lang} ${p.code} ${JSON.stringify(p.params)}`).not.toMatch(PARSER_ENGLISH);
      expect(JSON.stringify(p.params ?? {}), p.code).not.toMatch(/Invalid input|Quoted field/);
    }
    const broken = JSON.stringify({ x: 1 }).slice(0, -1);
    const dir2 = copyData();
    writeFileSync(join(dir2, 'sources.json'), broken);
    for (const lang of ['ru', 'ky'] as const) expect(problemMessage(lang, loadData(dir2).problems[0]!)).not.toMatch(PARSER_ENGLISH);
  });
});
