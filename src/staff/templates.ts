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
import { datasetNames, datasets, type DatasetName } from '../datasets/registry.ts';
import { readExamples, type ExampleRow, type Examples } from './examples.ts';
import { columnText as columnTextOf, datasetText, LANGS, texts, type Lang } from '../i18n/index.ts';
import { typeLabel } from './glossary.ts';
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

/** A column's description in a language. */
export const columnText = (name: DatasetName, column: string, lang: Lang): string => columnTextOf(lang, name, column);

/** The example files' first value of the column (so the README agrees with them), else the declaration's. */
function exampleValue(rows: readonly ExampleRow[], column: string, meta: FieldMeta): string {
  if (column === 'note') return ''; // the examples' notes only carry the example mark
  return rows.map((r) => r[column] ?? '').find((v) => v !== '') ?? meta.example ?? '';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

function allowedValues(meta: FieldMeta, lang: Lang): string {
  const g = texts(lang).glossary;
  if (meta.type === 'boolean') return g.booleanValues;
  return (meta.values ?? []).map((v) => `${v} — ${g.values[v] ?? ''}`).join('; ');
}

function datasetSection(name: DatasetName, examples: Examples, lang: Lang): string[] {
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

function fieldsTable(fields: Record<string, string>, example: Record<string, unknown>, lang: Lang): string[] {
  const t = texts(lang).glossary.readme;
  const shown = (v: unknown) => {
    const json = JSON.stringify(v) ?? ''; // a field the example leaves out (optional)
    return json.length > 60 ? `${json.slice(0, 59)}…` : json;
  };
  return [row(t.fieldColumns), row(t.fieldColumns.map(() => '---')), ...Object.entries(fields).map(([k, text]) => row([`\`${k}\``, text, `\`${shown(example[k])}\``]))];
}

function languageSection(examples: Examples, lang: Lang): string[] {
  const t = texts(lang).glossary.readme;
  const d = texts(lang).datasets;
  const lines = [`## ${t.heading}`, '', ...t.rules.map((r) => `- ${r}`), ''];
  for (const name of datasetNames) lines.push(...datasetSection(name, examples, lang));
  lines.push('### municipality.json', '', t.profile, '', ...fieldsTable(d.profileFields, examples.profile, lang), '');
  lines.push('### data/sources.json', '', t.sources, '', ...fieldsTable(d.sourceFields, examples.sources[0] ?? {}, lang), '');
  return lines;
}

/** The README's languages: Russian first (most staff read it), then the site's order. */
const README_LANGS: readonly Lang[] = ['ru', ...LANGS.filter((l) => l !== 'ru')];

/** A heading's Markdown anchor, as GitHub makes it: "In English" → "in-english". */
const anchor = (heading: string) => heading.toLowerCase().replace(/ /g, '-');

export function readme(examples: Examples): string {
  const lines = [
    `# ${README_LANGS.map((l) => texts(l).glossary.readme.title).join(' · ')}`,
    '',
    `<!-- ${README_LANGS.flatMap((l) => texts(l).glossary.readme.generated ?? []).join(' ')} -->`,
    '',
    README_LANGS.map((l) => `[${texts(l).glossary.readme.heading}](#${anchor(texts(l).glossary.readme.heading)})`).join(' · '),
    '',
    ...README_LANGS.flatMap((l) => languageSection(examples, l)),
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
