/**
 * The publish cache (src/downloads/publish-cache.ts): a data folder loaded through it, cold or
 * with some municipalities from the cache, equals a full load (the same records and the same
 * problems in the same order: the README lists the warnings); a changed file, another code,
 * another day or a damaged cache file is never read from it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { fileHashes } from '../../src/downloads/hashes.ts';
import { installCache, loadWithCache, municipalityKeys, readCacheIndex, writeCache } from '../../src/downloads/publish-cache.ts';
import { tempDir } from '../helpers/build.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const root = tempDir('kg-publish-cache-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const data = join(root, 'data');
cpSync(FIXTURE_DATA, data, { recursive: true });
const dir = join(root, 'cache');
const today = '2026-12-01';
const CHANGED = 'ak-chiy-kachybek-sovetskoe';

const load = (code = 'code', day = today, reuse = true) => loadWithCache(data, municipalityKeys(fileHashes(data), code, day), { dir, code, reuse }, day);

describe('the publish cache', () => {
  it('a cold load equals a full load, and is cached', () => {
    const cold = load('code', today, false);
    expect(cold.data).toEqual(loadData(data, { today }));
    expect(cold.data.problems.some((p) => p.severity === 'warning')).toBe(true);
    expect(cold.reused.size).toBe(0);
    writeCache(dir, 'code', cold, new Map());
    // Not read until the build installs it (once the site it describes is in place).
    expect(readCacheIndex(dir, 'code')).toHaveProperty('why');
    installCache(dir);
    expect(readCacheIndex(dir, 'code')).toHaveProperty('index');
  });

  it('reads the unchanged municipalities from it, and still equals a full load', () => {
    const csv = join(data, 'municipalities', CHANGED, 'hearings.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    // A note of one hearing (the last column, empty here).
    expect(lines[1]).toMatch(/,$/);
    lines[1] += 'Проверка';
    writeFileSync(csv, lines.join('\n'));
    const warm = load();
    expect(warm.why).toBeUndefined();
    expect([...warm.reused].sort()).toEqual(['altyn-bulak', 'orozbekov']);
    expect(warm.data).toEqual(loadData(data, { today }));
    writeCache(dir, 'code', warm, new Map());
    installCache(dir);
    expect(load().reused.size).toBe(3);
  });

  it('is not read for another code or day, nor when a file of it is damaged', () => {
    expect(load('other code').why).toBe('the code or the site address changed');
    expect(load('code', '2027-01-01').reused.size).toBe(0);
    const index = readCacheIndex(dir, 'code');
    if (!('index' in index)) throw new Error('no index');
    writeFileSync(join(dir, 'loaded', `${index.index.municipalities[CHANGED]!.key}.v8`), 'not a record');
    const damaged = load();
    expect(damaged.why).toMatch(new RegExp(`its file of ${CHANGED} is unreadable`));
    expect(damaged.data).toEqual(loadData(data, { today }));
    writeFileSync(join(dir, 'index.json'), '{');
    expect(load().why).toMatch(/its index is unreadable/);
  });
});
