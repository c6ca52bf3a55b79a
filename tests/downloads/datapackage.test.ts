/**
 * The built datapackage.json: valid against the essential Data Package v2 rules (local copy in
 * tests/fixtures), each resource's bytes and sha256 equal to the built file, every published
 * data file listed, keys that name real fields, and foreign keys whose values resolve.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetNames, datasets } from '../../src/datasets/registry.ts';
import { dataPackage, tableSchema } from '../fixtures/datapackage-v2.ts';
import { DIST_DATA, readBuilt, readCsvDownload, readJsonDownload, readPackage, schemaOf, type Resource } from '../helpers/downloads.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const pkg = readPackage();
const byName = new Map(pkg.resources.map((r) => [r.name, r]));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(DIST_DATA, join(e.parentPath, e.name)).split('\\').join('/'));
}

function rowsOf(r: Resource): Array<Record<string, unknown>> {
  const bytes = readBuilt(r.path);
  if (r.format === 'json') return readJsonDownload(bytes);
  const excel = r.dialect?.delimiter === ';';
  return readCsvDownload(bytes, schemaOf(r).fields, excel ? ';' : ',', excel);
}

describe('datapackage.json', () => {
  it('is valid against the essential Data Package v2 rules', () => {
    const result = dataPackage.safeParse(pkg);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  });

  it('names the licence, a version that moves with the data and the date of the last data commit', () => {
    expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    const [major, minor] = (JSON.parse(readFileSync('package.json', 'utf8')).version as string).split('.');
    expect(pkg.version).toMatch(new RegExp(`^${major}\\.${minor}\\.\\d+\\+[0-9a-f]{8}$`));
    let git = '';
    try {
      git = execFileSync('git', ['log', '-1', '--format=%cI', '--', FIXTURE_DATA], { encoding: 'utf8' }).trim();
    } catch {
      // not a git checkout: the build time is used instead
    }
    if (git) expect(pkg.created).toBe(git);
    else expect(Date.parse(String(pkg.created))).not.toBeNaN();
  });

  it.each(pkg.resources.map((r) => [r.name, r] as const))('%s: bytes and sha256 equal the built file', (_name, r) => {
    const bytes = readBuilt(r.path);
    expect(r.bytes).toBe(bytes.byteLength);
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });

  it('lists every published data file, and only built files', () => {
    // Besides the tables: documents, the one archive, the change log and feed, sources.csv and the .pb exports.
    const docs = (p: string) =>
      p === 'datapackage.json' || p.startsWith('README.') || p.startsWith('schemas/') || ['all.zip', 'changes.json', 'releases.atom', 'sources.csv'].includes(p) || p.startsWith('pb/');
    const built = filesUnder(DIST_DATA).filter((p) => !docs(p)).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(built);
  });

  it('has, for every dataset, a combined CSV, Excel CSV and JSON resource, and one of each per municipality', () => {
    const municipalities = pkg.resources.filter((r) => r.name.endsWith('.profile')).map((r) => r.name.replace(/\.profile$/, ''));
    expect(municipalities.length).toBeGreaterThan(0);
    for (const name of datasetNames) {
      for (const suffix of ['', '-excel', '-json']) {
        expect(byName.has(`${name}${suffix}`), `${name}${suffix}`).toBe(true);
        for (const m of municipalities) expect(byName.has(`${m}.${name}${suffix}`), `${m}.${name}${suffix}`).toBe(true);
      }
    }
  });

  it('gives every table a valid schema whose fields are described in English and Russian', () => {
    for (const r of pkg.resources.filter((x) => x.type === 'table')) {
      const schema = schemaOf(r);
      expect(tableSchema.safeParse(schema).error?.issues ?? [], r.name).toEqual([]);
      for (const f of schema.fields as Array<{ name: string; description?: string; descriptionRu?: string }>) {
        expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
        if (r.name !== 'sources') expect(f.descriptionRu, `${r.name}.${f.name}`).toBeTruthy();
      }
    }
  });

  it('generates each dataset schema from its declaration: same columns, key and unit', () => {
    for (const name of datasetNames) {
      const schema = schemaOf(byName.get(name)!);
      const declared = [...Object.keys(datasets[name].columns), ...Object.keys(datasets[name].derived ?? {})];
      expect(schema.fields.map((f) => f.name)).toEqual(['municipality', ...declared]);
      const key = schema.primaryKey ?? schema.uniqueKeys?.[0];
      expect(key).toEqual(['municipality', ...datasets[name].key]);
      const single = schemaOf(byName.get(`${pkg.resources.find((r) => r.name.endsWith(`.${name}`))!.name}`)!);
      expect(single.fields.map((f) => f.name)).toEqual(declared);
    }
    const amount = schemaOf(byName.get('budget')!).fields.find((f) => f.name === 'amount_som') as { unit?: string; type: string };
    expect(amount).toMatchObject({ type: 'number', unit: 'som' });
  });

  it('declares the Excel resources with ";" and a decimal comma', () => {
    const excel = byName.get('surveys-excel')!;
    expect(excel.dialect).toMatchObject({ delimiter: ';' });
    expect(schemaOf(excel).fields.find((f) => f.name === 'score')).toMatchObject({ type: 'number', decimalChar: ',' });
  });

  it('has primary keys that are unique and foreign keys whose values all resolve', () => {
    let checked = 0;
    for (const r of pkg.resources.filter((x) => x.type === 'table' && typeof x.schema === 'object')) {
      const schema = schemaOf(r);
      const rows = rowsOf(r);
      const tuple = (row: Record<string, unknown>, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
      if (schema.primaryKey) expect(new Set(rows.map((row) => tuple(row, schema.primaryKey!))).size, r.name).toBe(rows.length);
      for (const fk of schema.foreignKeys ?? []) {
        const target = byName.get(fk.reference.resource);
        expect(target, `${r.name} → ${fk.reference.resource}`).toBeDefined();
        const targetFields = schemaOf(target!).fields.map((f) => f.name);
        for (const f of fk.reference.fields) expect(targetFields, `${r.name} → ${fk.reference.resource}.${f}`).toContain(f);
        const known = new Set(rowsOf(target!).map((row) => tuple(row, fk.reference.fields)));
        for (const row of rows) {
          if (fk.fields.some((f) => row[f] === undefined)) continue;
          expect(known.has(tuple(row, fk.fields)), `${r.name}: ${tuple(row, fk.fields)} not in ${fk.reference.resource}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('describes each profile with the JSON Schema generated from the profile schema', () => {
    const profiles = pkg.resources.filter((r) => r.name.endsWith('.profile'));
    for (const r of profiles) {
      expect(r.jsonSchema).toBe('schemas/municipality.schema.json');
      expect(r.mediatype).toBe('application/json');
    }
    const schema = JSON.parse(readBuilt('schemas/municipality.schema.json').toString('utf8'));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'name', 'population', 'villages']));
  });
});
