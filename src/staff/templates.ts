/**
 * The staff templates, generated from the dataset declarations (registry.ts): one header-only
 * CSV per dataset, the example files, and a README (ru, ky, en) that lists every column with
 * its meaning, type and unit, allowed values and an example. Nothing here is hand-copied,
 * so a new or renamed column reaches the templates with `npm run templates`.
 */
import type { z } from 'astro/zod';
import { columnMeta, type CsvDataset } from '../datasets/define.ts';
import type { FieldMeta } from '../datasets/fields.ts';
import type { Lang } from '../datasets/problems.ts';
import { datasetNames, datasets, type DatasetName } from '../datasets/registry.ts';
import { excelCsv, formatSourcesJson } from './csv-out.ts';
import { exampleProfile, exampleRows, exampleSources } from './examples.ts';
import { BOOLEAN_VALUES, readmeText, typeLabel, valueMeanings } from './glossary.ts';
import { kyDatasets, kyShared } from './ky.ts';
import { profileFields, sourceFields } from './profile-docs.ts';

export const TEMPLATES_DIR = 'data/templates';

/** True when the column holds ids: its schema rejects a text that is not an id. */
export function isIdColumn(schema: z.ZodType): boolean {
  const result = schema.safeParse('Не id');
  return !result.success && result.error.issues.some((i) => (i as { params?: { code?: string } }).params?.code === 'bad-id');
}

export const headerOf = (dataset: CsvDataset) => Object.keys(dataset.columns);

/** The header-only CSV of a dataset: what `new:municipality` and the templates contain. */
export const headerCsv = (dataset: CsvDataset) => excelCsv(headerOf(dataset));

export function exampleCsv(name: DatasetName): string {
  const header = headerOf(datasets[name]);
  const rows = (exampleRows[name] as Array<Record<string, string | undefined>>).map((r) => header.map((c) => r[c] ?? ''));
  return excelCsv(header, rows);
}

/** A column's description in a language (Kyrgyz from ky.ts). */
export function columnText(name: DatasetName, column: string, meta: FieldMeta, lang: Lang): string {
  if (lang === 'ky') return kyDatasets[name].columns[column] ?? kyShared[column] ?? '';
  return meta[lang];
}

/** The example files' first value of the column (so the README agrees with them), else the declaration's. */
function exampleValue(name: DatasetName, column: string, meta: FieldMeta): string {
  if (column === 'note') return ''; // the examples' notes only carry the «ПРИМЕР» mark
  const rows = exampleRows[name] as Array<Record<string, string | undefined>>;
  return rows.map((r) => r[column] ?? '').find((v) => v !== '') ?? meta.example ?? '';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

function allowedValues(meta: FieldMeta, lang: Lang): string {
  if (meta.type === 'boolean') return BOOLEAN_VALUES[lang];
  return (meta.values ?? []).map((v) => `${v} — ${valueMeanings[v]?.[lang] ?? ''}`).join('; ');
}

function datasetSection(name: DatasetName, lang: Lang): string[] {
  const d: CsvDataset = datasets[name];
  const t = readmeText[lang];
  const description = lang === 'ky' ? kyDatasets[name].description : d.description[lang];
  const lines = [`### ${d.file} — ${d.title[lang]}`, '', description, '', row(t.columns), row(t.columns.map(() => '---'))];
  for (const [column, meta] of columnMeta(d)) {
    const schema = d.columns[column]!;
    lines.push(
      row([
        `\`${column}\``,
        columnText(name, column, meta, lang),
        typeLabel(meta, isIdColumn(schema), lang),
        allowedValues(meta, lang),
        meta.required ? t.yes : '',
        exampleValue(name, column, meta),
      ]),
    );
  }
  lines.push('', `${t.key}: ${d.key.map((k) => `\`${k}\``).join(' + ')}.`);
  const refs = (d.references ?? []).map((r) => `\`${r.column}\` → ${datasets[r.target as DatasetName].file}`);
  if (refs.length > 0) lines.push(`${t.refs}: ${refs.join(', ')}.`);
  lines.push('');
  return lines;
}

function fieldsTable(fields: Record<string, Record<Lang, string>>, example: Record<string, unknown>, lang: Lang): string[] {
  const t = readmeText[lang];
  const shown = (v: unknown) => {
    const json = JSON.stringify(v);
    return json.length > 60 ? `${json.slice(0, 59)}…` : json;
  };
  return [row(t.fieldColumns), row(t.fieldColumns.map(() => '---')), ...Object.entries(fields).map(([k, text]) => row([`\`${k}\``, text[lang], `\`${shown(example[k])}\``]))];
}

function languageSection(lang: Lang): string[] {
  const t = readmeText[lang];
  const lines = [`## ${t.heading}`, '', ...t.rules.map((r) => `- ${r}`), ''];
  for (const name of datasetNames) lines.push(...datasetSection(name, lang));
  lines.push('### municipality.json', '', t.profile, '', ...fieldsTable(profileFields, exampleProfile, lang), '');
  lines.push('### data/sources.json', '', t.sources, '', ...fieldsTable(sourceFields, exampleSources[0]!, lang), '');
  return lines;
}

export function readme(): string {
  const lines = [
    '# Шаблоны данных · Маалымат үлгүлөрү · Data templates',
    '',
    '<!-- Создано командой `npm run templates` из src/datasets/ — не правьте вручную. Generated by `npm run templates`; do not edit. -->',
    '',
    '[По-русски](#по-русски) · [Кыргызча](#кыргызча) · [In English](#in-english)',
    '',
    ...languageSection('ru'),
    ...languageSection('ky'),
    ...languageSection('en'),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Every generated file, by path relative to data/templates/. */
export function templateFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('README.md', readme());
  for (const name of datasetNames) {
    const d = datasets[name];
    files.set(d.file, headerCsv(d));
    files.set(`examples/${d.file}`, exampleCsv(name));
  }
  files.set('examples/municipality.json', `${JSON.stringify(exampleProfile, null, 2)}\n`);
  files.set('examples/sources.json', formatSourcesJson(exampleSources as unknown as Array<Record<string, unknown>>));
  return files;
}
