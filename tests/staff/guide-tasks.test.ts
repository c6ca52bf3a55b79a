/**
 * The staff guide's tasks, done as the guide says on a scratch copy of the repository's data/, pass
 * the data check that staff's pull requests run (`npm run check:data`), and show on the built site:
 * a new budget year (rows taken from data/templates/examples/budget.csv, so the test follows the
 * budget contract), a new municipality from `npm run new:municipality`, a corrected figure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/i18n/format.ts';
import { NODE, setCell } from '../datasets/data-fixture.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const VITEST = 'node_modules/vitest/vitest.mjs';
import { pageExists, readPage } from '../helpers/dist.ts';
import { doGuideTasks, FIXED, M, NEW } from './guide-tasks.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-guide-tasks-'));
const data = join(root, 'data');
const dist = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let added: { year: string; labels: string[] };
let check: { status: number | null; out: string };

/** The fixture data plus the templates the guide tells staff to copy from: a test of the code never reads the bundled data/. */
function copyForTasks(to: string): void {
  cpSync(FIXTURE_DATA, to, { recursive: true });
  cpSync('data/templates', join(to, 'templates'), { recursive: true });
}

beforeAll(() => {
  copyForTasks(data);
  added = doGuideTasks(data);
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
    for (const lang of ['ky', 'ru', 'en']) expect(pageExists(`/${lang}/${NEW.id}/`, dist), lang).toBe(true);
    expect(readPage(`/ru/${NEW.id}/`, dist).querySelector('h1')?.text).toContain(NEW.name);
    expect(readPage('/ru/', dist).text).toContain(NEW.name);
  });

  it('the seed-figures test still passes on the copy (every seed figure is still in the data)', () => {
    const r = spawnSync(NODE, [VITEST, 'run', 'tests/datasets/seed-figures.test.ts', '-t', 'finds each figure'], { encoding: 'utf8', env: { ...process.env, SEED_DATA: data, SKIP_BUILD: '1' } });
    // 26 304 also stands in projects.csv (the same document's text), so correcting the budget cell leaves it in the data.
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/1 passed/);
  }, 120_000);

  it('the corrected figure shows on the site, the old one is gone', () => {
    const text = readPage(`/ru/${FIXED.m}/budget/${FIXED.year}/`, dist).text;
    expect(text).toContain(formatMoney('ru', FIXED.amount));
    expect(text).not.toContain(formatMoney('ru', FIXED.was));
  });
});

it('the data check fails on a data error, naming the file, before building anything', () => {
  const broken = mkdtempSync(join(tmpdir(), 'kg-guide-broken-'));
  try {
    copyForTasks(join(broken, 'data'));
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
