import { describe, expect, it } from 'vitest';
import type { MunicipalityData } from '../../src/datasets/load.ts';
import { datasetNames, type Tables } from '../../src/datasets/registry.ts';
import { compareInput, populationFor, rank, similarSize, standing } from '../../src/figures/compare.ts';

let n = 1;
const empty = () => Object.fromEntries(datasetNames.map((d) => [d, []])) as unknown as Tables;
function muni(id: string, t: Partial<Record<keyof Tables, Array<Record<string, unknown>>>>): MunicipalityData {
  const tables = empty();
  for (const [k, rows] of Object.entries(t)) (tables as Record<string, unknown[]>)[k] = rows.map((r) => ({ _row: ++n, ...r }));
  return { profile: { id } as MunicipalityData['profile'], tables };
}
// Budget rows as the budget contract has them: each a top-level line of its document; code 1611 is the equalisation grant.
let line = 0;
const budget = (year: number, direction: string, phase: string, amount: number, code?: string) => ({
  year, direction, phase, line: String(++line), parent: undefined, total: false, amount_som: amount, code,
  category: code === '1611' ? 'equalisation-grant' : undefined, source_doc: 'doc',
});
const pop = (year: number, population: number | undefined) => ({ year, population, source_doc: 'stat' });

const a = muni('a', {
  budget: [budget(2020, 'revenue', 'draft', 5000), budget(2020, 'revenue', 'approved', 1000), budget(2020, 'revenue', 'executed', 900), budget(2020, 'expenditure', 'approved', 1000), budget(2020, 'expenditure', 'executed', 800, '2111'), budget(2020, 'revenue', 'executed', 100, '1611')],
  population: [pop(2020, 10)],
  hearings: [{ id: 'h1', date: '2020-02-01', participants: 50, women: 20 }, { id: 'h2', date: '2020-06-01', participants: 30, women: undefined }],
});
const b = muni('b', {
  budget: [budget(2020, 'revenue', 'executed', 3000), budget(2020, 'expenditure', 'executed', 2000)],
  // only 2018 known: the nearest year is used, and said so
  population: [pop(2018, 100), pop(2016, 90)],
  hearings: [{ id: 'h', date: '2020-03-01', participants: 10, women: 5 }],
});
const c = muni('c', { budget: [budget(2020, 'revenue', 'executed', 5000)], population: [pop(2020, undefined)] });
const d = muni('d', { population: [pop(2020, 15)] });
const inputs = [a, b, c, d].map(compareInput);

describe('per-resident rankings', () => {
  it('divides by the population of the year, else the nearest year', () => {
    expect(populationFor(b.tables.population, 2020)).toMatchObject({ year: 2018, population: 100 });
    expect(populationFor(b.tables.population, 2017)).toMatchObject({ year: 2016 });
    const r = rank(inputs, 'revenue_per_resident');
    expect(r.year).toBe(2020);
    expect(r.entries.map((e) => [e.id, e.value, e.population?.year])).toEqual([
      ['a', 100, 2020],
      ['b', 30, 2018],
    ]);
  });

  it('lists a municipality without population as "no population", never ranked per resident', () => {
    const r = rank(inputs, 'revenue_per_resident');
    expect(r.lacking).toEqual([
      { id: 'c', reason: 'no-population' },
      { id: 'd', reason: 'no-data' },
    ]);
    expect(r.entries.some((e) => e.id === 'c')).toBe(false);
  });

  it('computes shares, hearings and attendance from the rows, empty never as 0', () => {
    expect(rank(inputs, 'executed_share').entries.map((e) => [e.id, e.value])).toEqual([['a', 0.8]]);
    expect(rank(inputs, 'grant_share').entries.map((e) => [e.id, e.value])).toEqual([['a', 0.1]]);
    expect(rank(inputs, 'hearings_held').entries.map((e) => [e.id, e.value])).toEqual([['a', 2], ['b', 1]]);
    expect(rank(inputs, 'attendance_per_1000').entries.map((e) => [e.id, e.value])).toEqual([['a', 8000], ['b', 100]]);
    // a's second hearing has no women figure: the share is over the first only
    expect(rank(inputs, 'women_share').entries.map((e) => [e.id, e.value])).toEqual([['b', 0.5], ['a', 0.4]]);
  });

  it('gives equal values one rank', () => {
    const e = muni('e', { hearings: [{ id: 'x', date: '2020-01-01' }] });
    const r = rank([...inputs, compareInput(e)], 'hearings_held');
    expect(r.entries.map((x) => [x.id, x.rank])).toEqual([['a', 1], ['b', 2], ['e', 2]]);
  });

  it('places a municipality among those of similar size', () => {
    const peers = similarSize(inputs, 'a')!;
    expect(peers.map((p) => p.id)).toEqual(['a', 'd']);
    expect(similarSize(inputs, 'c')).toBeUndefined();
    const s = standing(similarSize(inputs, 'b')!, 'b', 'revenue_per_resident');
    expect(s).toMatchObject({ ranked: 1, own: { rank: 1 } });
  });
});
