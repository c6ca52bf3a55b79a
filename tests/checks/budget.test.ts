import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../src/checks/budget.ts';
import type { Problem } from '../../src/datasets/problems.ts';
import { budgetVersions, yearSummary } from '../../src/figures/budget-year.ts';
import { budgetCsv, budgetMunicipality, fixture } from '../helpers/budget-fixture.ts';

function check(text: string): Problem[] {
  const { m, problems } = budgetMunicipality(text);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const out: Problem[] = [];
  checkBudget(m, [], out);
  return out;
}

const base = { year: '2024', direction: 'expenditure', phase: 'approved', source_doc: 'res-1', unit: 'миң сом' };

describe('a resolution with of-which lines and a stated total', () => {
  it('adds up to the document’s own total: of-which lines are not counted twice', () => {
    const { m } = budgetMunicipality(fixture('of-which.csv'));
    const s = yearSummary(budgetVersions(m.tables.budget), 2024);
    expect(s.shown.approved!.totals.revenue).toMatchObject({ stated: 5_453_600, computed: { value: 5_453_600, missing: 0 }, shown: 5_453_600 });
    expect(check(fixture('of-which.csv'))).toEqual([]);
  });

  it('warns, with both figures and the rows, when the stated total differs from the lines', () => {
    const text = budgetCsv([
      { ...base, line: '1', label_ky: 'Билим берүү', amount: '3 037,0' },
      { ...base, line: '2', label_ky: 'Башкалар', amount: '2 400,0' },
      { ...base, line: 'Жалпы', label_ky: 'Жалпы баары', amount: '5 453,6', total: 'да' },
    ]);
    expect(check(text)).toEqual([
      { code: 'budget-total-differs', severity: 'warning', file: 'municipalities/test/budget.csv', row: 4, column: 'amount', value: '5 453,6', params: { stated: '5 453 600', computed: '5 437 000', rows: '2, 3' } },
    ]);
  });

  it('warns when of-which lines add up to more than their line', () => {
    const text = budgetCsv([
      { ...base, line: '1', label_ky: 'Билим берүү', amount: '3 037,0' },
      { ...base, line: '1.1', parent: '1', label_ky: 'мунун ичинен: мектептер', amount: '3 000,0' },
      { ...base, line: '1.2', parent: '1', label_ky: 'мунун ичинен: бакчалар', amount: '237,0' },
    ]);
    expect(check(text)).toMatchObject([{ code: 'budget-children-exceed', row: 2, params: { stated: '3 037 000', computed: '3 237 000', rows: '3, 4' } }]);
  });
});

describe('loud errors of the line tree', () => {
  it('a parent that names no line, and a cycle', () => {
    const text = budgetCsv([
      { ...base, line: '1', parent: '9', label_ky: 'А', amount: '1' },
      { ...base, line: '2', parent: '3', label_ky: 'Б', amount: '1' },
      { ...base, line: '3', parent: '2', label_ky: 'В', amount: '1' },
    ]);
    const codes = check(text).map((p) => [p.code, p.severity, p.row]);
    expect(codes).toContainEqual(['budget-parent-unknown', 'error', 2]);
    expect(codes.filter((c) => c[0] === 'budget-cycle').length).toBeGreaterThan(0);
  });
});

describe('plausibility', () => {
  it('warns when codes differ by a dropped leading zero', () => {
    const text = budgetCsv([
      { ...base, unit: 'сом', line: '1', code: '0111010', label_ky: 'А', amount: '200000' },
      { ...base, unit: 'сом', line: '2', code: '111010', label_ky: 'Б', amount: '200000' },
      { ...base, unit: 'сом', line: '3', code: '0451', label_ky: 'В', amount: '200000' },
    ]);
    expect(check(text)).toEqual([{ code: 'code-leading-zero', severity: 'warning', file: 'municipalities/test/budget.csv', row: 3, column: 'code', value: '111010', params: { other: '0111010', otherRow: 2 } }]);
  });

  it('suggests the unit when a year’s budget is a few thousand som', () => {
    const text = budgetCsv([{ ...base, unit: 'сом', line: '1', label_ky: 'Кирешелер', direction: 'revenue', amount: '6 597' }]);
    expect(check(text)).toMatchObject([{ code: 'budget-implausibly-small', severity: 'warning', column: 'unit', params: { total: '6 597' } }]);
    expect(check(budgetCsv([{ ...base, line: '1', label_ky: 'Кирешелер', direction: 'revenue', amount: '6 597' }]))).toEqual([]);
  });
});

describe('real resolutions typed as printed', () => {
  it.each(['akkuduk-2015.csv', 'saryoi-2015.csv', 'altynbulak-2016.csv'])('%s reads and checks without problems', (f) => {
    expect(check(fixture(f))).toEqual([]);
  });

  it('Sary-Oi 2015: the equalisation grant is 87 % of revenue', () => {
    const { m } = budgetMunicipality(fixture('saryoi-2015.csv'));
    const s = yearSummary(budgetVersions(m.tables.budget), 2015);
    expect(s.shown.approved!.totals.revenue!.shown).toBe(4_217_600);
    expect(s.grant).toMatchObject({ phase: 'approved', amount: 3_662_400 });
    expect(s.grant!.share).toBeCloseTo(3662.4 / 4217.6, 6);
  });
});
