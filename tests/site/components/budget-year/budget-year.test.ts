import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import type { Row } from '../../../../src/figures/municipality.ts';
import { t } from '../../../../src/i18n/index.ts';
import { budgetGroups, budgetTotalsView, lineLabel, pivotPhases } from '../../../../src/site/components/budget-year/budget-year.ts';
import { tableBody } from '../../../../src/site/components/table/table.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const line = (x: Partial<Row<'budget'>>): Row<'budget'> => ({ year: 2014, direction: 'revenue', phase: 'planned', source_doc: 'seed-002', ...x }) as Row<'budget'>;

const lines = [
  line({ code: '11', label_ru: 'Налоги', phase: 'planned', amount_som: 100 }),
  line({ code: '11', label_ru: 'Налоги', phase: 'executed', amount_som: 90 }),
  line({ code: '12', label_ru: 'Сборы', label_ky: 'Жыйымдар', phase: 'planned', amount_som: 10 }),
  line({ code: '31', label_ru: 'Школы', direction: 'expenditure', phase: 'approved', amount_som: 50 }),
];

describe('pivotPhases', () => {
  it('makes one row per line and one amount per phase present, in phase order', () => {
    const { phases, rows } = pivotPhases(lines, 'revenue');
    expect(phases).toEqual(['planned', 'executed']);
    expect(rows.map((r) => [r.code, r.byPhase])).toEqual([
      ['11', { planned: 100, executed: 90 }],
      ['12', { planned: 10, executed: undefined }],
    ]);
  });

  it('keeps the directions apart', () => {
    expect(pivotPhases(lines, 'expenditure')).toMatchObject({ phases: ['approved'], rows: [{ code: '31', byPhase: { approved: 50 } }] });
  });

  it('lets the last row of a repeated line stand for it (its source note is the one shown)', () => {
    const { rows } = pivotPhases([line({ code: '11', label_ru: 'Налоги', note: 'first' }), line({ code: '11', label_ru: 'Налоги', phase: 'executed', note: 'last' })], 'revenue');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe('last');
  });
});

describe('lineLabel', () => {
  it('takes the page language, falls back to Russian, then to the code with no language', () => {
    expect(lineLabel('ky', lines[2]!)).toEqual({ text: 'Жыйымдар', lang: 'ky' });
    expect(lineLabel('en', lines[2]!)).toEqual({ text: 'Сборы', lang: 'ru' });
    expect(lineLabel('ky', line({ code: '99' }))).toEqual({ text: '99', lang: undefined });
  });
});

describe('budgetGroups', () => {
  it('marks each label with its own language, not the first row’s', () => {
    const [revenue] = budgetGroups('ky', lines, 2014);
    const cells = tableBody('ky', revenue!.columns, revenue!.rows).map((r) => r.cells[0]);
    expect(cells.map((c) => [c!.text, c!.dataLang])).toEqual([
      ['Налоги', 'ru'],
      ['Жыйымдар', 'ky'],
    ]);
  });

  it('names tables and captions by direction and year, and drops empty directions', () => {
    const groups = budgetGroups('en', lines.slice(0, 2), 2014);
    expect(groups.map((g) => [g.id, g.caption])).toEqual([['budget-2014-revenue', `${t('en', 'budget.revenue')}, 2014`]]);
    expect(groups[0]!.columns.map((c) => c.label)).toEqual([t('en', 'budget.line'), t('en', 'budget.code'), t('en', 'budget.planned'), t('en', 'budget.executed')]);
  });
});

describe('budgetTotalsView', () => {
  const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'ak-chiy-kachybek-sovetskoe')!;

  it('totals the seed year by direction and phase, with no change column without an earlier year', () => {
    const { rows, columns } = budgetTotalsView('en', m, 2014);
    expect(rows.map((r) => [r.label, r.total])).toEqual([[`${t('en', 'budget.expenditure')}, ${t('en', 'budget.planned')}`, 26304]]);
    expect(columns.map((c) => c.label)).toEqual([t('en', 'common.type'), t('en', 'common.total')]);
  });

  it('adds the change from the previous year that has a budget', () => {
    const earlier = { ...m, tables: { ...m.tables, budget: [...m.tables.budget, line({ year: 2012, direction: 'expenditure', phase: 'planned', amount_som: 20000 })] } };
    const { rows, columns } = budgetTotalsView('en', earlier, 2014);
    expect(columns.map((c) => c.label)).toEqual([t('en', 'common.type'), t('en', 'common.total'), t('en', 'budget.change', { year: 2012 })]);
    expect(columns[2]!.get(rows[0]!)).toBe(6304);
  });
});
