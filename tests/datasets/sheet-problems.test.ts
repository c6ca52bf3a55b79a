import { describe, expect, it } from 'vitest';
import { problemCodes } from '../../src/datasets/problems.ts';
import { sheetProblem, sheetProblemCodes, sheetProblems } from '../../src/datasets/sheet-problems.ts';

/** Every parameter any message reads, with a value that shows up in the text. */
const PARAMS = {
  words: 'М?лк', repaired: 'Мүлк', readAs: 'windows-1251', format: 'xls', cell: 'B4', formula: 'SUM(C1:C9)',
  error: '#REF!', range: 'A2:A4', first: 'A2', sheet: 'Бюджет', others: '«Заметки»', csv: 'budget.csv', xlsx: 'budget.xlsx',
};

describe('spreadsheet and damaged-text messages', () => {
  it('are new codes, not ones the catalogue of problems.ts already has', () => {
    expect(sheetProblemCodes.filter((c) => (problemCodes as readonly string[]).includes(c))).toEqual([]);
  });

  it.each(sheetProblemCodes)('%s has a text in ru, ky and en, each in its own language', (code) => {
    const entry = sheetProblems[code];
    expect(['error', 'warning']).toContain(entry.severity);
    const ru = entry.ru(PARAMS);
    const ky = entry.ky(PARAMS);
    const en = entry.en(PARAMS);
    for (const text of [ru, ky, en]) {
      expect(text.length).toBeGreaterThan(40);
      expect(text).not.toMatch(/undefined|NaN|\$\{/);
    }
    expect(ky).toMatch(/[өүң]/); // written in Kyrgyz, not Russian
    // No English sentence inside the Russian and Kyrgyz texts (quoted names and examples aside)...
    for (const text of [ru, ky]) expect(text.replace(/«[^»]*»|\([^)]*\)/g, '')).not.toMatch(/\b(?:the|is|and|file|cell|save|sheet)\b/i);
    // ...and no Russian one inside the English text.
    expect(en.replace(/"[^"]*"|«[^»]*»/g, '')).not.toMatch(/[а-яё]{4,}/i);
  });

  it('fill in the facts they are given', () => {
    expect(sheetProblems['text-mojibake'].ru(PARAMS)).toContain('«Мүлк»');
    expect(sheetProblems['text-mojibake'].ru(PARAMS)).toContain('«Кириллица (Windows-1251)»');
    expect(sheetProblems['text-mojibake'].ru({ ...PARAMS, readAs: 'windows-1252' })).toContain('«Западноевропейская (Windows-1252/WinLatin 1)»');
    expect(sheetProblems['xlsx-error-cell'].ky(PARAMS)).toContain('B4');
    expect(sheetProblems['xlsx-merged-cells'].en(PARAMS)).toContain('A2:A4');
    expect(sheetProblems['sheet-and-csv-both'].ru(PARAMS)).toMatch(/budget\.csv.*budget\.xlsx/);
    expect(sheetProblems['xlsx-wrong-format'].ru({ format: 'ods' })).toContain('.ods');
    expect(sheetProblems['xlsx-wrong-format'].en({ format: 'text' })).toContain('rename it back to .csv');
  });

  it('builds problems with the severity of the catalogue', () => {
    expect(sheetProblem('xlsx-merged-cells', { file: 'a.xlsx', row: 2 })).toEqual({ code: 'xlsx-merged-cells', severity: 'warning', file: 'a.xlsx', row: 2 });
    expect(sheetProblem('text-lost-letters', { file: 'a.csv' }).severity).toBe('error');
  });
});
