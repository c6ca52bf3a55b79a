/**
 * The staff guide's tasks, done as the guide says on a scratch copy of the repository's data/, pass
 * the data check that staff's pull requests run (`npm run check:data`), and show on the built site:
 * a new budget year (rows taken from data/templates/examples/budget.csv, so the test follows the
 * budget contract), a new municipality from `npm run new:municipality`, a corrected figure.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/datasets/csv.ts';
import { formatMoney } from '../../src/i18n/format.ts';
import { formatSourcesJson } from '../../src/staff/sources-json.ts';
import { NODE, setCell } from '../datasets/data-fixture.ts';
import { pageExists, readPage } from '../helpers/dist.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-guide-tasks-'));
const data = join(root, 'data');
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Row = Record<string, string>;
const readCsv = (path: string) => {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text.trimEnd(), { header: true, delimiter: detectDelimiter(text) });
  return { rows: parsed.data, fields: parsed.meta.fields ?? [], delimiter: detectDelimiter(text) };
};
const readJson = (file: string) => JSON.parse(readFileSync(join(data, file), 'utf8'));
const writeJson = (file: string, value: unknown) => writeFileSync(join(data, file), `${JSON.stringify(value, null, 2)}\n`);

/** Guide § 6 on orozbekov: a document in sources.json, then the example's budget rows added at the end of budget.csv. */
function addBudgetYear(m: string): { year: string; labels: string[] } {
  const examples = readCsv('data/templates/examples/budget.csv');
  const exampleSources = JSON.parse(readFileSync('data/templates/examples/sources.json', 'utf8')) as Row[];
  const docs = new Map<string, string>();
  const sources = readJson('sources.json') as Array<Record<string, unknown>>;
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
  return { year: examples.rows[0]!.year!, labels: [...new Set(examples.rows.map((r) => r.label_ru!))] };
}

/** Guide § 5: `npm run new:municipality -- kara-suu`, then the document's title and kind, and the profile's name. */
function addMunicipality(id: string, name: string): void {
  const r = spawnSync(NODE, ['src/cli/new-municipality.ts', id, '--data', data], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`new:municipality failed:\n${r.stdout}\n${r.stderr}`);
  const sources = readJson('sources.json') as Array<Record<string, unknown>>;
  const doc = sources.find((s) => s.id === `${id}-profile`)!;
  Object.assign(doc, { title_ru: `Паспорт айылного аймака ${name}`, kind_ru: 'Паспорт', file: `${id}-profile.pdf` });
  writeFileSync(join(data, 'sources.json'), formatSourcesJson(sources));
  const profile = readJson(`municipalities/${id}/municipality.json`);
  profile.name = { ky: name, ru: name, en: 'Kara-Suu' };
  writeJson(`municipalities/${id}/municipality.json`, profile);
}

const M = 'orozbekov';
const NEW = 'kara-suu';
const FIXED = { m: 'ak-chiy-kachybek-sovetskoe', file: 'municipalities/ak-chiy-kachybek-sovetskoe/budget.csv', row: 2, amount: 26_350 };
let added: { year: string; labels: string[] };
let check: { status: number | null; out: string };

beforeAll(() => {
  cpSync('data', data, { recursive: true });
  added = addBudgetYear(M);
  addMunicipality(NEW, 'Кара-Суу');
  // Guide § 9: a typing error corrected in the cell, with a note saying so.
  setCell(data, FIXED.file, FIXED.row, 'amount_som', String(FIXED.amount));
  setCell(data, FIXED.file, FIXED.row, 'note', 'Исправлено: опечатка при вводе (проверка руководства)');
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: data, CHECK_DIST: dist, GITHUB_ACTIONS: '' };
  delete env.SKIP_BUILD;
  const r = spawnSync('npm', ['run', 'check:data'], { encoding: 'utf8', env });
  check = { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}, 900_000);

describe('the guide’s tasks on a copy of data/', () => {
  it('pass the data check (validate, build, site checks)', () => {
    expect(check.status, check.out).toBe(0);
    expect(check.out).toMatch(/Ошибок нет/);
  });

  it('the new budget year has its page in three languages, with the rows typed', () => {
    for (const lang of ['ky', 'ru', 'en']) expect(pageExists(`/${lang}/${M}/budget/${added.year}/`, dist), lang).toBe(true);
    const text = readPage(`/ru/${M}/budget/${added.year}/`, dist).text;
    for (const label of added.labels) expect(text).toContain(label);
  });

  it('the new municipality has its pages, with the name from its profile', () => {
    for (const lang of ['ky', 'ru', 'en']) expect(pageExists(`/${lang}/${NEW}/`, dist), lang).toBe(true);
    expect(readPage(`/ru/${NEW}/`, dist).querySelector('h1')?.text).toContain('Кара-Суу');
    expect(readPage('/ru/', dist).text).toContain('Кара-Суу');
  });

  it('the corrected figure shows on the site, the old one is gone', () => {
    const text = readPage(`/ru/${FIXED.m}/budget/2014/`, dist).text;
    expect(text).toContain(formatMoney('ru', FIXED.amount));
    expect(text).not.toContain(formatMoney('ru', 26_304));
  });
});

it('the data check fails on a data error, naming the file, before building anything', () => {
  const broken = mkdtempSync(join(tmpdir(), 'kg-guide-broken-'));
  try {
    cpSync('data', join(broken, 'data'), { recursive: true });
    setCell(join(broken, 'data'), FIXED.file, FIXED.row, 'year', '20I4');
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(broken, 'data'), CHECK_DIST: join(broken, 'dist'), GITHUB_ACTIONS: '' };
    delete env.SKIP_BUILD;
    const r = spawnSync('npm', ['run', 'check:data'], { encoding: 'utf8', env });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain(FIXED.file);
    expect(pageExists('/ru/', join(broken, 'dist'))).toBe(false);
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
}, 300_000);
