/**
 * Bulk downloads as release assets (KG_RELEASE_URL): the combined tables and all.zip are written
 * beside the site with their release addresses, the site keeps each municipality's CSV only, and
 * the list the workflow uploads from names the very bytes written.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetNames } from '../../src/datasets/registry.ts';
import { publishAll } from '../../src/downloads/publish.ts';
import { assetName, RELEASE_FOLDER, RELEASE_URL_ENV, releaseAssets, releaseListPath, releaseTag, type ReleaseList } from '../../src/downloads/release-assets.ts';
import { fileHref } from '../../src/site/catalogue/view.ts';
import { listFiles } from '../../src/staff/generated.ts';
import { tempDir } from '../helpers/build.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const BASE = 'https://github.com/example/kg-open-budget/releases/download/';
const outDir = tempDir('kg-release-');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function zipEntries(path: string): Promise<string[]> {
  return new Promise((done, fail) =>
    yauzl.open(path, { lazyEntries: true }, (e, zip) => {
      if (e || !zip) return fail(e);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => (names.push(entry.fileName), zip.readEntry()));
      zip.on('end', () => done(names));
      zip.readEntry();
    }),
  );
}

describe('the release address', () => {
  it('is off unless set, and refuses an address that is not https or lacks the final "/"', () => {
    expect(releaseAssets('0.1.2+ab', {})).toBeUndefined();
    expect(() => releaseAssets('0.1.2+ab', { [RELEASE_URL_ENV]: 'http://x/' })).toThrow(/https/);
    expect(() => releaseAssets('0.1.2+ab', { [RELEASE_URL_ENV]: 'https://x/download' })).toThrow(/ending in "\/"/);
    expect(releaseAssets('0.1.2+ab', { [RELEASE_URL_ENV]: BASE })).toEqual({ tag: 'data-0.1.2-ab', base: `${BASE}data-0.1.2-ab/` });
  });
  it('names a tag per data version and flat files', () => {
    expect(releaseTag('0.1.12+ab12cd34')).toBe('data-0.1.12-ab12cd34');
    expect(assetName('excel/budget.csv')).toBe('excel-budget.csv');
  });
  it('is what a page links for a release asset, and /data/ otherwise', () => {
    expect(fileHref({ path: 'budget.csv', url: `${BASE}t/budget.csv` })).toBe(`${BASE}t/budget.csv`);
    expect(fileHref({ path: 'orozbekov/budget.csv' })).toBe('/data/orozbekov/budget.csv');
  });
});

describe('publishing with release assets', async () => {
  process.env[RELEASE_URL_ENV] = BASE;
  const manifest = await publishAll({ dataDir: FIXTURE_DATA, outDir }).finally(() => delete process.env[RELEASE_URL_ENV]);
  const list = JSON.parse(readFileSync(releaseListPath(outDir), 'utf8')) as ReleaseList;
  const onSite = listFiles(join(outDir, 'data'));
  const released = listFiles(join(outDir, RELEASE_FOLDER));

  it('writes every combined table (three forms) and all.zip as release assets, with their addresses', () => {
    for (const name of datasetNames) for (const path of [`${name}.csv`, `excel/${name}.csv`, `${name}.json`]) {
      const f = manifest.files.find((x) => x.path === path);
      expect(f?.url, path).toBe(`${list.base}${assetName(path)}`);
      expect(released).toContain(assetName(path));
      expect(onSite).not.toContain(path);
    }
    expect(manifest.files.find((f) => f.path === 'all.zip')?.url).toBe(`${list.base}all.zip`);
    expect(list.tag).toBe(releaseTag(manifest.release.version));
  });

  it('lists each asset with the size and SHA-256 of the bytes written, and nothing else', () => {
    expect(list.files.map((f) => f.name).sort()).toEqual([...released].sort());
    for (const f of list.files) {
      const path = join(outDir, RELEASE_FOLDER, f.name);
      expect(f.bytes, f.name).toBe(readFileSync(path).byteLength);
      expect(f.sha256, f.name).toBe(sha(path));
    }
  });

  it('keeps each municipality\'s tables on the site as CSV only, and all.zip holds the site\'s data files', async () => {
    const own = onSite.filter((p) => /^[a-z0-9-]+\/[a-z_]+\.(csv|json)$/.test(p) && !p.endsWith('/municipality.json'));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((p) => p.endsWith('.csv')), own.join(' ')).toBe(true);
    expect(onSite.some((p) => p.startsWith('excel/'))).toBe(false);
    const entries = await zipEntries(join(outDir, RELEASE_FOLDER, 'all.zip'));
    expect(entries.sort()).toEqual(onSite.filter((p) => p !== 'all.zip').sort());
  });
});
