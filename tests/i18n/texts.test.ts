/** The completeness check over every topic of every language, and the texts it guards. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetNames } from '../../src/datasets/registry.ts';
import { checkTexts, columnText, datasetText, dataErrorMessage, formatProblem, LANGS, LOCALE, problemMessage, texts, type Texts } from '../../src/i18n/index.ts';
import type { Problem } from '../../src/datasets/problems.ts';

const all = () => Object.fromEntries(LANGS.map((l) => [l, structuredCloneTexts(texts(l))])) as Record<string, Texts>;
/** A deep copy that keeps the message functions (structuredClone cannot copy functions). */
function structuredCloneTexts<T>(x: T): T {
  if (typeof x !== 'object' || x === null) return x;
  if (Array.isArray(x)) return x.map(structuredCloneTexts) as T;
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, structuredCloneTexts(v)])) as T;
}

describe('the texts of every language', () => {
  it('are complete today (the check passes)', () => {
    expect(() => checkTexts(all(), texts('en'))).not.toThrow();
  });

  it('a missing key of a topic is named, per language', () => {
    const x = all();
    delete (x.ky!.report.validate as Partial<Texts['report']['validate']>).title;
    delete (x.en!.problems.messages as Partial<Texts['problems']['messages']>)['bad-id'];
    (x.en!.glossary.values as Record<string, string>).revenue = ' ';
    expect(() => checkTexts(x, texts('en'))).toThrow(/ky: missing "report\.validate\.title"[\s\S]*en: missing "problems\.messages\.bad-id"[\s\S]*en: missing "glossary\.values\.revenue"/);
  });

  it('a declared column without its description, or a text for a column that does not exist, is named', () => {
    const x = all();
    delete x.ky!.datasets.tables.budget.columns.amount_som;
    x.en!.datasets.tables.municipalities.columns.no_such_column = 'Nothing';
    expect(() => checkTexts(x, texts('en'))).toThrow(/ky: missing "datasets\.tables\.budget\.columns\.amount_som"[\s\S]*en: unknown "datasets\.tables\.municipalities\.columns\.no_such_column"/);
  });

  it('a dataset without its title is named', () => {
    const x = all();
    (x.ky!.datasets.tables.hearings as Partial<Texts['datasets']['tables']['hearings']>).title = undefined;
    expect(() => checkTexts(x, texts('en'))).toThrow(/ky: missing "datasets\.tables\.hearings\.title"/);
  });

  it('Kyrgyz has only the treasury file’s title (no translation is invented); the check allows that', () => {
    expect(texts('ky').datasets.transactions).toEqual({ title: 'Казыналык операциялар' });
    expect(texts('en').datasets.transactions.columns?.amount).toBeTruthy();
  });

  it('every registered dataset and its columns have text in every language', () => {
    for (const lang of LANGS) {
      for (const name of datasetNames) {
        expect(datasetText(lang, name).title.trim(), `${lang} ${name}`).not.toBe('');
        expect(columnText(lang, name, 'source_doc')).toBe(texts(lang).datasets.shared.source_doc);
        expect(columnText(lang, name, 'municipality')).toBe(texts(lang).datasets.municipalityColumn);
      }
    }
  });
});

describe('one language = one folder and one line', () => {
  it('each language has its folder and its locale row', () => {
    const folders = readdirSync('src/i18n', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual([...LANGS].sort());
    expect(LOCALE.ky).toMatchObject({ intl: 'ky-KG', og: 'ky_KG', chart: ['ky-KG', 'ru-RU'] });
  });
});

describe('problem messages', () => {
  const p: Problem = { code: 'required', severity: 'error', file: 'a.csv', row: 3, column: 'year', value: '' };
  it('say where, what and how to fix, per language', () => {
    expect(formatProblem('en', p)).toBe('Error: a.csv, row 3, column year, value «»: the cell is empty but a value is required. Fill it in.');
    expect(formatProblem('ru', p)).toBe('Ошибка: a.csv, строка 3, столбец year, значение «»: ячейка пуста, а значение обязательно. Заполните её.');
    expect(problemMessage('ky', { ...p, code: 'duplicate-id', params: { first: 2 } })).toContain('2-сапта');
  });
  it('a DataError message names every error in Russian and English', () => {
    expect(dataErrorMessage([p, { ...p, severity: 'warning' }])).toBe(`1 data error(s) / ошибок в данных:\n${formatProblem('ru', p)}\n  ${formatProblem('en', p)}`);
  });
});
