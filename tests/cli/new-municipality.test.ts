import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/datasets/csv.ts';
import { loadData } from '../../src/checks/load.ts';
import { municipalitySchema } from '../../src/datasets/municipality.ts';
import { datasetNames, datasets } from '../../src/datasets/registry.ts';
import { formatSourcesJson } from '../../src/staff/sources-json.ts';
import { copyData, NODE } from '../datasets/data-fixture.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

function run(...args: string[]) {
  return spawnSync(NODE, ['src/cli/new-municipality.ts', ...args], { encoding: 'utf8' });
}

describe('npm run new:municipality', () => {
  it('creates a folder with every dataset’s header and an empty profile, and the data still validates', () => {
    const dir = copyData();
    const before = readFileSync(join(dir, 'sources.json'), 'utf8');
    const r = run('kara-suu', '--data', dir);
    expect(r.status, r.stderr + r.stdout).toBe(0);

    const folder = join(dir, 'municipalities/kara-suu');
    expect(readdirSync(folder).sort()).toEqual(['municipality.json', ...datasetNames.map((n) => datasets[n].file)].sort());
    for (const name of datasetNames) {
      const table = readCsv(readFileSync(join(folder, datasets[name].file)), name);
      expect(table.headers).toEqual(Object.keys(datasets[name].columns));
      expect(table.rows).toEqual([]);
    }
    const profile = municipalitySchema.parse(JSON.parse(readFileSync(join(folder, 'municipality.json'), 'utf8')));
    expect(profile).toMatchObject({ id: 'kara-suu', population: null, villages: [], profile_source: { doc: 'kara-suu-profile' } });

    const { problems, municipalities } = loadData(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(municipalities.map((m) => m.profile.id)).toContain('kara-suu');
    // The new source entry is there to be filled in; until then the validator says so.
    expect(problems.filter((p) => p.file === 'sources.json').map((p) => p.column)).toEqual(['kara-suu-profile.title_ru', 'kara-suu-profile.kind_ru']);
    // Only the entry is added: the rest of sources.json keeps its lines.
    const after = readFileSync(join(dir, 'sources.json'), 'utf8');
    expect(after.startsWith(before.slice(0, before.lastIndexOf('}') + 1))).toBe(true);
    expect(JSON.parse(after).at(-1)).toMatchObject({ id: 'kara-suu-profile', municipality: 'kara-suu' });
  });

  it('refuses to overwrite an existing folder and changes nothing', () => {
    const dir = copyData();
    const file = join(dir, 'municipalities/orozbekov/budget.csv');
    writeFileSync(file, 'year,direction\n2020,revenue\n');
    const sources = readFileSync(join(dir, 'sources.json'), 'utf8');
    const r = run('orozbekov', '--data', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('уже есть');
    expect(readFileSync(file, 'utf8')).toBe('year,direction\n2020,revenue\n');
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe(sources);
  });

  it.each(['Kara-Suu', 'кара-суу', 'kara_suu', '-kara'])('refuses the invalid id %j', (id) => {
    const dir = copyData();
    const r = run(id, '--data', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('латинские строчные буквы');
    expect(existsSync(join(dir, 'municipalities', id))).toBe(false);
  });

  it('without an id, says how to call it', () => {
    const r = run('--data', copyData());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run new:municipality -- kara-suu');
  });

  it('uses --source when the document exists, and leaves sources.json alone', () => {
    const dir = copyData();
    const sources = readFileSync(join(dir, 'sources.json'), 'utf8');
    expect(run('kara-suu', '--data', dir, '--source', 'seed-000').status).toBe(0);
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe(sources);
    const profile = JSON.parse(readFileSync(join(dir, 'municipalities/kara-suu/municipality.json'), 'utf8'));
    expect(profile.profile_source.doc).toBe('seed-000');
    expect(loadData(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a --source that is not in sources.json', () => {
    const dir = copyData();
    const r = run('kara-suu', '--data', dir, '--source', 'nope');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope');
    expect(existsSync(join(dir, 'municipalities/kara-suu'))).toBe(false);
  });

  it('reuses the municipality’s own document when sources.json already has one', () => {
    const dir = copyData();
    const list = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    list.push({ id: 'kara-suu-budget-2026', file: 'b.pdf', title_ru: 'Бюджет', kind_ru: 'Постановление', municipality: 'kara-suu', language: ['ru'], date_note_ru: null });
    writeFileSync(join(dir, 'sources.json'), formatSourcesJson(list));
    expect(run('kara-suu', '--data', dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'))).toHaveLength(list.length);
    expect(JSON.parse(readFileSync(join(dir, 'municipalities/kara-suu/municipality.json'), 'utf8')).profile_source.doc).toBe('kara-suu-budget-2026');
    expect(loadData(dir).problems.filter((p) => p.file.includes('kara-suu') || p.file === 'sources.json')).toEqual([]);
  });

  it('speaks Kyrgyz with --lang ky', () => {
    const r = run('kara-suu', '--data', copyData(), '--lang', 'ky');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('папкасы түзүлдү');
  });
});

describe('formatSourcesJson', () => {
  it('writes data/sources.json byte for byte as it is written by hand', () => {
    const text = readFileSync(`${FIXTURE_DATA}/sources.json`, 'utf8');
    expect(formatSourcesJson(JSON.parse(text))).toBe(text);
  });
});
