/**
 * Every human text, per language: src/i18n/<lang>/ holds one language's texts by topic, and
 * TEXTS below names each language's folder (the one line a new language adds, with its row
 * in langs.ts). The texts are checked when this module loads, so a key, dataset or column
 * without its text in a language stops the build, not only the type check.
 */
import { publishedColumnMeta } from '../datasets/define.ts';
import type { Problem } from '../datasets/problems.ts';
import { datasetNames, datasets } from '../datasets/registry.ts';
import { municipalitiesTable } from '../datasets/tables/municipalities.ts';
import { transactions } from '../datasets/tables/transactions.ts';
import type { Dictionary, Key } from './dictionary.ts';
import { en } from './en/index.ts';
import { ky } from './ky/index.ts';
import type { Lang } from './langs.ts';
import { ru } from './ru/index.ts';
import type { CliTexts, DatasetText, DatasetTexts, DownloadsTexts, Glossary, MoneyWords, ProblemTexts, PublishedTable, ReportTexts } from './types.ts';

export type { Key } from './dictionary.ts';
export type { DatasetText, PublishedTable } from './types.ts';
export * from './langs.ts';

/** One language's texts. */
export interface Texts {
  ui: Dictionary;
  problems: ProblemTexts;
  datasets: DatasetTexts;
  glossary: Glossary;
  report: ReportTexts;
  cli: CliTexts;
  money: MoneyWords;
  /** The data README's words: only in English and Russian (see downloadTexts). */
  downloads?: DownloadsTexts;
}

const TEXTS: Record<Lang, Texts> = { ky, ru, en };

/** Throws, naming every missing, empty or unknown key per language. */
export function checkDictionaries(dicts: Record<string, Record<string, string>>, reference: Record<string, string>): void {
  const keys = Object.keys(reference);
  const problems: string[] = [];
  for (const [lang, dict] of Object.entries(dicts)) {
    for (const k of keys) if (!dict[k]?.trim()) problems.push(`${lang}: missing "${k}"`);
    for (const k of Object.keys(dict)) if (!(k in reference)) problems.push(`${lang}: unknown "${k}"`);
  }
  if (problems.length > 0) throw new Error(`i18n dictionaries are incomplete:\n${problems.join('\n')}`);
}

/** Texts that exist only in some languages today (no translation is invented for them). */
const OPTIONAL = new Set(['datasets.transactions.description', 'datasets.transactions.columns', 'glossary.readme.generated', 'cli.templates', 'downloads', 'downloads.package']);

const at = (path: string, k: string | number) => (path ? `${path}.${k}` : String(k));

/** Every topic key of the reference, recursively: missing, empty or unknown ones per language. */
function shapeProblems(lang: string, value: unknown, reference: unknown, path: string, out: string[]): void {
  if (typeof reference === 'string') {
    if (typeof value !== 'string' || !value.trim()) out.push(`${lang}: missing "${path}"`);
  } else if (typeof reference === 'function') {
    if (typeof value !== 'function') out.push(`${lang}: missing "${path}"`);
  } else if (reference && typeof reference === 'object') {
    if (!value || typeof value !== 'object') {
      if (!OPTIONAL.has(path)) out.push(`${lang}: missing "${path}"`);
      return;
    }
    // Lists (a README's rules) may differ in length; their items are checked as texts.
    if (Array.isArray(reference)) {
      (value as unknown[]).forEach((v, i) => shapeProblems(lang, v, reference[0], at(path, i), out));
      return;
    }
    const ref = reference as Record<string, unknown>;
    const own = value as Record<string, unknown>;
    for (const k of Object.keys(ref)) if (!(OPTIONAL.has(at(path, k)) && own[k] === undefined)) shapeProblems(lang, own[k], ref[k], at(path, k), out);
    for (const k of Object.keys(own)) if (!(k in ref)) out.push(`${lang}: unknown "${at(path, k)}"`);
  }
}

/** Every declared column of every published table has its meaning in `texts`, and no text names a column that is not declared. */
function datasetProblems(lang: string, texts: DatasetTexts, out: string[]): void {
  const tables: Array<[string, { columns: object }, Partial<DatasetText> | undefined]> = [
    ...datasetNames.map((n) => [n, datasets[n], texts.tables[n]] as [string, { columns: object }, DatasetText | undefined]),
    ['municipalities', municipalitiesTable, texts.tables.municipalities],
    ['transactions', transactions, texts.transactions],
  ];
  for (const [name, dataset, text] of tables) {
    if (!text?.columns) continue; // a table with no column texts in this language (shapeProblems says whether that may be)
    const declared = publishedColumnMeta(dataset as never).map(([c]) => c);
    for (const c of declared) if (!text.columns[c]?.trim() && !texts.shared[c]?.trim()) out.push(`${lang}: missing "datasets.tables.${name}.columns.${c}"`);
    for (const c of Object.keys(text.columns)) if (!declared.includes(c)) out.push(`${lang}: unknown "datasets.tables.${name}.columns.${c}"`);
  }
}

/** Throws, naming every text missing, empty or unknown in a language (the reference language's keys and the declared datasets and columns). */
export function checkTexts(all: Record<string, Texts>, reference: Texts): void {
  const out: string[] = [];
  for (const [lang, texts] of Object.entries(all)) {
    shapeProblems(lang, texts, reference, '', out);
    datasetProblems(lang, texts.datasets, out);
  }
  if (out.length > 0) throw new Error(`i18n texts are incomplete:\n${out.join('\n')}`);
}

checkDictionaries(Object.fromEntries(Object.entries(TEXTS).map(([l, x]) => [l, x.ui])), ru.ui);
// English is the reference: it has every text (the Data Package's exist only in English).
checkTexts(TEXTS, en);

/** The published data's words, in its two languages; English also words the Data Package. */
export const downloadTexts = { en: en.downloads, ru: ru.downloads };

/** One language's texts by topic (glossary, report words, ...). */
export const texts = (lang: Lang): Texts => TEXTS[lang];

/**
 * @example t('ru', 'hearings.hearing', { date: '26 января 2013 г.' }) // "Слушание 26 января 2013 г."
 */
export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return TEXTS[lang].ui[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A `t` bound to one language, for components. */
export const translator = (lang: Lang) => (key: Key, params?: Record<string, string | number>) => t(lang, key, params);
export type T = ReturnType<typeof translator>;

/** A published table's title and description. */
export const datasetText = (lang: Lang, table: PublishedTable): DatasetText => TEXTS[lang].datasets.tables[table];

/** What a column means: the table's own text, a shared source column's, or the combined files' `municipality` column. */
export function columnText(lang: Lang, table: PublishedTable, column: string): string {
  const d = TEXTS[lang].datasets;
  const text = d.tables[table].columns[column] ?? d.shared[column] ?? (column === 'municipality' ? d.municipalityColumn : undefined);
  if (text === undefined) throw new Error(`no ${lang} text for ${table}.${column}`);
  return text;
}

/** The message alone, without the location. */
export function problemMessage(lang: Lang, problem: Problem): string {
  return TEXTS[lang].problems.messages[problem.code](problem.params ?? {});
}

/**
 * One line a person can act on: where, what value, what is wrong, how to fix.
 * @example formatProblem('en', {code:'required',severity:'error',file:'a.csv',row:3,column:'year',value:''})
 *   // "Error: a.csv, row 3, column year, value «»: the cell is empty but a value is required. Fill it in."
 */
export function formatProblem(lang: Lang, problem: Problem): string {
  const l = TEXTS[lang].problems.labels;
  const where = [problem.file];
  if (problem.row !== undefined) where.push(`${l.row} ${problem.row}`);
  if (problem.column !== undefined) where.push(`${l.column} ${problem.column}`);
  if (problem.value !== undefined) where.push(`${l.value} «${problem.value}»`);
  const kind = problem.severity === 'error' ? l.error : l.warning;
  return `${kind}: ${where.join(', ')}: ${problemMessage(lang, problem)}`;
}

/** The message of a DataError: every error in Russian and in English. */
export function dataErrorMessage(problems: readonly Problem[]): string {
  const errors = problems.filter((x) => x.severity === 'error');
  return `${errors.length} data error(s) / ошибок в данных:\n` + errors.map((x) => `${formatProblem('ru', x)}\n  ${formatProblem('en', x)}`).join('\n');
}
