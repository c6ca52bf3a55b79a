import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/datasets/csv.ts';
import { columnMeta } from '../../src/datasets/define.ts';
import { loadData } from '../../src/checks/load.ts';
import { municipalitySchema, sourcesSchema } from '../../src/datasets/municipality.ts';
import { datasetNames, datasets, type DatasetName } from '../../src/datasets/registry.ts';
import { driftOf, listFiles } from '../../src/staff/generated.ts';
import { columnText, texts } from '../../src/i18n/index.ts';
import { headerCsv } from '../../src/staff/skeleton.ts';
import { isIdColumn, templateFiles } from '../../src/staff/templates.ts';

const T = 'data/templates';
/** Every example row's note, source title and profile note starts with it. */
const EXAMPLE_MARK = 'ПРИМЕР';
const read = (path: string) => readFileSync(path);

describe('data/templates', () => {
  it('is exactly what `npm run templates` generates (no drift, no stray files)', () => {
    expect(driftOf()).toEqual({ stale: [], extra: [] });
  });

  it('drift is caught: an edited template, a stale guide table and a stray file', () => {
    const root = mkdtempSync(join(tmpdir(), 'templates-drift-'));
    cpSync(T, join(root, T), { recursive: true });
    cpSync('docs', join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, T, 'budget.csv'), 'year;direction\n');
    writeFileSync(join(root, T, 'old.csv'), 'x\n');
    const guide = join(root, 'docs/staff-codes.ky.md');
    writeFileSync(guide, readFileSync(guide, 'utf8').replace('`required`', '`required-x`'));
    expect(driftOf(root)).toEqual({ stale: [`${T}/budget.csv`, 'docs/staff-codes.ky.md'], extra: [`${T}/old.csv`] });
  });

  it.each(datasetNames)('%s: a header-only CSV with the declared columns, in order', (name) => {
    const table = readCsv(read(`${T}/${datasets[name].file}`), datasets[name].file);
    expect(table.problems).toEqual([]);
    expect(table.headers).toEqual(Object.keys(datasets[name].columns));
    expect(table.rows).toEqual([]);
  });

  it('opens in a Russian-locale Excel: byte-order mark and ";" separators', () => {
    const bytes = read(`${T}/budget.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readCsv(bytes, 'budget.csv').delimiter).toBe(';');
  });

  it('README describes every column of every dataset in ru, ky and en', () => {
    const readme = readFileSync(`${T}/README.md`, 'utf8');
    for (const heading of ['## По-русски', '## Кыргызча', '## In English']) expect(readme).toContain(heading);
    for (const name of datasetNames) {
      const d = datasets[name];
      for (const [column] of columnMeta(d)) {
        const rows = readme.split('\n').filter((l) => l.startsWith(`| \`${column}\` |`));
        expect(rows.length, `${d.file} ${column}`).toBeGreaterThanOrEqual(3);
        for (const lang of ['ru', 'ky', 'en'] as const) expect(readme).toContain(`| \`${column}\` | ${columnText(lang, name, column).replace(/\|/g, '\\|')} |`);
      }
    }
  });

  it('has Kyrgyz for every declared column and dataset, and none for columns that do not exist', () => {
    const ky = texts('ky').datasets;
    for (const name of datasetNames) {
      const columns = [...Object.keys(datasets[name].columns), ...Object.keys(datasets[name].derived ?? {})];
      const missing = columns.filter((c) => !ky.tables[name].columns[c] && !ky.shared[c]);
      expect(missing, name).toEqual([]);
      expect(Object.keys(ky.tables[name].columns).filter((c) => !columns.includes(c)), name).toEqual([]);
      expect(ky.tables[name].description).not.toBe(texts('ru').datasets.tables[name].description);
    }
    const all = datasetNames.map((n) => [ky.tables[n].description, ...Object.values(ky.tables[n].columns)].join(' ')).join(' ');
    for (const letter of ['ң', 'ө', 'ү']) expect(all).toContain(letter);
  });

  it('explains every allowed value of every enumerated column', () => {
    const values = datasetNames.flatMap((n) => columnMeta(datasets[n]).flatMap(([, m]) => m.values ?? []));
    expect(values.length).toBeGreaterThan(10);
    for (const lang of ['ru', 'ky', 'en'] as const) expect(values.filter((v) => !texts(lang).glossary.values[v]), lang).toEqual([]);
  });

  it('tells id columns from text columns by their schema', () => {
    expect(isIdColumn(datasets.hearings.columns.id)).toBe(true);
    expect(isIdColumn(datasets.projects.columns.priorities)).toBe(true);
    expect(isIdColumn(datasets.hearings.columns.title_ru)).toBe(false);
    expect(isIdColumn(datasets.hearings.columns.participants)).toBe(false);
  });

  it('documents exactly the fields of municipality.json and of a sources.json entry', () => {
    for (const lang of ['ru', 'ky', 'en'] as const) {
      expect(Object.keys(texts(lang).datasets.profileFields).sort(), lang).toEqual(Object.keys(municipalitySchema.shape).sort());
      expect(Object.keys(texts(lang).datasets.sourceFields).sort(), lang).toEqual(Object.keys(sourcesSchema.element.shape).sort());
    }
  });
});

describe('data/templates/examples', () => {
  const E = `${T}/examples`;
  const EXAMPLE_ID = (JSON.parse(readFileSync(`${E}/municipality.json`, 'utf8')) as { id: string }).id;

  /** The examples laid out as a data folder: sources.json and one municipality. */
  function asDataFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'examples-'));
    const folder = join(dir, 'municipalities', EXAMPLE_ID);
    mkdirSync(folder, { recursive: true });
    cpSync(`${E}/sources.json`, join(dir, 'sources.json'));
    for (const file of listFiles(E).filter((f) => f !== 'sources.json')) cpSync(join(E, file), join(folder, file));
    return dir;
  }

  it('validate as a municipality of their own, without a single error or warning', () => {
    const { problems, municipalities } = loadData(asDataFolder(), { today: '2026-11-23' });
    expect(problems).toEqual([]);
    expect(municipalities[0]!.profile.id).toBe(EXAMPLE_ID);
  });

  it.each(datasetNames)('%s: has example rows, each marked «ПРИМЕР» in its note', (name) => {
    const table = readCsv(read(`${E}/${datasets[name].file}`), datasets[name].file);
    expect(table.headers).toEqual(Object.keys(datasets[name].columns));
    expect(table.rows.length).toBeGreaterThan(0);
    for (const { cells } of table.rows) expect(cells.note).toMatch(new RegExp(`^${EXAMPLE_MARK}`));
  });

  it('are loaded with every row: none is dropped by a parse error', () => {
    const { municipalities } = loadData(asDataFolder(), { today: '2026-11-23' });
    for (const name of datasetNames) {
      const rows = readCsv(read(`${E}/${datasets[name].file}`), name).rows.length;
      expect(municipalities[0]!.tables[name].length, name).toBe(rows);
    }
  });

  it('mark the example sources and profile as examples too', () => {
    const sources = JSON.parse(readFileSync(`${E}/sources.json`, 'utf8')) as Array<{ title_ru: string }>;
    expect(sources.every((s) => s.title_ru.startsWith(EXAMPLE_MARK))).toBe(true);
    const profile = JSON.parse(readFileSync(`${E}/municipality.json`, 'utf8')) as { notes_ru: string[] };
    expect(profile.notes_ru[0]).toMatch(new RegExp(`^${EXAMPLE_MARK}`));
  });
});

describe('the example files are the source of the example rows', () => {
  /** A scratch checkout holding only the templates, with `edit` applied to its examples folder. */
  function scratch(edit: (examples: string) => void): string {
    const root = mkdtempSync(join(tmpdir(), 'examples-source-'));
    cpSync(T, join(root, T), { recursive: true });
    edit(join(root, T, 'examples'));
    return root;
  }
  const columns = (name: DatasetName) => Object.keys(datasets[name].columns);

  it('a dataset without an example file gets a header-only one', () => {
    const root = scratch((e) => rmSync(join(e, datasets.surveys.file)));
    expect(templateFiles(root).get(`examples/${datasets.surveys.file}`)).toBe(headerCsv(datasets.surveys));
  });

  it('a declared column the file lacks comes back empty, in the declared place', () => {
    const header = columns('appraisals');
    const without = header.filter((c) => c !== 'year');
    const row = (cells: Record<string, string>) => without.map((c) => cells[c] ?? '').join(';');
    const cells = { id: 'pra-1', title_ru: 'T', source_doc: 'primer-report-2025', source_section: 'S', note: 'N' };
    const root = scratch((e) => writeFileSync(join(e, datasets.appraisals.file), `\uFEFF${without.join(';')}\n${row(cells)}\n`));
    const expected = `\uFEFF${header.join(';')}\n${header.map((c) => (cells as Record<string, string>)[c] ?? '').join(';')}\n`;
    expect(templateFiles(root).get(`examples/${datasets.appraisals.file}`)).toBe(expected);
  });

  it('a column the dataset does not declare stops the command, naming it', () => {
    const root = scratch((e) => writeFileSync(join(e, datasets.appraisals.file), `\uFEFF${columns('appraisals').join(';')};old_column\n`));
    expect(() => templateFiles(root)).toThrow(/old_column not declared/);
  });
});
