import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/datasets/csv.ts';
import { loadData } from '../../src/checks/load.ts';
import { datasetNames, datasets } from '../../src/datasets/registry.ts';
import { writeCountry } from '../../src/synth/generate.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const options = { municipalities: 12, years: 5, seed: 1, lastYear: 2024 };

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const a = join(root, 'a');
const b = join(root, 'b');
const c = join(root, 'c');
writeCountry(a, options);
writeCountry(b, options);
writeCountry(c, { ...options, seed: 2 });
const loaded = loadData(a);

describe('the synthetic country', () => {
  it('is byte-identical for the same seed and differs for another seed', () => {
    const first = hashes(a);
    expect(first.size).toBe(1 + 1 + options.municipalities * (1 + datasetNames.length)); // marker, sources, folders
    expect(hashes(b)).toEqual(first);
    const other = hashes(c);
    const changed = [...first].filter(([file, hash]) => other.get(file) !== hash);
    expect(changed.length).toBeGreaterThan(first.size / 2);
  });

  it('passes loadData with zero errors', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.municipalities).toHaveLength(options.municipalities);
  });

  it('writes every dataset of the registry with the registry’s header', () => {
    for (const m of loaded.municipalities) {
      for (const name of datasetNames) {
        const table = readCsv(readFileSync(join(a, 'municipalities', m.profile.id, datasets[name].file)), name);
        expect(table.headers).toEqual(Object.keys(datasets[name].columns));
      }
    }
  });

  it('has budget documents of 30–60 classification lines a year, of-which lines under sections, a stated total, the running year without execution', () => {
    const units = new Set<string | undefined>();
    for (const { tables } of loaded.municipalities) {
      for (let year = 2020; year <= 2024; year++) {
        const rows = tables.budget.filter((r) => r.year === year);
        const leaves = rows.filter((r) => !r.total && (r.direction === 'revenue' || r.parent));
        const lines = new Set(leaves.map((r) => `${r.direction}:${r.code}`));
        expect(lines.size).toBeGreaterThanOrEqual(30);
        expect(lines.size).toBeLessThanOrEqual(60);
        const phases = new Set(rows.map((r) => r.phase));
        expect([...phases].sort()).toEqual(year === 2024 ? ['approved', 'draft'] : ['approved', 'draft', 'executed']);
        expect(rows.filter((r) => !r.total).every((r) => r.code && r.label_ky && typeof r.amount_som === 'number')).toBe(true);
        expect(rows.some((r) => r.parent)).toBe(true);
        for (const phase of phases) {
          for (const direction of ['revenue', 'expenditure'] as const) {
            const doc = rows.filter((r) => r.phase === phase && r.direction === direction);
            const top = doc.filter((r) => !r.parent && !r.total).reduce((s, r) => s + r.amount_som!, 0);
            expect(doc.find((r) => r.total)!.amount_som).toBeCloseTo(top, 2);
          }
        }
        rows.forEach((r) => units.add(r.unit));
      }
    }
    expect([...units].sort()).toEqual(['som', 'thousand']);
  });

  it('has 2–6 hearings a year, contests of 2–10 initiatives, and residents’ labour in kind', () => {
    const all = loaded.municipalities.map((m) => m.tables);
    for (const t of all) {
      for (let year = 2020; year <= 2024; year++) {
        const n = t.hearings.filter((h) => h.date.startsWith(String(year))).length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(6);
      }
      for (const contest of t.contests) {
        const n = t.initiatives.filter((i) => i.contest === contest.id).length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(10);
      }
    }
    const funding = all.flatMap((t) => t.funding);
    expect(funding.some((f) => f.source_type === 'residents_labour' && f.in_kind && typeof f.amount_som === 'number')).toBe(true);
    expect(all.every((t) => t.surveys.length + t.events.length + t.priorities.length + t.action_plans.length > 0)).toBe(true);
  });

  it('names places in Kyrgyz with ң, ө or ү, and in Russian', () => {
    const names = loaded.municipalities.map((m) => m.profile.name);
    const kyrgyz = loaded.municipalities.flatMap((m) => [m.profile.name.ky, ...m.profile.villages.map((v) => v.ky)]).join(' ');
    expect(kyrgyz).toMatch(/[ңөү]/);
    expect(names.every((n) => /айылный аймак|город/.test(n.ru ?? '') && /аймагы|шаары/.test(n.ky ?? ''))).toBe(true);
    const ids = loaded.municipalities.map((m) => m.profile.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('publishes applicants’ names only with consent', () => {
    const initiatives = loaded.municipalities.flatMap((m) => m.tables.initiatives);
    expect(initiatives.some((i) => i.applicant_name)).toBe(true);
    expect(initiatives.every((i) => !i.applicant_name || i.applicant_consent)).toBe(true);
  });

  it('refuses to write into data/ or over a folder it did not make', () => {
    expect(() => writeCountry('data', options)).toThrow(/data/);
    expect(() => writeCountry('data/municipalities', options)).toThrow(/data/);
    expect(() => writeCountry('src', options)).toThrow(/SYNTHETIC/);
  });
});

describe('npm run synth', () => {
  it('writes the country and a transactions file from the command line, the same twice', () => {
    const run = (out: string) =>
      execFileSync(process.execPath, ['src/cli/synth.ts', '--municipalities', '3', '--years', '2', '--seed', '5', '--out', out, '--transactions', '2000'], { encoding: 'utf8' });
    run(join(root, 'cli1'));
    run(join(root, 'cli2'));
    const one = hashes(join(root, 'cli1'));
    expect(one.get('transactions.csv')).toBeDefined();
    expect(hashes(join(root, 'cli2'))).toEqual(one);
    const lines = readFileSync(join(root, 'cli1', 'transactions.csv'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2001);
    expect(lines[0]).toBe('date;number;municipality;code;label;direction;amount;counterparty');
    expect(loadData(join(root, 'cli1')).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
