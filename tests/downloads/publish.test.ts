/** The publish step on its own: it writes /data/ and a manifest whose sizes and hashes are those of the files written. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { datasetNames } from '../../src/datasets/registry.ts';
import { compareInput } from '../../src/figures/compare.ts';
import { keyFigures } from '../../src/figures/municipality.ts';
import { nationalEntry, type NationalEntry } from '../../src/figures/national.ts';
import { DataError } from '../../src/datasets/problems.ts';
import { dataBaseUrl } from '../../src/downloads/address.ts';
import { manifestPath, nationalPath, publishedCatalogue, readManifest } from '../../src/downloads/manifest.ts';
import { publishDownloads } from '../../src/downloads/publish.ts';
import { listFiles } from '../../src/staff/generated.ts';
import { tempDir } from '../helpers/build.ts';
import { AK_CHIY, copyData, removeCopies, setCell } from '../helpers/data-copy.ts';
import { DIST, FIXTURE_DATA } from '../helpers/fixture.ts';

const outDir = tempDir('kg-publish-');
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  removeCopies();
});

describe('publishDownloads', () => {
  const manifest = publishDownloads({ dataDir: FIXTURE_DATA, outDir, site: dataBaseUrl('https://example.org') });
  const written = listFiles(join(outDir, 'data'));

  it('lists every file it wrote, once, with its size and SHA-256', () => {
    expect(manifest.files.map((f) => f.path).sort()).toEqual([...written].sort());
    for (const f of manifest.files) {
      const bytes = readFileSync(join(outDir, 'data', f.path));
      expect(f.bytes, f.path).toBe(bytes.byteLength);
      expect(f.sha256, f.path).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('keeps the manifest beside data/, not in it, and reads it back as written', () => {
    expect(existsSync(manifestPath(outDir))).toBe(true);
    expect(written).not.toContain('manifest.json');
    expect(readManifest(outDir)).toEqual(manifest);
  });

  it('writes the same bytes as the site build publishes (dist/ of the global set-up)', () => {
    // all.zip is made from these files after them (publishAll, tests/site/journalists.test.ts).
    expect(listFiles(join(DIST, 'data')).filter((f) => f !== 'all.zip')).toEqual(written);
    const differing = written.filter((f) => !readFileSync(join(outDir, 'data', f)).equals(readFileSync(join(join(DIST, 'data'), f))));
    expect(differing).toEqual([]);
  });

  it('gives the catalogue pages every table with its declaration, columns and files', () => {
    const published = publishedCatalogue(manifest);
    expect(published.tables.map((t) => t.dataset.name)).toEqual(['municipalities', ...datasetNames]);
    for (const t of published.tables) {
      expect(t.combined.map((f) => f.format), t.dataset.name).toEqual(['machine', 'excel', 'json']);
      for (const f of [...t.combined, ...t.perMunicipality.flatMap((p) => p.files)]) expect(statSync(join(outDir, 'data', f.path)).size).toBe(f.bytes);
    }
    expect(published.tables.find((t) => t.dataset.name === 'budget')!.columns[0]!.name).toBe('municipality');
  });

  it('writes every municipality as the national pages need it, in folder order, as computed from its loaded data', () => {
    const entries = deserialize(readFileSync(nationalPath(outDir))) as NationalEntry[];
    const loaded = loadData(FIXTURE_DATA).municipalities;
    expect(entries.map((e) => e.profile.id)).toEqual(loaded.map((m) => m.profile.id));
    expect(entries).toEqual(loaded.map(nationalEntry));
    // The cards' figures and the comparisons' inputs are those the pages computed from the tables before.
    const orozbekov = loaded.find((m) => m.profile.id === 'orozbekov')!;
    const entry = entries.find((e) => e.profile.id === 'orozbekov')!;
    expect(entry.key).toEqual(keyFigures(orozbekov));
    expect(entry.compare).toEqual(compareInput(orozbekov));
    // The comparisons' figures are Maps by year: they survive the file.
    expect(entries.some((e) => e.compare.figures.size > 0)).toBe(true);
    expect(entry.nameTranslations.ky?.text).toBe('Орозбеков айылдык аймагы');
  });

  it('writes nothing when the data has an error', () => {
    const dataDir = copyData();
    setCell(dataDir, `${AK_CHIY}/hearings.csv`, 3, 'women', '21 жен.');
    const broken = tempDir('kg-publish-broken-');
    expect(() => publishDownloads({ dataDir, outDir: broken })).toThrow(DataError);
    expect(listFiles(broken)).toEqual([]);
    rmSync(broken, { recursive: true, force: true });
  });
});
