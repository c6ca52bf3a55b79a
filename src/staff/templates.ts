/**
 * The staff templates, generated from the dataset declarations (registry.ts): one header-only
 * CSV per dataset, the example files, and a README (ru, ky, en) that lists every column with
 * its meaning, type and unit, allowed values and an example. Nothing here is hand-copied,
 * so a new or renamed column reaches the templates with `npm run templates`. The example
 * rows are data files of their own (see examples.ts), rewritten here in the declared order.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { csvText, headerOf, STAFF_CSV } from '../datasets/csv-write.ts';
import { columnMeta, type CsvDataset } from '../datasets/define.ts';
import type { FieldMeta } from '../datasets/fields.ts';
import type { Lang } from '../datasets/problems.ts';
import { datasetNames, datasets, type DatasetName } from '../datasets/registry.ts';
import { readExamples, type ExampleRow, type Examples } from './examples.ts';
import { BOOLEAN_VALUES, readmeText, typeLabel, valueMeanings } from './glossary.ts';
import { kyDatasets, kyShared } from './ky.ts';
import { profileFields, sourceFields } from './profile-docs.ts';
import { headerCsv } from './skeleton.ts';
import { formatSourcesJson } from './sources-json.ts';

export const TEMPLATES_DIR = 'data/templates';

/** True when the column holds ids: its schema rejects a text that is not an id. */
export function isIdColumn(schema: z.ZodType): boolean {
  const result = schema.safeParse('Not an id');
  return !result.success && result.error.issues.some((i) => (i as { params?: { code?: string } }).params?.code === 'bad-id');
}

/** An example file with the declared columns in order; a column the rows lack is empty. */
export function exampleCsv(dataset: CsvDataset, rows: readonly ExampleRow[]): string {
  const header = headerOf(dataset);
  return csvText(header, rows.map((r) => header.map((c) => r[c] ?? '')), STAFF_CSV);
}

/** A column's description in a language (Kyrgyz from ky.ts). */
export function columnText(name: DatasetName, column: string, meta: FieldMeta, lang: Lang): string {
  if (lang === 'ky') return kyDatasets[name].columns[column] ?? kyShared[column] ?? '';
  return meta[lang];
}

/** The example files' first value of the column (so the README agrees with them), else the declaration's. */
function exampleValue(rows: readonly ExampleRow[], column: string, meta: FieldMeta): string {
  if (column === 'note') return ''; // the examples' notes only carry the example mark
  return rows.map((r) => r[column] ?? '').find((v) => v !== '') ?? meta.example ?? '';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

function allowedValues(meta: FieldMeta, lang: Lang): string {
  if (meta.type === 'boolean') return BOOLEAN_VALUES[lang];
  return (meta.values ?? []).map((v) => `${v} — ${valueMeanings[v]?.[lang] ?? ''}`).join('; ');
}

function datasetSection(name: DatasetName, examples: Examples, lang: Lang): string[] {
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
        exampleValue(examples.rows[name], column, meta),
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

function languageSection(examples: Examples, lang: Lang): string[] {
  const t = readmeText[lang];
  const lines = [`## ${t.heading}`, '', ...t.rules.map((r) => `- ${r}`), ''];
  for (const name of datasetNames) lines.push(...datasetSection(name, examples, lang));
  lines.push('### municipality.json', '', t.profile, '', ...fieldsTable(profileFields, examples.profile, lang), '');
  lines.push('### data/sources.json', '', t.sources, '', ...fieldsTable(sourceFields, examples.sources[0] ?? {}, lang), '');
  return lines;
}

export function readme(examples: Examples): string {
  const lines = [
    '# Шаблоны данных · Маалымат үлгүлөрү · Data templates',
    '',
    '<!-- Создано командой `npm run templates` из src/datasets/ — не правьте вручную. Generated by `npm run templates`; do not edit. -->',
    '',
    '[По-русски](#по-русски) · [Кыргызча](#кыргызча) · [In English](#in-english)',
    '',
    ...languageSection(examples, 'ru'),
    ...languageSection(examples, 'ky'),
    ...languageSection(examples, 'en'),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Every generated file, by path relative to data/templates/, made from the checkout at `root`. */
export function templateFiles(root = '.'): Map<string, string> {
  const examples = readExamples(join(root, TEMPLATES_DIR, 'examples'));
  const files = new Map<string, string>();
  files.set('README.md', readme(examples));
  for (const name of datasetNames) {
    const d = datasets[name];
    files.set(d.file, headerCsv(d));
    files.set(`examples/${d.file}`, exampleCsv(d, examples.rows[name]));
  }
  files.set('examples/municipality.json', `${JSON.stringify(examples.profile, null, 2)}\n`);
  files.set('examples/sources.json', formatSourcesJson(examples.sources));
  return files;
}
