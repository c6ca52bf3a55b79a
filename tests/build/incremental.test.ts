/**
 * The incremental build (src/build/incremental.ts, `npm run build -- --incremental`): after one
 * municipality's CSV changed, building from the previous site renders that municipality only and
 * gives the same files, byte for byte, as a full build of the changed data; a removed
 * municipality's pages go. A shared input or the code changing rebuilds everything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputs, codeDigest, inputsPath, planBuild, readInputs, type Figures } from '../../src/build/incremental.ts';
import { publishCacheOf } from '../../src/downloads/publish-cache.ts';
import { releaseDirOf, releaseListOf, RELEASE_URL_ENV } from '../../src/downloads/release-assets.ts';
import { listFiles } from '../../src/staff/generated.ts';
import { tempDir } from '../helpers/build.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const root = tempDir('kg-incremental-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const data = join(root, 'data');
cpSync(FIXTURE_DATA, data, { recursive: true });
// Outside git every date is the release's: fixed, so the builds agree.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1700000000' };

function build(outDir: string, ...args: string[]): string {
  return buildWith(env, outDir, ...args);
}

function buildWith(environment: NodeJS.ProcessEnv, outDir: string, ...args: string[]): string {
  const run = spawnSync(process.execPath, ['src/cli/build.ts', '--silent', '--data', data, '--outDir', outDir, ...args], { encoding: 'utf8', env: environment });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** Every file's name and bytes equal; the build digests and the publish cache too. */
function expectSameSite(a: string, b: string): void {
  const files = listFiles(a);
  expect(files).toEqual(listFiles(b));
  expect(files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))).toEqual([]);
  expect(readFileSync(inputsPath(a), 'utf8')).toBe(readFileSync(inputsPath(b), 'utf8'));
  expect(readFileSync(join(publishCacheOf(a), 'index.json'), 'utf8')).toBe(readFileSync(join(publishCacheOf(b), 'index.json'), 'utf8'));
  const loaded = (site: string) => listFiles(join(publishCacheOf(site), 'loaded'));
  expect(loaded(a)).toEqual(loaded(b));
  // The same records (V8 may write one value in two ways: a string in one or two bytes a letter).
  const record = (site: string, f: string) => deserialize(readFileSync(join(publishCacheOf(site), 'loaded', f))) as unknown;
  expect(loaded(a).filter((f) => !isDeepStrictEqual(record(a, f), record(b, f)))).toEqual([]);
}

/** The publish step's line: how many municipalities came from its cache, how many download files were kept. */
const fromCache = (log: string) => /publish step timings: .*load [\d.]+ s \((\d+) of (\d+) from the cache\).*downloads [\d.]+ s \((\d+) files kept, (\d+) combined files from pieces\).*all\.zip [\d.]+ s \((\d+) entries copied\)/.exec(log);

const CHANGED = 'ak-chiy-kachybek-sovetskoe';
const KEPT = 'altyn-bulak';
const REMOVED = 'orozbekov';
const page = (site: string, id: string) => join(site, 'ru', id, 'index.html');
const rendered = (log: string) => /incremental build: (\d+) of (\d+) municipalities rendered(?: \(([^)]*)\))?/.exec(log);

describe('an incremental build', () => {
  const site = join(root, 'site');
  it('after one CSV changed renders that municipality only, and equals a full build byte for byte', () => {
    build(site);
    expect(readInputs(site)?.municipalities).toHaveProperty(KEPT);
    const kept = statSync(page(site, KEPT)).ino;
    const changed = statSync(page(site, CHANGED)).ino;
    const keptFile = statSync(join(site, 'data', KEPT, 'hearings.csv')).ino;
    const changedFile = statSync(join(site, 'data', CHANGED, 'hearings.csv')).ino;
    // One hearing's note: the figures (standings) stay as they were.
    const csv = join(data, 'municipalities', CHANGED, 'hearings.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    expect(lines[1]).toMatch(/,$/);
    lines[1] += 'Проверка';
    writeFileSync(csv, lines.join('\n'));

    const log = build(site, '--incremental');
    const m = rendered(log);
    expect(m, log).not.toBeNull();
    expect([m![1], m![2], m![3]]).toEqual(['1', '3', CHANGED]);
    // The publish step loaded and wrote only the changed municipality: the others' files are the previous ones.
    const cached = fromCache(log);
    expect(cached, log).not.toBeNull();
    expect([cached![1], cached![2]]).toEqual(['2', '3']);
    expect(Number(cached![3])).toBeGreaterThan(0);
    // The combined tables made of the previous ones' pieces, all.zip of the previous one's unchanged
    // entries (each the same bytes as a full build's, below).
    expect(Number(cached![4])).toBeGreaterThan(0);
    expect(Number(cached![5])).toBeGreaterThan(0);
    expect(statSync(join(site, 'data', KEPT, 'hearings.csv')).ino).toBe(keptFile);
    expect(statSync(join(site, 'data', CHANGED, 'hearings.csv')).ino).not.toBe(changedFile);
    expect(readFileSync(join(site, 'data', CHANGED, 'hearings.csv'), 'utf8')).toContain('Проверка');
    // The kept municipality's pages are the previous build's files (moved, not written again).
    expect(statSync(page(site, KEPT)).ino).toBe(kept);
    expect(statSync(page(site, CHANGED)).ino).not.toBe(changed);
    expect(listFiles(join(site, 'ru', CHANGED)).some((f) => readFileSync(join(site, 'ru', CHANGED, f), 'utf8').includes('Проверка'))).toBe(true);

    const full = join(root, 'full');
    build(full);
    expectSameSite(site, full);

    // Nothing changed: only the national pages are rendered, and every script they share with
    // the kept pages (charts, search) is still written.
    const again = rendered(build(site, '--incremental'));
    expect([again?.[1], again?.[3]]).toEqual(['0', undefined]);
    expectSameSite(site, full);
  }, 600_000);

  it('drops a removed municipality’s pages and files, and equals a full build', () => {
    rmSync(join(data, 'municipalities', REMOVED), { recursive: true });
    const log = build(site, '--incremental');
    expect(log).toMatch(new RegExp(`removed \\(${REMOVED}\\)`));
    expect(listFiles(site).filter((f) => f.includes(REMOVED))).toEqual([]);
    const full = join(root, 'full-2');
    build(full);
    expectSameSite(site, full);
  }, 600_000);

  it('builds in full when there are no digests of a previous build, and loads everything without the publish cache', () => {
    rmSync(inputsPath(site));
    rmSync(publishCacheOf(site), { recursive: true });
    const log = build(site, '--incremental');
    expect(log).toMatch(/a full build, as no digests of a previous build/);
    expect(log).toMatch(/publish cache: every municipality loaded, as there is none in /);
    expect(fromCache(log)?.[1]).toBe('0');
    expect(readInputs(site)).toBeDefined();
    expectSameSite(site, join(root, 'full-2'));
    // A damaged index: the same, said so.
    writeFileSync(join(publishCacheOf(site), 'index.json'), '{');
    expect(build(site, '--incremental')).toMatch(/publish cache: every municipality loaded, as its index is unreadable/);
  }, 600_000);
});

describe('an incremental build with release assets (KG_RELEASE_URL, as the workflow deploys)', () => {
  const assets = { ...env, [RELEASE_URL_ENV]: 'https://github.com/example/kg/releases/download/' };
  it('copies the combined tables’ pieces and all.zip’s entries from the previous release assets, and equals a full build', () => {
    const site = join(root, 'assets-site');
    buildWith(assets, site);
    // The note the first test wrote, longer (one hearing: no figure moves).
    const csv = join(data, 'municipalities', CHANGED, 'hearings.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    expect(lines[1]).toMatch(/Проверка$/);
    lines[1] += ' 2';
    writeFileSync(csv, lines.join('\n'));
    const log = buildWith(assets, site, '--incremental');
    const cached = fromCache(log);
    expect(cached, log).not.toBeNull();
    expect(Number(cached![4])).toBeGreaterThan(0);
    expect(Number(cached![5])).toBeGreaterThan(0);
    const full = join(root, 'assets-full');
    buildWith(assets, full);
    expectSameSite(site, full);
    const release = (s: string) => listFiles(releaseDirOf(s));
    expect(release(site).length).toBeGreaterThan(0);
    expect(release(site)).toEqual(release(full));
    expect(release(site).filter((f) => !readFileSync(join(releaseDirOf(site), f)).equals(readFileSync(join(releaseDirOf(full), f))))).toEqual([]);
    expect(readFileSync(releaseListOf(site), 'utf8')).toBe(readFileSync(releaseListOf(full), 'utf8'));
  }, 600_000);
});

describe('the build plan', () => {
  const release = { version: '0.1.0+0', updated: '2024-01-01T00:00:00Z', updatedFrom: 'SOURCE_DATE_EPOCH' as const };
  const figures: Figures = { release, standings: {}, changes: { release, since: null, changes: [] }, dates: {} };
  const dir = join(root, 'plan');
  cpSync(FIXTURE_DATA, dir, { recursive: true });
  const code = codeDigest();
  const before = buildInputs(dir, figures, code);
  const ids = Object.keys(before.municipalities);

  it('digests each municipality apart: its CSV changes its digest only', () => {
    const csv = join(dir, 'municipalities', KEPT, 'budget.csv');
    const was = readFileSync(csv);
    writeFileSync(csv, Buffer.concat([was, Buffer.from('\n')]));
    const after = buildInputs(dir, figures, code);
    writeFileSync(csv, was);
    expect(ids.filter((id) => before.municipalities[id] !== after.municipalities[id])).toEqual([KEPT]);
    expect(after.national).not.toBe(before.national);
    expect(planBuild(before, after)).toMatchObject({ kind: 'incremental', render: [KEPT], removed: [] });
  });

  it('renders every municipality when sources.json changes', () => {
    const path = join(dir, 'sources.json');
    const was = readFileSync(path);
    writeFileSync(path, Buffer.concat([was, Buffer.from(' ')]));
    const after = buildInputs(dir, figures, code);
    writeFileSync(path, was);
    expect(planBuild(before, after)).toMatchObject({ kind: 'incremental', render: ids, keep: [] });
  });

  it('renders a municipality whose standing, change-log entry or data date changed', () => {
    const id = ids[0]!;
    const changes = { ...figures.changes, since: { version: 'x', ref: 'y', date: null }, changes: [{ dataset: 'hearings' as const, municipality: id, added: [], removed: [], changed: [], totals: [] }] };
    for (const f of [{ ...figures, standings: { [id]: { peers: 2, rows: [] } } }, { ...figures, changes }, { ...figures, dates: { [id]: '2025-05-05T00:00:00Z' } }]) {
      expect(planBuild(before, buildInputs(dir, f, code))).toMatchObject({ kind: 'incremental', render: [id] });
    }
  });

  it('builds in full when the code or the site address changed', () => {
    expect(planBuild(before, buildInputs(dir, figures, 'other code'))).toEqual({ kind: 'full', why: 'the code or the site address changed' });
    expect(codeDigest('.', { ...process.env, BASE: '/elsewhere/' })).not.toBe(code);
    expect(planBuild(undefined, before)).toMatchObject({ kind: 'full' });
  });

  it('builds in full when the previous site lacks pages it would keep', () => {
    expect(planBuild(before, before, join(root, 'no-site'))).toMatchObject({ kind: 'full', why: expect.stringMatching(/no previous site/) });
  });
});
