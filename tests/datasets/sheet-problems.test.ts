import { describe, expect, it } from 'vitest';
import { defaultSeverity, problem, problemCodes, type ProblemCode } from '../../src/datasets/problems.ts';
import { problemMessage } from '../../src/i18n/index.ts';

/** Every parameter any message reads, with a value that shows up in the text. */
const PARAMS = {
  words: 'М?лк', repaired: 'Мүлк', readAs: 'windows-1251', format: 'xls', cell: 'B4', formula: 'SUM(C1:C9)',
  error: '#REF!', range: 'A2:A4', first: 'A2', sheet: 'Бюджет', others: '«Заметки»', csv: 'budget.csv', xlsx: 'budget.xlsx',
};

const SHEET_CODES = problemCodes.filter((c) => /^(?:text-|xlsx-|sheet-)/.test(c));
const say = (lang: 'ru' | 'ky' | 'en', code: ProblemCode, params: Record<string, string> = PARAMS) => problemMessage(lang, { code, severity: 'error', file: 'a.xlsx', params });

describe('spreadsheet and damaged-text messages', () => {
  it('are codes of the one catalogue, each with its severity', () => {
    expect(SHEET_CODES).toHaveLength(13);
    for (const code of SHEET_CODES) expect(['error', 'warning']).toContain(defaultSeverity[code]);
  });

  it.each(SHEET_CODES)('%s has a text in ru, ky and en, each in its own language', (code) => {
    const [ru, ky, en] = (['ru', 'ky', 'en'] as const).map((lang) => say(lang, code));
    for (const text of [ru!, ky!, en!]) {
      expect(text.length).toBeGreaterThan(40);
      expect(text).not.toMatch(/undefined|NaN|\$\{/);
    }
    expect(ky).toMatch(/[өүң]/); // written in Kyrgyz, not Russian
    // No English sentence inside the Russian and Kyrgyz texts (quoted names and examples aside)...
    for (const text of [ru!, ky!]) expect(text.replace(/«[^»]*»|\([^)]*\)/g, '')).not.toMatch(/\b(?:the|is|and|file|cell|save|sheet)\b/i);
    // ...and no Russian one inside the English text.
    expect(en!.replace(/"[^"]*"|«[^»]*»/g, '')).not.toMatch(/[а-яё]{4,}/i);
  });

  it('fill in the facts they are given', () => {
    expect(say('ru', 'text-mojibake')).toContain('«Мүлк»');
    expect(say('ru', 'text-mojibake')).toContain('«Кириллица (Windows-1251)»');
    expect(say('ru', 'text-mojibake', { ...PARAMS, readAs: 'windows-1252' })).toContain('«Западноевропейская (Windows-1252/WinLatin 1)»');
    expect(say('ky', 'xlsx-error-cell')).toContain('B4');
    expect(say('en', 'xlsx-merged-cells')).toContain('A2:A4');
    expect(say('ru', 'sheet-and-csv-both')).toMatch(/budget\.csv.*budget\.xlsx/);
    expect(say('ru', 'xlsx-wrong-format', { format: 'ods' })).toContain('.ods');
    expect(say('en', 'xlsx-wrong-format', { format: 'text' })).toContain('rename it back to .csv');
  });

  it('builds problems with the severity of the catalogue', () => {
    expect(problem('xlsx-merged-cells', { file: 'a.xlsx', row: 2 })).toEqual({ code: 'xlsx-merged-cells', severity: 'warning', file: 'a.xlsx', row: 2 });
    expect(problem('text-lost-letters', { file: 'a.csv' }).severity).toBe('error');
  });
});
