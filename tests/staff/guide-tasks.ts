/**
 * The staff guide's tasks, done on a data folder as the guide says (used by guide-tasks.test.ts and
 * by guide-screenshots.ts, which photographs the site after them for the guide):
 * § 6 a new budget year (the rows of data/templates/examples/budget.csv), § 5 a new municipality
 * (`npm run new:municipality`), § 9 a corrected figure.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { detectDelimiter } from '../../src/datasets/csv.ts';
import { formatSourcesJson } from '../../src/staff/sources-json.ts';
import { NODE, setCell } from '../datasets/data-fixture.ts';

type Row = Record<string, string>;
const readCsv = (path: string) => {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text.trimEnd(), { header: true, delimiter: detectDelimiter(text) });
  return { rows: parsed.data, fields: parsed.meta.fields ?? [], delimiter: detectDelimiter(text) };
};
const readJson = (data: string, file: string) => JSON.parse(readFileSync(join(data, file), 'utf8'));
const writeJson = (data: string, file: string, value: unknown) => writeFileSync(join(data, file), `${JSON.stringify(value, null, 2)}\n`);

/** Guide § 6 on orozbekov: a document in sources.json, then the example's budget rows added at the end of budget.csv. */
export function addBudgetYear(data: string, m: string): { year: string; labels: string[] } {
  const examples = readCsv('data/templates/examples/budget.csv');
  const exampleSources = JSON.parse(readFileSync('data/templates/examples/sources.json', 'utf8')) as Row[];
  const docs = new Map<string, string>();
  const sources = readJson(data, 'sources.json') as Array<Record<string, unknown>>;
  for (const doc of new Set(examples.rows.map((r) => r.source_doc!))) {
    const example = exampleSources.find((s) => s.id === doc);
    if (!example) throw new Error(`examples/budget.csv names ${doc}, not in examples/sources.json`);
    const id = doc.replace(/^primer/, m);
    docs.set(doc, id);
    const entry = Object.fromEntries(Object.entries(example).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/^ПРИМЕР: /, '').replace(/^primer/, m) : v]));
    sources.push({ ...entry, id, municipality: m });
  }
  writeFileSync(join(data, 'sources.json'), formatSourcesJson(sources));

  const path = join(data, 'municipalities', m, 'budget.csv');
  const target = readCsv(path);
  const extra = examples.fields.filter((f) => !target.fields.includes(f));
  if (extra.length) throw new Error(`examples/budget.csv has columns ${extra.join(', ')} that ${path} lacks`);
  const rows = examples.rows.map((r) => target.fields.map((f) => (f === 'source_doc' ? docs.get(r[f]!)! : f === 'note' ? '' : (r[f] ?? ''))));
  const text = readFileSync(path, 'utf8');
  appendFileSync(path, `${text.endsWith('\n') ? '' : '\n'}${Papa.unparse(rows, { delimiter: target.delimiter, newline: '\n' })}\n`);
  // Top-level lines stand on the year page; "of which" lines on their group page.
  return { year: examples.rows[0]!.year!, labels: [...new Set(examples.rows.filter((r) => !r.parent).map((r) => r.label_ru!))] };
}

/** Guide § 5: `npm run new:municipality -- kara-suu`, then the document's title and kind, and the profile's name. */
export function addMunicipality(data: string, id: string, name: string): void {
  const r = spawnSync(NODE, ['src/cli/new-municipality.ts', id, '--data', data], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`new:municipality failed:\n${r.stdout}\n${r.stderr}`);
  const sources = readJson(data, 'sources.json') as Array<Record<string, unknown>>;
  const doc = sources.find((s) => s.id === `${id}-profile`)!;
  Object.assign(doc, { title_ru: `Паспорт айылного аймака ${name}`, kind_ru: 'Паспорт', file: `${id}-profile.pdf` });
  writeFileSync(join(data, 'sources.json'), formatSourcesJson(sources));
  const profile = readJson(data, `municipalities/${id}/municipality.json`);
  profile.name = { ky: name, ru: name, en: 'Kara-Suu' };
  writeJson(data, `municipalities/${id}/municipality.json`, profile);
}

export const M = 'orozbekov';
export const NEW = { id: 'kara-suu', name: 'Кара-Суу' };
export const FIXED = { m: 'ak-chiy-kachybek-sovetskoe', file: 'municipalities/ak-chiy-kachybek-sovetskoe/budget.csv', row: 2, year: '2014', was: 26_304, amount: 26_350 };

/** Guide § 9: a typing error corrected in its cell, with a note saying so. */
export function correctFigure(data: string): void {
  setCell(data, FIXED.file, FIXED.row, 'amount', String(FIXED.amount));
  setCell(data, FIXED.file, FIXED.row, 'note', 'Исправлено: опечатка при вводе (проверка руководства)');
}

/** All three tasks; what the site should then show. */
export function doGuideTasks(data: string) {
  const added = addBudgetYear(data, M);
  addMunicipality(data, NEW.id, NEW.name);
  correctFigure(data);
  return added;
}
