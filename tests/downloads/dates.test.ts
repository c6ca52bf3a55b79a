/**
 * Each municipality's data date (src/downloads/dates.ts): the newest commit touching its folder or
 * a shared input, in a scratch git repository; the release's date where git cannot tell.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { municipalityDates } from '../../src/downloads/dates.ts';
import type { Release } from '../../src/downloads/release.ts';
import { tempDir } from '../helpers/build.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const repo = tempDir('kg-dates-');
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const data = join(repo, 'data');
const commit = (message: string, date: string) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', message], { cwd: repo, stdio: 'pipe', env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } });
const release: Release = { version: '0.1.0+0', updated: '2030-01-01T00:00:00Z', updatedFrom: 'build' };
const A = 'ak-chiy-kachybek-sovetskoe';
const B = 'altyn-bulak';
const C = 'orozbekov';

describe('municipalityDates', () => {
  cpSync(FIXTURE_DATA, data, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  execFileSync('git', ['add', '.'], { cwd: repo });
  commit('first', '2024-01-01T10:00:00+00:00');
  appendFileSync(join(data, 'municipalities', A, 'hearings.csv'), '');
  writeFileSync(join(data, 'municipalities', A, 'notes.txt'), 'x');
  execFileSync('git', ['add', '.'], { cwd: repo });
  commit('one municipality', '2024-02-02T10:00:00+00:00');
  // A file outside the data folder changes no data date.
  writeFileSync(join(repo, 'README.md'), 'x');
  execFileSync('git', ['add', '.'], { cwd: repo });
  commit('not data', '2024-03-03T10:00:00+00:00');

  it('dates each municipality by its own last commit', () => {
    expect(municipalityDates(data, [A, B, C], release)).toEqual({ [A]: '2024-02-02T10:00:00+00:00', [B]: '2024-01-01T10:00:00+00:00', [C]: '2024-01-01T10:00:00+00:00' });
  });

  it('a commit to a shared input dates every municipality', () => {
    appendFileSync(join(data, 'sources.json'), '\n');
    commit('sources', '2024-04-04T10:00:00+00:00');
    expect(Object.values(municipalityDates(data, [A, B, C], release))).toEqual(Array(3).fill('2024-04-04T10:00:00+00:00'));
  });

  it('uncommitted changes: that municipality takes the release date (a shared file: all)', () => {
    appendFileSync(join(data, 'municipalities', B, 'hearings.csv'), '');
    writeFileSync(join(data, 'municipalities', B, 'new.txt'), 'x');
    expect(municipalityDates(data, [A, B], release)).toEqual({ [A]: '2024-04-04T10:00:00+00:00', [B]: release.updated });
    appendFileSync(join(data, 'sources.json'), ' ');
    expect(municipalityDates(data, [A, B], release)).toEqual({ [A]: release.updated, [B]: release.updated });
  });

  it('outside git every municipality takes the release date', () => {
    const plain = tempDir('kg-dates-plain-');
    try {
      cpSync(FIXTURE_DATA, plain, { recursive: true });
      expect(municipalityDates(plain, [A, C], release)).toEqual({ [A]: release.updated, [C]: release.updated });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
