/**
 * The staff templates, generated from the dataset declarations (registry.ts): one header-only
 * CSV per dataset, the example files, and a README (ru, ky, en) that lists every column with
 * its meaning, type and unit, allowed values and an example. Nothing here is hand-copied,
 * so a new or renamed column reaches the templates with `npm run templates`.
 */
import type { z } from 'astro/zod';
import { columnMeta, type CsvDataset } from '../datasets/define.ts';
import type { FieldMeta } from '../datasets/fields.ts';
import { datasetNames, datasets, type DatasetName } from '../datasets/registry.ts';
import { excelCsv, formatSourcesJson } from './csv-out.ts';
import { exampleProfile, exampleRows, exampleSources } from './examples.ts';
import { columnText as columnTextOf, datasetText, LANGS, texts, type Lang } from '../i18n/index.ts';
import { typeLabel } from './glossary.ts';

export const TEMPLATES_DIR = 'data/templates';

/** True when the column holds ids: its schema rejects a text that is not an id. */
export function isIdColumn(schema: z.ZodType): boolean {
  const result = schema.safeParse('Not an id');
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

/** A column's description in a language. */
export const columnText = (name: DatasetName, column: string, lang: Lang): string => columnTextOf(lang, name, column);

/** The example files' first value of the column (so the README agrees with them), else the declaration's. */
function exampleValue(name: DatasetName, column: string, meta: FieldMeta): string {
  if (column === 'note') return ''; // the examples' notes only carry the example mark (EXAMPLE_MARK)
  const rows = exampleRows[name] as Array<Record<string, string | undefined>>;
  return rows.map((r) => r[column] ?? '').find((v) => v !== '') ?? meta.example ?? '';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

function allowedValues(meta: FieldMeta, lang: Lang): string {
  const g = texts(lang).glossary;
  if (meta.type === 'boolean') return g.booleanValues;
  return (meta.values ?? []).map((v) => `${v} — ${g.values[v] ?? ''}`).join('; ');
}

function datasetSection(name: DatasetName, lang: Lang): string[] {
  const d: CsvDataset = datasets[name];
  const t = texts(lang).glossary.readme;
  const { title, description } = datasetText(lang, name);
  const lines = [`### ${d.file} — ${title}`, '', description, '', row(t.columns), row(t.columns.map(() => '---'))];
  for (const [column, meta] of columnMeta(d)) {
    const schema = d.columns[column]!;
    lines.push(
      row([
        `\`${column}\``,
        columnText(name, column, lang),
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

function fieldsTable(fields: Record<string, string>, example: Record<string, unknown>, lang: Lang): string[] {
  const t = texts(lang).glossary.readme;
  const shown = (v: unknown) => {
    const json = JSON.stringify(v);
    return json.length > 60 ? `${json.slice(0, 59)}…` : json;
  };
  return [row(t.fieldColumns), row(t.fieldColumns.map(() => '---')), ...Object.entries(fields).map(([k, text]) => row([`\`${k}\``, text, `\`${shown(example[k])}\``]))];
}

function languageSection(lang: Lang): string[] {
  const t = texts(lang).glossary.readme;
  const d = texts(lang).datasets;
  const lines = [`## ${t.heading}`, '', ...t.rules.map((r) => `- ${r}`), ''];
  for (const name of datasetNames) lines.push(...datasetSection(name, lang));
  lines.push('### municipality.json', '', t.profile, '', ...fieldsTable(d.profileFields, exampleProfile, lang), '');
  lines.push('### data/sources.json', '', t.sources, '', ...fieldsTable(d.sourceFields, exampleSources[0]!, lang), '');
  return lines;
}

/** The README's languages: Russian first (most staff read it), then the site's order. */
const README_LANGS: readonly Lang[] = ['ru', ...LANGS.filter((l) => l !== 'ru')];

/** A heading's Markdown anchor, as GitHub makes it: "In English" → "in-english". */
const anchor = (heading: string) => heading.toLowerCase().replace(/ /g, '-');

export function readme(): string {
  const lines = [
    `# ${README_LANGS.map((l) => texts(l).glossary.readme.title).join(' · ')}`,
    '',
    `<!-- ${README_LANGS.flatMap((l) => texts(l).glossary.readme.generated ?? []).join(' ')} -->`,
    '',
    README_LANGS.map((l) => `[${texts(l).glossary.readme.heading}](#${anchor(texts(l).glossary.readme.heading)})`).join(' · '),
    '',
    ...README_LANGS.flatMap(languageSection),
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
