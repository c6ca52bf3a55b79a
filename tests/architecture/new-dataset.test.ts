/**
 * What a new dataset costs, proven on a scratch copy of the project: its declaration, one
 * registry line, and its texts in each language's datasets.ts — nothing else. The copy is
 * then validated and built; the new table is published for download and in the catalogue,
 * and a municipality folder without the new file gets an empty table and a warning.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/langs.ts';

const ROOT = resolve('.');
let dir = '';

function edit(path: string, find: string, insert: (found: string) => string): void {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(find)) throw new Error(`${path}: "${find}" not found`);
  writeFileSync(file, text.replace(find, insert(find)));
}

const DECLARATION = `import { defineCsv } from '../define.ts';
import { id, optText, sourceColumns } from '../fields.ts';

/** Drinking-water points of a municipality (a throwaway dataset of a test). */
export const wells = defineCsv({
  name: 'wells',
  file: 'wells.csv',
  columns: {
    id: id(),
    village_ru: optText(),
    ...sourceColumns,
  },
  key: ['id'],
});
`;

const text = (lang: string) => `    wells: {
      title: 'Wells (${lang})',
      description: 'Drinking-water points (${lang}).',
      columns: { id: 'Id (${lang})', village_ru: 'Village (${lang})' },
    },
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-new-dataset-'));
  for (const f of ['src', 'docs', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  // The fixture data, never the bundled data/: what staff put there must not change this test.
  cpSync(join(ROOT, 'tests/fixtures/data'), join(dir, 'data'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // 1. The declaration.
  writeFileSync(join(dir, 'src/datasets/tables/wells.ts'), DECLARATION);
  // 2. One registry line (and its import).
  edit('src/datasets/registry.ts', "import type { RecordOf } from './define.ts';", (f) => `import { wells } from './tables/wells.ts';\n${f}`);
  edit('src/datasets/registry.ts', '  surveys,\n', (f) => `${f}  wells,\n`);
  // 3. Its texts, per language.
  for (const lang of LANGS) edit(`src/i18n/${lang}/datasets.ts`, '  tables: {\n', (f) => `${f}${text(lang)}`);
  // Data: one municipality has the new file, the others do not.
  const [first] = readdirNames(join(dir, 'data/municipalities'));
  writeFileSync(join(dir, 'data/municipalities', first!, 'wells.csv'), 'id,village_ru,source_doc,source_section,note\nwell-1,Кара-Суу,,,\n');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const readdirNames = (path: string): string[] => readdirSync(path).sort();

describe('a new dataset: declaration, registry line, texts', () => {
  it('validates, warning about folders without the file instead of failing', () => {
    const run = spawnSync(process.execPath, ['src/cli/validate.ts', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATA_DIR: 'data' } });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('wells.csv');
    expect(run.stdout).toContain('missing-table');
  });

  it('builds: the table is published and has its catalogue page in every language', () => {
    const run = spawnSync(process.execPath, ['src/cli/build.ts', '--silent'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATA_DIR: 'data' } });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const csv = readFileSync(join(dir, 'dist/data/wells.csv'), 'utf8');
    expect(csv).toContain('well-1');
    expect(csv).toContain('Кара-Суу');
    for (const lang of LANGS) {
      const page = join(dir, `dist/${lang}/data/wells/index.html`);
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain(`Wells (${lang})`);
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'dist/data/datapackage.json'), 'utf8')) as { resources: Array<{ name: string }> };
    expect(pkg.resources.some((r) => r.name.startsWith('wells'))).toBe(true);
  }, 300_000);
});
