/** The catalogue model built from data: file paths, coverage, and the guard against clashing paths. */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/checks/load.ts';
import { buildCatalogue, yearsOf } from '../../src/downloads/catalogue.ts';
import type { FieldMeta } from '../../src/datasets/fields.ts';
import { FIXTURE_DATA } from '../helpers/fixture.ts';

const data = loadData(FIXTURE_DATA);

describe('buildCatalogue', () => {
  const c = buildCatalogue(data);

  it('has every table in three forms, combined and per municipality, at documented paths', () => {
    const budget = c.tables.find((t) => t.dataset.name === 'budget')!;
    expect(budget.combined.map((f) => f.path)).toEqual(['budget.csv', 'excel/budget.csv', 'budget.json']);
    const m = data.municipalities[0]!.profile.id;
    expect(budget.perMunicipality.find((p) => p.municipality === m)!.files.map((f) => f.path)).toEqual([`${m}/budget.csv`, `excel/${m}/budget.csv`, `${m}/budget.json`]);
  });

  it('counts only municipalities that have rows', () => {
    for (const t of c.tables) {
      for (const p of t.perMunicipality) expect(t.municipalities.includes(p.municipality)).toBe(p.rows > 0);
    }
  });

  it('refuses a municipality id that would write into a reserved folder', () => {
    const bad = { ...data, municipalities: [{ ...data.municipalities[0]!, profile: { ...data.municipalities[0]!.profile, id: 'excel' } }] };
    expect(() => buildCatalogue(bad)).toThrow(/reserved/);
  });
});

describe('yearsOf', () => {
  const meta = (type: FieldMeta['type']): FieldMeta => ({ type, required: false });
  it('reads years from date columns and year columns, ignoring unknown values', () => {
    const table = {
      columns: [
        { name: 'date', meta: meta('date') },
        { name: 'year_to', meta: meta('integer') },
        { name: 'count', meta: meta('integer') },
      ],
      rows: [{ date: '2013-03', year_to: undefined, count: 1990 }, { date: undefined, year_to: 2015, count: 2030 }],
    };
    expect(yearsOf(table)).toEqual({ from: 2013, to: 2015 });
    expect(yearsOf({ columns: table.columns, rows: [] })).toBeUndefined();
  });
});
