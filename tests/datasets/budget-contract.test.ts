import { describe, expect, it } from 'vitest';
import { budgetCsv, fixture, parseBudget } from '../helpers/budget-fixture.ts';

const base = { year: '2024', direction: 'revenue', phase: 'approved', source_doc: 'res-1', label_ky: 'Кирешелер' };
const one = (cells: Record<string, string>) => parseBudget(budgetCsv([{ ...base, line: '1', ...cells }]));
const codes = (r: ReturnType<typeof parseBudget>) => r.problems.map((p) => [p.code, p.severity, p.column]);

describe('budget.csv: amounts as printed, with their unit', () => {
  it('reads миң сом with a decimal as som, keeping the amount and unit as typed', () => {
    const r = one({ amount: '5 453,6', unit: 'миң сом' });
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ amount: '5 453,6', unit: 'thousand', amount_som: 5_453_600 });
  });

  it('accepts тыс. сом and тыс.сом as миң сом, and an amount in сом with tyiyn', () => {
    expect(one({ amount: '12,5', unit: 'тыс.сом' }).records[0]!.amount_som).toBe(12_500);
    expect(one({ amount: '12,5', unit: 'тыс. сом' }).records[0]!.amount_som).toBe(12_500);
    expect(one({ amount: '26 304,50', unit: 'сом' }).records[0]!.amount_som).toBe(26_304.5);
  });

  it('refuses "1.234" and "1,234" in сом: a silent 1000× error otherwise', () => {
    for (const amount of ['1.234', '1,234', '1.234.567,89', '1,234,567']) {
      const r = one({ amount, unit: 'сом' });
      expect(r.records, amount).toEqual([]);
      expect(codes(r), amount).toEqual([['amount-grouped', 'error', 'amount']]);
    }
  });

  it('allows decimals in миң сом ("1,234" тыс. сом is 1 234 som) but not grouping marks', () => {
    expect(one({ amount: '1,234', unit: 'миң сом' }).records[0]!.amount_som).toBe(1234);
    expect(codes(one({ amount: '1.234.567,8', unit: 'миң сом' }))).toEqual([['amount-grouped', 'error', 'amount']]);
  });

  it('refuses three decimals in сом', () => {
    expect(codes(one({ amount: '12,3456', unit: 'сом' }))).toEqual([['amount-decimals', 'error', 'amount']]);
  });

  it('names the accepted spellings of an unknown unit, and asks for a unit beside an amount', () => {
    const r = one({ amount: '12', unit: 'млн сом' });
    expect(codes(r)).toEqual([['unknown-unit', 'error', 'unit']]);
    expect(String(r.problems[0]!.params?.allowed)).toContain('миң сом');
    expect(String(r.problems[0]!.params?.allowed)).toContain('тыс.сом');
    expect(codes(one({ amount: '12', unit: '' }))).toEqual([['required', 'error', 'unit']]);
  });

  it('keeps an empty amount unknown, never 0', () => {
    const r = one({ amount: '', unit: 'сом' });
    expect(r.problems).toEqual([]);
    expect(r.records[0]!.amount_som).toBeUndefined();
  });
});

describe('budget.csv: phases, labels and the key', () => {
  it('reads the old "planned" as draft, with a warning', () => {
    const r = one({ phase: 'planned', amount: '1', unit: 'сом' });
    expect(r.records[0]!.phase).toBe('draft');
    expect(codes(r)).toEqual([['budget-phase-alias', 'warning', 'phase']]);
  });

  it('needs a Kyrgyz or Russian label', () => {
    expect(codes(one({ label_ky: '', label_en: 'Revenue', amount: '1', unit: 'сом' }))).toEqual([['label-missing', 'error', 'label_ky']]);
  });

  it('Kyrgyz-only lines without codes are distinct lines (the key is the line number within its document)', () => {
    const r = parseBudget(fixture('akkuduk-2015.csv'));
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.line, x.label_ru, x.amount_som, x.total])).toEqual([
      ['1', undefined, 5_425_200, false],
      ['2', undefined, 150_000, false],
      ['Жалпысы', undefined, 5_575_200, true],
    ]);
  });

  it('two documents may give the same year; a line number repeats only across documents', () => {
    const r = parseBudget(fixture('of-which.csv'));
    expect(r.problems).toEqual([]);
    const dup = parseBudget(budgetCsv([{ ...base, line: '1', amount: '1', unit: 'сом' }, { ...base, line: '1', amount: '2', unit: 'сом' }]));
    expect(codes(dup)).toEqual([['duplicate-id', 'error', 'year+direction+phase+source_doc+line']]);
  });

  it('keeps leading zeros of codes', () => {
    expect(one({ code: '0111010', amount: '1', unit: 'сом' }).records[0]!.code).toBe('0111010');
  });
});
