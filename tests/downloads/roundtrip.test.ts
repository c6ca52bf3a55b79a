/**
 * Round trip: every built download, read back with the documented rules, equals the validated
 * records value for value — numbers, dates, lists, booleans, and unknown (empty) stays unknown.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { datasetNames, datasets } from '../../src/datasets/registry.ts';
import { expectedRow, readBuilt, readCsvDownload, readJsonDownload, readPackage, schemaOf, type Resource } from '../helpers/downloads.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const data = loadData(FIXTURE_DATA);
const pkg = readPackage();
const byPath = new Map(pkg.resources.map((r) => [r.path, r]));
const resource = (path: string): Resource => {
  const r = byPath.get(path);
  if (!r) throw new Error(`datapackage.json lists no ${path}`);
  return r;
};

/** The file read back as typed rows, whatever its form. */
function readBack(path: string): Array<Record<string, unknown>> {
  const r = resource(path);
  const bytes = readBuilt(path);
  if (r.format === 'json') return readJsonDownload(bytes);
  const excel = path.startsWith('excel/');
  return readCsvDownload(bytes, schemaOf(r).fields, excel ? ';' : ',', excel);
}

const forms = (file: string, m?: string) => {
  const inFolder = m ? `${m}/${file}` : file;
  return [inFolder, `excel/${inFolder}`, inFolder.replace(/\.csv$/, '.json')];
};

describe.each(datasetNames)('%s', (name) => {
  const dataset = datasets[name];
  const columns = [...Object.keys(dataset.columns), ...Object.keys(dataset.derived ?? {})];

  it.each(forms(dataset.file))('combined %s equals the records of every municipality', (path) => {
    const expected = data.municipalities.flatMap((m) =>
      (m.tables[name] as unknown as Array<Record<string, unknown>>).map((r) => expectedRow(r, columns, { municipality: m.profile.id })),
    );
    expect(readBack(path)).toStrictEqual(expected);
  });

  for (const m of data.municipalities) {
    it.each(forms(dataset.file, m.profile.id))(`per municipality %s equals its records`, (path) => {
      const expected = (m.tables[name] as unknown as Array<Record<string, unknown>>).map((r) => expectedRow(r, columns));
      expect(readBack(path)).toStrictEqual(expected);
    });
  }
});

describe('municipalities', () => {
  it.each(forms('municipalities.csv'))('%s has one row per municipality with its profile facts', (path) => {
    const rows = readBack(path);
    expect(rows.map((r) => r.id)).toEqual(data.municipalities.map((m) => m.profile.id));
    data.municipalities.forEach((m, i) => {
      const p = m.profile;
      const row = rows[i]!;
      expect(row.name_ru).toBe(p.name.ru ?? undefined);
      expect(row.population).toBe(p.population ?? undefined);
      expect(row.households).toBe(p.households ?? undefined);
      expect(row.area_ha).toBe(p.area_ha ?? undefined);
      expect(row.council_members).toBe(p.council.members ?? undefined);
      expect(row.villages_ru).toEqual(p.villages.map((v) => v.ru));
    });
  });

  it('each profile JSON equals the validated profile', () => {
    for (const m of data.municipalities) {
      expect(JSON.parse(readBuilt(`${m.profile.id}/municipality.json`).toString('utf8'))).toStrictEqual(m.profile);
    }
  });

  it('sources.json equals the validated source list', () => {
    expect(JSON.parse(readBuilt('sources.json').toString('utf8'))).toStrictEqual(data.sources);
  });
});
