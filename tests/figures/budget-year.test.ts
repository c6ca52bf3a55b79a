import { describe, expect, it } from 'vitest';
import { budgetVersions, budgetYearsShown, yearSummary, type BudgetRow } from '../../src/figures/budget-year.ts';

let row = 1;
const r = (o: Partial<BudgetRow> & Pick<BudgetRow, 'year' | 'direction' | 'phase' | 'line'>): BudgetRow => ({ total: false, _row: ++row, ...o });
const dates: Record<string, string> = { jan: '2016-02-02', jun: '2016-06-20', exec: '2017-02-01', draft: '2016-02-02' };

const rows = [
  // 2015, executed (an execution report)
  r({ year: 2015, direction: 'revenue', phase: 'executed', line: '1', amount_som: 4_769_700, source_doc: 'exec15' }),
  r({ year: 2015, direction: 'expenditure', phase: 'executed', line: '1', amount_som: 4_719_500, source_doc: 'exec15' }),
  r({ year: 2015, direction: 'revenue', phase: 'approved', line: '1', amount_som: 4_000_000, source_doc: 'b15' }),
  // 2016: approved in January, amended in June; executed later
  r({ year: 2016, direction: 'revenue', phase: 'approved', line: '1', amount_som: 1_000_000, source_doc: 'jan' }),
  r({ year: 2016, direction: 'revenue', phase: 'approved', line: '2', amount_som: 3_303_700, source_doc: 'jan', category: 'equalisation-grant' }),
  r({ year: 2016, direction: 'revenue', phase: 'approved', line: '3', amount_som: 4_303_700, source_doc: 'jan', total: true }),
  r({ year: 2016, direction: 'revenue', phase: 'approved', line: '1', amount_som: 1_100_000, source_doc: 'jun' }),
  r({ year: 2016, direction: 'revenue', phase: 'amended', line: '1', amount_som: 5_000_000, source_doc: 'jun' }),
  r({ year: 2016, direction: 'revenue', phase: 'executed', line: '1', amount_som: 4_500_000, source_doc: 'exec' }),
  r({ year: 2016, direction: 'expenditure', phase: 'executed', line: '1', amount_som: 4_400_000, source_doc: 'exec' }),
  // 2017–2018: a three-year draft only
  r({ year: 2017, direction: 'revenue', phase: 'draft', line: '1', amount_som: 4_400_000, source_doc: 'draft' }),
  r({ year: 2018, direction: 'revenue', phase: 'draft', line: '1', amount_som: 4_500_000, source_doc: 'draft' }),
];
const versions = budgetVersions(rows, (d) => dates[d]);

describe('budget year summary', () => {
  it('never takes a draft as the budget', () => {
    expect(budgetYearsShown(versions)).toEqual([2015, 2016]);
    const s = yearSummary(versions, 2017);
    expect(s.shown).toEqual({});
    expect(s.others.map((v) => v.doc)).toEqual(['draft']);
  });

  it('takes each phase from its latest document and lists the others', () => {
    const s = yearSummary(versions, 2016);
    expect(s.shown.approved?.doc).toBe('jun');
    expect(s.shown.amended?.doc).toBe('jun');
    expect(s.shown.executed?.doc).toBe('exec');
    expect(s.others.map((v) => `${v.phase}:${v.doc}`)).toEqual(['approved:jan']);
    expect(s.others[0]!.totals.revenue).toMatchObject({ stated: 4_303_700, computed: { value: 4_303_700 } });
  });

  it('computes the share executed against the latest plan', () => {
    const s = yearSummary(versions, 2016);
    expect(s.executed.revenue).toBeCloseTo(4_500_000 / 5_000_000);
    expect(s.executed.expenditure).toBeUndefined();
  });

  it('compares executed with executed, else approved with approved, and says which', () => {
    const s = yearSummary(versions, 2016);
    expect(s.change).toEqual([
      { phase: 'executed', year: 2015, direction: 'revenue', from: 4_769_700, to: 4_500_000, ratio: (4_500_000 - 4_769_700) / 4_769_700 },
      { phase: 'executed', year: 2015, direction: 'expenditure', from: 4_719_500, to: 4_400_000, ratio: (4_400_000 - 4_719_500) / 4_719_500 },
    ]);
  });

  it('gives the equalisation grant share of revenue from the document that names it', () => {
    const only = budgetVersions(rows.filter((x) => x.source_doc === 'jan'), (d) => dates[d]);
    const s = yearSummary(only, 2016);
    expect(s.grant).toEqual({ phase: 'approved', amount: 3_303_700, share: 3_303_700 / 4_303_700 });
  });

  it('orders versions of one phase by date, latest first, whatever the row order', () => {
    const swapped = budgetVersions([...rows].reverse(), (d) => dates[d]);
    expect(yearSummary(swapped, 2016).shown.approved?.doc).toBe('jun');
  });
});
